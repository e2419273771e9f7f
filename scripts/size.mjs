// The size check (run by scripts/test.sh after the build; sizes are deterministic).
// Prints the gzipped size (level 9) of what each widget's page loads (its script and
// its area's WebAssembly module; the widgets' CSS is inside their script), of a page
// with every widget (quorate-widgets.js and the full module), and the biggest
// contributors to the modules (from the name sections the build keeps in
// target/quorate-names), each against issue 10's budget (one widget's page 150 KB
// gzipped, every widget 300 KB; goals 100 and 200 KB; 1 KB = 1,000 bytes).
//
// The budget is not met yet: every page still carries the whole constitution reader
// (serde_json's reader instantiated for every type of the model, see the breakdown).
// Until it is, the check fails on growth instead: above CEILING, today's sizes plus a
// few KB (largest page 257.1 KB, every widget 454.7 KB), which comes down as the sizes
// do and is replaced by the budget once the pages are under it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { AREAS, WIDGETS, areaModule } from "./areas.mjs";

const DIST = "www/dist";
const NAMES = process.env.QUORATE_NAMES_DIR ?? "target/quorate-names";
const BUDGET = { widget: 150_000, all: 300_000 };
// Today's sizes plus a few KB (issue 10's budget is not met yet). The largest page is the
// priority scorer's (309.4 KB); every widget on one page, ten of them now, 500.6 KB.
// Raised by what schema version 2's motion rules measured (decisions.moverAndSeconder and
// rollCall are read and validated in every area module): the priority scorer's page
// 312.4 KB (+3.0), every widget 511.9 KB (+11.3).
// The constitution editor's succession and spread sections: +3.1 KB of script.
// Membership over time in the attendance register (kind 9): +10.8 KB of wasm in the meeting area.
// Measured after merging kinds 8, 9, 10 and the editor's sections: the constitution editor's page
// 320.5 KB, every widget 537.1 KB.
const CEILING = { widget: 321_000, all: 538_000 };
const GOALS = { widget: 100_000, all: 200_000 };

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const raw = (file) => readFileSync(join(DIST, file)).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const row = (cells, widths) => cells.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join("  ");

const failures = [];
/** Pages over issue 10's budget (reported; the ceiling is what fails). */
const over = [];
const widths = [26, 12, 12, 12];
console.log(row(["page (gzipped, level 9)", "script", "wasm", "total"], widths));
for (const { tag, area } of WIDGETS) {
  const js = gz(`${tag}.js`);
  const wasm = gz(areaModule(area));
  console.log(row([`<${tag}>`, kb(js), kb(wasm), kb(js + wasm)], widths));
  if (js + wasm > BUDGET.widget) over.push(`<${tag}>: ${kb(js + wasm)}`);
  if (js + wasm > CEILING.widget) failures.push(`<${tag}>'s page loads ${kb(js + wasm)} gzipped, over today's ceiling of ${kb(CEILING.widget)}`);
}
const allJs = gz("quorate-widgets.js");
const allWasm = gz("quorate_bg.wasm");
const all = allJs + allWasm;
console.log(row(["every widget (one script)", kb(allJs), kb(allWasm), kb(all)], widths));
if (all > BUDGET.all) over.push(`every widget: ${kb(all)}`);
if (all > CEILING.all) failures.push(`every widget together loads ${kb(all)} gzipped, over today's ceiling of ${kb(CEILING.all)}`);

console.log(`\n${row(["module", "raw", "gzipped"], widths)}`);
for (const file of ["quorate_bg.wasm", ...Object.keys(AREAS).map(areaModule)]) {
  console.log(row([file, kb(raw(file)), kb(gz(file))], widths));
}

