#!/usr/bin/env bash
# Reproduces Benchmarks/README.md, "Scale": builds the release binaries, generates the full
# organisation once (seed 15) and times every report beside its hand-written SQL (scale.py).
# SIZE=small for a quick run; SCALE_DIR keeps the generated database between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${SIZE:-full}
dir=${SCALE_DIR:-/tmp/trainer-scale-$size}
swift build -c release --product trainer
swift build -c release --product trainer-benchmarks
mkdir -p "$dir"
[ -f "$dir/trainer.sqlite" ] || .build/release/trainer-benchmarks generate --seed 15 --size "$size" --out "$dir/trainer.sqlite"
python3 Benchmarks/scale.py "$dir/trainer.sqlite" "${RUNS:-7}"
