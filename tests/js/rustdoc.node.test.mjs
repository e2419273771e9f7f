// rustdoc for quorate-core on the documentation site (www/rustdoc, scripts/build-docs.mjs):
// it is there, the site's index links to it, and every link and file a page names,
// from the crate's front page through every page reachable from it, resolves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { ROOT } from "./lib.mjs";

const SITE = join(ROOT, "www");
const FRONT = join(SITE, "rustdoc/quorate_core/index.html");

test("www/rustdoc: the crate's pages are on the site and linked from the index", () => {
  assert.ok(existsSync(FRONT), "rustdoc/quorate_core/index.html");
  assert.match(readFileSync(join(SITE, "index.html"), "utf8"), /href="rustdoc\/quorate_core\/index\.html"/);
  const front = readFileSync(FRONT, "utf8");
  assert.match(front, /Crate <span>quorate_core<\/span>|Crate quorate_core/);
  for (const module of ["meeting", "calendar", "conduct", "constitution", "gifts", "openness", "priorities"]) {
    assert.ok(existsSync(join(SITE, "rustdoc/quorate_core", module, "index.html")), `module ${module}`);
  }
  assert.doesNotMatch(front, /<script>/, "no inline script (the site's CSP refuses it)");
});

test("www/rustdoc: every link and file named by every page reachable from the crate's front page resolves", () => {
  const seen = new Set();
  const queue = [FRONT];
  const broken = [];
  while (queue.length) {
    const page = queue.pop();
    if (seen.has(page)) continue;
    seen.add(page);
    const html = readFileSync(page, "utf8");
    for (const [, url] of html.matchAll(/(?:href|src)="([^"#?]+)(?:[#?][^"]*)?"/g)) {
      if (/^[a-z]+:/i.test(url) || url.startsWith("//")) continue;
      const target = join(dirname(page), decodeURIComponent(url));
      if (!existsSync(target)) {
        broken.push(`${relative(SITE, page)} → ${url}`);
        continue;
      }
      const file = statSync(target).isDirectory() ? join(target, "index.html") : target;
      if (file.endsWith(".html") && file.startsWith(join(SITE, "rustdoc")) && !file.includes(`${join("rustdoc", "src")}`)) queue.push(file);
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(seen.size > 50, `${seen.size} pages followed`);
});
