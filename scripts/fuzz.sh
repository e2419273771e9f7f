#!/usr/bin/env bash
# Fuzz every engine with libFuzzer (cargo-fuzz, nightly), seeded from the scenario files.
# Not part of the test command: run it by hand, e.g. `bash scripts/fuzz.sh 300` for five
# minutes. Crashes are written to fuzz/artifacts/engines/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${1:-60}"

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz

# Refresh the committed seed corpus from the scenario files: one seed per case.
node scripts/fuzz-seeds.mjs
cd fuzz
# New inputs go to corpus/found (ignored by git); the committed seeds are only read.
mkdir -p corpus/found
cargo +nightly fuzz run engines corpus/found corpus/engines -- -max_total_time="$seconds" -max_len=65536 -timeout=10
