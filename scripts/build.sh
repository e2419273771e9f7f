#!/usr/bin/env bash
# Builds the npm package `quorate` into wasm/pkg (wasm-pack, then wasm-opt from the
# npm package `binaryen`) and copies it into www/pkg for the demo. Prints the size.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

wasm-pack build wasm --release --target web --out-dir pkg --no-pack --quiet
node scripts/finish-package.mjs

wasm=wasm/pkg/quorate_bg.wasm
# Features that rustc enables for wasm32 by default; wasm-opt must accept them. The
# release profile strips only debug info (wasm-bindgen needs the target_features
# section); wasm-opt strips the rest.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers --strip-target-features \
  --enable-bulk-memory --enable-multivalue --enable-mutable-globals \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext \
  "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"

rm -rf www/pkg && cp -r wasm/pkg www/pkg
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
printf 'quorate_bg.wasm: %d bytes, %d bytes gzipped\n' "$raw" "$gz"
