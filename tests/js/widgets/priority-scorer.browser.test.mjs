// <quorate-priority-scorer>: the widget contract (scorer mode), then three partners
// scoring the Inverclyde candidates, the secretariat importing their exports, and every
// answer checked against the engine's own report for the same inputs (computed in Node
// through the package); Clackmannanshire, which sets no method, with a criteria set of
// the partnership's own; one path keyboard only; screenshots of each state.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contract, openBrowser, downloadOf, shot, axe, dropAxeNoise } from "./contract.mjs";
import { ROOT, loadPackage } from "../lib.mjs";

const TAG = "quorate-priority-scorer";
const q = await loadPackage();
const INVERCLYDE = q.priorityCriteria("inverclyde-mou").selection.criteria;
const IDS = INVERCLYDE.criteria.map((c) => c.id);

/** Give one candidate's answers on its scoring page: the gain answer and a score per criterion (`_` for the rest). */
async function answer(w, gain, scores) {
  await w.evaluate(
    (el, { gain, scores }) => {
      const root = el.shadowRoot;
      if (gain) root.querySelector(`input[name="gain"][value="${gain}"]`).click();
      for (const fs of root.querySelectorAll("fieldset[data-criterion]")) {
        const v = scores[fs.dataset.criterion] ?? scores._;
        if (v !== undefined) fs.querySelector(`input[value="${v}"]`).click();
      }
    },
    { gain, scores },
  );
}

const task = (w, name) => w.locator(".task-list button", { hasText: name });

async function addCandidates(w, names) {
  for (const name of names) {
    await w.locator("#candidate-name").fill(name);
    await w.locator("button", { hasText: "Add candidate" }).click();
  }
}

async function fill(w) {
  await w.locator("#scorer").fill("Dr Ann Lee");
  await w.locator("#organisation").fill("NHS Greater Glasgow and Clyde");
  await addCandidates(w, ["Child poverty", "Town centre regeneration"]);
  await task(w, "Child poverty").click();
  await answer(w, "yes", { _: "3", "strategic-value": "dontKnow", "high-impact": "4" });
  await w.locator("#candidate-description").fill("Reduce child poverty in Greenock and Port Glasgow");
}

async function read(w) {
  return w.evaluate((el) => {
    const root = el.shadowRoot;
    return {
      text: [...root.querySelectorAll('input[type="text"], textarea')].map((i) => i.value),
      checked: [...root.querySelectorAll('input[type="radio"]:checked')].map((i) => `${i.name}=${i.value}`),
      tasks: [...root.querySelectorAll(".task-list li, #candidate-progress")].map((li) => li.textContent.replace(/\s+/g, " ").trim()),
    };
  });
}

/** Scorecards for the secretariat state of the contract, made with the package's shapes. */
function pastedScorecards() {
  const card = (scorer, organisation, candidate, score) => ({
    scorer,
    organisation,
    candidate,
    collaborativeGain: "yes",
    scores: IDS.map((criterion, i) => ({ criterion, score: (score + i) % 5 })),
  });
  return JSON.stringify({ name: "Council", scorecards: [card("A", "Council", "child-poverty", 1), card("A", "Council", "town-centre-regeneration", 3)] });
}

contract({
  tag: TAG,
  presets: ["inverclyde-mou", "clackmannanshire-2019"],
  fill,
  read,
  ready: ".panel .mode-switch",
  states: {
    "finish-error": async (w) => {
      await w.locator("button", { hasText: "Back to the candidates" }).first().click();
      await w.locator("#finish").click();
      await w.locator(".error-summary").waitFor();
    },
    "own-result": async (w) => {
      await task(w, "Town centre regeneration").click();
      await answer(w, "no", { _: "2" });
      await w.locator("button", { hasText: "Back to the candidates" }).first().click();
      await w.locator("#finish").click();
      await w.locator(".own-result .ranking").waitFor();
    },
    secretariat: async (w) => {
      await w.locator('input[name="mode"][value="secretariat"]').check();
      await w.locator("#paste").fill(pastedScorecards());
      await w.locator("button", { hasText: "Add pasted scorecards" }).click();
      await w.locator(".heat-map").waitFor();
    },
    editor: async (w) => {
      await w.locator(".criteria-in-force summary").click();
      await w.locator("#edit-copy").click();
      await w.locator(".criteria-editor .criterion-card").first().waitFor();
    },
  },
});

// Three partners and their scores: [gain, scores] per candidate (criteria not named take `_`).
const CANDIDATES = ["Child poverty", "Town centre regeneration", "Mental health", "Employability", "Digital inclusion", "Community safety"];
// Five pass the gates for four places, so the weights matter: Employability is strong on
// Unique action and High impact, Digital inclusion on Strategic value. Community safety
// fails both gates.
const PARTNERS = [
  {
    key: "nhs",
    scorer: "Dr Ann Lee",
    organisation: "NHS Greater Glasgow and Clyde",
    cards: [
      ["yes", { _: "4" }],
      ["yes", { _: "3" }],
      ["yes", { _: "3", "high-impact": "4" }],
      ["yes", { _: "2", "unique-action": "4", "high-impact": "4", participative: "3" }],
      ["yes", { _: "2", "strategic-value": "4", participative: "3" }],
      ["no", { _: "2", participative: "1" }],
    ],
  },
  {
    key: "council",
    scorer: "Cllr Bob Kerr",
    organisation: "Inverclyde Council",
    cards: [
      ["yes", { _: "3" }],
      ["yes", { _: "4", "high-impact": "1" }],
      ["yes", { _: "2" }],
      ["yes", { _: "2", "unique-action": "4", "high-impact": "3", participative: "4" }],
      ["yes", { _: "2", "strategic-value": "4", "unique-action": "1", participative: "3" }],
      ["no", { _: "1", participative: "2" }],
    ],
  },
  {
    key: "police",
    scorer: "Ch Insp Cara Moy",
    organisation: "Police Scotland",
    cards: [
      ["dontKnow", { _: "4", "strategic-value": "dontKnow" }],
      ["yes", { _: "2", "high-impact": "4" }],
      ["yes", { _: "4" }],
      ["yes", { _: "2", "unique-action": "3", "high-impact": "4", participative: "3" }],
      ["dontKnow", { _: "2", "strategic-value": "3", participative: "4" }],
      ["no", { _: "3", participative: "2" }],
    ],
  },
];

let b;
before(async () => {
  b = await openBrowser();
});
after(() => b?.close());

const files = [];
const namesOf = (ids, report) => ids.map((id) => report.candidates.find((c) => c.candidate === id).name);

