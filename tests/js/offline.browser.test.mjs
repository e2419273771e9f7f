// The offline single files (www/offline/<name>.html, scripts/build-offline.mjs), as a
// board member uses one: saved, then opened from file:// in Chromium with the network off
// (the context offline, and any request that is not for a file refused and recorded).
// Each shows the answer its tool shows on the site for the same (fresh) state (the quorum
// check's, the meeting's quorum and the register's validation exactly the engine's); an edit is kept as a draft across a reload; and the
// file asks for nothing but itself. axe-core finds no violation on the page around the tool.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, loadPackage } from "./lib.mjs";
import { WIDGETS } from "../../scripts/areas.mjs";
import { openBrowser } from "./widgets/contract.mjs";

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
let b;
let engine;
before(async () => {
  b = await openBrowser();
  engine = await loadPackage();
});
after(() => b?.close());

/** The widget's state once it has its content: its result, what it holds, and its text. */
const state = (locator) =>
  locator.evaluate((el) => ({
    result: el.result ?? null,
    held: el.snapshot(),
    text: el.shadowRoot.textContent.replace(/\s+/g, " ").trim(),
  }));

const ready = (page, tag) =>
  page.waitForFunction((t) => {
    const el = document.querySelector(t);
    return el?.shadowRoot && el.shadowRoot.querySelector(".panel") && !/Loading…/.test(el.shadowRoot.textContent);
  }, tag);

/**
 * The first control a person would change (in the widget's own shadow root): a select
 * gets another option, a checkbox is ticked or cleared, a text field gets words. Returns
 * how to read it back.
 */
async function changeSomething(page, tag) {
  const handle = await page.evaluateHandle((t) => {
    const root = document.querySelector(t).shadowRoot;
    const visible = (e) => !e.disabled && e.getClientRects().length > 0;
    return [...root.querySelectorAll("select, input[type=checkbox], input[type=text], input:not([type]), textarea")].find(visible) ?? null;
  }, tag);
  const control = handle.asElement();
  assert.ok(control, `${tag}: a control to change`);
  const kind = await control.evaluate((e) => (e.localName === "select" ? "select" : e.type === "checkbox" ? "checkbox" : "text"));
  if (kind === "select") {
    const values = await control.evaluate((e) => [...e.options].map((o) => o.value));
    const now = await control.evaluate((e) => e.value);
    await control.selectOption(values.find((v) => v !== now));
  } else if (kind === "checkbox") {
    await control.click();
  } else {
    await control.fill("Offline copy check");
  }
  const path = await control.evaluate((e) => e.dataset.path ?? e.id ?? e.name);
  const value = await control.evaluate((e) => (e.type === "checkbox" ? e.checked : e.value));
  return { kind, path, value };
}

