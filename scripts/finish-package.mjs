// Finishes the npm package `quorate` in wasm/pkg after wasm-bindgen:
// - writes the entry points: `quorate` (index.js: explicit `await init()`, and a clear
//   NOT_INITIALISED error for a call made before it) and `quorate/auto` (initialises
//   itself, in browsers and in Node);
// - writes package.json (the package's metadata lives here);
// - types the raw WebAssembly exports in the generated `InitOutput` interface with
//   `unknown` instead of `any`, so that the public .d.ts has no `any` at all.
import { readFileSync, writeFileSync, readdirSync, copyFileSync } from "node:fs";
import { WIDGETS } from "./areas.mjs";

const cargo = readFileSync("Cargo.toml", "utf8");
const workspace = JSON.parse(readFileSync("package.json", "utf8"));
const version = /\[workspace\.package\][^[]*?version\s*=\s*"([^"]+)"/s.exec(cargo)[1];
// The project's address, named once (the workspace's `repository`): the package's
// repository and its issue tracker, where the accessibility statement sends people.
const repository = /\[workspace\.package\][^[]*?repository\s*=\s*"([^"]+)"/s.exec(cargo)[1];
const generated = readFileSync("wasm/pkg/quorate.js", "utf8");
const names = [...generated.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
// Resident classes (ConstitutionHandle, ScoringSession): guarded in place, see guardClass below.
const classes = [...generated.matchAll(/^export class (\w+) \{/gm)].map((m) => m[1]);
writeFileSync(
  "wasm/pkg/index.js",
  `// The package entry (written by scripts/finish-package.mjs). Call \`await init()\` once;
// a function called before that throws a QuorateError with code NOT_INITIALISED.
import * as raw from "./quorate.js";

let ready = false;

/** Load the WebAssembly module (from beside this file, or \`{ module_or_path }\`). */
export default async function init(options) {
  const exports = await raw.default(options);
  ready = true;
  return exports;
}

/** Initialise synchronously from bytes or a compiled module: \`initSync({ module })\`. */
export function initSync(options) {
  const exports = raw.initSync(options);
  ready = true;
  return exports;
}

function guard(name, fn) {
  return function (...args) {
    if (!ready) {
      const e = new Error(\`\${name}() was called before the module was initialised: call \\\`await init()\\\` first, or import "quorate/auto"\`);
      e.name = "QuorateError";
      e.code = "NOT_INITIALISED";
      throw e;
    }
    return fn(...args);
  };
}

// A resident class's methods: NOT_INITIALISED before init(), FREED after free() (the
// generated glue would otherwise reach Rust with a null handle), and free() twice is harmless.
function guardClass(cls) {
  for (const key of Object.getOwnPropertyNames(cls)) {
    const d = Object.getOwnPropertyDescriptor(cls, key);
    if (typeof d.value === "function" && !key.startsWith("__")) cls[key] = guard(\`\${cls.name}.\${key}\`, d.value);
  }
  const proto = cls.prototype;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === "constructor" || key.startsWith("__")) continue;
    const d = Object.getOwnPropertyDescriptor(proto, key);
    const wrap = (fn) =>
      function (...args) {
        if (!this.__wbg_ptr) {
          if (key === "free") return undefined;
          const e = new Error(\`\${cls.name}.\${key} was used after free(): make a new \${cls.name} instead\`);
          e.name = "QuorateError";
          e.code = "FREED";
          throw e;
        }
        return fn.apply(this, args);
      };
    if (typeof d.value === "function") Object.defineProperty(proto, key, { ...d, value: wrap(d.value) });
    else if (d.get) Object.defineProperty(proto, key, { ...d, get: wrap(d.get) });
  }
  return cls;
}

${names.map((n) => `export const ${n} = guard("${n}", raw.${n});`).join("\n")}
${classes.map((n) => `export const ${n} = guardClass(raw.${n});`).join("\n")}
`,
);
writeFileSync("wasm/pkg/index.d.ts", `export * from "./quorate.js";\nexport { default } from "./quorate.js";\n`);
writeFileSync(
  "wasm/pkg/auto.js",
  `// \`import { checkQuorum } from "quorate/auto"\`: initialised on import, in a browser or in Node.
import init from "./index.js";

const url = new URL("./quorate_bg.wasm", import.meta.url);
if (url.protocol === "file:") {
  const { readFile } = await import("node:fs/promises");
  await init({ module_or_path: await readFile(url) });
} else {
  await init({ module_or_path: url });
}

export * from "./index.js";
`,
);
writeFileSync("wasm/pkg/auto.d.ts", `export * from "./quorate.js";\n`);

const files = readdirSync("wasm/pkg").filter((f) => f !== "package.json" && !f.startsWith("."));
copyFileSync("README.md", "wasm/pkg/README.md");
const pkg = {
  name: "quorate",
  version,
  description:
    "Governance rules for Scottish Community Planning Partnerships: quorum, votes, conflicts of interest, gifts, priorities and meeting calendars, with clause citations.",
  license: "MIT OR Apache-2.0",
  repository: { type: "git", url: repository },
  bugs: { url: `${repository.replace(/\/$/, "")}/issues` },
  type: "module",
  main: "index.js",
  module: "index.js",
  types: "index.d.ts",
  exports: {
    ".": { types: "./index.d.ts", default: "./index.js" },
    "./auto": { types: "./auto.d.ts", default: "./auto.js" },
    // Every custom element registered (scripts/package-widgets.mjs writes these).
    "./widgets": { types: "./types/quorate-widgets.d.ts", default: "./widgets.js" },
    // One element each, loading only its area's module (scripts/package-widgets.mjs).
    ...Object.fromEntries(
      WIDGETS.map(({ tag }) => tag.replace(/^quorate-/, "")).map((n) => [`./widgets/${n}`, { types: `./widgets/${n}.d.ts`, default: `./widgets/${n}.js` }]),
    ),
    // The widgets as React components (@lit/react), typed, events as props.
    "./react": { types: "./types/react.d.ts", default: "./react.js" },
    // The single-file build for a <script type="module"> tag, no bundler.
    "./quorate-widgets.js": "./quorate-widgets.js",
    "./quorate_bg.wasm": "./quorate_bg.wasm",
    "./custom-elements.json": "./custom-elements.json",
    // The constitution's JSON Schema (draft 2020-12), generated from the Rust types.
    "./constitution.schema.json": "./constitution.schema.json",
    "./package.json": "./package.json",
  },
  files: [...new Set([...files.filter((f) => f !== "widgets"), "widgets.js", "widgets", "react.js", "quorate-widgets.js", "types", "custom-elements.json", "README.md"])],
  // Importing these does something (initialise the engine, define the elements).
  sideEffects: ["./auto.js", "./widgets.js", "./widgets/*.js", "./quorate-widgets.js"],
  customElements: "custom-elements.json",
  // quorate/widgets leaves Lit to the app's bundler (one copy); the single file bundles it.
  dependencies: Object.fromEntries(["lit", "@lit/react"].map((d) => [d, `^${workspace.devDependencies[d]}`])),
  // Only quorate/react needs React; core and widget users are not made to install it.
  peerDependencies: { react: ">=17" },
  peerDependenciesMeta: { react: { optional: true } },
  keywords: ["governance", "quorum", "scotland", "community-planning", "webassembly"],
};
writeFileSync("wasm/pkg/package.json", JSON.stringify(pkg, null, 2) + "\n");

const dtsPath = "wasm/pkg/quorate.d.ts";
const dts = readFileSync(dtsPath, "utf8").replace(
  /(export interface InitOutput \{[\s\S]*?\n\})/,
  (block) => block.replace(/\bany\b/g, "unknown"),
).replace(/^ *\[Symbol\.dispose\]\(\): void;\n/gm, ""); // needs lib esnext.disposable; free() is the typed way
writeFileSync(dtsPath, dts);