test("three partners score alone: each result stays hidden until they finish, then they export JSON or CSV", async () => {
  await b.blank();
  for (const [n, p] of PARTNERS.entries()) {
    const w = await b.show({ tag: TAG, attrs: `preset="inverclyde-mou" mode="scorer" draft-key="${p.key}"` }, ".mode-switch");
    await w.locator("#scorer").fill(p.scorer);
    await w.locator("#organisation").fill(p.organisation);
    await addCandidates(w, CANDIDATES);
    assert.deepEqual(
      await w.locator(".task-list .tag").allTextContents(),
      CANDIDATES.map(() => "Not yet started"),
    );
    for (const [i, [gain, scores]] of p.cards.entries()) {
      await task(w, CANDIDATES[i]).click();
      assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement?.id), "candidate-title", "the scoring page takes focus");
      if (n === 0 && i === 0) {
        await answer(w, gain, { "unique-action": "4" });
        await shot(w, `${TAG}-scoring-page`);
        await w.locator("button", { hasText: "Back to the candidates" }).first().click();
        assert.equal(await w.locator(".task-list li", { hasText: CANDIDATES[0] }).locator(".tag").textContent(), "In progress");
        assert.match(await w.locator(".own-result").textContent(), /shown once you have scored every candidate/);
        await w.locator("#finish").click();
        const summary = w.locator(".error-summary");
        await summary.waitFor();
        assert.match(await summary.textContent(), /Score “Child poverty” on every question \(2 of 23 answered\)/);
        assert.equal(await w.locator(".own-result .ranking").count(), 0, "the result stays hidden");
        await shot(w, `${TAG}-finish-error`);
        await summary.locator("button", { hasText: "Child poverty" }).click();
        assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.dataset.path), "task.child-poverty");
        await task(w, CANDIDATES[0]).click();
      }
      await answer(w, gain, scores);
      await w.locator("button", { hasText: "Back to the candidates" }).first().click();
    }
    assert.deepEqual(
      await w.locator(".task-list .tag").allTextContents(),
      CANDIDATES.map(() => "Completed"),
    );
    if (n === 0) await shot(w, `${TAG}-task-list`);
    assert.equal(await w.locator(".own-result .ranking").count(), 0, "no result before finishing");
    await w.locator("#finish").click();
    await w.locator(".own-result .ranking").waitFor();
    if (n === 0) await shot(w, `${TAG}-own-result`);
    // The partner's own result is the engine's for their scorecards alone.
    const json = await downloadOf(b.page, () => w.locator("button", { hasText: "Download my scorecard (JSON)" }).click());
    assert.deepEqual(Object.keys(json.body).sort(), ["name", "scorecards"]);
    assert.equal(json.body.scorecards.length, CANDIDATES.length);
    const own = q.scorePriorities({
      constitution: "inverclyde-mou",
      candidates: CANDIDATES.map((name) => ({ id: name.toLowerCase().replace(/ /g, "-"), name })),
      scorecards: json.body.scorecards,
    });
    assert.deepEqual(await w.locator(".own-result .proposed li").evaluateAll((li) => li.map((l) => l.dataset.candidate)), own.portfolio.proposed);
    if (n === 1) {
      const csv = await downloadOf(b.page, () => w.locator("button", { hasText: "Download my scorecard (CSV)" }).click(), { text: true });
      assert.match(csv.name, /\.csv$/);
      assert.deepEqual(q.scorecardsFromCsv({ csv: csv.body }).scorecards, json.body.scorecards, "the CSV holds the same scorecards");
      files.push({ name: csv.name, mimeType: "text/csv", buffer: Buffer.from(csv.body) });
    } else {
      files.push({ name: json.name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(json.body)) });
    }
    if (n === 0) {
      // A resubmission that differs: the first partner changes a score and sends again.
      await task(w, CANDIDATES[1]).click();
      await answer(w, null, { "high-impact": "0" });
      const again = await downloadOf(b.page, () => w.locator("button", { hasText: "Download my scorecard (JSON)" }).click());
      files.push({ name: `again-${again.name}`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(again.body)) });
    }
  }
  assert.equal(files.length, 4);
  assert.deepEqual(b.log.problems.splice(0), []);
});

/** What the secretariat shows, read from the page. */
async function shown(w) {
  return w.evaluate((el) => {
    const root = el.shadowRoot;
    const rows = (sel) => [...root.querySelectorAll(sel)];
    return {
      ranking: rows(".board-result .ranking tbody tr").map((tr) => ({
        candidate: tr.dataset.candidate,
        rank: tr.querySelector(".rank").textContent.replace(/\s+/g, " ").trim(),
        total: tr.querySelector(".total").textContent.trim(),
        gates: tr.querySelector(".gates").textContent.replace(/\s+/g, " ").trim(),
      })),
      failed: rows(".gate-list > li").map((li) => ({ candidate: li.dataset.candidate, failed: rows.call(null, "x").length + li.querySelectorAll("li.failed").length, text: li.textContent })),
      proposed: rows(".board-result .proposed li").map((li) => li.dataset.candidate),
      tie: root.querySelector(".board-result .boundary-tie")?.textContent ?? null,
      discuss: rows(".discuss li").map((li) => [li.dataset.candidate, li.dataset.criterion, li.querySelector(".spread").textContent]),
      heatRows: rows(".heat-map tbody tr").map((tr) => tr.dataset.criterion),
      heatCols: rows(".heat-map thead th[data-candidate]").map((th) => th.dataset.candidate),
      heatCells: rows(".heat-map tbody td").map((td) => [td.closest("tr").dataset.criterion, td.dataset.candidate, td.textContent.replace(/\s+/g, " ").trim(), td.className]),
      sensitivity: rows(".sens-table tbody tr").map((tr) => [tr.dataset.criterion, tr.querySelector(".down").textContent.trim(), tr.querySelector(".up").textContent.trim()]),
      charts: rows("svg.sens-chart").map((s) => ({ role: s.getAttribute("role"), title: s.querySelector("title").textContent, tabindex: s.getAttribute("tabindex"), hidden: s.querySelector("g").getAttribute("aria-hidden") })),
      issues: rows(".issue").map((tr) => [tr.dataset.kind, tr.textContent.replace(/\s+/g, " ").trim()]),
    };
  });
}

const round = (n) => (n === null ? "–" : String(Math.round(n * 100) / 100));

