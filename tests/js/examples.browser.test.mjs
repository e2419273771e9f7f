// The runnable examples (www/examples.html, scripts/build-examples.mjs): every export the
// areas list and every function the package declares has one; each, run in Chromium with
// its Run button, shows exactly the engine's answer (the package in Node, same input) with
// its citations; an input the engine refuses shows the engine's coded error; and each
// example is the @example on its API reference page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, loadPackage, callExport } from "./lib.mjs";
import { AREAS, CONSTITUTION } from "../../scripts/areas.mjs";
import { openBrowser } from "./widgets/contract.mjs";

const EXPORTS = [...CONSTITUTION, ...Object.values(AREAS).flat()];
let b;
let pkg;
before(async () => {
  b = await openBrowser();
  pkg = await loadPackage();
  await b.page.goto(`${b.base}/www/examples.html`);
  await b.page.waitForLoadState("networkidle");
});
after(() => b?.close());

const form = (fn) => b.page.locator(`form[data-try="${fn}"]`);

/** Press Run and read what the page shows: the heading, the citations listed, the output. */
async function runIt(fn) {
  const f = form(fn);
  const status = f.locator("[data-status]");
  await f.locator("button[type=submit]").click();
  await f.locator("[data-result]:not([hidden])").waitFor();
  return {
    status: await status.textContent(),
    cites: await f.locator("ul.cites li").allTextContents(),
    said: await f.locator("[data-cites]").textContent(),
    output: JSON.parse(await f.locator("[data-output]").textContent()),
  };
}

test("every export the areas list, and every function the package declares, has an example", async () => {
  const dts = readFileSync(join(ROOT, "wasm/pkg/quorate.d.ts"), "utf8");
  const declared = [...dts.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).filter((f) => f !== "initSync");
  assert.deepEqual([...declared].sort(), [...EXPORTS].sort(), "the areas list every declared function");
  const onPage = await b.page.locator("form[data-try]").evaluateAll((fs) => fs.map((f) => f.dataset.try));
  assert.deepEqual(onPage, EXPORTS);
});

for (const fn of EXPORTS) {
  test(`${fn}: its example, run in the browser, gives the engine's answer with its citations, and is its @example in the reference`, async () => {
    const area = form(fn).locator("textarea");
    const input = (await area.count()) ? JSON.parse(await area.inputValue()) : undefined;
    const engine = input === undefined ? { ok: pkg[fn]() } : callExport(pkg, fn, input);
    assert.ok(engine.ok !== undefined, `the example is one the engine answers: ${JSON.stringify(engine.error)}`);
    const shown = await runIt(fn);
    assert.deepEqual(shown.output, engine.ok);
    assert.equal(shown.status, `The answer of ${fn}`);
    if (Array.isArray(engine.ok?.citations)) assert.deepEqual(shown.cites, engine.ok.citations);
    else assert.match(shown.said, /no citations of its own/);
    assert.equal(await b.page.evaluate(() => document.activeElement?.matches("[data-status]")), true, "focus moves to the answer");

    const reference = readFileSync(join(ROOT, "www/api/functions", `${fn}.html`), "utf8");
    assert.match(reference, /Try every function/, `${fn}: an @example on its reference page`);
    if (input !== undefined) {
      const first = Object.keys(typeof input === "object" && input !== null ? input : {})[0];
      if (first) assert.ok(reference.includes(first), `${fn}: the example's input is on the reference page`);
    }
    assert.deepEqual(b.log.problems.splice(0), []);
  });
}

test("an input the engine refuses shows the engine's coded error, and text that is not JSON is said so; the example comes back", async () => {
  const area = form("checkQuorum").locator("textarea");
  const example = await area.inputValue();
  const bad = { constitution: "nowhere", attendance: { members: [] } };
  await area.fill(JSON.stringify(bad));
  const refused = await runIt("checkQuorum");
  const engine = callExport(pkg, "checkQuorum", bad);
  assert.ok(engine.error);
  assert.equal(refused.status, `Refused: ${engine.error.code}`);
  assert.deepEqual(refused.output, engine.error);
  assert.ok(refused.said.includes(engine.error.message));
  await area.fill("{ not json");
  const notJson = await runIt("checkQuorum");
  assert.equal(notJson.status, "Not run: the input is not JSON");
  await form("checkQuorum").locator("[data-reset]").click();
  assert.equal(await area.inputValue(), example);
  assert.deepEqual(b.log.problems.splice(0), []);
});
