// Bundles the widgets (www/src, TypeScript and Lit) into www/dist, after the package is
// built into wasm/pkg:
// - quorate-widgets.js: every widget, with the full module quorate_bg.wasm beside it;
// - one self-contained <tag>.js per widget (quorate-meeting.js, …), which loads only its
//   area's module, quorate-<area>_bg.wasm (scripts/areas.mjs), derived from the full
//   module by scripts/split-wasm.mjs.
// The widgets find their module through import.meta.url. The size check
// (scripts/size.mjs) measures what each page loads.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AREAS, WIDGETS, areaModule, widgetEntry } from "./areas.mjs";
import { splitArea } from "./split-wasm.mjs";

const out = "www/dist";
const names = process.env.QUORATE_NAMES_DIR;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  outdir: out,
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "linked",
  sourcemap: "linked",
  alias: { quorate: "./wasm/pkg/index.js" },
  logLevel: "warning",
};

const started = performance.now();
await build({
  ...common,
  entryPoints: { "quorate-widgets": "www/src/quorate-widgets.ts" },
  define: { QUORATE_WASM: JSON.stringify("quorate_bg.wasm") },
});
copyFileSync("wasm/pkg/quorate_bg.wasm", `${out}/quorate_bg.wasm`);
const bundled = performance.now();

// The area modules, from the full module with its names when the build kept them.
const full = readFileSync(names ? join(names, "quorate_bg.wasm") : "wasm/pkg/quorate_bg.wasm");
for (const area of Object.keys(AREAS)) {
  const { shipped, named } = splitArea(full, area);
  writeFileSync(`${out}/${areaModule(area)}`, shipped);
  if (names) writeFileSync(join(names, areaModule(area)), named);
}
const split = performance.now();

// One entry per widget: its element only, defined with the safe `define`.
for (const w of WIDGETS) {
  const { tag, area } = w;
  await build({
    ...common,
    stdin: {
      contents: widgetEntry(w),
      resolveDir: "www/src",
      sourcefile: `${tag}.ts`,
      loader: "ts",
    },
    outdir: undefined,
    outfile: `${out}/${tag}.js`,
    define: { QUORATE_WASM: JSON.stringify(areaModule(area)) },
  });
}
const done = performance.now();
const s = (a, b) => `${((b - a) / 1000).toFixed(1)} s`;
console.log(`widgets: all-in-one bundle ${s(started, bundled)}, area modules ${s(bundled, split)}, per-widget bundles ${s(split, done)}`);
