// The offline single files, after build-widgets.mjs: www/offline/<name>.html, one per
// widget (scripts/areas.mjs WIDGETS), that a member saves and opens from file:// with no
// network. Each holds everything it needs: the page's styles, the widget's script (Lit
// and the engine glue bundled) and its area's WebAssembly module inside that script, in
// base64 (engine.ts reads QUORATE_WASM_INLINE and fetches nothing). Its own
// Content-Security-Policy allows exactly that script and that style, by their hashes, and
// WebAssembly; nothing may be loaded from anywhere. Drafts are kept in the browser's
// localStorage, as on the site.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { WIDGETS, areaModule, widgetEntry } from "./areas.mjs";

const out = "www/offline";
const version = JSON.parse(readFileSync("wasm/pkg/package.json", "utf8")).version;
const PRESETS = [
  ["clackmannanshire-2019", "Clackmannanshire (2019)"],
  ["inverclyde-mou", "Inverclyde Alliance"],
];
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const hash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
/** Text from the demo page's HTML: tags dropped, entities as written, spaces collapsed. */
const text = (html) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();

// The page's own script, beside the widget's in the one inline script: the preset switch.
const SWITCH = `
for (const form of document.querySelectorAll("form.preset-switch")) {
  const target = document.getElementById(form.dataset.for);
  form.addEventListener("change", () => target.setAttribute("preset", new FormData(form).get("preset")));
}
`;

/** The demo page that shows `tag`: its title, heading and first paragraph. */
function demo(tag) {
  for (const f of readdirSync("www").filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(`www/${f}`, "utf8");
    if (!new RegExp(`<${tag}[ >]`).test(html)) continue;
    const main = html.slice(html.indexOf("<main"));
    return {
      page: f,
      title: /<title>([^<]*)<\/title>/.exec(html)[1].replace(/ – Quorate$/, ""),
      heading: /<h1>([\s\S]*?)<\/h1>/.exec(main)[1].trim(),
      intro: text(/<p>([\s\S]*?)<\/p>/.exec(main)?.[1] ?? ""),
      preset: new RegExp(`<${tag}[^>]*preset="([^"]+)"`).exec(html)?.[1] ?? PRESETS[0][0],
    };
  }
  throw new Error(`no demo page shows <${tag}>`);
}

/** Safe inside <script>…</script>: the HTML parser must not see an end tag or a comment opener. */
function inlineScript(code) {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

const started = performance.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const css = readFileSync("www/demo.css", "utf8");
const modules = new Map();
for (const w of WIDGETS) {
  const name = w.tag.replace(/^quorate-/, "");
  const about = demo(w.tag);
  if (!modules.has(w.area)) modules.set(w.area, readFileSync(`www/dist/${areaModule(w.area)}`).toString("base64"));
  const result = await build({
    stdin: { contents: widgetEntry(w) + SWITCH, resolveDir: "www/src", sourcefile: `${w.tag}-offline.ts`, loader: "ts" },
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "eof",
    write: false,
    alias: { quorate: "./wasm/pkg/index.js" },
    define: { QUORATE_WASM: JSON.stringify(areaModule(w.area)), QUORATE_WASM_INLINE: JSON.stringify(modules.get(w.area)) },
    logLevel: "warning",
  });
  const script = inlineScript(result.outputFiles[0].text);
  const csp = `default-src 'none'; script-src ${hash(script)} 'wasm-unsafe-eval'; style-src ${hash(css)}; img-src data: blob:; base-uri 'none'; form-action 'none'`;
  const id = `offline-${name}`;
  const html = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(about.title)} (offline) – Quorate ${esc(version)}</title>
  <link rel="icon" href="data:,">
  <style>${css}</style>
</head>
<body>
  <a class="skip" href="#main">Skip to main content</a>
  <header>
    <p class="brand">Quorate</p>
    <p>Governance rules for Scottish Community Planning Partnerships, with the clause behind every answer.</p>
  </header>
  <main id="main">
    <h1>${about.heading}</h1>
    <p>${esc(about.intro)}</p>
    <p>
      This is a copy of the tool in one file (Quorate ${esc(version)}), to keep on your computer. It works with no
      network connection: nothing you enter leaves this computer, and your answers are kept in this browser, so
      closing the file loses nothing. Open it in the same browser each time to find them again.
    </p>
    <form class="preset-switch" data-for="${id}">
      <fieldset>
        <legend>Constitution</legend>
${PRESETS.map(([pid, label]) => `        <label><input type="radio" name="preset" value="${pid}"${pid === about.preset ? " checked" : ""}> ${esc(label)}</label>`).join("\n")}
      </fieldset>
    </form>
    <${w.tag} id="${id}" preset="${esc(about.preset)}" draft-key="offline">
      <p>This tool needs JavaScript and WebAssembly: open this file in a current web browser.</p>
    </${w.tag}>
  </main>
  <script type="module">${script}</script>
</body>
</html>
`;
  writeFileSync(`${out}/${name}.html`, html);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`www/offline: ${WIDGETS.length} single files (script and module inlined) in ${seconds} s`);
