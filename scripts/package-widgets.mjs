// Puts the widgets into the npm package (wasm/pkg), after build-widgets.mjs:
// - widgets.js, for bundlers: every custom element registered, `lit` left as the
//   package's dependency, and the engine imported from the package's own ./index.js, so
//   an app that also calls the core API shares one WebAssembly instance;
// - react.js: the widgets as React components (@lit/react), events as `on…` props;
// - widgets/<name>.js (quorate/widgets/meeting, …): one element each, with the engine
//   glue bundled and only its area's module beside it (widgets/quorate-<area>_bg.wasm),
//   typed by widgets/<name>.d.ts;
// - types/: the widgets' declarations (tsc), with the tag and event maps;
// - quorate-widgets.js: the single-file build for a <script> tag (Lit bundled, as
//   www/dist has it), beside the package's quorate_bg.wasm.
// The entries themselves are in package.json (scripts/finish-package.mjs).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { WIDGETS, areaModule, widgetEntry } from "./areas.mjs";

const pkg = "wasm/pkg";

await build({
  entryPoints: { widgets: "www/src/quorate-widgets.ts" },
  outdir: pkg,
  bundle: true,
  format: "esm",
  target: "es2022",
  external: ["lit", "lit/*"],
  plugins: [
    {
      name: "quorate-self",
      setup(b) {
        b.onResolve({ filter: /^quorate$/ }, () => ({ path: "./index.js", external: true }));
      },
    },
  ],
  logLevel: "warning",
});

// quorate/react: the @lit/react wrappers, over widgets.js (so the elements are defined once).
await build({
  entryPoints: { react: "www/src/react.ts" },
  outdir: pkg,
  bundle: true,
  format: "esm",
  target: "es2022",
  external: ["react", "@lit/react", "lit", "lit/*"],
  plugins: [
    {
      name: "quorate-widgets-entry",
      setup(b) {
        b.onResolve({ filter: /quorate-widgets\.js$/ }, () => ({ path: "./widgets.js", external: true }));
      },
    },
  ],
  logLevel: "warning",
});

// quorate/widgets/<name>: the element only, and only its area's module. The glue is
// bundled (one instance per area module: two entries of one area share it through
// loadEngine's shared promise); Lit is left to the app's bundler. minifySyntax folds the
// module's URL into a literal `new URL("./quorate-meeting_bg.wasm", import.meta.url)`,
// which bundlers (Vite) follow.
rmSync(`${pkg}/widgets`, { recursive: true, force: true });
mkdirSync(`${pkg}/widgets`, { recursive: true });
for (const w of WIDGETS) {
  const name = w.tag.replace(/^quorate-/, "");
  await build({
    stdin: { contents: widgetEntry(w), resolveDir: "www/src", sourcefile: `${w.tag}.ts`, loader: "ts" },
    outfile: `${pkg}/widgets/${name}.js`,
    bundle: true,
    format: "esm",
    target: "es2022",
    minifySyntax: true,
    external: ["lit", "lit/*"],
    alias: { quorate: "./wasm/pkg/index.js" },
    define: { QUORATE_WASM: JSON.stringify(areaModule(w.area)) },
    plugins: [
      {
        // The glue's own default (init() with no argument) names the full module; point
        // it at the area's, so that a bundler finds a file that is there.
        name: "quorate-area-default",
        setup(b) {
          b.onLoad({ filter: /wasm[\\/]pkg[\\/]quorate\.js$/ }, async (args) => ({
            contents: readFileSync(args.path, "utf8").replace("new URL('quorate_bg.wasm', import.meta.url)", `new URL('./${areaModule(w.area)}', import.meta.url)`),
            loader: "js",
          }));
        },
      },
    ],
    logLevel: "warning",
  });
  writeFileSync(
    `${pkg}/widgets/${name}.d.ts`,
    `// quorate/widgets/${name}: registers <${w.tag}> only.\nexport { ${w.className} } from "../types/${w.source.replace(/^\.\//, "").replace(/\.js$/, ".js")}";\nexport { VERSION } from "../types/base/define.js";\nexport type { QuorateEventMap, QuorateResults } from "../types/base/events.js";\n`,
  );
}
for (const area of new Set(WIDGETS.map((w) => w.area))) copyFileSync(`www/dist/${areaModule(area)}`, `${pkg}/widgets/${areaModule(area)}`);

rmSync(`${pkg}/types`, { recursive: true, force: true });
execFileSync(
  "node_modules/.bin/tsc",
  ["-p", "www", "--noEmit", "false", "--declaration", "--emitDeclarationOnly", "--rootDir", "www/src", "--outDir", `${pkg}/types`],
  { stdio: "inherit" },
);

copyFileSync("www/dist/quorate-widgets.js", `${pkg}/quorate-widgets.js`);
