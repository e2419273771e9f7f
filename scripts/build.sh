#!/usr/bin/env bash
# Builds the npm package `quorate` into wasm/pkg (cargo, the wasm-bindgen CLI pinned to
# Cargo.lock's version, then wasm-opt from the npm package `binaryen`), then the widgets
# into www/dist (esbuild) and the package, the offline single files (www/offline), then the
# generated docs (scripts/build-docs.mjs: widget pages, examples, API reference, rustdoc)
# and the docs site's service worker (www/sw.js). Prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

cargo build -p quorate --release --target wasm32-unknown-unknown --quiet
target_dir=$(cargo metadata --format-version 1 --no-deps | node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0)).target_directory)')
rm -rf wasm/pkg
wasm-bindgen --target web --typescript --out-dir wasm/pkg --out-name quorate \
  "$target_dir/wasm32-unknown-unknown/release/quorate.wasm"
# The constitution's JSON Schema, from the Rust types (quorate-core's `schema` feature,
# never in the wasm): into the package (quorate/constitution.schema.json) and the demo site.
cargo run -q -p quorate-core --features schema --bin constitution-schema \
  wasm/pkg/constitution.schema.json www/constitution.schema.json
node scripts/finish-package.mjs

wasm=wasm/pkg/quorate_bg.wasm
# Features that rustc enables for wasm32 by default; wasm-opt must accept them. The
# release profile strips only debug info (wasm-bindgen needs the target_features
# section); wasm-opt strips the rest.
# -Oz alone inlines every single-caller function into huge bodies that gzip badly
# (measured: 28 % larger gzipped); --one-caller-inline-max-function-size=0 stops that.
# -Os with it is 1.4-1.7 KB smaller gzipped per area module than -Oz (measured).
# The optimised module keeps its name section in target/ (the size check's breakdown of
# the biggest contributors reads it); the package ships it stripped.
features=(--enable-bulk-memory --enable-multivalue --enable-mutable-globals
  --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext)
names="$target_dir/quorate-names"
mkdir -p "$names"
named="$names/quorate_bg.wasm"
node_modules/.bin/wasm-opt -Os -g --one-caller-inline-max-function-size=0 --strip-producers "${features[@]}" \
  "$wasm" -o "$named"
node_modules/.bin/wasm-opt --strip-debug --strip-producers --strip-target-features "${features[@]}" \
  "$named" -o "$wasm"

QUORATE_NAMES_DIR="$names" node scripts/build-widgets.mjs
node scripts/package-widgets.mjs
# The offline single files (www/offline/<tool>.html): script and module inlined.
node scripts/build-offline.mjs

# The generated docs: custom-elements.json (also into the package), www/widgets/ and the API reference.
node scripts/build-docs.mjs

# The docs site's service worker (www/sw.js): its cache list and version from this build.
node scripts/build-sw.mjs