/** Check everything the secretariat sees against the engine's report. */
function agrees(seen, report) {
  const r = report.result;
  assert.deepEqual(
    seen.ranking.map((x) => [x.candidate, x.rank, x.total]),
    r.candidates.map((c) => [c.candidate, c.rank === null ? "Not scored" : `${c.rank}${c.tied ? " Tie" : ""}`, round(c.total)]),
    "ranking",
  );
  for (const [i, c] of r.candidates.entries()) {
    assert.equal(seen.ranking[i].gates.startsWith(c.passesGates ? "Passes" : "Fails"), true, `gates of ${c.candidate}`);
    const failed = c.gates.filter((g) => !g.passed);
    assert.equal(seen.failed[i].failed, failed.length, `failed gates of ${c.candidate}`);
    for (const g of failed) assert.ok(seen.failed[i].text.includes(g.reason.text), `why ${c.candidate} fails: ${g.reason.text}`);
  }
  assert.deepEqual(seen.proposed, r.portfolio.proposed, "portfolio");
  assert.equal(seen.tie !== null, r.portfolio.tiedAtBoundary.length > 0, "a boundary tie is said");
  assert.deepEqual(
    seen.discuss,
    r.disagreements.map((d) => [d.candidate, d.criterion, round(d.range)]),
    "disagreements, largest first",
  );
  // The heat map: rows and columns by their largest spread, and the engine's number in every cell.
  const range = (cand, crit) => r.candidates.find((c) => c.candidate === cand).criteria.find((x) => x.criterion === crit).range;
  const cands = r.candidates.map((c) => c.candidate);
  const maxOf = (xs) => Math.max(-1, ...xs.map((x) => x ?? -1));
  const rowOrder = [...report.result.weights.map((w) => w.criterion)].sort((a, b) => maxOf(cands.map((c) => range(c, b))) - maxOf(cands.map((c) => range(c, a))));
  assert.deepEqual(seen.heatRows, rowOrder, "heat map rows, largest spread first");
  assert.equal(seen.heatCells.length, rowOrder.length * cands.length);
  for (const [crit, cand, text] of seen.heatCells) assert.equal(text.split(" ")[0], round(range(cand, crit)), `spread of ${cand} on ${crit}`);
  const s = r.sensitivity;
  assert.deepEqual(
    seen.sensitivity,
    s.weights.map((w) => [w.criterion, w.down ? `${Math.abs(Math.round(w.down.changePercent))}%` : "–", w.up ? `${Math.abs(Math.round(w.up.changePercent))}%` : "–"]),
    "sensitivity",
  );
  assert.equal(seen.charts.length, s.weights.length);
  for (const c of seen.charts) assert.deepEqual([c.role, c.tabindex, c.hidden], ["img", "0", "true"]);
}

test("the secretariat imports all four files at once; ranking, gates, portfolio, heat map and sensitivity are the engine's; a weight changed is recomputed live", async () => {
  assert.equal(files.length, 4, "the partners' test ran first");
  const w = await b.show({ tag: TAG, attrs: `preset="inverclyde-mou" mode="secretariat" draft-key="secretariat"` }, ".mode-switch");
  await addCandidates(w, CANDIDATES);
  await w.locator('input[type="file"][data-path="sources"]').setInputFiles(files);
  await w.locator(".banner", { hasText: "Imported 4 files" }).waitFor();
  const sources = files.map((f) =>
    f.mimeType === "text/csv" ? { name: f.name, csv: f.buffer.toString("utf8") } : { name: f.name, scorecards: JSON.parse(f.buffer.toString("utf8")).scorecards },
  );
  const base = {
    constitution: "inverclyde-mou",
    candidates: CANDIDATES.map((name) => ({ id: name.toLowerCase().replace(/ /g, "-"), name })),
    sources,
  };
  const options = { aggregate: "mean", weights: [], sensitivityRange: 0.25, maxDisagreements: 10 };
  const expected = q.combineScorecards({ ...base, options });
  let seen = await shown(w);
  agrees(seen, expected);
  // The conflicting resubmission is listed, never dropped silently.
  const conflicts = seen.issues.filter(([kind]) => kind === "conflictingDuplicate");
  assert.equal(conflicts.length, expected.issues.filter((i) => i.kind === "conflictingDuplicate").length);
  assert.ok(conflicts.length >= 1);
  assert.match(conflicts[0][1], /Conflicting resubmission.*again-scorecard/);
  assert.equal(seen.issues.length, expected.issues.length);
  // Gates: Community safety fails both (everyone said no to collaborative gain; no partner supports it).
  assert.match(seen.ranking.find((x) => x.candidate === "community-safety").gates, /Fails Collaborative gain, Support from most partners/);
  // Five pass for four places: some weight, moved far enough, changes the portfolio.
  assert.ok(expected.result.sensitivity.weights.some((x) => x.up || x.down), "a weight can change the portfolio");
  assert.ok(seen.charts.some((c) => /the portfolio changes if its weight/.test(c.title)));
  assert.match(await w.locator(".method").textContent(), /weighted mean.*gate.*3 to 4 priorities/s);
  await shot(w, `${TAG}-secretariat`);
  await shot(w.locator(".disagreement"), `${TAG}-heat-map`);
  await shot(w.locator(".sensitivity"), `${TAG}-sensitivity`);

  // A weight changed: the result is recomputed live, and agrees with the engine's for the new weight.
  const row = w.locator(".weights-table tr[data-criterion='high-impact'] input");
  await row.fill("3");
  const changed = q.combineScorecards({ ...base, options: { ...options, weights: [{ criterion: "high-impact", weight: 3 }] } });
  await b.page.waitForFunction(
    (total) => document.querySelector("quorate-priority-scorer").shadowRoot.querySelector(".board-result .ranking tbody tr .total").textContent.trim() === total,
    round(changed.result.candidates[0].total),
  );
  seen = await shown(w);
  agrees(seen, changed);
  assert.notDeepEqual(changed.result.candidates.map((c) => c.total), expected.result.candidates.map((c) => c.total), "the weight makes a difference");
  await shot(w.locator(".board-result"), `${TAG}-weight-changed`);

  // Median instead of mean.
  await w.locator('input[name="aggregate"][value="median"]').check();
  const median = q.combineScorecards({ ...base, options: { ...options, aggregate: "median", weights: [{ criterion: "high-impact", weight: 3 }] } });
  await b.page.waitForTimeout(100);
  agrees(await shown(w), median);

  // The sensitivity table's CSV holds the same rows.
  const csv = await downloadOf(b.page, () => w.locator("button", { hasText: "Download this table (CSV)" }).click(), { text: true });
  assert.equal(csv.body.trim().split("\r\n").length, median.result.sensitivity.weights.length + 1);

  assert.deepEqual(await axe(b.page), []);
  await b.page.setViewportSize({ width: 320, height: 900 });
  assert.deepEqual(await axe(b.page), []);
  assert.ok((await w.evaluate((el) => el.scrollWidth - el.clientWidth)) <= 1, "no horizontal scroll at 320 px");
  await shot(w, `${TAG}-secretariat-320px`);
  await b.page.setViewportSize({ width: 1280, height: 720 });
  // It prints: the charts, the heat map and the tables, without the controls.
  await b.page.emulateMedia({ media: "print" });
  assert.ok(await w.locator("svg.sens-chart").first().isVisible(), "the charts print");
  assert.ok(await w.locator(".heat-map").isVisible(), "the heat map prints");
  assert.ok(await w.locator(".sens-table").isVisible(), "the chart's data prints");
  assert.equal(await w.locator(".mode-switch").isVisible(), false, "the mode switch does not print");
  assert.equal(await w.locator("button", { hasText: "Download this table (CSV)" }).isVisible(), false, "buttons do not print");
  await shot(w, `${TAG}-secretariat-print`);
  await b.page.emulateMedia({ media: null });
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("a file that is not a scorecard is refused by name; the others are kept", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: `preset="inverclyde-mou" mode="secretariat"` }, ".mode-switch");
  await w.locator('input[type="file"][data-path="sources"]').setInputFiles([
    files[0],
    { name: "minutes.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ title: "Minutes" })) },
  ]);
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.match(await summary.textContent(), /minutes\.json could not be imported: it is not a scorecard export/);
  assert.equal(await w.locator("table.sources tbody tr").count(), 1, "the good file is kept");
  // Its candidates are unknown here: listed, and the secretariat may add them.
  assert.ok((await w.locator('.issue[data-kind="unknownCandidate"]').count()) > 0);
  await w.locator("button", { hasText: /Add the 6 candidates these files score/ }).click();
  assert.equal(await w.locator('.issue[data-kind="unknownCandidate"]').count(), 0);
  assert.equal(await w.locator(".board-result .ranking tbody tr").count(), 6);
});

