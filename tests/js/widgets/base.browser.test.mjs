// The widget base, tested once for every widget (through <quorate-quorum-check>, the
// smallest): what a host page sees when the engine cannot load, a constitution that
// cannot be used, heading levels, drafts that cannot be restored, separate drafts per
// instance, and no focus taken on load.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openBrowser, shot } from "./contract.mjs";

const TAG = "quorate-quorum-check";
let b;
before(async () => {
  b = await openBrowser();
});
after(() => b?.close());

test("a missing WebAssembly file is explained in the widget, naming the file to host", async () => {
  await b.page.route("**/quorate_bg.wasm", (route) => route.fulfill({ status: 404, body: "not found" }));
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, '[role="alert"]');
  await b.page.unroute("**/quorate_bg.wasm");
  const text = await w.locator('[role="alert"]').textContent();
  assert.match(text, /This tool cannot run on this page/);
  assert.match(text, /not found at .*quorate_bg\.wasm \(HTTP 404\)/);
  assert.match(text, /same folder as quorate-widgets\.js/);
  b.log.problems.splice(0);
});

test("a page whose CSP lacks 'wasm-unsafe-eval' is told exactly what to allow", async () => {
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"', csp }, '[role="alert"]');
  const text = await w.locator('[role="alert"]').textContent();
  assert.match(text, /Content-Security-Policy blocks WebAssembly/);
  assert.match(text, /script-src 'self' 'wasm-unsafe-eval'/);
  await shot(w, "base-csp-blocked");
  b.log.problems.splice(0); // the browser reports the blocked compile on the console
});

test("an unknown preset, and a constitution that fails validation, are shown as problems", async () => {
  let w = await b.show({ tag: TAG, attrs: 'preset="nowhere-2030"' }, '[role="alert"]');
  assert.match(await w.locator('[role="alert"]').textContent(), /This constitution cannot be used.*nowhere-2030/s);
  w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".verdict");
  await w.evaluate(async (el) => {
    const bad = structuredClone(el.rules);
    bad.quorum.headcount = { kind: "fixed", count: 0 };
    el.constitution = bad;
    await el.updateComplete;
  });
  const alert = w.locator('[role="alert"]');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /This constitution cannot be used/);
  assert.match(text, /quorum\.headcount/);
  b.log.problems.splice(0);
});

test("a constitution with shape problems lists each one, its path said once", async () => {
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".verdict");
  await w.evaluate(async (el) => {
    const bad = structuredClone(el.rules);
    bad.quorum.headcount.bogus = 1;
    bad.quorom = 3;
    el.constitution = bad;
    await el.updateComplete;
  });
  const alert = w.locator('[role="alert"]');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /This constitution cannot be used/);
  assert.match(text, /quorum\.headcount: unknown field `bogus`/);
  assert.match(text, /quorom: unknown field `quorom`/);
  assert.doesNotMatch(text, /quorum\.headcount: quorum\.headcount|quorom: quorom/);
  await shot(w, "base-constitution-shape-problems");
  b.log.problems.splice(0);
});

test("a custom constitution object works as a preset does, and its drafts are kept apart", async () => {
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".verdict");
  await w.evaluate(async (el) => {
    const own = structuredClone(el.rules);
    own.id = "our-partnership";
    own.name = "Our Partnership";
    el.constitution = own;
    await el.updateComplete;
  });
  await w.locator(".title", { hasText: "Our Partnership" }).waitFor();
  assert.match(await w.locator(".summary").textContent(), /5 needed/);
});

test("heading-level sets the widget's heading and its sub-headings", async () => {
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019" heading-level="3"' }, ".verdict");
  assert.equal(await w.locator(".title").evaluate((h) => h.tagName), "H3");
  assert.equal(await w.locator(".result h4").textContent(), "Quorum");
});

test("a corrupt draft, or one from a newer version, is set aside with a notice", async () => {
  await b.blank();
  await b.page.evaluate(() => {
    localStorage.setItem("quorate:quorate-quorum-check:default:clackmannanshire-2019", "{not json");
  });
  let w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".verdict");
  assert.match(await w.locator(".banner").textContent(), /could not be restored/);
  assert.equal(await w.locator(".verdict").textContent(), "Not quorate");
  await b.blank();
  await b.page.evaluate(() => {
    localStorage.setItem(
      "quorate:quorate-quorum-check:default:clackmannanshire-2019",
      JSON.stringify({ quorate: "draft", widget: "quorate-quorum-check", schemaVersion: 99, data: {} }),
    );
  });
  w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".verdict");
  assert.match(await w.locator(".banner").textContent(), /could not be restored/);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("two instances with their own draft-key keep their own drafts; nothing takes focus on load", async () => {
  await b.blank();
  let w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019" draft-key="board"' }, ".verdict");
  await w.locator("tr", { hasText: "NHS Forth Valley" }).locator("select").selectOption("present");
  await b.page.waitForTimeout(400);
  w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019" draft-key="special"' }, ".verdict");
  assert.equal(await w.locator("tr", { hasText: "NHS Forth Valley" }).locator("select").inputValue(), "absent");
  w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019" draft-key="board"' }, ".verdict");
  assert.equal(await w.locator("tr", { hasText: "NHS Forth Valley" }).locator("select").inputValue(), "present");
  assert.equal(await b.page.evaluate(() => document.activeElement === document.body), true);
});

test("without a preset or a constitution, the widget says what to add (the 0.1 tag defaults to Clackmannanshire)", async () => {
  const w = await b.show({ tag: TAG, attrs: "" }, ".verdict");
  assert.match(await w.locator(".title").textContent(), /Clackmannanshire/);
});
