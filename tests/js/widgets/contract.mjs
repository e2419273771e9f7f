// The contract every Quorate widget keeps, as one suite each widget's test file runs
// against itself in Debian's Chromium (Playwright):
//
// - it works on a page served under the strict Content-Security-Policy, with both presets;
// - a hostile host stylesheet does not break it, and the script loaded twice is harmless;
// - HTML and script typed into every text field stay text;
// - no request leaves the page after load, however the widget is used;
// - axe-core finds no WCAG 2.2 AA violation in any state the suite reaches;
// - the draft survives a reload, and export → import → export is lossless;
// - every control is reachable with the keyboard and shows where focus is.
//
// A widget's file calls `contract({ tag, fill, read, states })`: `fill(widget, page)`
// enters a realistic set of answers (with at least one text field), `read(widget)`
// returns what the user sees of them (to compare across reload and import), and
// `states` names further states to reach for the accessibility check.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, launchChromium } from "../lib.mjs";
import { startServer, CSP } from "../../../scripts/serve.mjs";

export const PAYLOADS = [
  `<img src=x onerror="window.__pwned=1">`,
  `"><script>window.__pwned=1</script>`,
  `<svg onload="window.__pwned=1"></svg>{{constructor.constructor('window.__pwned=1')()}}`,
];

export const SHOTS = join(ROOT, "tests/out/screenshots");

const HOSTILE_CSS = `
html { font-size: 62.5%; }
* { color: #f0f !important; background: #ff0 !important; line-height: 0.8 !important; letter-spacing: 0.2em; }
div, section, table, p, span, button, input, select, label, h1, h2, h3, ul, li { display: none !important; visibility: hidden !important; }
body * { font-size: 8px; }
:not(body) > * { position: relative; }
button, input, select { all: unset !important; }
`;

/** A page for one widget, served from the package's origin under the strict CSP. */
export function widgetPage({ tag, attrs = "", twice = false, css = "", csp = CSP, script = "/www/dist/quorate-widgets.js" }) {
  const scripts = [`<script type="module" src="${script}"></script>`];
  if (twice) scripts.push(`<script type="module" src="${script}?copy=2"></script>`);
  return {
    csp,
    html: `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Contract: ${tag}</title><link rel="icon" href="data:,">
${css ? `<link rel="stylesheet" href="/__contract/host.css">` : ""}
${scripts.join("\n")}
</head><body><main><h1>Host page</h1><${tag} ${attrs}><p>This tool needs JavaScript.</p></${tag}></main></body></html>`,
    css,
  };
}