// ---- The biggest contributors, from a module's name section ----

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** [{ name, size }] for every function body, and the size of the data segments. */
function functions(bytes) {
  let at = 8;
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = 0;
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = leb(bytes, at);
    const end = at + size;
    if (id === 2) {
      let n;
      let p;
      [n, p] = leb(bytes, at);
      for (let i = 0; i < n; i++) {
        for (let s = 0; s < 2; s++) {
          let len;
          [len, p] = leb(bytes, p);
          p += len;
        }
        const kind = bytes[p++];
        if (kind === 0) {
          [, p] = leb(bytes, p);
          imported++;
        } else if (kind === 1) {
          p += 1;
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 2) {
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 3) {
          p += 2;
        } else {
          throw new Error(`import kind ${kind}`);
        }
      }
    } else if (id === 10) {
      let n;
      let p;
      [n, p] = leb(bytes, at);
      for (let i = 0; i < n; i++) {
        let len;
        [len, p] = leb(bytes, p);
        bodies.push(len);
        p += len;
      }
    } else if (id === 11) {
      data = size;
    } else if (id === 0) {
      let len;
      let p;
      [len, p] = leb(bytes, at);
      const name = new TextDecoder().decode(bytes.subarray(p, p + len));
      p += len;
      while (name === "name" && p < end) {
        const sub = bytes[p++];
        let subSize;
        [subSize, p] = leb(bytes, p);
        const subEnd = p + subSize;
        if (sub === 1) {
          let n;
          [n, p] = leb(bytes, p);
          for (let i = 0; i < n; i++) {
            let index;
            let l;
            [index, p] = leb(bytes, p);
            [l, p] = leb(bytes, p);
            names.set(index, new TextDecoder().decode(bytes.subarray(p, p + l)));
            p += l;
          }
        }
        p = subEnd;
      }
    }
    at = end;
  }
  return { data, list: bodies.map((size, i) => ({ size, name: names.get(imported + i) ?? `function ${imported + i}` })) };
}

/** `_ZN4core3fmt5write17h…E` → `core::fmt::write`; other names as they are. */
function demangle(name) {
  if (!name.startsWith("_ZN")) return name;
  const parts = [];
  let at = 3;
  while (at < name.length && name[at] !== "E") {
    const digits = /^\d+/.exec(name.slice(at));
    if (!digits) break;
    at += digits[0].length;
    parts.push(name.slice(at, at + Number(digits[0])));
    at += Number(digits[0]);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? "")) parts.pop();
  return parts
    .join("::")
    .replace(/\$LT\$/g, "<")
    .replace(/\$GT\$/g, ">")
    .replace(/\$u20\$/g, " ")
    .replace(/\$RF\$/g, "&")
    .replace(/\$C\$/g, ",")
    .replace(/\.\./g, "::");
}

/** The crate, or the crate and area for Quorate's own code. */
function owner(name) {
  const path = name.replace(/^[<&\s]+(mut\s+)?/, "").split(/[\s<>]/)[0].split("::");
  return path[0] === "quorate_core" || path[0] === "quorate" ? path.slice(0, 2).join("::") : path[0] || name;
}

const named = join(NAMES, process.env.QUORATE_BREAKDOWN ?? "quorate_bg.wasm");
if (existsSync(named)) {
  const { data, list } = functions(readFileSync(named));
  const code = list.reduce((n, f) => n + f.size, 0);
  const byOwner = new Map();
  for (const f of list) {
    const o = owner(demangle(f.name));
    byOwner.set(o, (byOwner.get(o) ?? 0) + f.size);
  }
  console.log(`\nthe full module: ${list.length} functions, ${kb(code)} of code, ${kb(data)} of data (raw)`);
  console.log("biggest contributors by crate (raw code bytes):");
  for (const [o, size] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${kb(size).padStart(9)}  ${(size / code * 100).toFixed(1).padStart(5)} %  ${o}`);
  }
  console.log("biggest functions (raw code bytes):");
  for (const f of [...list].sort((a, b) => b.size - a.size).slice(0, 12)) {
    console.log(`  ${kb(f.size).padStart(9)}  ${demangle(f.name).slice(0, 110)}`);
  }
} else {
  console.log(`\n(no breakdown: ${named} is missing; scripts/build.sh writes it)`);
}

console.log(`\nbudget (issue 10): one widget's page ${kb(BUDGET.widget)}, every widget ${kb(BUDGET.all)} (goals ${kb(GOALS.widget)} and ${kb(GOALS.all)})`);
console.log(over.length ? `budget NOT met by ${over.length} of ${WIDGETS.length + 1}: ${over.join("; ")}` : "budget met");
console.log(`enforced ceiling until the budget is met: one widget's page ${kb(CEILING.widget)}, every widget ${kb(CEILING.all)}`);
if (failures.length) {
  for (const f of failures) console.error(`size check failed: ${f}`);
  process.exit(1);
}
console.log(over.length ? "size check passed the ceiling (not the budget)" : "size check passed");
