// The TypeScript declarations: complete (a strict consumer compiles against them) and
// free of `any`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./lib.mjs";

const dts = readFileSync(join(ROOT, "wasm/pkg/quorate.d.ts"), "utf8");

test("the public .d.ts has no `any`", () => {
  // The init helpers that wasm-bindgen generates are typed too; nothing may be `any`.
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  const hits = code.split("\n").filter((line) => /\bany\b/.test(line));
  assert.deepEqual(hits, []);
});

test("a strict TypeScript consumer compiles against the declarations", () => {
  const tsc = join(ROOT, "node_modules/.bin/tsc");
  try {
    execFileSync(tsc, ["-p", join(ROOT, "tests/types/tsconfig.json")], { encoding: "utf8" });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});

test("every export is declared with its input and report types", () => {
  for (const fn of ["checkQuorum", "checkChair", "checkAgenda", "decideVote", "attendanceReport", "preset", "presets", "validateConstitution"]) {
    assert.match(dts, new RegExp(`export function ${fn}\\(`), fn);
  }
  assert.match(dts, /export function checkQuorum\(input: QuorumInput\): QuorumReport;/);
});
