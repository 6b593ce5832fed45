#!/usr/bin/env bash
# bench/run.sh [N ...] — the benchmark against Kuzu and SQLite at each scale
# (default: 10000 100000 1000000), then docs/BENCHMARKS.md from every scale
# measured so far (bench/out/N/results.json). Builds the release binary and a
# Python virtual environment in bench/.venv with kuzu; downloads nothing but
# that package. Environment: RUNS (timed runs of Q1-Q4, default 1000),
# ANSWERS (first answers compared across systems, default 30), REUSE=1 (keep
# databases already loaded at a scale).
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("$@")
[ ${#scales[@]} -eq 0 ] && scales=(10000 100000 1000000)

cargo build --release --quiet
bench/venv.sh

extra=()
[ "${REUSE:-0}" = 1 ] && extra+=(--reuse)
for n in "${scales[@]}"; do
    echo "== N = $n"
    bench/.venv/bin/python bench/bench.py "$n" --runs "${RUNS:-1000}" --answers "${ANSWERS:-30}" ${extra[@]+"${extra[@]}"}
done
bench/.venv/bin/python bench/report.py
echo "wrote docs/BENCHMARKS.md"
