// Shared helpers for the Node and Chromium tests: the package, the scenario files and a
// browser. The answer checks live in answer.mjs, which the browser harness loads too.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export { callExport, mismatch, checkCase } from "./answer.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCENARIOS = join(ROOT, "tests/scenarios");

/** The built package, initialised for Node. */
export async function loadPackage() {
  const pkg = await import(join(ROOT, "wasm/pkg/index.js"));
  await pkg.default({ module_or_path: readFileSync(join(ROOT, "wasm/pkg/quorate_bg.wasm")) });
  return pkg;
}

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith(".json") ? [p] : [];
    });
}

/** Every scenario file: { file, doc, native } (native: the outputs `cargo test` wrote). */
export function scenarioFiles() {
  return walk(SCENARIOS).map((path) => {
    const file = relative(SCENARIOS, path);
    let native = null;
    try {
      native = JSON.parse(readFileSync(join(ROOT, "tests/out/native", file), "utf8"));
    } catch {
      /* reported by the caller */
    }
    return { file, doc: JSON.parse(readFileSync(path, "utf8")), native };
  });
}

/** Launch Debian's Chromium headless, offline-friendly. */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
