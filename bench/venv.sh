#!/usr/bin/env bash
# bench/venv.sh — the benchmark's Python environment, bench/.venv, with the
# one package the peers need (kuzu; SQLite is Python's own sqlite3). Kept
# when it already has kuzu, so that repeated runs and CI download nothing.
set -euo pipefail
cd "$(dirname "$0")"
KUZU_VERSION=0.11.3
if .venv/bin/python -c "import kuzu, sys; sys.exit(kuzu.__version__ != '$KUZU_VERSION')" 2>/dev/null; then
    exit 0
fi
rm -rf .venv
python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check "kuzu==$KUZU_VERSION"
