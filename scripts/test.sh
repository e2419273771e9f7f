#!/usr/bin/env bash
# Installs what is missing, then runs every check: formatting, lints, the native tests
# (unit, property, scenario), the WebAssembly build, and the Node and Chromium tests.
# Exits non-zero when any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

bash scripts/setup.sh

say "cargo fmt --check"
cargo fmt --all --check

say "cargo clippy -D warnings (native and wasm32)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy -p quorate --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

say "cargo doc -D warnings (no broken doc links)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p quorate-core --quiet

say "Native tests (unit, property, scenarios; writes tests/out/native)"
cargo test --workspace --quiet
cargo test -p quorate-core --features schema --test schema --quiet

say "WebAssembly boundary tests (Node and headless Chromium, wasm-bindgen-test)"
cargo test -p quorate --target wasm32-unknown-unknown

say "Benchmarks (figures only; nothing here passes or fails on time)"
cargo bench --quiet -p quorate-core --benches 2>&1 | grep -v '^$'

say "Building the npm package"
bash scripts/build.sh

say "Type-checking the widgets (tsc --noEmit, strict)"
node_modules/.bin/tsc --noEmit -p www

say "Node and Chromium tests"
node --test --test-reporter=spec tests/js/

# Last, so that every other check has run when it fails.
say "Size check (gzipped, per widget page and all widgets; fails over 150 KB / 300 KB)"
node scripts/size.mjs
