// Puts the widgets into the npm package (wasm/pkg), after build-widgets.mjs:
// - widgets.js, for bundlers: every custom element registered, `lit` left as the
//   package's dependency, and the engine imported from the package's own ./index.js, so
//   an app that also calls the core API shares one WebAssembly instance;
// - react.js: the widgets as React components (@lit/react), events as `on…` props;
// - types/: the widgets' declarations (tsc), with the tag and event maps;
// - quorate-widgets.js: the single-file build for a <script> tag (Lit bundled, as
//   www/dist has it), beside the package's quorate_bg.wasm.
// The entries themselves are in package.json (scripts/finish-package.mjs).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";

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

rmSync(`${pkg}/types`, { recursive: true, force: true });
execFileSync(
  "node_modules/.bin/tsc",
  ["-p", "www", "--noEmit", "false", "--declaration", "--emitDeclarationOnly", "--rootDir", "www/src", "--outDir", `${pkg}/types`],
  { stdio: "inherit" },
);

copyFileSync("www/dist/quorate-widgets.js", `${pkg}/quorate-widgets.js`);
