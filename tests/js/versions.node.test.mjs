// One version everywhere: the workspace's (Cargo.toml), the package's, the widgets'
// VERSION, and the latest release in CHANGELOG.md, which keeps an Unreleased section.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib.mjs";

const read = (p) => readFileSync(join(ROOT, p), "utf8");
const cargo = /\[workspace\.package\][^[]*?version\s*=\s*"([^"]+)"/s.exec(read("Cargo.toml"))[1];

test("the package, the widgets and the changelog carry the workspace version", () => {
  assert.match(cargo, /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, "a semantic version");
  assert.equal(JSON.parse(read("wasm/pkg/package.json")).version, cargo);
  assert.equal(/export const VERSION = "([^"]+)"/.exec(read("www/src/base/define.ts"))[1], cargo);
  const releases = [...read("CHANGELOG.md").matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d\d-\d\d))?$/gm)].map((m) => [m[1], m[2]]);
  assert.equal(releases[0][0], "Unreleased");
  assert.equal(releases[1][0], cargo, "the latest release in CHANGELOG.md");
  for (const [, date] of releases.slice(1)) assert.ok(date, "every release is dated");
});

test("every saved fixture listed in tests/fixtures/widgets/README.md exists", () => {
  const listed = [...read("tests/fixtures/widgets/README.md").matchAll(/^\| `([^`]+\.json)` \|/gm)].map((m) => m[1]);
  assert.ok(listed.length >= 3);
  for (const f of listed) assert.ok(existsSync(join(ROOT, "tests/fixtures/widgets", f)), f);
});
