// One WebAssembly module per area, derived from the full one (built once by cargo,
// wasm-bindgen and wasm-opt): the exports of the other areas are removed, then what
// nothing reaches any more (the module was optimised with the build's options; optimising
// it again after the removal was measured: 60 s per area and 1 % larger gzipped).
// The wasm-bindgen glue works unchanged with a reduced module (its imports are a
// superset; a removed function is simply absent). Seconds per area, instead of a cargo
// and LTO build per area.
import binaryen from "binaryen";
import { areaOf } from "./areas.mjs";

// The features rustc enables for wasm32 and scripts/build.sh passes to wasm-opt; no more
// (binaryen would otherwise write encodings browsers do not read).
const FEATURES =
  binaryen.Features.BulkMemory |
  (binaryen.Features.BulkMemoryOpt ?? 0) |
  binaryen.Features.Multivalue |
  binaryen.Features.MutableGlobals |
  binaryen.Features.NontrappingFPToInt |
  binaryen.Features.ReferenceTypes |
  binaryen.Features.SignExt;

/** The names of a module's function exports. */
function functionExports(module) {
  const names = [];
  for (let i = 0; i < module.getNumExports(); i++) {
    const info = binaryen.getExportInfo(module.getExportByIndex(i));
    if (info.kind === binaryen.ExternalFunction) names.push(info.name);
  }
  return names;
}

/**
 * The module for `area` from the full module's bytes (with its name section):
 * `{ shipped, named }`, the module to ship and the same with its names (for the size
 * breakdown). Throws when the full module has an export no area lists.
 */
export function splitArea(bytes, area, { optimize = false } = {}) {
  const module = binaryen.readBinary(bytes);
  try {
    module.setFeatures(FEATURES);
    for (const name of functionExports(module)) {
      // wasm-bindgen's own exports (`__wbindgen_malloc`) and a class's `__wbg_…_free` stay.
      if (name.startsWith("__") || !/^[a-z]/.test(name)) continue;
      const of = areaOf(name);
      if (of === null) throw new Error(`the export ${name} is in no area: add it to scripts/areas.mjs`);
      if (of !== "constitution" && of !== area) module.removeExport(name);
    }
    binaryen.setOptimizeLevel(2);
    binaryen.setShrinkLevel(2);
    binaryen.setOneCallerInlineMaxSize(0);
    binaryen.setDebugInfo(true);
    module.runPasses(["remove-unused-module-elements"]);
    if (optimize) module.optimize();
    const named = module.emitBinary();
    binaryen.setDebugInfo(false);
    module.runPasses(["strip-debug", "strip-producers", "strip-target-features"]);
    return { shipped: module.emitBinary(), named };
  } finally {
    module.dispose();
  }
}
