// Every scenario file, through the built npm package in headless Chromium, under the
// strict Content-Security-Policy. Answers must equal the native ones exactly.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ROOT, scenarioFiles, checkCase, launchChromium } from "./lib.mjs";
import { startServer } from "../../scripts/serve.mjs";

let server, browser, page;
const errors = [];

before(async () => {
  server = await startServer(ROOT);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/tests/js/harness.html`);
  await page.waitForSelector("html[data-ready=true]");
});

after(async () => {
  await browser?.close();
  server?.close();
});

const files = scenarioFiles();

test("scenarios in Chromium", async (t) => {
  for (const { file, doc, native } of files) {
    await t.test(file, async () => {
      assert.ok(native, `no native outputs for ${file}: run cargo test first`);
      const answers = await page.evaluate(({ fn, inputs }) => window.runAll(fn, inputs), {
        fn: doc.function,
        inputs: doc.cases.map((c) => c.input),
      });
      doc.cases.forEach((kase, i) => {
        const failure = checkCase(kase, answers[i]);
        assert.equal(failure, null, `${kase.name}: ${failure}`);
        assert.deepStrictEqual(answers[i], native[i].output, `${kase.name}: Chromium's answer differs from the native one`);
      });
    });
  }
  assert.deepEqual(errors, [], "the page logged errors");
});
