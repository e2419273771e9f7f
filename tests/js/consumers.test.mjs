// The packed npm package as its adopters use it (tests/consumers/): `npm pack`, one
// install of the tarball, then a plain HTML page with no bundler, a Vite app, Node ESM
// scripts and a strict TypeScript project, each built and loaded in headless Chromium
// under the strict CSP (or run in Node) and checked for a real answer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, launchChromium, loadPackage } from "./lib.mjs";
import { WIDGETS, areaModule } from "../../scripts/areas.mjs";
import { startServer } from "../../scripts/serve.mjs";

let dir;
let browser;
const run = (cmd, args, cwd) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${e.stdout}${e.stderr}`);
  }
};
const bin = (name) => join(ROOT, "node_modules/.bin", name);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "quorate-consumers-"));
  const tarball = run("npm", ["pack", "--silent", "--pack-destination", dir], join(ROOT, "wasm/pkg")).trim().split("\n").pop();
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumers", private: true, type: "module" }));
  // Lit and @lit/react (the package's dependencies) and the React app's own packages come
  // from the npm cache that the workspace's install filled.
  const workspace = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).devDependencies;
  const react = ["react", "react-dom", "@types/react"].map((p) => `${p}@${workspace[p]}`);
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(dir, tarball), ...react], dir);
  cpSync(join(ROOT, "tests/consumers"), dir, { recursive: true });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Serve `root` under the strict CSP, open `path`, and return the page and its problems. */
async function open(root, path) {
  const server = await startServer(root);
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/${path}`);
  const close = async () => {
    await page.close();
    server.closeAllConnections();
    server.close();
  };
  return { page, problems, close };
}

