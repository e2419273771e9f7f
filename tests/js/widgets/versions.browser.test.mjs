// Versioning: drafts and exports that people saved with an older schema version of a
// widget open in the current one (tests/fixtures/widgets/, through the widget's
// `migrate()`), and the current version writes exactly the saved file of its own version.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../lib.mjs";
import { downloadOf, openBrowser } from "./contract.mjs";

const TAG = "quorate-quorum-check";
const ATTRS = 'preset="clackmannanshire-2019"';
const fixture = (name) => readFileSync(join(ROOT, "tests/fixtures/widgets", name), "utf8");
const V0_DRAFT_KEY = "quorate:quorum-check:clackmannanshire-2019";

let b;
before(async () => {
  b = await openBrowser();
});
after(() => b?.close());

const read = (w) =>
  w.evaluate((el) => ({
    statuses: [...el.shadowRoot.querySelectorAll("select")].map((s) => s.value),
    substitutes: [...el.shadowRoot.querySelectorAll('input[type="text"]')].map((i) => i.value),
    verdict: el.shadowRoot.querySelector(".verdict")?.textContent,
    summary: el.shadowRoot.querySelector(".summary")?.textContent,
  }));

const SAVED = {
  statuses: ["present", "present", "present", "present", "apologies", "absent", "absent", "absent", "absent", "absent"],
  verdict: "Quorate",
};

const importFile = (w, name, text) =>
  w.locator('input[type="file"][data-path="import"]').setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });

const exportOf = (w) => downloadOf(b.page, () => w.locator("button", { hasText: /^Export .*\(JSON\)$/ }).click());

test("a draft kept by the 0.1 quorum check (schema 0, no envelope) is restored, and Clear removes it", async () => {
  await b.blank();
  await b.page.evaluate(([k, v]) => localStorage.setItem(k, v), [V0_DRAFT_KEY, fixture("quorum-check-v0-draft.json")]);
  let w = await b.show({ tag: TAG, attrs: ATTRS }, ".verdict");
  const restored = await read(w);
  assert.deepEqual(restored.statuses, SAVED.statuses);
  assert.deepEqual(restored.substitutes, ["Dr A. Brown", ""]); // the unnamed row is kept, as the old draft had it
  assert.equal(restored.verdict, SAVED.verdict);
  assert.match(restored.summary, /^Quorate: 5 present who count, 5 needed/);
  assert.equal(await w.locator(".banner").count(), 0, "a migrated draft is not 'set aside'");
  await w.locator("button", { hasText: "Clear my answers" }).click();
  assert.equal(await b.page.evaluate((k) => localStorage.getItem(k), V0_DRAFT_KEY), null);
  w = await b.show({ tag: TAG, attrs: ATTRS }, ".verdict");
  assert.equal((await read(w)).verdict, "Not quorate");
});

test("the schema-0 draft is only the default instance's: a widget with its own draft-key starts afresh", async () => {
  await b.blank();
  await b.page.evaluate(([k, v]) => localStorage.setItem(k, v), [V0_DRAFT_KEY, fixture("quorum-check-v0-draft.json")]);
  const w = await b.show({ tag: TAG, attrs: `${ATTRS} draft-key="second"` }, ".verdict");
  assert.equal((await read(w)).verdict, "Not quorate");
});

test("an export saved by the 0.1 quorum check (the bare attendance) imports, and exports as today's schema-1 file", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: ATTRS }, ".verdict");
  await importFile(w, "attendance-clackmannanshire-2019.json", fixture("quorum-check-v0-export.json"));
  await w.locator(".banner", { hasText: "Imported attendance-clackmannanshire-2019.json" }).waitFor();
  const imported = await read(w);
  assert.deepEqual(imported.statuses, SAVED.statuses);
  assert.deepEqual(imported.substitutes, ["Dr A. Brown"]);
  assert.equal(imported.verdict, SAVED.verdict);
  const out = await exportOf(w);
  assert.deepEqual(out.body, JSON.parse(fixture("quorum-check-v1-export.json")));
});

test("a saved schema-1 export imports into the current version", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: ATTRS }, ".verdict");
  await importFile(w, "quorum-check.json", fixture("quorum-check-v1-export.json"));
  await w.locator(".banner", { hasText: "Imported" }).waitFor();
  assert.equal((await read(w)).verdict, SAVED.verdict);
});

test("a bare file that is not an attendance is still refused, naming the tool", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: ATTRS }, ".verdict");
  await importFile(w, "other.json", JSON.stringify({ seats: [] }));
  assert.match(await w.locator(".error-summary").textContent(), /other\.json could not be imported: Choose a file exported by <quorate-quorum-check>/);
  b.log.problems.splice(0);
});
