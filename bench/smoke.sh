#!/usr/bin/env bash
# bench/smoke.sh — the CI smoke test of the benchmark: N = 10,000 people,
# loaded into shezhire, Kuzu and SQLite, every query run a few times, and the
# answers of the first runs compared across the three systems. Exits non-zero
# when any answer differs. Timings are not checked (nor written to docs).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
cargo build --release --quiet
bench/venv.sh
bench/.venv/bin/python bench/bench.py 10000 --runs 100 --warmup 2 --answers 100 --check --out bench/out/smoke-10000
echo "bench smoke: answers agree ($((SECONDS - started)) s)"
