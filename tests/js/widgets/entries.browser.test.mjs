// The per-widget scripts (www/dist/<tag>.js), each on a page with only it: it defines
// its widget, loads only its area's WebAssembly module (never the full one), answers
// every scenario of its area exactly as the native build does, and then makes no
// further requests. And two different per-widget scripts on one page each load their
// own module and both work.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openBrowser } from "./contract.mjs";
import { scenarioFiles } from "../lib.mjs";
import { AREAS, CONSTITUTION, WIDGETS, areaModule } from "../../../scripts/areas.mjs";

let b;
const requests = [];
before(async () => {
  b = await openBrowser();
  b.page.on("request", (r) => requests.push(new URL(r.url()).pathname));
});
after(() => b?.close());

const files = scenarioFiles();

/** Every scenario of `functions`, answered through the engine of the page's `module`. */
async function answers(module, functions) {
  const cases = files.filter(({ doc }) => functions.includes(doc.function));
  assert.ok(cases.length > 0, `no scenario files for ${functions.join(", ")}`);
  for (const { file, doc, native } of cases) {
    assert.ok(native, `no native outputs for ${file}: run cargo test first`);
    const got = await b.page.evaluate(
      async ({ key, fn, inputs }) => {
        const engine = await globalThis[Symbol.for(key)];
        return inputs.map((input) => {
          try {
            return { ok: engine[fn](input) };
          } catch (e) {
            const error = { code: e.code, message: e.message };
            if (e.path !== undefined) error.path = e.path;
            if (e.problems !== undefined) error.problems = e.problems;
            return { error };
          }
        });
      },
      { key: `quorate.engine:${module}`, fn: doc.function, inputs: doc.cases.map((c) => c.input) },
    );
    doc.cases.forEach((kase, i) => assert.deepStrictEqual(got[i], native[i].output, `${file} / ${kase.name}`));
  }
}

const dist = (file) => `/www/dist/${file}`;
const wasmRequests = () => requests.filter((p) => p.endsWith(".wasm"));
const settle = () => new Promise((r) => setTimeout(r, 300));

for (const { tag, area } of WIDGETS) {
  test(`${tag}.js alone: defines <${tag}>, loads only ${areaModule(area)}, answers its area, then asks for nothing more`, async () => {
    requests.length = 0;
    const w = await b.show({ tag, attrs: 'preset="clackmannanshire-2019"', script: dist(`${tag}.js`) });
    assert.equal(await w.locator('[role="alert"]').count(), 0, "the widget shows an error");
    assert.deepEqual(wasmRequests(), [dist(areaModule(area))]);
    assert.ok(!requests.some((p) => p.endsWith("quorate-widgets.js")), "the all-widgets script was loaded");
    await answers(areaModule(area), [...CONSTITUTION, ...AREAS[area]]);
    await settle();
    assert.deepEqual(b.log.requests, [], "requests after the widget was ready");
    assert.deepEqual(b.log.problems, []);
  });
}

test("two different per-widget scripts on one page: each loads its own module, both widgets work", async () => {
  requests.length = 0;
  const [one, two] = [WIDGETS.find((w) => w.area === "meeting"), WIDGETS.find((w) => w.area === "priorities")];
  const w = await b.show({ tag: one.tag, attrs: 'preset="clackmannanshire-2019"', script: dist(`${one.tag}.js`) });
  await b.page.evaluate(
    ({ src, tag }) =>
      new Promise((resolve, reject) => {
        const s = document.createElement("script");
        s.type = "module";
        s.src = src;
        s.onload = resolve;
        s.onerror = reject;
        document.head.append(s);
        const el = document.createElement(tag);
        el.setAttribute("preset", "clackmannanshire-2019");
        document.querySelector("main").append(el);
      }),
    { src: dist(`${two.tag}.js`), tag: two.tag },
  );
  await b.page.locator(`${two.tag} .panel`).first().waitFor();
  await b.page.locator(`${two.tag} .panel >> text=Loading…`).waitFor({ state: "detached" }).catch(() => {});
  assert.equal(await w.locator('[role="alert"]').count(), 0);
  assert.equal(await b.page.locator(`${two.tag} [role="alert"]`).count(), 0);
  assert.deepEqual(wasmRequests().sort(), [dist(areaModule(one.area)), dist(areaModule(two.area))].sort());
  await answers(areaModule(one.area), ["checkQuorum"]);
  await answers(areaModule(two.area), ["scorePriorities"]);
  b.log.requests.length = 0;
  await settle();
  assert.deepEqual(b.log.requests, []);
  assert.deepEqual(b.log.problems, []);
});
