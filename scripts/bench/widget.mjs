// The bench's widget half (bash scripts/bench.sh, after the workloads): the whole
// `<quorate-priority-scorer>` recompute in headless Chromium for 30 candidates × 25
// scorers × 22 criteria, from the edit to the Lit update finished (the engine session's
// call and report, the recompute, the render), next to the engine-only session calls.
// Figures only, against the 16 ms frame; never a pass/fail on time.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const TAG = "quorate-priority-scorer";
const FRAME_MS = 16;

/** The widget's saved answers (the JSON envelope its "Import answers" takes). */
function envelope(data) {
  const version = JSON.parse(readFileSync(new URL("../../wasm/pkg/package.json", import.meta.url), "utf8")).version;
  return JSON.stringify({ kind: TAG, schemaVersion: 1, quorateVersion: version, constitution: "inverclyde-mou", data });
}

/**
 * The secretariat with every partner's export (one source per scorer) and the partner
 * who has finished scoring, from the 30 × 25 × 22 workload.
 */
function states(input) {
  const candidates = input.candidates.map((c) => ({ id: c.id, name: c.name, description: "" }));
  const byScorer = new Map();
  for (const card of input.scorecards) {
    if (!byScorer.has(card.scorer)) byScorer.set(card.scorer, []);
    byScorer.get(card.scorer).push(card);
  }
  const common = { own: null, editor: null, candidates, current: null, finished: false, weights: {}, aggregate: "mean", range: 25 };
  const secretariat = { ...common, scorer: "", organisation: "", cards: {}, sources: [...byScorer].map(([name, scorecards]) => ({ name: `${name}.json`, scorecards })) };
  const mine = byScorer.values().next().value;
  const cards = Object.fromEntries(
    mine.map((c) => [c.candidate, { gain: c.collaborativeGain ?? null, scores: Object.fromEntries(c.scores.map((s) => [s.criterion, s.score])) }]),
  );
  const partner = { ...common, scorer: mine[0].scorer, organisation: mine[0].organisation, cards, sources: [], finished: true, current: candidates[0].id };
  return { secretariat, partner, scorers: byScorer.size };
}

const quantile = (sorted, p) => sorted[Math.round((sorted.length - 1) * p)];
const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  return { runs: s.length, medianMs: quantile(s, 0.5), p95Ms: quantile(s, 0.95) };
};

/** Open the widget in `mode` with `state` imported, ready once `ready` shows. */
async function open(page, base, mode, state, ready) {
  await page.goto(`${base}/__widget-bench.html?mode=${mode}`);
  const w = page.locator(TAG);
  await w.locator(".mode-switch").waitFor();
  await w.locator('input[data-path="import"]').setInputFiles({ name: `${mode}.json`, mimeType: "application/json", buffer: Buffer.from(envelope(state)) });
  await w.locator(ready).first().waitFor({ timeout: 120000 });
  return w;
}

/**
 * Time `runs` edits made by `edit(el, i)` in the page: from the edit to the widget's
 * update finished, and the part of it in the engine session (`sync.report`).
 */
async function timeEdits(w, sync, runs, edit) {
  return w.evaluate(
    async (el, { sync, runs, edit }) => {
      const doEdit = new Function("el", "i", edit);
      const s = el[sync];
      const report = s.report.bind(s);
      let engine = 0;
      s.report = (...args) => {
        const t = performance.now();
        try {
          return report(...args);
        } finally {
          engine += performance.now() - t;
        }
      };
      const whole = [];
      const inEngine = [];
      const kinds = new Set();
      for (let i = 0; i < runs + 3; i++) {
        engine = 0;
        const t = performance.now();
        doEdit(el, i);
        await el.updateComplete;
        const ms = performance.now() - t;
        if (i >= 3) {
          kinds.add(s.last);
          whole.push(ms);
          inEngine.push(engine);
        }
      }
      s.report = report;
      return { whole, inEngine, kinds: [...kinds] };
    },
    { sync, runs, edit },
  );
}

/** The engine alone, in the same page: the sessions' calls for one weight and one score. */
async function engineOnly(page, input, sources, runs) {
  return page.evaluate(
    async ({ input, sources, runs }) => {
      const pkg = await import("/wasm/pkg/index.js");
      await pkg.default({ module_or_path: "/wasm/pkg/quorate_bg.wasm" });
      const time = (f) => {
        const ms = [];
        for (let i = 0; i < runs + 3; i++) {
          const t = performance.now();
          f(i);
          if (i >= 3) ms.push(performance.now() - t);
        }
        return ms;
      };
      const combined = new pkg.CombinedSession({ constitution: input.constitution, candidates: input.candidates, sources });
      const scoring = new pkg.ScoringSession(input);
      const card = input.scorecards[0];
      const criterion = card.scores[1].criterion;
      const out = {
        combinedWeight: time((i) => {
          combined.setWeight({ criterion, weight: 1 + (i % 7) / 4 });
          combined.result();
        }),
        scoringWeight: time((i) => {
          scoring.setWeight({ criterion, weight: 1 + (i % 7) / 4 });
          scoring.report();
        }),
        scoringScore: time((i) => {
          scoring.setScore({ scorer: card.scorer, candidate: card.candidate, criterion, score: i % 5 });
          scoring.report();
        }),
        plainCombine: time(() => pkg.combineScorecards({ constitution: input.constitution, candidates: input.candidates, sources })).slice(0, 10),
      };
      combined.free();
      scoring.free();
      return out;
    },
    { input, sources, runs },
  );
}