test("the package declares its entry points, side effects and custom elements", () => {
  const pkg = JSON.parse(readFileSync(join(dir, "node_modules/quorate/package.json"), "utf8"));
  const names = WIDGETS.map((w) => w.tag.replace(/^quorate-/, ""));
  const perWidget = names.map((n) => `./widgets/${n}`);
  assert.deepEqual(Object.keys(pkg.exports), [".", "./auto", "./widgets", ...perWidget, "./react", "./quorate-widgets.js", "./quorate_bg.wasm", "./custom-elements.json", "./constitution.schema.json", "./package.json"]);
  assert.equal(pkg.types, "index.d.ts");
  assert.deepEqual(pkg.sideEffects, ["./auto.js", "./widgets.js", "./widgets/*.js", "./quorate-widgets.js"]);
  // Each per-widget entry: its script, its declarations and its area's module are in the tarball.
  const installed = join(dir, "node_modules/quorate");
  for (const w of WIDGETS) {
    const entry = pkg.exports[`./widgets/${w.tag.replace(/^quorate-/, "")}`];
    for (const f of [entry.types, entry.default, `./widgets/${areaModule(w.area)}`]) assert.ok(existsSync(join(installed, f)), `${w.tag}: ${f} in the package`);
    const js = readFileSync(join(installed, entry.default), "utf8");
    assert.ok(js.includes(`new URL("./${areaModule(w.area)}", import.meta.url)`), `${w.tag} loads ${areaModule(w.area)}`);
    assert.ok(!/new URL\(["']\.?\/?quorate_bg\.wasm/.test(js), `${w.tag} never loads the full module`);
    assert.match(readFileSync(join(installed, entry.types), "utf8"), new RegExp(`export \\{ ${w.className} \\}`));
  }
  assert.equal(pkg.customElements, "custom-elements.json");
  // The accessibility statement sends people to the package's issue tracker: it is there, from the workspace's repository.
  const repository = /\[workspace\.package\][^[]*?repository\s*=\s*"([^"]+)"/s.exec(readFileSync(join(ROOT, "Cargo.toml"), "utf8"))[1];
  assert.equal(pkg.repository.url, repository);
  assert.equal(pkg.bugs.url, `${repository}/issues`);
  assert.match(readFileSync(join(ROOT, "www/accessibility.html"), "utf8"), /<code>bugs<\/code> entry of the <code>quorate<\/code> package/);
  const manifest = JSON.parse(readFileSync(join(dir, "node_modules/quorate", pkg.customElements), "utf8"));
  assert.ok(manifest.modules.some((m) => m.exports?.some((e) => e.kind === "custom-element-definition" && e.name === "quorate-meeting")));
});

test("node: quorate/auto answers with its citations; quorate throws NOT_INITIALISED before init", () => {
  const minutes = JSON.parse(run(process.execPath, ["node/check-minutes.mjs"], dir));
  assert.deepEqual(minutes.presets, ["clackmannanshire-2019", "inverclyde-mou"]);
  assert.equal(minutes.quorate, true);
  assert.ok(minutes.quorumCites.includes("clackmannanshire-2019 B2.1"));
  assert.equal(minutes.outcome, "carried");
  assert.ok(minutes.voteCites.includes("clackmannanshire-2019 B4.1"));
  const slim = JSON.parse(run(process.execPath, ["node/explicit-init.mjs"], dir));
  assert.deepEqual(slim.before.slice(0, 2), [true, "NOT_INITIALISED"]);
  assert.match(slim.before[2], /checkQuorum\(\) was called before the module was initialised/);
  assert.deepEqual(slim.after, ["UNKNOWN_PRESET", "constitution"]);
  assert.equal(slim.summary, "This constitution sets no quorum.");
});

test("typescript: a strict project type-checks the core API, the widgets' tag and event maps, and quorate/react's props", () => {
  copyFileSync(join(ROOT, "tests/types/consumer.ts"), join(dir, "typescript/consumer.ts"));
  run(bin("tsc"), ["-p", "typescript"], dir);
  // …and the types are not `any`: a wrong type is an error.
  writeFileSync(join(dir, "typescript/wrong.ts"), `import "quorate/widgets";\nconst n: number = document.createElement("quorate-meeting").preset;\nconsole.log(n);\n`);
  const tsconfig = JSON.parse(readFileSync(join(dir, "typescript/tsconfig.json"), "utf8"));
  writeFileSync(join(dir, "typescript/tsconfig.wrong.json"), JSON.stringify({ ...tsconfig, files: ["wrong.ts"] }));
  assert.throws(() => run(bin("tsc"), ["-p", "typescript/tsconfig.wrong.json"], dir), /Type 'string \| null' is not assignable to type 'number'/);
});

test("html: a plain page with the single-file script shows the quorum check's answer", async () => {
  const { page, problems, close } = await open(dir, "html/index.html");
  try {
  const summary = page.locator("quorate-quorum-check .summary");
  await summary.waitFor();
  assert.match(await summary.textContent(), /^Not quorate: 0 present who count, 5 needed/);
  assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("vite: a built app uses the core API and a widget from the package, under the strict CSP", async () => {
  run(process.execPath, [bin("vite"), "build", "--logLevel", "error", "--base", "./"], join(dir, "vite"));
  const { page, problems, close } = await open(join(dir, "vite/dist"), "index.html");
  try {
  await page.locator("#answer", { hasText: "Quorate" }).waitFor();
  assert.match(await page.locator("#answer").textContent(), /^Quorate: 5 present who count, 5 needed.*clackmannanshire-2019 B2\.1/);
  const widget = page.locator("quorate-quorum-check .summary");
  await widget.waitFor();
  assert.equal(await widget.textContent(), "This constitution sets no quorum.");
  const wasm = await page.evaluate(() => performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".wasm")).length);
  assert.equal(wasm, 1, "the app and the widgets share one WebAssembly module");
  assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("react: a built React app renders a widget through quorate/react and hears its event as a prop", async () => {
  run(process.execPath, [bin("vite"), "build", "--logLevel", "error", "--base", "./"], join(dir, "react"));
  const { page, problems, close } = await open(join(dir, "react/dist"), "index.html");
  try {
    await page.locator("#heard", { hasText: "Heard:" }).waitFor();
    assert.equal(await page.locator("#heard").textContent(), "Heard: This constitution sets no quorum.");
    assert.equal(await page.locator("quorate-quorum-check").evaluate((el) => el.headingLevel), 2);
    assert.equal(await page.locator("quorate-quorum-check .title").evaluate((h) => h.tagName), "H2");
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("one widget: an app importing quorate/widgets/quorum-check defines only that element and loads only the meeting module", async () => {
  run(process.execPath, [bin("vite"), "build", "--logLevel", "error", "--base", "./"], join(dir, "one-widget"));
  const { page, problems, close } = await open(join(dir, "one-widget/dist"), "index.html");
  try {
    const summary = page.locator("quorate-quorum-check .summary");
    await summary.waitFor();
    const engine = await loadPackage();
    // The widget's answer is the engine's for what the widget holds (its draft: the attendance).
    const [result, held] = await page.locator("quorate-quorum-check").evaluate((el) => [el.result, el.snapshot()]);
    const attendance = { members: held.members, substitutes: held.substitutes.filter((s) => s.name.trim() !== "") };
    assert.deepEqual(result, engine.checkQuorum({ constitution: "clackmannanshire-2019", attendance }));
    assert.equal((await summary.textContent()).trim(), result.summary);
    const defined = JSON.parse(await page.locator("#defined").textContent());
    assert.deepEqual(defined.defined, ["quorate-quorum-check"]);
    assert.equal(defined.same, true);
    assert.equal(defined.version, JSON.parse(readFileSync(join(ROOT, "wasm/pkg/package.json"), "utf8")).version);
    const wasm = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name.split("/").pop()).filter((n) => n.endsWith(".wasm")));
    assert.equal(wasm.length, 1);
    assert.match(wasm[0], /^quorate-meeting_bg.*\.wasm$/, "the meeting area's module, not the full one");
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