test("Clackmannanshire sets no method: the widget says so with the clauses, and scores with the partnership's own criteria set", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: `preset="clackmannanshire-2019"` }, ".mode-switch");
  const none = w.locator(".no-method");
  assert.match(await none.textContent(), /sets no method for choosing priorities/);
  assert.match(await none.textContent(), /clackmannanshire-2019 A2\.2/);
  assert.equal(await w.locator(".task-list, #scorer").count(), 0, "nothing to score without criteria");
  await shot(w, `${TAG}-no-method`);
  // A criteria set that is not one is refused.
  await w.locator('input[type="file"][data-path="criteria"]').setInputFiles({ name: "wrong.json", mimeType: "application/json", buffer: Buffer.from('{"criteria": [{"id": "x"}]}') });
  await w.locator(".error-summary", { hasText: "wrong.json could not be used as a criteria set" }).waitFor();
  // The scenario's own set, with its portfolio limit, as a file.
  const scenario = JSON.parse(readFileSync(join(ROOT, "tests/scenarios/priorities/combineScorecards.json"), "utf8")).cases[0].input;
  const own = { portfolio: scenario.options.portfolio, criteria: scenario.criteria };
  await w.locator('input[type="file"][data-path="criteria"]').setInputFiles({ name: "our-criteria.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(own)) });
  await w.locator(".banner", { hasText: "Now scoring with Demo set" }).waitFor();
  assert.match(await w.locator(".criteria-in-force").textContent(), /Your own criteria set.*our-criteria\.json.*3 criteria scored 0–4, 2 gates/s);
  // Scorer mode works with it.
  await w.locator("#scorer").fill("s9");
  await w.locator("#organisation").fill("Org Z");
  await addCandidates(w, ["A"]);
  await task(w, "A").click();
  assert.deepEqual(await w.locator("fieldset[data-criterion]").evaluateAll((f) => f.map((x) => x.dataset.criterion)), ["impact", "value", "participative"]);
  await answer(w, "yes", { _: "4" });
  await w.locator("button", { hasText: "Back to the candidates" }).first().click();
  await w.locator("#finish").click();
  await w.locator(".own-result .ranking").waitFor();
  // Secretariat mode: the scenario's three exports, JSON and CSV, as files.
  await w.locator('input[name="mode"][value="secretariat"]').check();
  await w.locator("button", { hasText: "Remove" }).first().click();
  const sourceFiles = scenario.sources.map((s) =>
    s.csv ? { name: s.name, mimeType: "text/csv", buffer: Buffer.from(s.csv) } : { name: s.name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ name: s.name, scorecards: s.scorecards })) },
  );
  await w.locator('input[type="file"][data-path="sources"]').setInputFiles(sourceFiles);
  await w.locator("button", { hasText: /these files score/ }).click();
  const expected = q.combineScorecards({
    constitution: "clackmannanshire-2019",
    criteria: scenario.criteria,
    // The widget's candidates: the scenario's, and "Z", which one file scores and the secretariat added.
    candidates: [...scenario.candidates.map((c) => ({ id: c.id, name: c.id })), { id: "Z", name: "Z" }],
    sources: scenario.sources,
    options: { aggregate: "mean", weights: [], sensitivityRange: 0.25, maxDisagreements: 10, portfolio: scenario.options.portfolio },
  });
  agrees(await shown(w), expected);
  assert.deepEqual(
    (await shown(w)).issues.map(([k]) => k),
    expected.issues.map((i) => i.kind),
    "every issue listed, in the engine's order",
  );
  await shot(w, `${TAG}-own-criteria-secretariat`);
  assert.deepEqual(await axe(b.page), []);
  dropAxeNoise(b.log.problems);
});

test("keyboard only: a partner adds a candidate, scores it with arrow keys and sees the result", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: `preset="inverclyde-mou" draft-key="keyboard"` }, ".mode-switch");
  const active = () => b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id || document.activeElement?.shadowRoot?.activeElement?.textContent?.trim());
  const tabTo = async (id, limit = 40) => {
    for (let i = 0; i < limit; i++) {
      if ((await active()) === id) return;
      await b.page.keyboard.press("Tab");
    }
    assert.fail(`Tab never reached ${id}`);
  };
  await b.page.locator("h1").click();
  await tabTo("scorer");
  await b.page.keyboard.type("Jo Kay");
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.type("Skills Development Scotland");
  await tabTo("candidate-name");
  await b.page.keyboard.type("Youth employment");
  await b.page.keyboard.press("Enter");
  assert.equal(await active(), "candidate-name", "focus stays on the field to add another");
  await b.page.keyboard.press("Shift+Tab");
  await b.page.keyboard.press("Enter"); // the task link
  assert.equal(await active(), "candidate-title");
  await b.page.keyboard.press("Tab"); // description
  await b.page.keyboard.press("Tab"); // the gain question
  await b.page.keyboard.press("Space"); // Yes
  for (let i = 0; i < IDS.length; i++) {
    await b.page.keyboard.press("Tab");
    await b.page.keyboard.press("Space"); // 0
    await b.page.keyboard.press("ArrowRight"); // 1
    await b.page.keyboard.press("ArrowRight"); // 2
  }
  assert.match(await w.locator("#candidate-progress").textContent(), /23 of 23 answered · Completed/);
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.press("Enter"); // Back to the candidates
  await tabTo("finish");
  await b.page.keyboard.press("Enter");
  await w.locator(".own-result .ranking").waitFor();
  assert.match(await w.locator(".own-result .ranking tbody tr").textContent(), /Youth employment.*2/s);
  await shot(w, `${TAG}-keyboard-result`);
});

// ---- The criteria-set editor ----

