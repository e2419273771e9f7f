// Every export, given malformed input of every kind, throws a coded Error and the
// instance keeps working: afterwards a good call answers exactly as before.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, loadPackage, scenarioFiles } from "./lib.mjs";
import { exercise } from "./robustness.mjs";

const pkg = await loadPackage();

/** The error codes the TypeScript declarations promise. */
export function declaredCodes() {
  const dts = readFileSync(join(ROOT, "wasm/pkg/quorate.d.ts"), "utf8");
  const union = /export type ErrorCode\s*=([^;]+);/.exec(dts);
  assert.ok(union, "the .d.ts declares ErrorCode");
  return [...union[1].matchAll(/"([A-Z_]+)"/g)].map((m) => m[1]);
}

/** A good input per export: the first case of its first scenario file. */
export function goodInputs() {
  const good = {};
  for (const { doc } of scenarioFiles()) {
    const first = doc.cases[0];
    if (!(doc.function in good) && first.expect !== undefined) good[doc.function] = first.input;
  }
  return good;
}

// The resident classes (ConstitutionHandle, ScoringSession, CombinedSession) are not plain exports: their
// methods take the plain inputs without `constitution`, and resident.node.test.mjs and
// the wasm-bindgen tests (2,000 bad calls, use after free) cover them.
const EXCLUDED = new Set(["default", "initSync", "presets", "ConstitutionHandle", "ScoringSession", "CombinedSession"]);
const exports = Object.keys(pkg).filter((k) => typeof pkg[k] === "function" && !EXCLUDED.has(k));
const good = goodInputs();
const codes = declaredCodes();

test("every export has a scenario whose first case is a good call", () => {
  assert.deepEqual(exports.filter((f) => !(f in good)), []);
});

for (const fn of exports.filter((f) => f in good)) {
  test(`${fn}: malformed input throws coded Errors and the instance keeps working`, () => {
    const { calls, problems } = exercise(pkg, fn, good[fn], codes);
    assert.deepEqual(problems, []);
    assert.ok(calls > 20, `only ${calls} malformed calls`);
  });
}

test("presets() needs no input and ignores what it is given", () => {
  assert.deepEqual(pkg.presets(), ["clackmannanshire-2019", "inverclyde-mou"]);
});

test("thousands of malformed calls in a row leave the instance working", () => {
  const input = good.checkQuorum;
  for (let i = 0; i < 5000; i++) {
    assert.throws(() => pkg.checkQuorum({ ...input, attendance: { members: [{ seat: i, status: NaN }] } }), /INVALID_INPUT|invalid/i);
  }
  assert.equal(pkg.checkQuorum(input).quorate, true);
});