/** Run the widget bench on a Chromium `browser` serving the repository at `base`; returns rows and prints a table. */
export async function widgetBench(browser, base, workloads, runs = 40) {
  const w30 = workloads.find((w) => w.export === "scorePriorities" && w.size === "realistic-large");
  const { secretariat, partner, scorers } = states(w30.input);
  const page = await browser.newPage();
  await page.route(`${base}/__widget-bench.html*`, (route) => {
    const mode = new URL(route.request().url()).searchParams.get("mode");
    route.fulfill({
      headers: { "content-type": "text/html; charset=utf-8" },
      body: `<!doctype html><html lang="en-GB"><head><title>widget bench</title><link rel="icon" href="data:,"><script type="module" src="/www/dist/${TAG}.js"></script></head><body><${TAG} preset="inverclyde-mou" mode="${mode}" draft-key="bench-${mode}"></${TAG}></body></html>`,
    });
  });
  const rows = [];
  const label = `${w30.input.candidates.length} × ${scorers} × 22`;
  // The secretariat: one weight edited in the weights editor (typed: an input event).
  const sec = await open(page, base, "secretariat", secretariat, ".board-result .heat-map");
  const weightEdit = `
    const input = el.shadowRoot.querySelector(".weights-table tr[data-criterion='high-impact'] input");
    input.value = String(1 + (i % 7) / 4);
    input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));`;
  const weight = await timeEdits(sec, "combining", runs, weightEdit);
  rows.push({ what: `widget, secretariat: one weight edited (${label}, ${secretariat.sources.length} sources)`, ...stats(weight.whole), engine: stats(weight.inEngine), kinds: weight.kinds });
  // The partner who has finished: one score changed on a candidate's scoring page.
  const own = await open(page, base, "scorer", partner, ".own-result .ranking");
  const scoreEdit = `
    const radios = el.shadowRoot.querySelectorAll("fieldset[data-criterion='high-impact'] input[type=radio]");
    radios[i % 5].click();`;
  const score = await timeEdits(own, "scoring", runs, scoreEdit);
  rows.push({ what: `widget, partner: one score changed (${w30.input.candidates.length} × 1 × 22, own result)`, ...stats(score.whole), engine: stats(score.inEngine), kinds: score.kinds });
  const sources = secretariat.sources.map(({ name, scorecards }) => ({ name, scorecards }));
  const e = await engineOnly(page, w30.input, sources, runs);
  rows.push({ what: `engine only: CombinedSession setWeight + result() (${label})`, ...stats(e.combinedWeight) });
  rows.push({ what: `engine only: ScoringSession setWeight + report() (${label})`, ...stats(e.scoringWeight) });
  rows.push({ what: `engine only: ScoringSession setScore + report() (${label})`, ...stats(e.scoringScore) });
  rows.push({ what: `for comparison: plain combineScorecards (${label}), as the widget called it on every change before`, ...stats(e.plainCombine) });
  await page.close();
  const f = (ms) => `${ms.toFixed(1)} ms`;
  const lines = ["recompute in Chromium | median | p95 | of which engine session (median / p95) | sent as | within one frame (16 ms at p95)?", "--- | --- | --- | --- | --- | ---"];
  for (const r of rows) {
    lines.push([r.what, f(r.medianMs), f(r.p95Ms), r.engine ? `${f(r.engine.medianMs)} / ${f(r.engine.p95Ms)}` : "", r.kinds ? r.kinds.join(", ") : "", r.p95Ms <= FRAME_MS ? "yes" : `no (${(r.p95Ms / FRAME_MS).toFixed(1)}× the frame)`].join(" | "));
  }
  return { rows, table: lines.join("\n") };
}

// `node scripts/bench/widget.mjs`: the widget half alone (after scripts/build.sh), with
// its own server and browser; prints the table and the load average.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { createServer } = await import("node:http");
  const { extname } = await import("node:path");
  const { loadavg, cpus } = await import("node:os");
  const { chromium } = await import("playwright-core");
  const { workloads } = await import("./workloads.mjs");
  const ROOT = new URL("../../", import.meta.url).pathname;
  const types = { ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".html": "text/html" };
  const server = createServer((req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(readFileSync(join(ROOT, path)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const before = loadavg();
  const { table } = await widgetBench(browser, `http://127.0.0.1:${server.address().port}`, workloads(ROOT), Number(process.env.RUNS ?? 40));
  await browser.close();
  server.close();
  const f = (l) => l.map((x) => x.toFixed(2)).join(", ");
  console.log(`${table}\n\nload average (1, 5, 15 min): ${f(before)} before, ${f(loadavg())} after, on ${cpus().length} cores`);
}
