// The documentation site (www/), as a visitor and a web team read it: every page loads
// under the strict CSP with nothing on the console, axe-core finds no WCAG 2.2 AA
// violation at 1280 and 320 px (and nothing scrolls sideways), every link inside the site
// resolves; the embedding page's policy is one the tools work under, and the messages it
// quotes are exactly what a tool shows.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib.mjs";
import { axe, dropAxeNoise, openBrowser } from "./widgets/contract.mjs";

const html = (dir) => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".html")).map((f) => `${dir}/${f}`) : []);
const PAGES = [...html("www"), ...html("www/widgets")];

let b;
before(async () => {
  b = await openBrowser();
});
after(() => b?.close());

const visit = async (path) => {
  b.log.problems.length = 0;
  await b.page.goto(`${b.base}/${path}`);
  await b.page.waitForLoadState("networkidle");
  // Widgets on the page: wait until each has its content (or its alert).
  await b.page.waitForFunction(() =>
    [...document.querySelectorAll("*")].filter((e) => e.localName.startsWith("quorate-")).every((e) => e.shadowRoot && !/Loading…/.test(e.shadowRoot.textContent)),
  );
};

for (const path of PAGES) {
  test(`${path}: loads cleanly, no axe-core violation at 1280 and 320 px, links resolve`, async () => {
    await b.page.setViewportSize({ width: 1280, height: 800 });
    await visit(path);
    const wide = await axe(b.page);
    await b.page.setViewportSize({ width: 320, height: 800 });
    const narrow = await axe(b.page);
    const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await b.page.setViewportSize({ width: 1280, height: 800 });
    dropAxeNoise(b.log.problems);
    assert.deepEqual(wide, []);
    assert.deepEqual(narrow, [], "at 320 px");
    assert.ok(overflow <= 1, `no sideways scroll at 320 px (${overflow}px)`);
    assert.deepEqual(b.log.problems.splice(0), []);
    const links = await b.page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => a.href).filter((h) => h.startsWith(location.origin)));
    for (const link of new Set(links.map((l) => l.split("#")[0]))) {
      const status = await b.page.evaluate(async (u) => (await fetch(u, { method: "HEAD" })).status, link);
      assert.equal(status, 200, link);
    }
  });
}

test("embedding.html: its recommended policy is one the tools work under", async () => {
  await b.page.goto(`${b.base}/www/embedding.html`);
  const csp = (await b.page.locator("#recommended-csp").textContent()).replace(/^Content-Security-Policy:\s*/, "");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  const w = await b.show({ tag: "quorate-quorum-check", attrs: 'preset="clackmannanshire-2019"', csp }, ".verdict");
  assert.equal(await w.locator(".verdict").textContent(), "Not quorate");
  // The test page's own favicon (data:) is refused under this policy; the tool asks for nothing.
  assert.deepEqual(b.log.problems.splice(0).filter((p) => !/Loading the image 'data:,'/.test(p)), []);
});

test("embedding.html: the messages it quotes are the ones a tool shows", async () => {
  await b.page.goto(`${b.base}/www/embedding.html`);
  const quoted = Object.fromEntries(
    await b.page.locator("blockquote.widget-message").evaluateAll((qs) => qs.map((q) => [q.dataset.case, q.textContent.trim()])),
  );
  assert.deepEqual(Object.keys(quoted).sort(), ["connect", "csp", "missing"]);
  const example = "https://www.example.gov.uk/quorate/quorate_bg.wasm";
  const shown = async (options, prepare = async () => {}) => {
    await prepare();
    const w = await b.show({ tag: "quorate-quorum-check", attrs: 'preset="clackmannanshire-2019"', ...options }, '[role="alert"]');
    const text = (await w.locator('[role="alert"] li').textContent()).trim();
    b.log.problems.length = 0;
    return text.replace(`${b.base}/www/dist/quorate_bg.wasm`, example);
  };
  assert.equal(await shown({ csp: "default-src 'self'; script-src 'self'; style-src 'self'" }), quoted.csp);
  assert.equal(await shown({ csp: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'none'" }), quoted.connect);
  await b.page.route("**/quorate_bg.wasm", (route) => route.fulfill({ status: 404, body: "not found" }));
  try {
    assert.equal(await shown({}), quoted.missing);
  } finally {
    await b.page.unroute("**/quorate_bg.wasm");
  }
});
