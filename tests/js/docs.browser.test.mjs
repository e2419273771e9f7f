// The documentation site (www/), as a visitor and a web team read it: every page loads
// under the strict CSP with nothing on the console, axe-core finds no WCAG 2.2 AA
// violation at 1280 and 320 px (and nothing scrolls sideways), every link inside the site
// resolves; the embedding page's policy is one the tools work under, and the messages it
// quotes are exactly what a tool shows.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib.mjs";
import { CSP } from "../../scripts/serve.mjs";
import { dropAxeNoise, openBrowser } from "./widgets/contract.mjs";

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

/** axe-core on the page's own content: the widgets in it are checked in every state by their contract. */
async function axePage() {
  if (!(await b.page.evaluate(() => "axe" in window))) await b.page.addScriptTag({ url: "/node_modules/axe-core/axe.min.js" });
  const results = await b.page.evaluate(() => {
    const widgets = [...document.querySelectorAll("*")].filter((e) => e.localName.startsWith("quorate-")).map((e) => [e.id ? `#${e.id}` : e.localName]);
    return window.axe.run({ exclude: widgets }, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] });
  });
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const checkedLinks = new Set();
const manifest = JSON.parse(readFileSync(join(ROOT, "www/dist/custom-elements.json"), "utf8"));
const WIDGETS = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

for (const path of PAGES) {
  const d = WIDGETS.find((w) => path === `www/widgets/${w.tagName.replace(/^quorate-/, "")}.html`);
  const more = d ? "; it lists everything in the manifest, its live example has only documented parts, and switches preset" : "";
  test(`${path}: loads cleanly, no axe-core violation at 1280 and 320 px, links resolve${more}`, async () => {
    await b.page.setViewportSize({ width: 1280, height: 800 });
    await visit(path);
    const wide = await axePage();
    await b.page.setViewportSize({ width: 320, height: 800 });
    const narrow = await axePage();
    const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await b.page.setViewportSize({ width: 1280, height: 800 });
    dropAxeNoise(b.log.problems);
    assert.deepEqual(wide, []);
    assert.deepEqual(narrow, [], "at 320 px");
    assert.ok(overflow <= 1, `no sideways scroll at 320 px (${overflow}px)`);
    assert.deepEqual(b.log.problems.splice(0), []);
    const links = await b.page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => a.href).filter((h) => h.startsWith(location.origin)));
    for (const link of new Set(links.map((l) => l.split("#")[0]))) {
      if (checkedLinks.has(link)) continue;
      const status = await b.page.evaluate(async (u) => (await fetch(u, { method: "HEAD" })).status, link);
      assert.equal(status, 200, link);
      checkedLinks.add(link);
    }
    if (d) await widgetPage(d);
  });
}

