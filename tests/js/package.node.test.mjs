// The packed npm package, installed into a fresh project as a consumer would: both entry
// points work in Node, a call before init() is a clear coded error, and a strict
// TypeScript project compiles against the published declarations.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, copyFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./lib.mjs";

let project;
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

before(() => {
  project = mkdtempSync(join(tmpdir(), "quorate-consumer-"));
  const tarball = run("npm", ["pack", "--silent", "--pack-destination", project], join(ROOT, "wasm/pkg")).trim().split("\n").pop();
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--offline", join(project, tarball)], project);
});

const node = (code) => run(process.execPath, ["--input-type=module", "-e", code], project);

test("quorate/auto initialises itself in Node", () => {
  const out = node(`
    import { checkQuorum, presets } from "quorate/auto";
    const r = checkQuorum({ constitution: "inverclyde-mou", attendance: { members: [] } });
    console.log(JSON.stringify([presets(), r.summary]));`);
  assert.deepEqual(JSON.parse(out), [["clackmannanshire-2019", "inverclyde-mou"], "This constitution sets no quorum."]);
});

test("quorate with an explicit init, and a clear error before it", () => {
  const out = node(`
    import { readFileSync } from "node:fs";
    import { createRequire } from "node:module";
    import init, { checkQuorum } from "quorate";
    let before;
    try { checkQuorum({}); } catch (e) { before = [e instanceof Error, e.code, e.message]; }
    const wasm = readFileSync(createRequire(import.meta.url).resolve("quorate/quorate_bg.wasm"));
    await init({ module_or_path: wasm });
    await init({ module_or_path: wasm }); // a second init is harmless
    let after;
    try { checkQuorum({ constitution: "nowhere", attendance: {} }); } catch (e) { after = [e.code, e.path]; }
    console.log(JSON.stringify({ before, after }));`);
  const { before, after } = JSON.parse(out);
  assert.deepEqual(before.slice(0, 2), [true, "NOT_INITIALISED"]);
  assert.match(before[2], /checkQuorum\(\) was called before the module was initialised/);
  assert.deepEqual(after, ["UNKNOWN_PRESET", "constitution"]);
});

test("a strict TypeScript project compiles against the installed package", () => {
  copyFileSync(join(ROOT, "tests/types/consumer.ts"), join(project, "consumer.ts"));
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", strict: true, noEmit: true, types: [] },
      files: ["consumer.ts"],
    }),
  );
  try {
    run(join(ROOT, "node_modules/.bin/tsc"), ["-p", project], project);
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
  assert.ok(readFileSync(join(project, "node_modules/quorate/package.json"), "utf8").includes('"./auto"'));
});
