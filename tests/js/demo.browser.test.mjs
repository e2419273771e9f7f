// The demo page and its quorum-check widget in headless Chromium, served under the
// strict Content-Security-Policy: it works, is accessible (axe-core, keyboard), treats
// user text as text, keeps drafts across reloads, exports and imports losslessly, and
// makes no network request after load.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ROOT, launchChromium } from "./lib.mjs";
import { startServer } from "../../scripts/serve.mjs";

let server, browser, context, page, base;
const problems = [];
const lateRequests = [];
let loaded = false;

before(async () => {
  server = await startServer(ROOT);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("request", (r) => loaded && !r.url().startsWith("blob:") && !r.url().startsWith("data:") && lateRequests.push(r.url()));
  await open();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open() {
  loaded = false;
  const response = await page.goto(`${base}/www/index.html`);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.locator("quorate-quorum-check .verdict").waitFor();
  loaded = true;
}

const widget = () => page.locator("quorate-quorum-check");
const statusOf = (seat) => widget().locator(`select[aria-labelledby$="-${seat}-name"]`);
const verdict = () => widget().locator(".verdict").textContent();

test("a live quorum check: five core members present make the Alliance quorate", async () => {
  await widget().locator("button", { hasText: "Clear" }).click();
  assert.equal(await verdict(), "Not quorate");
  for (const seat of ["council-leader", "council-party-2", "council-party-3", "council-chief-executive"]) {
    await statusOf(seat).selectOption("present");
  }
  assert.equal(await verdict(), "Not quorate");
  assert.match(await widget().locator(".summary").textContent(), /4 present who count, 5 needed, 1 more needed/);
  const event = page.evaluate(
    () => new Promise((ok) => document.addEventListener("quorate-result", (e) => ok(e.detail), { once: true })),
  );
  await statusOf("nhs-forth-valley").selectOption("present");
  const detail = await event;
  assert.equal(detail.quorate, true);
  assert.ok(detail.citations.includes("clackmannanshire-2019 B2.1"));
  assert.equal(await verdict(), "Quorate");
  assert.match(await widget().locator(".citations").textContent(), /clackmannanshire-2019 B2\.1/);
});

test("a substitute's name is text, never HTML, and the missing notice is a warning", async () => {
  const hostile = `<img src=x onerror="document.title='pwned'">Dr <b>Evil</b>`;
  await statusOf("police-scotland").selectOption("apologies");
  await widget().locator('input[aria-label="Substitute for Police Scotland"]').fill(hostile);
  await widget().locator('input[aria-label="Chair told in advance of the substitute for Police Scotland"]').uncheck();
  const warning = widget().locator(".warnings li").first();
  assert.ok((await warning.textContent()).startsWith(hostile));
  assert.equal(await widget().locator("img, b").count(), 0);
  assert.notEqual(await page.title(), "pwned");
});

test("the draft survives a reload", async () => {
  await open();
  assert.equal(await statusOf("nhs-forth-valley").inputValue(), "present");
  assert.equal(await statusOf("police-scotland").inputValue(), "apologies");
  assert.equal(await verdict(), "Quorate");
});

test("export and import round-trip the attendance losslessly", async () => {
  const download = page.waitForEvent("download");
  await widget().locator("button", { hasText: "Export attendance" }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  assert.equal(exported.members.length, 10);
  assert.equal(exported.substitutes[0].forSeat, "police-scotland");
  await widget().locator("button", { hasText: "Clear" }).click();
  assert.equal(await verdict(), "Not quorate");
  await widget().locator('input[type="file"]').setInputFiles({
    name: "attendance.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await page.waitForFunction(() => document.querySelector("quorate-quorum-check").shadowRoot.querySelector(".verdict")?.textContent === "Quorate");
  const again = page.waitForEvent("download");
  await widget().locator("button", { hasText: "Export attendance" }).click();
  assert.deepEqual(JSON.parse(readFileSync(await (await again).path(), "utf8")), exported);
});

test("a bad import is reported in the error summary and changes nothing", async () => {
  await widget().locator('input[type="file"]').setInputFiles({
    name: "wrong.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ members: [{ seat: "ghost", status: "present" }] })),
  });
  const summary = widget().locator(".error-summary");
  await summary.waitFor({ state: "visible" });
  assert.match(await summary.textContent(), /wrong\.json could not be imported: .*no seat "ghost"/);
  assert.equal(await verdict(), "Quorate");
});

test("keyboard only: every control is reachable and operable with Tab and the arrow keys", async () => {
  await open();
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Enter");
  let focused = "";
  for (let i = 0; i < 5 && !focused.startsWith("SELECT"); i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => {
      const el = document.querySelector("quorate-quorum-check").shadowRoot.activeElement;
      return el ? `${el.tagName}:${el.getAttribute("aria-labelledby")}` : "";
    });
  }
  assert.equal(focused, "SELECT:qqc1-council-leader-name");
  assert.equal(await statusOf("council-leader").inputValue(), "present");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await statusOf("council-leader").inputValue(), "reasonableExcuse");
});

test("zero axe-core violations (WCAG 2.2 AA)", async () => {
  assert.deepEqual(problems, [], "logged before axe ran");
  await page.addScriptTag({ url: "/node_modules/axe-core/axe.min.js" });
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }),
  );
  // axe-core itself probes with inline styles, which the page's CSP rightly blocks.
  const during = problems.splice(0);
  assert.ok(during.every((m) => /Applying inline style violates/.test(m)), during.join("\n"));
  const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(violations, []);
});

test("no network requests after load, and nothing logged", () => {
  const unexpected = lateRequests.filter((u) => !u.endsWith("/node_modules/axe-core/axe.min.js") && !u.includes("/www/"));
  assert.deepEqual(unexpected, []);
  // Reloads fetch the page's own files again; nothing else may be asked for.
  assert.ok(lateRequests.every((u) => u.startsWith(base)), lateRequests.join("\n"));
  assert.deepEqual(problems, []);
});
