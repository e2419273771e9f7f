// Finishes the npm package `quorate` in wasm/pkg after wasm-pack:
// - writes package.json (wasm-pack runs with --no-pack so the metadata lives here);
// - types the raw WebAssembly exports in the generated `InitOutput` interface with
//   `unknown` instead of `any`, so that the public .d.ts has no `any` at all.
import { readFileSync, writeFileSync, readdirSync, copyFileSync } from "node:fs";

const cargo = readFileSync("Cargo.toml", "utf8");
const version = /\[workspace\.package\][^[]*?version\s*=\s*"([^"]+)"/s.exec(cargo)[1];
const files = readdirSync("wasm/pkg").filter((f) => f !== "package.json" && !f.startsWith("."));
copyFileSync("README.md", "wasm/pkg/README.md");
const pkg = {
  name: "quorate",
  version,
  description:
    "Governance rules for Scottish Community Planning Partnerships: quorum, votes, conflicts of interest, gifts, priorities and meeting calendars, with clause citations.",
  license: "MIT OR Apache-2.0",
  type: "module",
  main: "quorate.js",
  module: "quorate.js",
  types: "quorate.d.ts",
  exports: { ".": { types: "./quorate.d.ts", default: "./quorate.js" }, "./quorate_bg.wasm": "./quorate_bg.wasm" },
  files: [...new Set([...files, "README.md"])],
  sideEffects: false,
  keywords: ["governance", "quorum", "scotland", "community-planning", "webassembly"],
};
writeFileSync("wasm/pkg/package.json", JSON.stringify(pkg, null, 2) + "\n");

const dtsPath = "wasm/pkg/quorate.d.ts";
const dts = readFileSync(dtsPath, "utf8").replace(
  /(export interface InitOutput \{[\s\S]*?\n\})/,
  (block) => block.replace(/\bany\b/g, "unknown"),
);
writeFileSync(dtsPath, dts);
