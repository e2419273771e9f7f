// A runnable example for every public function, after the package and the widgets are
// built (build-docs.mjs calls `writeExamples()` before TypeDoc runs):
// - www/examples.html: "Try it" for each export in scripts/areas.mjs, its example input in
//   a textarea and a Run button that calls the function in this browser
//   (www/dist/try-it.js, from www/src/site/try-it.js: JSON.parse, never eval, under the
//   strict CSP), showing the output with its citations or the coded error;
// - the same inputs as `@example` in the API reference: a copy of the package's
//   declarations with the examples in their doc comments, which TypeDoc reads.
// Each example is a real case from the scenario files (tests/scenarios/): of the cases the
// engine answers, one whose answer cites clauses (up to three counted), the shortest such input.
import { build } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { AREAS, CONSTITUTION } from "./areas.mjs";

/** Every export the areas list, in the reference's order: the constitution's, then each area's. */
export const EXPORTS = [...CONSTITUTION, ...Object.values(AREAS).flat()];
/** Exports that take no argument. */
const NO_INPUT = new Set(["presets"]);
/** Exports whose input is a string (a preset id), or may be. */
const STRING_INPUT = new Set(["preset", "priorityCriteria"]);

const esc = (s) => String(s ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const prose = (s) => esc(s).replace(/`([^`]+)`/g, "<code>$1</code>");

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith(".json") ? [p] : [];
    });
}

/** The doc comment's first paragraph for each exported function in the package's declarations. */
function summaries(dts) {
  const out = {};
  for (const m of dts.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export function (\w+)\(/g)) {
    const body = m[1].split("\n").map((l) => l.replace(/^\s*\* ?/, "")).join("\n").trim();
    out[m[2]] = body.split(/\n\s*\n|\n```|\n@/)[0].replace(/\s+/g, " ").trim();
  }
  return out;
}

