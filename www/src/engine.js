// The WebAssembly engine, initialised once for every widget on the page.
import init, * as quorate from "../pkg/index.js";

let ready;

/** Resolves to the package's exports once the module has loaded. */
export function engine() {
  ready ??= init({ module_or_path: new URL("../pkg/quorate_bg.wasm", import.meta.url) }).then(() => quorate);
  return ready;
}