for (const w of WIDGETS) {
  const name = w.tag.replace(/^quorate-/, "");
  const file = join(ROOT, "www/offline", `${name}.html`);
  test(`offline/${name}.html: opened from file:// with no network, it answers as the site does, keeps a draft across a reload, and asks for nothing else`, async () => {
    assert.ok(existsSync(file), `${file} is built`);
    const html = readFileSync(file, "utf8");
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+rel="stylesheet"|\sstyle="/, "no other file, no inline style attribute");
    assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+' 'wasm-unsafe-eval'; style-src 'sha256-[^']+';/);

    // What the site's own per-widget script shows for a fresh state (over http).
    const online = await state(await b.show({ tag: w.tag, attrs: `preset="${/preset="([^"]+)"/.exec(html.slice(html.indexOf(`<${w.tag} `)))[1]}" draft-key="offline"`, script: `/www/dist/${w.tag}.js` }));

    const context = await b.page.context().browser().newContext();
    try {
      await context.setOffline(true);
      const asked = [];
      await context.route("**/*", (route) => {
        const url = route.request().url();
        asked.push(url);
        return url.startsWith("file:") ? route.continue() : route.abort("internetdisconnected");
      });
      const page = await context.newPage();
      const problems = [];
      page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
      page.on("pageerror", (e) => problems.push(String(e)));
      const href = pathToFileURL(file).href;
      await page.goto(href);
      await ready(page, w.tag);
      const widget = page.locator(w.tag);
      const offline = await state(widget);
      assert.deepEqual(offline, online, "the same answer as the tool on the site");
      assert.doesNotMatch(offline.text, /could not|not found|blocks WebAssembly/, "the engine ran");
      // Where the fresh state's input is plain to rebuild, the answer is exactly the engine's.
      const attendanceOf = (a) => ({ members: a.members, substitutes: a.substitutes.filter((s) => s.name.trim() !== "") });
      const exact = {
        "quorate-quorum-check": () => [offline.result, engine.checkQuorum({ constitution: "clackmannanshire-2019", attendance: attendanceOf(offline.held) })],
        "quorate-meeting": () => [offline.result.quorum, engine.checkQuorum({ constitution: "clackmannanshire-2019", attendance: attendanceOf(offline.held.attendance) })],
        "quorate-interests": () => [offline.result.register, engine.validateRegister({ constitution: "clackmannanshire-2019", register: offline.held.register })],
      }[w.tag];
      if (exact) {
        const [shown, answer] = exact();
        assert.deepEqual(shown, answer, "the engine's answer");
        assert.ok(answer.citations.length > 0, "with its citations");
      }
      if (w.tag === "quorate-quorum-check") assert.ok(offline.text.includes(offline.result.summary));

      // axe-core on the page around the tool (the tool itself is checked by its contract).
      // The file's policy refuses any added script (as it should): axe runs through evaluate.
      await page.evaluate(AXE);
      const violations = await page.evaluate(
        async (t) => (await window.axe.run({ exclude: [[t]] }, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        w.tag,
      );
      assert.deepEqual(violations, []);

      // An edit survives a reload: it is a draft in this browser's storage for file://.
      // The constitution editor's task list has no text field of a rule: open a section first.
      if (w.tag === "quorate-constitution-editor") await widget.locator("#task-about").click();
      const changed = await changeSomething(page, w.tag);
      let before = await state(widget);
      if (JSON.stringify(before.held) === JSON.stringify(offline.held)) {
        // A question flow takes an answer with its Continue button.
        await widget.locator("button[type=submit]").first().click();
        changed.submitted = true;
        before = await state(widget);
      }
      assert.notDeepEqual(before.held, offline.held, "the edit changed what the tool holds");
      await page.waitForFunction((t) => Object.keys(localStorage).some((k) => k.startsWith(`quorate:`) && k.includes(":offline:")), w.tag);
      await page.reload();
      await ready(page, w.tag);
      const after = await state(widget);
      assert.deepEqual(after.held, before.held, "the draft came back");
      assert.deepEqual(after.result, before.result);
      assert.equal(after.text, before.text, "the tool shows what it showed before the reload");
      if (!changed.submitted) {
        const shown = await page.evaluate(
        ([t, path, kind]) => {
          const e = [...document.querySelector(t).shadowRoot.querySelectorAll("select, input, textarea")].find((x) => (x.dataset.path ?? x.id ?? x.name) === path);
          return kind === "checkbox" ? e?.checked : e?.value;
        },
        [w.tag, changed.path, changed.kind],
      );
        assert.deepEqual(shown, changed.value, `the changed control (${changed.path}) shows the edit`);
      }

      assert.deepEqual([...new Set(asked)], [href], "no request but the file itself");
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test("every demo page and widget page links its tool's single file with the download attribute, and the link saves that file", async () => {
  const pages = [...readdirSync(join(ROOT, "www")).filter((f) => f.endsWith(".html")).map((f) => `www/${f}`), ...readdirSync(join(ROOT, "www/widgets")).map((f) => `www/widgets/${f}`)];
  for (const w of WIDGETS) {
    const name = w.tag.replace(/^quorate-/, "");
    const showing = pages.filter((p) => p !== "www/widgets/index.html" && new RegExp(`<${w.tag}[ >]`).test(readFileSync(join(ROOT, p), "utf8")));
    assert.equal(showing.length, 2, `${w.tag}: a demo page and a widget page (${showing.join(", ")})`);
    for (const p of showing) {
      const html = readFileSync(join(ROOT, p), "utf8");
      const up = p.startsWith("www/widgets/") ? "../" : "";
      assert.match(html, new RegExp(`<a href="${up}offline/${name}\\.html" download="quorate-${name}\\.html">Save this tool for offline use</a>`), p);
    }
  }
  await b.page.goto(`${b.base}/www/quorum.html`);
  const [download] = await Promise.all([b.page.waitForEvent("download"), b.page.locator("p.offline a").click()]);
  assert.equal(download.suggestedFilename(), "quorate-quorum-check.html");
  assert.equal(readFileSync(await download.path(), "utf8"), readFileSync(join(ROOT, "www/offline/quorum-check.html"), "utf8"));
});
