// The robustness battery of robustness.node.test.mjs, in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ROOT, launchChromium } from "./lib.mjs";
import { goodInputs, declaredCodes } from "./robustness.node.test.mjs";
import { startServer } from "../../scripts/serve.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(ROOT);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/tests/js/harness.html`);
  await page.waitForSelector("html[data-ready=true]");
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("every export, in Chromium: malformed input throws coded Errors and the instance keeps working", async () => {
  const good = goodInputs();
  const codes = declaredCodes();
  for (const [fn, input] of Object.entries(good)) {
    const { calls, problems } = await page.evaluate(({ fn, input, codes }) => window.exercise(fn, input, codes), { fn, input, codes });
    assert.deepEqual(problems, [], fn);
    assert.ok(calls > 20, `${fn}: only ${calls} malformed calls`);
  }
});