/** Whether rank `a` is ahead of rank `b` (compared in order, larger first). */
function better(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/** { name: { input, noInput, from, case } }: each export's example from the scenario files. */
export function chooseExamples(pkg) {
  const found = {};
  for (const path of walk("tests/scenarios")) {
    const doc = JSON.parse(readFileSync(path, "utf8"));
    for (const c of doc.cases) {
      const fn = c.function ?? doc.function;
      if (!EXPORTS.includes(fn) || !("input" in c) || c.error) continue;
      let output;
      try {
        output = pkg[fn](c.input);
      } catch {
        continue;
      }
      // Ranked: an object input where the function takes one (a string is a valid input
      // to some, refused politely by others), then an answer that cites more clauses (up to three), then the shortest.
      const shaped = STRING_INPUT.has(fn) || (typeof c.input === "object" && c.input !== null && !Array.isArray(c.input));
      const cites = Math.min(3, Array.isArray(output?.citations) ? output.citations.length : 0);
      const rank = [shaped ? 1 : 0, cites, -JSON.stringify(c.input).length];
      const best = found[fn];
      if (!best || better(rank, best.rank)) {
        found[fn] = { input: c.input, from: relative("tests/scenarios", path), case: c.name, rank };
      }
    }
  }
  for (const fn of NO_INPUT) found[fn] = { noInput: true, from: null, case: "takes no input" };
  const missing = EXPORTS.filter((fn) => !found[fn]);
  if (missing.length) throw new Error(`no scenario case to use as an example for: ${missing.join(", ")}`);
  return found;
}

const call = (fn, ex) => (ex.noInput ? `${fn}()` : `${fn}(${JSON.stringify(ex.input, null, 2)})`);

/** The package's declarations with an `@example` in each export's doc comment, into `dir`. */
function declarationsWithExamples(examples, dir) {
  mkdirSync(dir, { recursive: true });
  let dts = readFileSync("wasm/pkg/quorate.d.ts", "utf8");
  dts = dts.replace(/\/\*\*([\s\S]*?)\*\/(\s*export function (\w+)\()/g, (whole, body, rest, fn) => {
    const ex = examples[fn];
    if (!ex) return whole;
    const title = ex.from ? `${ex.case} (tests/scenarios/${ex.from}; run it on the site's "Try every function" page)` : `Run it on the site's "Try every function" page`;
    const code = call(fn, ex).split("\n").map((l) => ` * ${l}`.trimEnd()).join("\n");
    return `/**${body.replace(/\s*$/, "")}\n *\n * @example ${title}\n * \`\`\`js\n${code}\n * \`\`\`\n */${rest}`;
  });
  writeFileSync(join(dir, "quorate.d.ts"), dts);
  writeFileSync(join(dir, "index.d.ts"), readFileSync("wasm/pkg/index.d.ts", "utf8"));
}

function page(examples, summary, version) {
  const sections = EXPORTS.map((fn) => {
    const ex = examples[fn];
    const text = ex.noInput ? "" : JSON.stringify(ex.input, null, 2);
    const rows = Math.min(14, Math.max(3, text.split("\n").length));
    const from = ex.from ? `Example: the scenario case “${esc(ex.case)}” (<code>tests/scenarios/${esc(ex.from)}</code>).` : "It takes no input.";
    const input = ex.noInput
      ? ""
      : `      <label for="in-${fn}">Input (JSON)</label>
      <textarea id="in-${fn}" name="input" rows="${rows}" spellcheck="false" autocomplete="off" data-example="${esc(text)}">${esc(text)}</textarea>
`;
    return `    <section class="try" aria-labelledby="fn-${fn}">
      <h2 id="fn-${fn}"><code>${fn}</code></h2>
      <p>${prose(summary[fn] ?? "")} <a href="api/functions/${fn}.html">Reference for <code>${fn}</code></a>.</p>
      <p class="from">${from}</p>
      <form data-try="${fn}"${ex.noInput ? " data-no-input" : ""}>
${input}      <div class="buttons">
        <button type="submit">Run ${fn}</button>${ex.noInput ? "" : `\n        <button type="button" class="secondary" data-reset>Put the example back</button>`}
      </div>
      <div class="result" data-result hidden>
        <h3 data-status tabindex="-1"></h3>
        <div data-cites></div>
        <pre class="output" tabindex="0" aria-label="Output of ${fn}" data-output></pre>
      </div>
      </form>
    </section>`;
  }).join("\n\n");
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Try every function – Quorate</title>
  <meta name="description" content="Every function of the quorate package with a real example input: run it in this browser and see the answer with its clause citations, or the coded error.">
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="demo.css">
  <script type="module" src="dist/try-it.js"></script>
  <script type="module" src="demo.js"></script>
</head>
<body>
  <a class="skip" href="#main">Skip to main content</a>
  <header>
    <p class="brand"><a href="index.html">Quorate</a></p>
    <p>Governance rules for Scottish Community Planning Partnerships, with the clause behind every answer.</p>
  </header>
  <main id="main">
    <p class="breadcrumbs"><a href="index.html">Quorate</a> › <a href="api/index.html">API reference</a></p>
    <h1>Try every function</h1>
    <p>
      Every function of the package <code>quorate</code> (version ${esc(version)}) takes one object (or a string)
      and returns JSON. Each has a real example below, from the cases the engine is tested on: change the input
      and run it here, in this browser, with the same WebAssembly engine the package ships. The answer shows the
      clauses it used; an input the engine refuses shows its error code, message and the field it is about.
    </p>
    <ul class="tools">
${EXPORTS.map((fn) => `      <li><a href="#fn-${fn}"><code>${fn}</code></a></li>`).join("\n")}
    </ul>

${sections}
  </main>
</body>
</html>
<!-- Generated by scripts/build-examples.mjs from tests/scenarios/; do not edit. -->
`;
}

/** Writes www/examples.html, www/dist/try-it.js and the declarations TypeDoc reads (into `typedocDir`). */
export async function writeExamples(pkg, typedocDir) {
  const examples = chooseExamples(pkg);
  const version = JSON.parse(readFileSync("wasm/pkg/package.json", "utf8")).version;
  writeFileSync("www/examples.html", page(examples, summaries(readFileSync("wasm/pkg/quorate.d.ts", "utf8")), version));
  declarationsWithExamples(examples, typedocDir);
  await build({
    entryPoints: { "try-it": "www/src/site/try-it.js" },
    outdir: "www/dist",
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    alias: { quorate: "./wasm/pkg/index.js" },
    logLevel: "warning",
  });
  return examples;
}
