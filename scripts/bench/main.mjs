// The full bench (bash scripts/bench.sh): the JavaScript half in Node and in headless
// Chromium against the native half's figures (tests/out/bench/native.json), printed as
// one table and written to tests/out/bench/bench.json. Checks that every workload gives
// the same answer natively and in WebAssembly (and through the handle and the session);
// exits non-zero only when an answer differs, never on time.
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, extname } from "node:path";
import { cpus, loadavg } from "node:os";
import { chromium } from "playwright-core";
import { runAll, fingerprint } from "./runner.mjs";
import { widgetBench } from "./widget.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const OUT = join(ROOT, "tests/out/bench");
const workloads = JSON.parse(readFileSync(join(OUT, "workloads.json"), "utf8"));
const native = JSON.parse(readFileSync(join(OUT, "native.json"), "utf8"));
const BUDGET = Number(process.env.BENCH_BUDGET_MS ?? 800);
const FIRST = { attendance: { members: [{ seat: "council-leader", status: "present" }] } };

// Node: time from import to the first answer, then the workloads.
const t0 = performance.now();
const pkg = await import(join(ROOT, "wasm/pkg/index.js"));
await pkg.default({ module_or_path: readFileSync(join(ROOT, "wasm/pkg/quorate_bg.wasm")) });
pkg.checkQuorum({ constitution: "clackmannanshire-2019", ...FIRST });
const nodeFirstMs = performance.now() - t0;
console.error(`Node: first answer ${nodeFirstMs.toFixed(1)} ms after import; running ${workloads.length} workloads…`);
const nodeRuns = runAll(pkg, workloads, BUDGET);

// Chromium: the same runner in a page served from the repository.
const types = { ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".html": "text/html" };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path === "/") return res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>bench</title>");
  try {
    const body = readFileSync(join(ROOT, path));
    res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
await page.goto(base + "/");
const browserFirstMs = await page.evaluate(async (first) => {
  const t = performance.now();
  const pkg = await import("/wasm/pkg/index.js");
  await pkg.default({ module_or_path: "/wasm/pkg/quorate_bg.wasm" });
  pkg.checkQuorum({ constitution: "clackmannanshire-2019", ...first });
  return performance.now() - t;
}, FIRST);
console.error(`Chromium: first answer ${browserFirstMs.toFixed(1)} ms after import; running the workloads…`);
const browserRuns = await page.evaluate(
  async ({ budget }) => {
    const pkg = await import("/wasm/pkg/index.js");
    const { runAll } = await import("/scripts/bench/runner.mjs");
    const workloads = await (await fetch("/tests/out/bench/workloads.json")).json();
    return runAll(pkg, workloads, budget);
  },
  { budget: BUDGET },
);
console.error("Chromium: the priority scorer widget's recompute…");
const widget = await widgetBench(browser, base, workloads);
await browser.close();
server.close();

// The table.
const f = (us) => (us === undefined ? "" : us >= 10000 ? `${(us / 1000).toFixed(1)}ms` : us >= 1000 ? `${(us / 1000).toFixed(2)}ms` : `${us.toFixed(0)}µs`);
const rows = [];
let differs = 0;
for (let i = 0; i < workloads.length; i++) {
  const w = workloads[i];
  const n = native.find((x) => x.export === w.export && x.size === w.size);
  const nodeR = nodeRuns[i];
  const chrome = browserRuns[i];
  const nativeAnswer = n ? JSON.parse(n.output) : null;
  const nativePrint = nativeAnswer?.error
    ? fingerprint({ error: { code: nativeAnswer.error.code, path: nativeAnswer.error.path ?? null, message: nativeAnswer.error.message } })
    : fingerprint(nativeAnswer);
  const same =
    nativePrint === nodeR.fingerprint &&
    nodeR.fingerprint === chrome.fingerprint &&
    nodeR.handleSame !== false && chrome.handleSame !== false &&
    nodeR.sessionSame !== false && chrome.sessionSame !== false;
  if (!same) differs++;
  rows.push({
    export: w.export,
    size: w.size,
    label: w.label,
    identical: same,
    error: nodeR.error,
    native: n && { medianUs: n.medianUs, p95Us: n.p95Us, readUs: n.readUs, engineUs: n.engineUs, writeUs: n.writeUs, boundaryShare: n.boundaryShare },
    node: { ...nodeR, fingerprint: undefined },
    chromium: { ...chrome, fingerprint: undefined },
    ratioNode: n && nodeR.plain.medianUs / n.medianUs,
    ratioChromium: n && chrome.plain.medianUs / n.medianUs,
  });
}
const head = ["export", "size", "native med / p95", "Node med / p95", "Chromium med / p95", "wasm/native Node / Chr", "boundary: native read+write / Node JSON.stringify", "handle med: Node / Chr", "session keystroke med / p95: Node / Chr", "same answer"];
const lines = [head.join(" | "), head.map(() => "---").join(" | ")];
for (const r of rows) {
  lines.push(
    [
      r.export,
      r.size,
      r.native ? `${f(r.native.medianUs)} / ${f(r.native.p95Us)}` : "",
      `${f(r.node.plain.medianUs)} / ${f(r.node.plain.p95Us)}`,
      `${f(r.chromium.plain.medianUs)} / ${f(r.chromium.plain.p95Us)}`,
      r.ratioNode ? `${r.ratioNode.toFixed(1)}× / ${r.ratioChromium.toFixed(1)}×` : "",
      r.native ? `${(r.native.boundaryShare * 100).toFixed(0)} % / ${((r.node.stringify.medianUs / r.node.plain.medianUs) * 100).toFixed(0)} %` : "",
      r.node.handle ? `${f(r.node.handle.medianUs)} / ${f(r.chromium.handle.medianUs)}` : "",
      r.chromium.session ? `${f(r.node.session.medianUs)} / ${f(r.node.session.p95Us)}; ${f(r.chromium.session.medianUs)} / ${f(r.chromium.session.p95Us)}` : "",
      (r.identical ? "yes" : "NO") + (r.error ? ` (${r.error})` : ""),
    ].join(" | "),
  );
}
const table = lines.join("\n");
console.log(table);
console.log(`\nfirst answer after import: Node ${nodeFirstMs.toFixed(1)} ms, Chromium ${browserFirstMs.toFixed(1)} ms`);
const load = loadavg().map((x) => x.toFixed(2)).join(", ");
console.log(`\n${widget.table}\n\nload average (1, 5, 15 min) when the bench finished: ${load} on ${cpus().length} cores`);
writeFileSync(join(OUT, "bench.json"), JSON.stringify({ nodeFirstMs, browserFirstMs, rows, widget: widget.rows, loadAverage: loadavg() }, null, 1) + "\n");
writeFileSync(join(OUT, "bench.md"), `${table}\n\n${widget.table}\n\nload average: ${load}\n`);
if (differs) {
  console.error(`${differs} workload(s) gave different answers natively and in WebAssembly`);
  process.exit(1);
}
