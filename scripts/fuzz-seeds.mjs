// Writes fuzz/corpus/engines/: one seed per scenario case, "function\ninput-json".
// Unseeded runs almost never produce a valid input, so the corpus is committed.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const out = "fuzz/corpus/engines";
mkdirSync(out, { recursive: true });
const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith(".json") ? [join(d, f)] : []));
let n = 0;
for (const file of walk("tests/scenarios")) {
  const doc = JSON.parse(readFileSync(file, "utf8"));
  for (const c of doc.cases) {
    const seed = `${doc.function}\n${JSON.stringify(c.input)}`;
    writeFileSync(join(out, createHash("sha1").update(seed).digest("hex").slice(0, 16)), seed);
    n++;
  }
}
console.log(`${n} seeds in ${out}`);
