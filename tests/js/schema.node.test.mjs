// The constitution's JSON Schema as it ships (quorate/constitution.schema.json), checked
// with ajv (draft 2020-12): it is the committed core/constitution.schema.json; both presets
// and every valid constitution in the scenario files meet it; and on the invalid
// constitutions of tests/fixtures/constitution-schema/invalid.json it agrees with the
// package's validateConstitution, except where a case is marked as a rule a schema cannot
// state (then the schema accepts it, and the test says so).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { loadPackage, scenarioFiles } from "./lib.mjs";

const pkg = await loadPackage();
const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));
const shipped = read("wasm/pkg/constitution.schema.json");

/** ajv with the formats the schema uses: `date` (a real date), and schemars' number formats. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat("date", {
    type: "string",
    validate: (s) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) return false;
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
    },
  });
  ajv.addFormat("uint32", { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff });
  ajv.addFormat("double", { type: "number", validate: (n) => Number.isFinite(n) });
  return ajv.compile(shipped);
}
const meets = validator();
const why = () => (meets.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");

test("the package ships the committed schema as quorate/constitution.schema.json", () => {
  assert.deepEqual(shipped, read("core/constitution.schema.json"), "core/constitution.schema.json is stale: regenerate it");
  const manifest = read("wasm/pkg/package.json");
  assert.equal(manifest.exports["./constitution.schema.json"], "./constitution.schema.json");
  assert.ok(manifest.files.includes("constitution.schema.json"));
  assert.equal(shipped.$schema, "https://json-schema.org/draft/2020-12/schema");
});

test("both presets meet the schema, as files (with $schema) and as the package serves them", () => {
  for (const id of pkg.presets()) {
    const file = read(`core/presets/${id}.json`);
    assert.equal(file.$schema, "../constitution.schema.json");
    assert.ok(meets(file), `${id}: ${why()}`);
    assert.ok(meets(pkg.preset(id)), `${id} (served): ${why()}`);
  }
});

test("every valid constitution in the scenario files meets the schema", () => {
  let count = 0;
  for (const { file, doc, native } of scenarioFiles()) {
    doc.cases.forEach((kase, i) => {
      const output = native?.[i]?.output;
      // A constitution Quorate read and accepted: validateConstitution said valid, or an
      // engine answered with it.
      const candidate =
        doc.function === "validateConstitution" ? (output?.ok?.valid ? kase.input : null)
        : kase.input && typeof kase.input.constitution === "object" && kase.input.constitution !== null && output?.ok ? kase.input.constitution
        : null;
      if (!candidate) return;
      count++;
      assert.ok(meets(candidate), `${file} / ${kase.name}: ${why()}`);
    });
  }
  assert.ok(count >= 10, `only ${count} valid constitutions found in the scenario files`);
});

/** A preset with a fixture case's edits (`set` JSON Pointers to values, `remove` them). */
function edited(kase) {
  const c = structuredClone(pkg.preset(kase.preset));
  const at = (pointer) => {
    const keys = pointer.split("/").slice(1);
    const last = keys.pop();
    return [keys.reduce((v, k) => v[k], c), last];
  };
  for (const [pointer, value] of Object.entries(kase.set ?? {})) {
    const [parent, key] = at(pointer);
    parent[key] = value;
  }
  for (const pointer of kase.remove ?? []) {
    const [parent, key] = at(pointer);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  }
  return c;
}

test("the schema and Quorate agree on at least 30 invalid constitutions", (t) => {
  const { cases } = read("tests/fixtures/constitution-schema/invalid.json");
  assert.ok(cases.length >= 30);
  const cannot = [];
  for (const kase of cases) {
    const c = edited(kase);
    const report = pkg.validateConstitution(c);
    assert.equal(report.valid, false, `${kase.name}: Quorate accepts it`);
    assert.ok(
      report.problems.some((p) => p.path === kase.path),
      `${kase.name}: no problem at ${kase.path}: ${JSON.stringify(report.problems)}`,
    );
    if (kase.schema === "refuses") {
      assert.equal(meets(c), false, `${kase.name}: the schema accepts it`);
    } else {
      assert.equal(kase.schema, "cannot say", `${kase.name}: schema must be "refuses" or "cannot say"`);
      // Marked honestly: the schema does accept it, and only Quorate refuses it.
      assert.equal(meets(c), true, `${kase.name}: marked "cannot say", but the schema refuses it (${why()}): mark it "refuses"`);
      cannot.push(`${kase.name} (${kase.why})`);
    }
  }
  t.diagnostic(`${cases.length - cannot.length} refused by both; ${cannot.length} by Quorate alone, rules the schema cannot state: ${cannot.join("; ")}`);
});
