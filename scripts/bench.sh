#!/usr/bin/env bash
# The full bench (figures only; never a pass/fail on time): generates the workloads,
# runs them natively (cargo bench --bench workloads), in Node and in headless Chromium
# through the built package (wasm/pkg; run scripts/build.sh first), prints one table
# and writes tests/out/bench/{workloads,native,bench}.json and bench.md. Fails only when
# an answer differs between native and WebAssembly.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p tests/out/bench
node -e 'import("./scripts/bench/workloads.mjs").then((m) => require("fs").writeFileSync("tests/out/bench/workloads.json", JSON.stringify(m.workloads("."))))'
QUORATE_FULL_BENCH=1 cargo bench --quiet -p quorate-core --bench workloads
node scripts/bench/main.mjs