async function widgetPage(d) {
  const text = await b.page.locator("main").textContent();
  for (const x of [...d.attributes, ...d.members.filter((m) => m.kind === "field"), ...d.events, ...d.cssProperties, ...d.cssParts]) {
    assert.ok(text.includes(x.name), `${x.name} on the page`);
  }
  const w = b.page.locator(d.tagName);
  const parts = await w.evaluate((el) => [...new Set([...el.shadowRoot.querySelectorAll("[part]")].flatMap((e) => e.getAttribute("part").split(/\s+/)))]);
  const documented = new Set(d.cssParts.map((p) => p.name));
  assert.deepEqual(parts.filter((p) => !documented.has(p)), [], "every part the example shows is documented");
  assert.ok(parts.includes("panel"));
  const other = (await w.getAttribute("preset")) === "inverclyde-mou" ? "clackmannanshire-2019" : "inverclyde-mou";
  await b.page.locator(`form.preset-switch input[value="${other}"]`).check();
  assert.equal(await w.getAttribute("preset"), other);
  await b.page.waitForFunction(([tag, p]) => document.querySelector(tag).shadowRoot.textContent.length > 50 && document.querySelector(tag).preset === p, [d.tagName, other]);
  assert.match(await b.page.locator(`#${await w.getAttribute("id")}-snippet`).textContent(), new RegExp(`preset="${other}"`));
  assert.deepEqual(b.log.problems.splice(0), []);
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

test("custom-elements.json names every widget the script defines, with its attributes, events and parts", () => {
  const defined = [...readFileSync(join(ROOT, "www/src/quorate-widgets.ts"), "utf8").matchAll(/^define\("([^"]+)"/gm)].map((m) => m[1]).sort();
  assert.deepEqual(WIDGETS.map((d) => d.tagName).sort(), defined);
  for (const d of WIDGETS) {
    assert.ok(d.description, `${d.tagName}: a description`);
    for (const a of ["preset", "heading-level", "draft-key"]) assert.ok(d.attributes.some((x) => x.name === a), `${d.tagName} @attr ${a}`);
    assert.ok(d.members.some((m) => m.name === "constitution"), `${d.tagName} @prop constitution`);
    assert.ok(d.events.some((e) => e.name === "quorate-result" && e.description), `${d.tagName} @fires quorate-result`);
    assert.ok(d.cssProperties.length >= 10 && d.cssParts.some((p) => p.name === "panel"), `${d.tagName} theme and parts`);
    for (const x of [...d.attributes, ...d.events, ...d.cssProperties, ...d.cssParts]) assert.ok(x.description, `${d.tagName} ${x.name}: described`);
  }
  assert.ok(JSON.parse(readFileSync(join(ROOT, "wasm/pkg/custom-elements.json"), "utf8")).modules.length, "shipped in the package");
  const react = [...readFileSync(join(ROOT, "www/src/react.ts"), "utf8").matchAll(/createComponent\(\{\s*tagName: "([^"]+)"/g)].map((m) => m[1]).sort();
  assert.deepEqual(react, defined, "quorate/react wraps every widget");
});

test("www/api (TypeDoc): a page for every function and every type the package declares", () => {
  const dts = readFileSync(join(ROOT, "wasm/pkg/quorate.d.ts"), "utf8");
  const functions = [...dts.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
  const types = [...dts.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
  assert.ok(functions.length >= 28 && types.length > 100);
  for (const f of functions) assert.ok(existsSync(join(ROOT, "www/api/functions", `${f}.html`)), f);
  for (const t of types) assert.ok(["interfaces", "types"].some((d) => existsSync(join(ROOT, "www/api", d, `${t}.html`))), t);
  const checkQuorum = readFileSync(join(ROOT, "www/api/functions/checkQuorum.html"), "utf8");
  assert.match(checkQuorum, /Is the meeting quorate\?/, "the doc comment is on its page");
});

test("the snippet builder: pick a tool and a preset, copy, and the copied HTML works on a strict page", async () => {
  await b.page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await visit("www/widgets/index.html");
  const form = b.page.locator("form[data-builder]");
  await form.locator("select").selectOption("quorate-quorum-check");
  await form.locator('input[value="inverclyde-mou"]').check();
  await form.locator('input[name="src"]').fill("/www/dist/quorate-widgets.js");
  await form.locator("button", { hasText: "Copy the HTML" }).click();
  await form.locator("[data-status]", { hasText: "Copied" }).waitFor();
  const copied = await b.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await form.locator("[data-snippet]").textContent());
  assert.match(copied, /<quorate-quorum-check preset="inverclyde-mou">/);
  assert.doesNotMatch(copied, /style=/);
  await b.page.route(`${b.base}/__snippet/page.html`, (route) =>
    route.fulfill({
      headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP },
      body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Snippet</title></head><body><main><h1>Council page</h1>${copied}</main></body></html>`,
    }),
  );
  await b.page.goto(`${b.base}/__snippet/page.html`);
  const w = b.page.locator("quorate-quorum-check");
  await w.locator(".summary").waitFor();
  assert.equal(await w.locator(".summary").textContent(), "This constitution sets no quorum.");
  assert.deepEqual(b.log.problems.splice(0), []);
});
