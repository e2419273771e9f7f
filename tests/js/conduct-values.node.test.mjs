// Values JSON cannot carry (NaN, Infinity) and negative values reach checkGift from
// JavaScript: each is a coded error with the field path, and the next call still works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPackage } from "./lib.mjs";

const pkg = await loadPackage();
const offer = (value) => ({
  constitution: "clackmannanshire-2019",
  offer: { kind: "gift", value, answers: { sought: "no" } },
});

test("checkGift refuses NaN and infinite values with a path, and keeps working", () => {
  // JSON has no NaN or Infinity: the boundary reads them as wrong types; -0.5 is a number
  // the engine refuses.
  for (const [value, code] of [[NaN, "INVALID_INPUT"], [Infinity, "INVALID_INPUT"], [-Infinity, "INVALID_INPUT"], [-0.5, "OUT_OF_RANGE"]]) {
    assert.throws(
      () => pkg.checkGift(offer(value)),
      (e) => e instanceof Error && e.code === code && e.path === "offer.value",
      String(value),
    );
  }
  assert.equal(pkg.checkGift(offer(4)).outcome, "moreAnswersNeeded");
});

test("checkOpenness refuses values of the wrong type, and keeps working", () => {
  for (const item of [42, "item", { matters: [null] }, { matters: [{ exception: 7 }] }]) {
    assert.throws(
      () => pkg.checkOpenness({ constitution: "inverclyde-mou", item }),
      (e) => e instanceof Error && e.code === "INVALID_INPUT",
      JSON.stringify(item),
    );
  }
  assert.equal(pkg.checkOpenness({ constitution: "inverclyde-mou", item: {} }).outcome, "public");
});