/** What the secretary enters in the editor, and the engine's `CriteriaSet` it must make. */
const OWN_SET = {
  id: "clackmannanshire-priority-criteria",
  name: "Clackmannanshire priority criteria",
  scale: {
    min: 0,
    max: 4,
    labels: [
      { value: 0, label: "no contribution" },
      { value: 4, label: "a major contribution" },
    ],
  },
  groups: [{ id: "outcomes", name: "Outcomes", cite: [] }],
  criteria: [
    { id: "reach", name: "Reach", text: "How many people would benefit?", weight: 1, cite: [] },
    { id: "impact", name: "Impact", text: "Would it improve outcomes for local people?", group: "outcomes", weight: 2, cite: [] },
    { id: "partnership-support", name: "Partnership support", text: "Do the partners stand behind it?", weight: 1, cite: [] },
  ],
  gates: [
    { kind: "collaborativeGain", question: "Would working in partnership add value no partner would add alone?", cite: [] },
    { kind: "support", criterion: "partnership-support", minScore: 3, cite: [] },
  ],
};
const OWN_LIMIT = { min: 2, max: 3, cite: [] };
let ownFile = null;

const active = () => b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement);
const activePath = () => b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.dataset?.path ?? null);
const activeId = () => b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id ?? null);
const cardOrder = (w) => w.locator(".criterion-card").evaluateAll((cards) => cards.map((c) => c.dataset.criterion));

async function addCriterion(w, name, text) {
  await w.locator("#add-criterion").fill(name);
  await w.locator("button", { hasText: "Add criterion" }).click();
  assert.equal(await activeId(), `crit-${(await cardOrder(w)).length - 1}-text`, "the new criterion opens at what it asks");
  await b.page.keyboard.type(text);
}

