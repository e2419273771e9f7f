// Each area module (www/dist/quorate-<area>_bg.wasm, split from the full module with the
// functions and the data its exports cannot reach removed: scripts/split-wasm.mjs) answers
// and refuses exactly as the full module does: every scenario case of its exports and of
// the constitution's, and every malformed call of the robustness battery, compared
// report for report and error for error (code, path, message, problems).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { AREAS, CONSTITUTION, areaModule } from "../../scripts/areas.mjs";
import { ROOT, scenarioFiles } from "./lib.mjs";
import { malformed } from "./robustness.mjs";

/** A fresh instance of the wasm-bindgen glue (its own module record) on `file`'s bytes. */
async function instance(file, tag) {
  const glue = await import(`${pathToFileURL(join(ROOT, "wasm/pkg/quorate.js")).href}?${tag}`);
  glue.initSync({ module: readFileSync(file) });
  return glue;
}

/** What a call does: its report as JSON, or the error's fields. */
function outcome(pkg, fn, input) {
  try {
    return { report: JSON.stringify(pkg[fn](input)) };
  } catch (e) {
    return { error: { name: e?.name, code: e?.code, path: e?.path, message: e?.message, problems: JSON.stringify(e?.problems) } };
  }
}

const full = await instance(join(ROOT, "wasm/pkg/quorate_bg.wasm"), "full");
const files = scenarioFiles();

for (const area of Object.keys(AREAS)) {
  test(`${areaModule(area)} answers and refuses exactly as the full module`, async () => {
    const pkg = await instance(join(ROOT, "www/dist", areaModule(area)), area);
    const exports = new Set([...CONSTITUTION, ...AREAS[area]]);
    let calls = 0;
    const same = (fn, input, label) => {
      calls++;
      assert.deepStrictEqual(outcome(pkg, fn, input), outcome(full, fn, input), `${fn} ${label}`);
    };
    for (const { file, doc } of files.filter((f) => exports.has(f.doc.function))) {
      doc.cases.forEach((kase) => same(doc.function, kase.input, `${file}: ${kase.name}`));
      const good = doc.cases[0].input;
      let i = 0;
      for (const bad of malformed(good)) same(doc.function, bad, `${file}: malformed call #${i++}`);
    }
    assert.ok(calls > 1000, `only ${calls} calls`);
  });
}
