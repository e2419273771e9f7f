// <quorate-quorum-check>, the 0.1 tag kept as the quorum section of <quorate-meeting>:
// the widget contract, and a secretary's path through it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { contract, openBrowser, tabStops } from "./contract.mjs";

const TAG = "quorate-quorum-check";
const status = (w, seat) => w.locator("tr", { hasText: seat }).locator("select");

async function fill(w) {
  for (const seat of ["Leader of Clackmannanshire Council", "NHS Forth Valley", "Police Scotland"]) await status(w, seat).selectOption("present");
  await status(w, "Scottish Enterprise").selectOption("apologies");
  await w.locator("button", { hasText: "Add a substitute for Scottish Enterprise" }).click();
  await w.locator('input[type="text"]').first().fill("Dr A. Brown");
}

async function read(w) {
  return w.evaluate((el) => ({
    statuses: [...el.shadowRoot.querySelectorAll("select")].map((s) => s.value),
    substitutes: [...el.shadowRoot.querySelectorAll('input[type="text"]')].map((i) => i.value),
    told: [...el.shadowRoot.querySelectorAll('input[type="checkbox"]')].map((i) => i.checked),
    verdict: el.shadowRoot.querySelector(".verdict")?.textContent,
  }));
}

contract({ tag: TAG, fill, read, ready: ".verdict" });

let b;
before(async () => {
  b = await openBrowser();
});
after(() => b?.close());

test("a secretary's path: five core members make the Alliance quorate; the event carries the report and its clauses", async () => {
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".verdict");
  assert.equal(await w.locator(".verdict").textContent(), "Not quorate");
  for (const seat of ["Leader of Clackmannanshire Council", "Leader of the second main party", "Leader of the third main party", "Chief Executive"]) {
    await status(w, seat).selectOption("present");
  }
  assert.match(await w.locator(".summary").textContent(), /4 present who count, 5 needed, 1 more needed/);
  const event = b.page.evaluate(() => new Promise((ok) => document.addEventListener("quorate-result", (e) => ok(e.detail), { once: true })));
  await status(w, "NHS Forth Valley").selectOption("present");
  const detail = await event;
  assert.equal(detail.quorate, true);
  assert.ok(detail.citations.includes("clackmannanshire-2019 B2.1"));
  assert.equal(await w.locator(".verdict").textContent(), "Quorate");
  assert.match(await w.locator('[role="status"]').textContent(), /^Quorate\. /);
  assert.match(await w.locator(".citations").textContent(), /clackmannanshire-2019 B2\.1/);
});

test("a substitute counts only while the member is absent, and a missing notice is a warning", async () => {
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".verdict");
  await w.locator("button", { hasText: "Clear my answers" }).click();
  await status(w, "Police Scotland").selectOption("apologies");
  await w.locator("button", { hasText: "Add a substitute for Police Scotland" }).click();
  await w.locator('input[type="text"]').fill("Chief Inspector Grey");
  await w.locator('input[type="checkbox"]').uncheck();
  assert.match(await w.locator(".warnings").textContent(), /Chief Inspector Grey/);
  assert.match(await w.locator(".summary").textContent(), /1 present who count/);
});

test("keyboard only: Tab reaches the attendance, arrows change it", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".verdict");
  await b.page.locator("h1").click();
  await b.page.keyboard.press("Tab");
  const first = await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.dataset.path);
  assert.equal(first, "attendance.members[0].status");
  await b.page.keyboard.press("ArrowUp");
  assert.equal(await status(w, "Leader of Clackmannanshire Council").inputValue(), "reasonableExcuse");
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.press("Enter"); // Add a substitute for the Leader
  await b.page.keyboard.type("Councillor Black");
  assert.equal(await w.locator('input[type="text"]').inputValue(), "Councillor Black");
  assert.ok((await tabStops(b.page, TAG)).length > 10);
});

test("a spread requirement (\"at least one representative from each ward\"): the answer says which ward is short, with its clause", async () => {
  const { readFileSync } = await import("node:fs");
  const file = JSON.parse(readFileSync(new URL("../../scenarios/meeting/checkQuorum-spread.json", import.meta.url), "utf8"));
  const constitution = file.cases[0].input.constitution;
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".verdict");
  await w.evaluate((el, c) => {
    el.constitution = c;
  }, constitution);
  await w.locator("tr", { hasText: "Ward 1 member 1" }).waitFor();
  for (const seat of ["Ward 1 member 1", "Ward 1 member 2", "Ward 2 member 1", "Ward 2 member 2"]) await status(w, seat).selectOption("present");
  assert.equal(await w.locator(".verdict").textContent(), "Not quorate");
  const spread = w.locator(".reasons", { hasText: "Who must be among those counted" });
  assert.match(await spread.textContent(), /Not met: at least 1 from each of Ward 1, Ward 2 and Ward 3\. It would be met with 1 more from Ward 3/);
  assert.match(await spread.textContent(), /area-partnership-f 8\.1/);
  await status(w, "Ward 3 member 1").selectOption("present");
  assert.equal(await w.locator(".verdict").textContent(), "Quorate");
  assert.match(await spread.textContent(), /Met: at least 1 from each of Ward 1, Ward 2 and Ward 3\./);
  await b.page.screenshot({ path: "/tmp/h8-quorum-spread.png", fullPage: true });
});