/** A browser page whose console errors, page errors and requests are recorded. */
export async function openBrowser() {
  const server = await startServer(ROOT);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const log = { problems: [], requests: [], loaded: false };
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && log.problems.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => log.problems.push(String(e)));
  page.on("dialog", (d) => {
    log.problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  page.on("request", (r) => {
    const url = r.url();
    if (log.loaded && !url.startsWith("blob:") && !url.startsWith("data:")) log.requests.push(url);
  });
  let current = widgetPage({ tag: "p" });
  await page.route(`${base}/__contract/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith(".css")) {
      return route.fulfill({ body: current.css, headers: { "content-type": "text/css", "content-security-policy": current.csp } });
    }
    return route.fulfill({ body: current.html, headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": current.csp } });
  });
  /** Open a widget page (see `widgetPage`); resolves once the widget has rendered. */
  async function show(options, ready = ".panel") {
    current = widgetPage(options);
    log.loaded = false;
    await page.goto(`${base}/__contract/${options.tag}.html`);
    await page.locator(`${options.tag} ${ready}`).first().waitFor();
    await page.locator(`${options.tag} .panel >> text=Loading…`).waitFor({ state: "detached" }).catch(() => {});
    log.requests.length = 0;
    log.loaded = true;
    return page.locator(options.tag);
  }
  /** Go to an empty page of the same origin and clear its storage (drafts). */
  async function blank() {
    current = { csp: CSP, css: "", html: `<!doctype html><html lang="en-GB"><head><title>Blank</title><link rel="icon" href="data:,"></head><body></body></html>` };
    log.loaded = false;
    await page.goto(`${base}/__contract/blank.html`);
    await page.evaluate(() => localStorage.clear());
  }
  async function close() {
    await browser.close();
    server.close();
  }
  return { page, base, log, show, blank, close };
}

/** Run axe-core (WCAG 2.2 AA and best practice) on the page; returns the violations. */
export async function axe(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: "/node_modules/axe-core/axe.min.js" });
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }),
  );
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** axe-core probes with inline styles, which the strict CSP rightly blocks: drop those logs. */
export function dropAxeNoise(problems) {
  for (let i = problems.length - 1; i >= 0; i--) if (/Applying inline style violates/.test(problems[i])) problems.splice(i, 1);
}

/**
 * Save a screenshot of the widget as a CI artefact (tests/out/screenshots, not committed).
 * A screenshot is a record for people, not a check: on a loaded machine one that cannot
 * be taken in time is reported and skipped rather than failing the test.
 */
export async function shot(locator, name) {
  mkdirSync(SHOTS, { recursive: true });
  try {
    await locator.screenshot({ path: join(SHOTS, `${name}.png`), animations: "disabled", timeout: 60_000 });
  } catch (e) {
    process.stderr.write(`screenshot ${name} not taken: ${String(e).split("\n")[0]}\n`);
  }
}

/** The file a click downloads, parsed as JSON (or as text with `{ text: true }`). */
export async function downloadOf(page, click, { text = false } = {}) {
  const download = page.waitForEvent("download");
  await click();
  const body = readFileSync(await (await download).path(), "utf8");
  return { name: (await download).suggestedFilename(), body: text ? body : JSON.parse(body) };
}

/** Tab through the whole page and return the shadow-root elements of `tag` that took focus. */
export async function tabStops(page, tag, limit = 400) {
  await page.locator("h1").click();
  const stops = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate((tag) => {
      const host = document.activeElement;
      if (!host || host.tagName.toLowerCase() !== tag) return host === document.body ? "body" : null;
      const el = host.shadowRoot.activeElement;
      if (!el) return null;
      const style = getComputedStyle(el);
      const label = el.getAttribute("aria-label") || el.labels?.[0]?.textContent || el.textContent || el.getAttribute("data-path") || "";
      return {
        key: `${el.tagName}|${el.getAttribute("type") ?? ""}|${el.getAttribute("data-path") ?? ""}|${label.trim().replace(/\s+/g, " ").slice(0, 80)}`,
        focusVisible: style.outlineStyle !== "none" || style.boxShadow !== "none" || el.closest(".file") !== null,
      };
    }, tag);
    if (info === "body") break;
    if (info) stops.push(info);
  }
  return stops;
}

/**
 * Wrong articles in the widget's text ("a other member", "a item", "an seat"): the sweep
 * every state of every widget goes through. "a one-off", "a European" and "an hour" are
 * right; so is "an MP" (a capital's name).
 */
export async function wrongArticles(w) {
  const shown = await w.evaluate((el) => el.shadowRoot.querySelector(".panel")?.innerText ?? "");
  const wrong = [
    ...shown.matchAll(/\b[Aa] (?!one\b|once\b|one-|eu|Eu|e\.g\.|i\.e\.)[aeioAEIO][\w-]*/g),
    ...shown.matchAll(/\b[Aa] (?:8|11|18)\b/g),
    ...shown.matchAll(/\b[Aa]n (?!h)[bcdfgjklmnpqrstvwxyz][\w-]*/g),
  ];
  return wrong.map((m) => shown.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10).replace(/\s+/g, " "));
}

/**
 * The contract suite for one widget.
 * @param {object} o
 * @param {string} o.tag the element's tag
 * @param {string[]} [o.presets] presets it must work with
 * @param {(w: import("playwright-core").Locator, page: import("playwright-core").Page) => Promise<void>} o.fill
 * @param {(w: import("playwright-core").Locator) => Promise<unknown>} o.read
 * @param {Record<string, (w, page) => Promise<void>>} [o.states] further states to check with axe
 * @param {string} [o.ready] a selector that appears once the widget has its answer
 */
export function contract({ tag, presets = ["clackmannanshire-2019", "inverclyde-mou"], fill, read, states = {}, ready = ".panel" }) {
  let b;
  const preset = presets[0];
  const attrs = (p = preset) => `preset="${p}" draft-key="contract"`;

  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await b?.close();
  });

  // Leave the widget's page first: its pending draft is written as the page hides.
  const clean = () => b.blank();

  for (const p of presets) {
    test(`${tag}: works under the strict CSP with the ${p} preset, with no console error`, async () => {
      await clean();
      const w = await b.show({ tag, attrs: attrs(p) }, ready);
      const text = await w.locator(".panel").textContent();
      assert.doesNotMatch(text, /cannot run|cannot be used|needs a constitution/);
      assert.match(text, /Clauses used|clause|B\d|\d\.\d/i, "an answer cites its clauses");
      await shot(w, `${tag}-${p}-empty`);
      assert.deepEqual(b.log.problems.splice(0), []);
    });
  }

  test(`${tag}: a hostile host stylesheet and the script loaded twice do not break it`, async () => {
    await clean();
    const w = await b.show({ tag, attrs: attrs(), twice: true, css: HOSTILE_CSS }, ready);
    const heading = w.locator(".title");
    assert.ok(await heading.isVisible(), "the heading is visible");
    const box = await heading.boundingBox();
    assert.ok(box && box.height >= 16, `the heading has a readable size (${box?.height}px)`);
    const buttons = w.locator("button:visible");
    assert.ok((await buttons.count()) > 0, "buttons stay visible");
    const colour = await heading.evaluate((el) => getComputedStyle(el).color);
    assert.notEqual(colour, "rgb(255, 0, 255)", "the host's colour does not reach into the widget");
    await fill(w, b.page);
    await shot(w, `${tag}-hostile-css`);
    assert.deepEqual(b.log.problems.splice(0), []);
  });

  test(`${tag}: HTML and script typed into every text field stay text`, async () => {
    await clean();
    const w = await b.show({ tag, attrs: attrs() }, ready);
    await fill(w, b.page);
    const fields = w.locator('input[type="text"]:visible, input:not([type]):visible, textarea:visible');
    const n = await fields.count();
    assert.ok(n > 0, "the filled state has text fields");
    for (let i = 0; i < n; i++) await fields.nth(i).fill(PAYLOADS[i % PAYLOADS.length]);
    await b.page.waitForTimeout(400);
    const injected = await w.evaluate((el) => el.shadowRoot.querySelectorAll("img, script, svg:not([role]), iframe, object").length);
    assert.equal(injected, 0, "no element made from user text");
    assert.equal(await b.page.evaluate(() => window.__pwned), undefined);
    const shown = await w.evaluate((el) => el.shadowRoot.textContent + [...el.shadowRoot.querySelectorAll("input, textarea")].map((i) => i.value).join(" "));
    assert.ok(shown.includes(PAYLOADS[0]), "the text is kept as typed");
    await clean();
    dropAxeNoise(b.log.problems);
    assert.deepEqual(b.log.problems.splice(0), []);
  });

  test(`${tag}: the draft survives a reload, and "Clear my answers" removes it`, async () => {
    await clean();
    let w = await b.show({ tag, attrs: attrs() }, ready);
    const empty = await read(w);
    await fill(w, b.page);
    const filled = await read(w);
    assert.notDeepEqual(filled, empty, "fill() changes what the widget shows");
    await b.page.waitForTimeout(400); // drafts are written after a short pause
    w = await b.show({ tag, attrs: attrs() }, ready);
    assert.deepEqual(await read(w), filled);
    await w.locator("button", { hasText: "Clear my answers" }).click();
    assert.deepEqual(await read(w), empty);
    w = await b.show({ tag, attrs: attrs() }, ready);
    assert.deepEqual(await read(w), empty, "cleared answers stay cleared after a reload");
  });

  test(`${tag}: export → import → export is lossless`, async () => {
    await clean();
    const w = await b.show({ tag, attrs: attrs() }, ready);
    await fill(w, b.page);
    const filled = await read(w);
    const first = await downloadOf(b.page, () => w.locator("button", { hasText: /^Export .*\(JSON\)$/ }).first().click());
    assert.equal(first.body.kind, tag);
    assert.equal(typeof first.body.schemaVersion, "number");
    await w.locator("button", { hasText: "Clear my answers" }).click();
    await w.locator('input[type="file"][data-path="import"]').setInputFiles({
      name: first.name,
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(first.body)),
    });
    await w.locator(".banner", { hasText: "Imported" }).waitFor();
    assert.deepEqual(await read(w), filled);
    const second = await downloadOf(b.page, () => w.locator("button", { hasText: /^Export .*\(JSON\)$/ }).first().click());
    assert.deepEqual(second.body, first.body);
  });

  test(`${tag}: a file that is not its export is refused in the error summary, and nothing changes`, async () => {
    await clean();
    const w = await b.show({ tag, attrs: attrs() }, ready);
    await fill(w, b.page);
    const filled = await read(w);
    await w.locator('input[type="file"][data-path="import"]').setInputFiles({
      name: "other.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ kind: "quorate-something-else", schemaVersion: 1, data: {} })),
    });
    const summary = w.locator(".error-summary");
    await summary.waitFor();
    assert.match(await summary.textContent(), /There is a problem.*other\.json could not be imported/s);
    assert.equal(await b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className), "error-summary");
    assert.deepEqual(await read(w), filled);
    await summary.locator("button").first().click();
    assert.equal(await b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.dataset.path), "import");
    assert.deepEqual(await axe(b.page), []);
    dropAxeNoise(b.log.problems);
  });

  test(`${tag}: no request after load, whatever the user does`, async () => {
    await clean();
    const w = await b.show({ tag, attrs: attrs() }, ready);
    await fill(w, b.page);
    for (const reach of Object.values(states)) await reach(w, b.page);
    await downloadOf(b.page, () => w.locator("button", { hasText: /^Export .*\(JSON\)$/ }).first().click());
    assert.deepEqual(b.log.requests.splice(0), []);
  });

  test(`${tag}: zero axe-core violations and no wrong "a"/"an" in every state reached, and at 320 px`, async () => {
    await clean();
    const w = await b.show({ tag, attrs: attrs() }, ready);
    const found = {};
    const articles = {};
    found.empty = await axe(b.page);
    articles.empty = await wrongArticles(w);
    await fill(w, b.page);
    found.filled = await axe(b.page);
    articles.filled = await wrongArticles(w);
    await shot(w, `${tag}-filled`);
    for (const [name, reach] of Object.entries(states)) {
      await reach(w, b.page);
      found[name] = await axe(b.page);
      articles[name] = await wrongArticles(w);
      await shot(w, `${tag}-${name}`);
    }
    await b.page.setViewportSize({ width: 320, height: 800 });
    found.narrow = await axe(b.page);
    const overflow = await w.evaluate((el) => el.scrollWidth - el.clientWidth);
    await shot(w, `${tag}-320px`);
    await b.page.setViewportSize({ width: 1280, height: 720 });
    dropAxeNoise(b.log.problems);
    for (const [state, violations] of Object.entries(found)) assert.deepEqual(violations, [], `state: ${state}`);
    for (const [state, wrong] of Object.entries(articles)) assert.deepEqual(wrong, [], `a or an, state: ${state}`);
    assert.ok(overflow <= 1, `no horizontal scroll of the whole widget at 320 px (${overflow}px)`);
    assert.deepEqual(b.log.problems.splice(0), []);
  });

  test(`${tag}: every control is reachable with the keyboard and shows focus`, async () => {
    await clean();
    const w = await b.show({ tag, attrs: attrs() }, ready);
    await fill(w, b.page);
    const stops = await tabStops(b.page, tag);
    const controls = await w.evaluate((el) => {
      const groups = new Set();
      let n = 0;
      for (const c of el.shadowRoot.querySelectorAll("button, input, select, textarea, summary, a[href], [tabindex='0']")) {
        // Hidden, or inside a closed <details> (rendered with content-visibility: hidden).
        if (c.disabled || !c.checkVisibility()) continue;
        if (c.type === "radio") {
          if (groups.has(c.name)) continue; // a radio group is one tab stop
          groups.add(c.name);
        }
        n++;
      }
      return n;
    });
    assert.ok(stops.length > 0, "the widget takes keyboard focus");
    assert.ok(stops.length >= controls, `Tab reached ${stops.length} of ${controls} controls`);
    const hidden = stops.filter((s) => !s.focusVisible).map((s) => s.key);
    assert.deepEqual(hidden, [], "every focused control shows a focus indicator");
  });
}