test("the criteria editor: Clackmannanshire asks for a set; the secretary writes one, each problem linked to its field; the draft survives a reload; export and re-import are lossless", async () => {
  await b.blank();
  let w = await b.show({ tag: TAG, attrs: `preset="clackmannanshire-2019" draft-key="editor"` }, ".mode-switch");
  assert.match(await w.locator(".no-method").textContent(), /sets no method for choosing priorities.*write it here, start from the Inverclyde/s);
  await w.locator("#edit-blank").click();
  await w.locator(".criteria-editor").waitFor();
  assert.equal(await activeId(), "set-name", "the editor opens at the set's name");
  assert.equal(await w.locator(".no-method, .task-list, #scorer").count(), 0, "nothing else to do until the set is used");
  await shot(w, `${TAG}-editor-empty`);
  assert.deepEqual(await axe(b.page), [], "editor, empty");

  // Used at once: the engine's problems, each linked to its field.
  await w.locator("#use-set").click();
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.className), "error-summary");
  const text = await summary.textContent();
  assert.match(text, /The set's name: must not be empty/);
  assert.match(text, /The criteria: must list at least one criterion/);
  await summary.locator("button", { hasText: "The set's name" }).click();
  assert.equal(await activeId(), "set-name");
  assert.equal(await w.locator("#set-name").getAttribute("aria-invalid"), "true");
  await summary.locator("button", { hasText: "The criteria:" }).click();
  assert.equal(await activeId(), "add-criterion");
  await shot(w, `${TAG}-editor-error`);
  assert.deepEqual(await axe(b.page), [], "editor, with errors");

  // The set, as a secretary writes it; problems go as they are put right.
  await w.locator("#set-name").fill(OWN_SET.name);
  assert.equal(await w.locator("#set-id").inputValue(), OWN_SET.id, "the id is made from the name");
  assert.equal(await summary.locator("button", { hasText: "The set's name" }).count(), 0, "a problem put right leaves the summary");
  await w.locator("#scale-label-0").fill("no contribution");
  await w.locator("#scale-label-4").fill("a major contribution");
  await w.locator("#add-group").fill("Outcomes");
  await w.locator("button", { hasText: "Add group" }).click();
  await addCriterion(w, "Impact", "Would it improve outcomes for local people?");
  assert.equal(await summary.count(), 0, "every problem is put right");
  await w.locator("#crit-0-group").selectOption("outcomes");
  await w.locator("#crit-0-weight").fill("-1");
  await addCriterion(w, "Reach", "How many people would benefit?");
  await addCriterion(w, "Cost", "Is it affordable?");
  await addCriterion(w, "Partnership support", "Do the partners stand behind it?");
  assert.deepEqual(await cardOrder(w), ["impact", "reach", "cost", "partnership-support"]);
  // The weight of -1 is refused by the engine, named and linked to its field.
  await w.locator("#use-set").click();
  await summary.waitFor();
  const weight = summary.locator("button", { hasText: "The weight of criterion 1, Impact: must not be negative" });
  assert.equal(await weight.count(), 1);
  await weight.click();
  assert.equal(await activePath(), "criteria.criteria[0].weight");
  assert.match(await w.locator("#crit-0-weight-error").textContent(), /must not be negative/);
  await b.page.keyboard.press("Control+A");
  await b.page.keyboard.type("2");
  await summary.waitFor({ state: "detached" });
  // Text that is not a number is an error here, with the same link.
  await w.locator("#crit-0-weight").fill("");
  await w.locator("#use-set").click();
  await summary.locator("button", { hasText: "Enter the weight of criterion 1, Impact as a number, like 1 or 0.5" }).click();
  assert.equal(await activePath(), "criteria.criteria[0].weight");
  await w.locator("#crit-0-weight").fill("2");
  await summary.waitFor({ state: "detached" });
  // Remove one, reorder another, close the cards.
  await w.locator("#crit-2-remove").click();
  assert.deepEqual(await cardOrder(w), ["impact", "reach", "partnership-support"]);
  await w.locator("#crit-1-up").click();
  assert.deepEqual(await cardOrder(w), ["reach", "impact", "partnership-support"]);
  assert.equal(await activeId(), "crit-0-down", "focus stays with the moved criterion");
  await w.locator(".criterion-card button", { hasText: "Done" }).click();
  assert.equal(await w.locator(".criterion-card .card-body").count(), 0);
  assert.match(await w.locator('.criterion-card[data-criterion="impact"]').textContent(), /Would it improve outcomes.*Outcomes.*Weight\s*2/s);
  // The gates and the limit.
  await w.locator("#gate-gain").check();
  assert.equal(await activeId(), "gate-question");
  await b.page.keyboard.type(OWN_SET.gates[0].question);
  await w.locator("#gate-support").check();
  await w.locator("#gate-criterion").selectOption("partnership-support");
  await w.locator("#gate-min").fill("3");
  await w.locator('input[name="portfolio"][value="own"]').check();
  await w.locator("#portfolio-min").fill("2");
  await w.locator("#portfolio-max").fill("3");
  await shot(w, `${TAG}-editor-filled`);
  assert.deepEqual(await axe(b.page), [], "editor, filled");
  await b.page.setViewportSize({ width: 320, height: 900 });
  assert.deepEqual(await axe(b.page), [], "editor at 320 px");
  assert.ok((await w.evaluate((el) => el.scrollWidth - el.clientWidth)) <= 1, "no horizontal scroll at 320 px");
  await shot(w, `${TAG}-editor-320px`);
  await shot(w.locator(".criteria-list"), `${TAG}-editor-cards-320px`);
  await b.page.setViewportSize({ width: 1280, height: 720 });

  // The draft survives a reload, as it stands.
  await b.page.waitForTimeout(400);
  w = await b.show({ tag: TAG, attrs: `preset="clackmannanshire-2019" draft-key="editor"` }, ".criteria-editor");
  assert.equal(await w.locator("#set-name").inputValue(), OWN_SET.name);
  assert.deepEqual(await cardOrder(w), ["reach", "impact", "partnership-support"]);
  const draft = await downloadOf(b.page, () => w.locator(".criteria-editor button", { hasText: "Download this criteria set (JSON)" }).click());
  assert.deepEqual(draft.body, { portfolio: OWN_LIMIT, criteria: OWN_SET }, "the editor makes exactly the engine's criteria set");

  // Used: the engine accepts it, and the set in force is the one written.
  await w.locator("#use-set").click();
  await w.locator(".banner", { hasText: "Now scoring with Clackmannanshire priority criteria" }).waitFor();
  assert.match(await w.locator(".criteria-in-force").textContent(), /Your own criteria set.*3 criteria scored 0–4, 2 gates,\s+2 to 3 priorities at a time\./s);
  await w.locator(".criteria-in-force summary").click();
  const used = await downloadOf(b.page, () => w.locator(".criteria-in-force button", { hasText: "Download this criteria set (JSON)" }).click());
  assert.deepEqual(used.body, draft.body);
  ownFile = { name: used.name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(used.body)) };
  // Changing it again starts from the set in force.
  await w.locator("#edit-copy").click();
  assert.equal(await w.locator("#set-name").inputValue(), OWN_SET.name);
  await w.locator("button", { hasText: "Discard this draft" }).click();
  await w.locator(".criteria-in-force").waitFor();

  // Re-imported elsewhere, as a file: the same set, and downloaded again, the same file.
  await b.blank();
  w = await b.show({ tag: TAG, attrs: `preset="clackmannanshire-2019" draft-key="reimport"` }, ".mode-switch");
  await w.locator('input[type="file"][data-path="criteria"]').setInputFiles(ownFile);
  await w.locator(".banner", { hasText: "Now scoring with Clackmannanshire priority criteria" }).waitFor();
  await w.locator(".criteria-in-force summary").click();
  const again = await downloadOf(b.page, () => w.locator(".criteria-in-force button", { hasText: "Download this criteria set (JSON)" }).click());
  assert.deepEqual(again.body, draft.body, "import → export is lossless");
  // And through the editor, opened and left alone.
  await w.locator("#edit-copy").click();
  const edited = await downloadOf(b.page, () => w.locator(".criteria-editor button", { hasText: "Download this criteria set (JSON)" }).click());
  assert.deepEqual(edited.body, draft.body, "the editor changes nothing it is not told to");
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("a criteria-set file with problems opens in the editor with each problem linked to its field; one that is not a set is refused", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: `preset="clackmannanshire-2019" draft-key="bad-file"` }, ".mode-switch");
  const bad = structuredClone(OWN_SET);
  bad.criteria[1].weight = -3;
  bad.gates[1].minScore = 7;
  await w.locator('input[type="file"][data-path="criteria"]').setInputFiles({ name: "ours.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  await w.locator(".criteria-editor").waitFor();
  assert.match(await summary.textContent(), /The weight of criterion 2, Impact: must not be negative.*The support gate's lowest mean score: 7 is not on the scale 0–4/s);
  await summary.locator("button", { hasText: "lowest mean score" }).click();
  assert.equal(await activePath(), "criteria.gates[1].minScore");
  await summary.locator("button", { hasText: "The weight of criterion 2" }).click();
  assert.equal(await activePath(), "criteria.criteria[1].weight", "the card with the problem is open at its field");
  assert.deepEqual(await axe(b.page), []);
  await w.locator("button", { hasText: "Discard this draft" }).click();
  await w.locator('input[type="file"][data-path="criteria"]').setInputFiles({ name: "minutes.json", mimeType: "application/json", buffer: Buffer.from('{"title": "Minutes"}') });
  await summary.locator("button", { hasText: "minutes.json could not be used as a criteria set" }).click();
  assert.equal(await activePath(), "criteria");
  dropAxeNoise(b.log.problems);
});

test("Clackmannanshire with its own set, end to end: three partners open the set file and score, the secretariat imports their exports, and every answer is the engine's", async () => {
  assert.ok(ownFile, "the editor's test ran first");
  const names = ["Town centre", "Youth work", "Active travel"];
  const ids = names.map((n) => n.toLowerCase().replace(/ /g, "-"));
  const partners = [
    ["Ann", "Clackmannanshire Council", [["yes", { _: "4", reach: "3" }], ["yes", { _: "2" }], ["no", { _: "3", "partnership-support": "1" }]]],
    ["Raj", "NHS Forth Valley", [["yes", { _: "3" }], ["yes", { _: "4", impact: "dontKnow" }], ["no", { _: "2" }]]],
    ["Eve", "CTSI", [["dontKnow", { _: "3", reach: "1" }], ["yes", { _: "3" }], ["yes", { _: "4", "partnership-support": "2" }]]],
  ];
  const exports = [];
  await b.blank();
  for (const [scorer, organisation, cards] of partners) {
    const w = await b.show({ tag: TAG, attrs: `preset="clackmannanshire-2019" draft-key="own-${scorer}"` }, ".mode-switch");
    await w.locator('input[type="file"][data-path="criteria"]').setInputFiles(ownFile);
    await w.locator(".banner", { hasText: "Now scoring with" }).waitFor();
    await w.locator("#scorer").fill(scorer);
    await w.locator("#organisation").fill(organisation);
    await addCandidates(w, names);
    for (const [i, [gain, scores]] of cards.entries()) {
      await task(w, names[i]).click();
      if (scorer === "Ann" && i === 0) {
        assert.deepEqual(await w.locator("fieldset[data-criterion]").evaluateAll((f) => f.map((x) => x.dataset.criterion)), ["impact", "reach", "partnership-support"], "grouped criteria first, under their heading");
        assert.match(await w.locator(".scoring").textContent(), /Would working in partnership add value.*Outcomes.*Impact.*0 no contribution.*4 a major contribution/s);
      }
      await answer(w, gain, scores);
      await w.locator("button", { hasText: "Back to the candidates" }).first().click();
    }
    await w.locator("#finish").click();
    await w.locator(".own-result .ranking").waitFor();
    const json = await downloadOf(b.page, () => w.locator("button", { hasText: "Download my scorecard (JSON)" }).click());
    exports.push({ name: json.name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(json.body)) });
  }
  const w = await b.show({ tag: TAG, attrs: `preset="clackmannanshire-2019" mode="secretariat" draft-key="own-secretariat"` }, ".mode-switch");
  await w.locator('input[type="file"][data-path="criteria"]').setInputFiles(ownFile);
  await w.locator(".banner", { hasText: "Now scoring with" }).waitFor();
  await addCandidates(w, names);
  await w.locator('input[type="file"][data-path="sources"]').setInputFiles(exports);
  await w.locator(".banner", { hasText: "Imported 3 files" }).waitFor();
  const expected = q.combineScorecards({
    constitution: "clackmannanshire-2019",
    criteria: OWN_SET,
    candidates: names.map((name, i) => ({ id: ids[i], name })),
    sources: exports.map((f) => ({ name: f.name, scorecards: JSON.parse(f.buffer.toString("utf8")).scorecards })),
    options: { aggregate: "mean", weights: [], sensitivityRange: 0.25, maxDisagreements: 10, portfolio: OWN_LIMIT },
  });
  const seen = await shown(w);
  agrees(seen, expected);
  assert.equal(expected.issues.length, 0);
  assert.ok(expected.result.candidates.some((c) => !c.passesGates), "a candidate fails a gate of the partnership's own");
  assert.match(await w.locator(".method").textContent(), /scored from 0 to 4.*Collaborative gain.*Support from most partners.*Partnership support.*2 to 3 priorities/s);
  await shot(w, `${TAG}-own-set-secretariat`);
  assert.deepEqual(await axe(b.page), []);
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("starting from the Inverclyde set: in Clackmannanshire it is a copy to change, its clauses flagged as another partnership's; in Inverclyde a changed copy replaces the constitution's until dropped", async () => {
  await b.blank();
  let w = await b.show({ tag: TAG, attrs: `preset="clackmannanshire-2019" draft-key="from-inverclyde"` }, ".mode-switch");
  await w.locator("#edit-inverclyde").click();
  await w.locator(".criteria-editor").waitFor();
  assert.equal(await w.locator(".criterion-card").count(), INVERCLYDE.criteria.length);
  assert.match(await w.locator(".foreign-cites").textContent(), /another partnership's \(inverclyde-mou\)/);
  assert.equal(await w.locator('input[name="portfolio"][value="own"]').isChecked(), true, "Inverclyde's limit comes as a limit to change");
  const copy = await downloadOf(b.page, () => w.locator(".criteria-editor button", { hasText: "Download this criteria set (JSON)" }).click());
  assert.deepEqual(copy.body, q.priorityCriteria("inverclyde-mou").selection, "the copy is the Inverclyde set, whole");
  await shot(w, `${TAG}-editor-from-inverclyde`);
  assert.deepEqual(await axe(b.page), []);

  await b.blank();
  w = await b.show({ tag: TAG, attrs: `preset="inverclyde-mou" draft-key="inverclyde-copy"` }, ".mode-switch");
  assert.equal(await w.locator("#edit-inverclyde").count(), 0, "Inverclyde is not offered its own set as a starting point");
  await w.locator(".criteria-in-force summary").click();
  await w.locator("#edit-copy").click();
  assert.equal(await w.locator(".foreign-cites").count(), 0, "its own clauses are not flagged");
  assert.equal(await w.locator('input[name="portfolio"][value="none"]').isChecked(), true, "the constitution's limit stays in force");
  assert.match(await w.locator(".portfolio-editor").textContent(), /The constitution's: 3 to 4 priorities at a time/);
  await w.locator(`#crit-${IDS.indexOf("best-value")}-remove`).click();
  await w.locator("#use-set").click();
  await w.locator(".banner", { hasText: "Now scoring with" }).waitFor();
  assert.match(await w.locator(".criteria-in-force").textContent(), /Your own criteria set.*21 criteria scored 0–4, 2 gates,\s+3 to 4 priorities at a time\./s);
  await w.locator("#scorer").fill("Jo");
  await addCandidates(w, ["Child poverty"]);
  await task(w, "Child poverty").click();
  assert.equal(await w.locator('fieldset[data-criterion="best-value"]').count(), 0);
  await w.locator("button", { hasText: "Back to the candidates" }).first().click();
  await w.locator(".criteria-in-force summary").click();
  await w.locator("button", { hasText: "Go back to the constitution's criteria" }).click();
  assert.match(await w.locator(".criteria-in-force").textContent(), /The constitution's criteria/);
});

test("a long scale (0–100) is scored with a list, every point reachable, and labelled points named", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: `preset="clackmannanshire-2019" draft-key="long-scale"` }, ".mode-switch");
  const set = { ...structuredClone(OWN_SET), scale: { min: 0, max: 100, labels: [{ value: 100, label: "fully" }] }, gates: [] };
  await w.locator('input[type="file"][data-path="criteria"]').setInputFiles({ name: "percent.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(set)) });
  await w.locator(".banner", { hasText: "Now scoring with" }).waitFor();
  await addCandidates(w, ["Town centre"]);
  await task(w, "Town centre").click();
  const list = w.locator("select#score-reach");
  assert.equal(await list.locator("option").count(), 103, "a choice, 101 points and don't know");
  assert.equal(await list.locator("option").nth(101).textContent(), "100 fully");
  await list.selectOption("73");
  await w.locator("select#score-impact").selectOption("dontKnow");
  assert.match(await w.locator("#candidate-progress").textContent(), /2 of 3 answered/);
  assert.deepEqual(await axe(b.page), []);
  dropAxeNoise(b.log.problems);
});

test("a tie on the boundary of the portfolio is shown as a tie and left to the Board, as the engine says", async () => {
  assert.ok(ownFile, "the editor's test ran first");
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: `preset="clackmannanshire-2019" mode="secretariat" draft-key="tie"` }, ".mode-switch");
  await w.locator('input[type="file"][data-path="criteria"]').setInputFiles(ownFile);
  await w.locator(".banner", { hasText: "Now scoring with" }).waitFor();
  const names = ["Alpha", "Bravo", "Charlie", "Delta"];
  await addCandidates(w, names);
  const card = (candidate, [reach, impact, support]) => ({
    scorer: "Ann",
    organisation: "Council",
    candidate,
    collaborativeGain: "yes",
    scores: [
      { criterion: "reach", score: reach },
      { criterion: "impact", score: impact },
      { criterion: "partnership-support", score: support },
    ],
  });
  const scorecards = [card("alpha", [4, 4, 4]), card("bravo", [4, 3, 4]), card("charlie", [3, 3, 3]), card("delta", [3, 3, 3])];
  await w.locator("#paste").fill(JSON.stringify({ name: "Council", scorecards }));
  await w.locator("button", { hasText: "Add pasted scorecards" }).click();
  await w.locator(".board-result .boundary-tie").waitFor();
  const expected = q.combineScorecards({
    constitution: "clackmannanshire-2019",
    criteria: OWN_SET,
    candidates: names.map((name) => ({ id: name.toLowerCase(), name })),
    sources: [{ name: "Pasted 1", scorecards }],
    options: { aggregate: "mean", weights: [], sensitivityRange: 0.25, maxDisagreements: 10, portfolio: OWN_LIMIT },
  });
  assert.deepEqual(expected.result.portfolio.tiedAtBoundary, ["charlie", "delta"]);
  const seen = await shown(w);
  agrees(seen, expected);
  assert.deepEqual(seen.ranking.map((r) => r.rank), ["1", "2", "3 Tie", "3 Tie"]);
  assert.match(seen.tie, /A tie on the boundary, for the Board to decide:.*Charlie, Delta tie for\s+1 place\. The tool does not choose between them/s);
  assert.deepEqual(await w.locator(".ranking .in-portfolio").allTextContents(), ["Proposed", "Proposed", "Tied on the boundary", "Tied on the boundary"]);
  await shot(w.locator(".board-result .portfolio"), `${TAG}-boundary-tie`);
});

/** The widget's own report (what it shows and fires), and what its engine session did last. */
const widgetReport = (w, sync) => w.evaluate((el, sync) => ({ report: JSON.parse(JSON.stringify(el.result)), last: el[sync].last, starts: el[sync].starts }), sync);

test("through the engine sessions: after each weight, aggregate and range change (secretariat) and each score change (partner), the widget's report is exactly the plain engine's", async () => {
  assert.equal(files.length, 4, "the partners' test ran first");
  const w = await b.show({ tag: TAG, attrs: `preset="inverclyde-mou" mode="secretariat" draft-key="sessions"` }, ".mode-switch");
  await addCandidates(w, CANDIDATES);
  await w.locator('input[type="file"][data-path="sources"]').setInputFiles(files);
  await w.locator(".banner", { hasText: "Imported 4 files" }).waitFor();
  const sources = files.map((f) =>
    f.mimeType === "text/csv" ? { name: f.name, csv: f.buffer.toString("utf8") } : { name: f.name, scorecards: JSON.parse(f.buffer.toString("utf8")).scorecards },
  );
  const base = { constitution: "inverclyde-mou", candidates: CANDIDATES.map((name) => ({ id: name.toLowerCase().replace(/ /g, "-"), name })), sources };
  const options = { aggregate: "mean", weights: [], sensitivityRange: 0.25, maxDisagreements: 10 };
  let now = await widgetReport(w, "combining");
  assert.deepStrictEqual(now.report, q.combineScorecards({ ...base, options }));
  const weight = (id) => w.locator(`.weights-table tr[data-criterion='${id}'] input`);
  // Weights in criteria order, as the widget sends them; each edit is one weight sent to the session.
  const order = INVERCLYDE.criteria.map((c) => c.id);
  const set = {};
  const edits = [
    ["high-impact", "3"],
    ["unique-action", "0.5"],
    ["high-impact", "2.25"],
    ["trust", "0"],
  ];
  for (const [id, value] of edits) {
    await weight(id).fill(value);
    set[id] = Number(value);
    const weights = order.filter((c) => c in set).map((criterion) => ({ criterion, weight: set[criterion] }));
    const expected = q.combineScorecards({ ...base, options: { ...options, weights } });
    await b.page.waitForFunction((s) => document.querySelector("quorate-priority-scorer").shadowRoot.querySelector(".board-result .summary").textContent === s, expected.result.summary);
    now = await widgetReport(w, "combining");
    assert.deepStrictEqual(now.report, expected, `after ${id} = ${value}`);
    assert.equal(now.last, "changed", "the edit went to the same session");
  }
  // The range and the aggregate: the options sent whole, still the same session.
  await w.locator("#range").fill("40");
  await w.locator("#range").dispatchEvent("change");
  await w.locator('input[name="aggregate"][value="median"]').check();
  await b.page.waitForTimeout(100);
  const weights = order.filter((c) => c in set).map((criterion) => ({ criterion, weight: set[criterion] }));
  now = await widgetReport(w, "combining");
  assert.deepStrictEqual(now.report, q.combineScorecards({ ...base, options: { ...options, aggregate: "median", sensitivityRange: 0.4, weights } }));
  assert.equal(now.last, "changed");
  // A candidate renamed: the new name sent alone, the merge kept.
  const starts = now.starts;
  await w.locator("#cand-0").fill("Child poverty in Inverclyde");
  await b.page.waitForTimeout(100);
  const renamed = base.candidates.map((c, i) => (i === 0 ? { ...c, name: "Child poverty in Inverclyde" } : c));
  now = await widgetReport(w, "combining");
  assert.deepStrictEqual(now.report, q.combineScorecards({ ...base, candidates: renamed, options: { ...options, aggregate: "median", sensitivityRange: 0.4, weights } }));
  assert.deepEqual([now.last, now.starts], ["changed", starts]);
  // A source removed: a new session on the remaining files.
  await w.locator(".sources button", { hasText: "Remove" }).last().click();
  await b.page.waitForTimeout(100);
  now = await widgetReport(w, "combining");
  assert.equal(now.last, "started");
  assert.deepStrictEqual(now.report, q.combineScorecards({ ...base, candidates: renamed, sources: sources.slice(0, 3), options: { ...options, aggregate: "median", sensitivityRange: 0.4, weights } }));

  // A partner who has finished changes scores: each change is one score sent to their session.
  const p = PARTNERS[2];
  const v = await b.show({ tag: TAG, attrs: `preset="inverclyde-mou" mode="scorer" draft-key="sessions-partner"` }, ".mode-switch");
  await v.locator("#scorer").fill(p.scorer);
  await v.locator("#organisation").fill(p.organisation);
  await addCandidates(v, CANDIDATES);
  for (const [i, [gain, scores]] of p.cards.entries()) {
    await task(v, CANDIDATES[i]).click();
    await answer(v, gain, scores);
    await v.locator("button", { hasText: "Back to the candidates" }).first().click();
  }
  await v.locator("#finish").click();
  await v.locator(".own-result .ranking").waitFor();
  const own = async () => {
    const json = await downloadOf(b.page, () => v.locator("button", { hasText: "Download my scorecard (JSON)" }).click());
    return q.scorePriorities({ constitution: "inverclyde-mou", candidates: base.candidates, scorecards: json.body.scorecards });
  };
  now = await widgetReport(v, "scoring");
  assert.deepStrictEqual(now.report, await own());
  const partnerStarts = now.starts;
  for (const [i, scores] of [
    [3, { "high-impact": "0" }],
    [3, { "unique-action": "dontKnow" }],
    [0, { participative: "1", trust: "4" }],
  ]) {
    await task(v, CANDIDATES[i]).click();
    await answer(v, null, scores);
    await v.locator("button", { hasText: "Back to the candidates" }).first().click();
    await b.page.waitForTimeout(50);
    now = await widgetReport(v, "scoring");
    assert.deepStrictEqual(now.report, await own(), `after scoring ${CANDIDATES[i]}: ${JSON.stringify(scores)}`);
    assert.equal(now.last, "same", "going back to the list sends nothing more");
    assert.equal(now.starts, partnerStarts, "each score went to the same session");
  }
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});
