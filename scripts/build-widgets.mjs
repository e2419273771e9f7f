// Bundles the widgets (www/src, TypeScript and Lit) into one ES module,
// www/dist/quorate-widgets.js, with the WebAssembly module beside it (the widgets find
// it through import.meta.url). Run after the package is built into wasm/pkg.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";

const out = "www/dist";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { "quorate-widgets": "www/src/quorate-widgets.ts" },
  outdir: out,
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "linked",
  sourcemap: "linked",
  alias: { quorate: "./wasm/pkg/index.js" },
  logLevel: "warning",
});
copyFileSync("wasm/pkg/quorate_bg.wasm", `${out}/quorate_bg.wasm`);

for (const file of ["quorate-widgets.js", "quorate_bg.wasm"]) {
  const bytes = readFileSync(`${out}/${file}`);
  console.log(`${file}: ${statSync(`${out}/${file}`).size} bytes, ${gzipSync(bytes, { level: 9 }).length} bytes gzipped`);
}
