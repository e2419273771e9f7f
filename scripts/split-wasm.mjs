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
export const FEATURES =
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
    dropUnreadData(module);
    if (optimize) module.optimize();
    const named = module.emitBinary();
    binaryen.setDebugInfo(false);
    module.runPasses(["strip-debug", "strip-producers", "strip-target-features"]);
    return { shipped: module.emitBinary(), named };
  } finally {
    module.dispose();
  }
}

/** How far from a static an address may point and still be taken to read it (bytes). */
const NEAR = 64;
/** Live statics at most this far apart are written as one data segment (bytes, zeros). */
const JOIN = 16;

/**
 * Removes the data no remaining code can read, and joins what is left into few segments.
 *
 * The full module is linked with one data segment per static (wasm/build.rs), and every
 * area module starts with all of them: the strings and tables of the other areas' engines
 * too (removing functions removes no data). A static is kept when any remaining function,
 * global or table refers to an address within NEAR bytes of it (an `i32.const`, either
 * half of an `i64.const` (two constant stores merged), or a load's or store's `offset=`),
 * or when a kept static holds such an address (a pointer, at any byte offset): a
 * conservative mark, as a garbage collector without type information does. A static
 * nothing can name is never read, so leaving its bytes zero changes nothing.
 */
export function dropUnreadData(module) {
  const segments = [];
  for (let i = 0; i < module.getNumDataSegments(); i++) {
    const info = module.getDataSegmentInfo(module.getDataSegmentByIndex(i));
    if (info.passive) return; // only rustc's active segments are understood here
    const data = new Uint8Array(info.data);
    segments.push({ data, start: info.offset, end: info.offset + data.length, live: false });
  }
  if (segments.length === 0) return;
  segments.sort((a, b) => a.start - b.start);
  const work = [];
  const mark = (address) => {
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].end + NEAR < address) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < segments.length && segments[i].start - NEAR <= address; i++) {
      if (!segments[i].live) {
        segments[i].live = true;
        work.push(segments[i]);
      }
    }
  };
  for (const line of module.emitText().split("\n")) {
    if (line.startsWith(" (data ")) continue;
    for (const m of line.matchAll(/(?:i32\.const |offset=)(\d+)/g)) mark(Number(m[1]));
    for (const m of line.matchAll(/i64\.const (-?\d+)/g)) {
      const v = BigInt.asUintN(64, BigInt(m[1]));
      mark(Number(v & 0xffffffffn));
      mark(Number(v >> 32n));
    }
  }
  while (work.length) {
    const d = work.pop().data;
    for (let i = 0; i + 4 <= d.length; i++) mark(d[i] + d[i + 1] * 2 ** 8 + d[i + 2] * 2 ** 16 + d[i + 3] * 2 ** 24);
  }
  const joined = [];
  for (const s of segments) {
    if (!s.live) continue;
    const last = joined.at(-1);
    if (last && s.start - last.end <= JOIN && s.start >= last.end) {
      last.parts.push([s.start - last.start, s.data]);
      last.end = s.end;
    } else {
      joined.push({ start: s.start, end: s.end, parts: [[0, s.data]] });
    }
  }
  const memory = module.getMemoryInfo("0");
  module.setMemory(
    memory.initial,
    memory.max ?? -1,
    null,
    joined.map((j) => {
      const data = new Uint8Array(j.end - j.start);
      for (const [at, part] of j.parts) data.set(part, at);
      return { passive: false, offset: module.i32.const(j.start), data };
    }),
    memory.shared,
    memory.is64,
    "0",
  );
}
