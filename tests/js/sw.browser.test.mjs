// The documentation site's service worker (www/sw.js, scripts/build-sw.mjs): visit the
// site once, go offline, and it still works: the page reloads, another page never visited
// opens with its tool answering (the engine from the cache), the API reference and the
// examples page too; online, a file changed on disk is served new. Its version is a hash of the files it caches; it answers from the
// network first; only the site registers it, never the widgets.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, launchChromium, loadPackage } from "./lib.mjs";
import { startServer } from "../../scripts/serve.mjs";

let server;
let browser;
let base;
before(async () => {
  server = await startServer(ROOT);
  base = `http://127.0.0.1:${server.address().port}/www`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

const SW = readFileSync(join(ROOT, "www/sw.js"), "utf8");

test("sw.js: a versioned cache list of files that exist, network first", () => {
  const version = /const VERSION = "([0-9a-f]{16})";/.exec(SW)?.[1];
  assert.ok(version, "a build-hash version");
  const list = JSON.parse(/const PRECACHE = (\[[\s\S]*?\]);/.exec(SW)[1]);
  for (const f of ["./", "index.html", "demo.css", "demo.js", "examples.html", "widgets/quorum-check.html", "api/index.html", "dist/quorate-widgets.js", "dist/quorate_bg.wasm"]) {
    assert.ok(list.includes(f), `${f} is cached`);
  }
  for (const f of list) if (f !== "./") assert.doesNotThrow(() => readFileSync(join(ROOT, "www", f)), f);
  assert.ok(!list.some((f) => f.startsWith("offline/") || f.endsWith(".map") || f.startsWith("src/")));
  assert.ok(SW.indexOf("await fetch(request)") < SW.indexOf("caches.match(request"), "network first, the cache as the fallback");
  for (const script of ["www/dist/quorate-widgets.js", "www/dist/quorate-quorum-check.js", "wasm/pkg/widgets.js", "wasm/pkg/widgets/quorum-check.js"]) {
    assert.doesNotMatch(readFileSync(join(ROOT, script), "utf8"), /serviceWorker/, `${script} never registers a service worker`);
  }
});

test("visited once, the site works offline: reload, a page not visited yet with a working tool, the API reference and the examples", async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(String(e)));
    await page.goto(`${base}/index.html`);
    // Installed (everything cached) and controlling this page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
    });
    const version = /const VERSION = "([0-9a-f]{16})";/.exec(SW)[1];
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`quorate-site-${version}`]);

    // A rebuild is seen at once: a file changed on disk is served new, not from the cache.
    const probe = join(ROOT, "www", `sw-probe-${process.pid}.txt`);
    try {
      writeFileSync(probe, "first build");
      assert.equal(await page.evaluate(async (u) => (await fetch(u)).text(), `${base}/sw-probe-${process.pid}.txt`), "first build");
      writeFileSync(probe, "second build");
      assert.equal(await page.evaluate(async (u) => (await fetch(u)).text(), `${base}/sw-probe-${process.pid}.txt`), "second build");
    } finally {
      rmSync(probe, { force: true });
    }

    await context.setOffline(true);
    await page.reload();
    assert.equal(await page.locator("h1").textContent(), "Quorate tools");

    // A page not visited before, with a tool: its script and the engine come from the cache.
    await page.goto(`${base}/widgets/quorum-check.html`);
    const widget = page.locator("quorate-quorum-check");
    await widget.locator(".summary").waitFor();
    const [result, held, preset] = await widget.evaluate((el) => [el.result, el.snapshot(), el.preset]);
    const engine = await loadPackage();
    const attendance = { members: held.members, substitutes: held.substitutes.filter((s) => s.name.trim() !== "") };
    assert.deepEqual(result, engine.checkQuorum({ constitution: preset, attendance }), "the engine's answer, offline");

    assert.deepEqual(problems.splice(0), []);

    await page.goto(`${base}/api/functions/checkQuorum.html`);
    assert.match(await page.locator("h1").textContent(), /checkQuorum/);
    // TypeDoc's pages carry its own inline theme script and styles, which the site's strict
    // CSP refuses (online as offline; the reference reads without them).
    problems.splice(0);

    await page.goto(`${base}/examples.html`);
    const form = page.locator('form[data-try="isWorkingDay"]');
    const input = JSON.parse(await form.locator("textarea").inputValue());
    await form.locator("button[type=submit]").click();
    await form.locator("[data-result]:not([hidden])").waitFor();
    assert.deepEqual(JSON.parse(await form.locator("[data-output]").textContent()), engine.isWorkingDay(input));

    // A page that was never cached says so in words, not a browser error page.
    const missing = await page.goto(`${base}/rustdoc/quorate_core/meeting/index.html`);
    assert.equal(missing.status(), 503);
    assert.match(await page.locator("body").textContent(), /You are offline, and this page was not saved/);
    assert.deepEqual(problems.filter((p) => !/503|Failed to load resource/.test(p)), []);
  } finally {
    await context.close();
  }
});
