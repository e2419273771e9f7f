// Every scenario file, through the built npm package in Node. Each case must meet its
// expectation and answer exactly as the native build did (tests/out/native).
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPackage, scenarioFiles, callExport, checkCase } from "./lib.mjs";

const pkg = await loadPackage();

for (const { file, doc, native } of scenarioFiles()) {
  test(`scenarios in Node: ${file}`, () => {
    assert.ok(native, `no native outputs for ${file}: run cargo test first`);
    assert.equal(native.length, doc.cases.length, "native outputs are stale: run cargo test");
    doc.cases.forEach((kase, i) => {
      const answer = callExport(pkg, doc.function, kase.input);
      const failure = checkCase(kase, answer);
      assert.equal(failure, null, `${kase.name}: ${failure}`);
      assert.deepStrictEqual(answer, native[i].output, `${kase.name}: the WebAssembly answer differs from the native one`);
    });
  });
}
