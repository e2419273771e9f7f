// <quorate-private-check>: the widget contract, and paths through every outcome of
// checkOpenness with both presets (one keyboard only). Every outcome is compared with
// the engine's own report (the package, loaded in Node).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { contract, openBrowser, shot, axe, dropAxeNoise } from "./contract.mjs";
import { loadPackage } from "../lib.mjs";

const TAG = "quorate-private-check";
const q = await loadPackage();

const questionId = (w) =>
  w.evaluate((el) => el.shadowRoot.querySelector('.question-page [data-path^="answers."]')?.dataset.path.slice("answers.".length) ?? null);

/** Answer each question as `answers` says ("no" where it says nothing; the title as given); returns the answers given. */
async function answerAll(w, answers) {
  const given = {};
  for (let i = 0; i < 20; i++) {
    const id = await questionId(w);
    if (id === null) break;
    const a = answers[id] ?? "no";
    given[id] = a;
    if (id === "title") await w.locator("#flow-input").fill(a);
    else await w.locator(`.question-page input[value="${a}"]`).check();
    await w.locator(".question-page button.flow-submit").click();
  }
  await w.locator(".check-answers-heading").waitFor();
  return given;
}

/** The engine's item for the answers given, as the widget builds it. */
function itemOf(preset, given) {
  const rule = q.preset(preset).openness;
  const item = { meeting: given.meeting === "yes" ? "special" : "regular", matters: [] };
  if (given.title?.trim()) item.title = given.title.trim();
  for (const e of rule.exceptions) {
    if (given[`holds.${e.id}`] !== "yes") continue;
    const met = given[`condition.${e.id}`];
    item.matters.push(met && e.onlyIf ? { exception: e.id, conditionMet: met } : { exception: e.id });
  }
  return item;
}

async function outcomeOf(w) {
  await w.locator("button", { hasText: "See the answer" }).click();
  const result = w.locator(".result");
  await result.waitFor();
  const dd = async (name) => (await result.locator(".summary-list > div", { hasText: name }).locator("dd").textContent()).replace(/\s+/g, " ").trim();
  return {
    verdict: (await result.locator(".verdict").textContent()).trim(),
    summary: (await result.locator(".summary").textContent()).trim(),
    papers: await dd("The papers"),
    leaves: await dd("Who leaves"),
    settle: (await result.locator(".settle li").allTextContents()).map((t) => t.replace(/\s+/g, " ").trim()),
    reasons: (await result.locator(".reasons li").allTextContents()).map((t) => t.replace(/\s+/g, " ").trim()),
  };
}

const reasonText = (r) => `${r.text} (${r.cite.join(", ")})`.replace(/\s+/g, " ").trim();

async function fill(w) {
  await w.locator("#flow-input").fill("7. Town Centre Fund: award of grants");
  await w.locator(".question-page button.flow-submit").click();
  await w.locator('.question-page [data-path="answers.meeting"]').waitFor();
  await w.locator("button.back").click(); // the title again, kept: a text field to type into
  await w.locator("#flow-input").waitFor();
}

async function read(w) {
  return w.evaluate((el) => {
    const r = el.shadowRoot;
    return {
      question: r.querySelector(".question-heading")?.textContent.trim() ?? null,
      checked: [...r.querySelectorAll("input:checked")].map((i) => i.value),
      fields: [...r.querySelectorAll("textarea, input[type=text]")].map((i) => i.value),
      verdict: r.querySelector(".verdict")?.textContent ?? null,
    };
  });
}

contract({
  tag: TAG,
  fill,
  read,
  ready: ".question-page",
  states: {
    error: async (w) => {
      await w.locator("#flow-input").fill("");
      await w.locator(".question-page button.flow-submit").click();
      await w.locator(".error-summary").waitFor();
    },
    "check-answers": async (w) => {
      await answerAll(w, { title: "7. Town Centre Fund", "holds.commercialConfidentiality": "yes" });
    },
    outcome: async (w) => {
      await outcomeOf(w);
    },
  },
});

let b;
before(async () => {
  b = await openBrowser();
});
after(() => b?.close());

const PATHS = [
  { preset: "clackmannanshire-2019", name: "public", answers: {}, verdict: "Public" },
  { preset: "clackmannanshire-2019", name: "chair-may-exclude", answers: { "holds.personalPrivacy": "yes" }, verdict: "The Chair may exclude the public" },
  { preset: "clackmannanshire-2019", name: "chair-decides", answers: { meeting: "yes", "holds.properConduct": "yes" }, verdict: "The Chair decides" },
  { preset: "inverclyde-mou", name: "private", answers: { "holds.personalInformation": "yes" }, verdict: "Private" },
  { preset: "inverclyde-mou", name: "undecided", answers: { "holds.commercialInformation": "yes", "condition.commercialInformation": "unsure" }, verdict: "Undecided" },
  { preset: "inverclyde-mou", name: "condition-met", answers: { "holds.commercialInformation": "yes", "condition.commercialInformation": "yes" }, verdict: "Private" },
  { preset: "inverclyde-mou", name: "condition-not-met", answers: { "holds.commercialInformation": "yes", "condition.commercialInformation": "no" }, verdict: "Public" },
  { preset: "inverclyde-mou", name: "public", answers: {}, verdict: "Public" },
];

for (const path of PATHS) {
  test(`${path.preset}: a path to "${path.verdict}" (${path.name}): outcome, papers, who leaves and reasons are the engine's, each with its clauses`, async () => {
    await b.blank();
    const w = await b.show({ tag: TAG, attrs: `preset="${path.preset}"` }, ".question-page");
    const given = await answerAll(w, { title: "6. Staffing review", ...path.answers });
    const rule = q.preset(path.preset).openness;
    assert.ok(Object.keys(given).length >= 1 + rule.exceptions.length, "every exception of the constitution was asked about");
    const report = q.checkOpenness({ constitution: path.preset, item: itemOf(path.preset, given) });
    const seen = await outcomeOf(w);
    assert.equal(seen.verdict, path.verdict);
    assert.equal(seen.summary, report.summary);
    assert.deepEqual(seen.reasons, report.reasons.map(reasonText));
    assert.match(seen.papers, /\((?:clackmannanshire-2019|inverclyde-mou) [\d.B]+/, "the papers' answer cites its clause");
    assert.match(seen.leaves, /\((?:clackmannanshire-2019|inverclyde-mou) [\d.B]+/, "who leaves cites its clause");
    if (report.whoLeaves) assert.ok(seen.leaves.toLowerCase().includes(report.whoLeaves.toLowerCase()), "who leaves, in the document's words");
    else assert.match(seen.leaves, /^Nobody: the item is taken in public/);
    const papers = { public: /published, as for any public item/, mayBeRestricted: /may be restricted/, restricted: /not published/ }[report.papers];
    assert.match(seen.papers, papers);
    assert.deepEqual(seen.settle, report.next.map((n) => `${n.text} (${n.cite.join(", ")})`));
    if (path.name === "undecided") assert.equal(seen.settle.length, 1, "the condition to settle is named");
    assert.match(await w.locator(".result h3").textContent(), /6\. Staffing review/);
    assert.match(await w.locator(".citations").last().textContent(), new RegExp(report.citations[0].replace(/[.()]/g, "\\$&")));
    assert.match(await w.locator('[role="status"]').textContent(), new RegExp(`^${path.verdict}\\. `));
    assert.deepEqual(await axe(b.page), [], `axe: ${path.name}`);
    dropAxeNoise(b.log.problems);
    await shot(w, `${TAG}-${path.preset}-${path.name}`);
    assert.deepEqual(b.log.problems.splice(0), []);
  });
}

test("a custom constitution with no openness rule: the widget says so, asks nothing", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="inverclyde-mou"' }, ".question-page");
  const custom = { ...q.preset("inverclyde-mou"), id: "no-openness", openness: null };
  await w.evaluate((el, c) => (el.constitution = c), custom);
  await w.locator(".result").waitFor();
  assert.equal((await w.locator(".result .verdict").textContent()).trim(), "No rule on private business");
  assert.equal(await w.locator(".question-page").count(), 0);
  const report = q.checkOpenness({ constitution: custom, item: {} });
  assert.equal(report.outcome, "noRule");
  assert.deepEqual(await axe(b.page), []);
  dropAxeNoise(b.log.problems);
});

test("a changed answer goes back to check answers with the follow-up asked first", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="inverclyde-mou"' }, ".question-page");
  await answerAll(w, { title: "4. Lease of Unit 3" });
  assert.equal((await outcomeOf(w)).verdict, "Public");
  await w.locator('button[data-change="holds.commercialInformation"]').click();
  await w.locator('.question-page input[value="yes"]').check();
  await w.locator(".question-page button.flow-submit").click();
  assert.equal(await questionId(w), "condition.commercialInformation", "the condition is asked before check answers");
  await shot(w, `${TAG}-condition`);
  await w.locator('.question-page input[value="unsure"]').check();
  await w.locator(".question-page button.flow-submit").click();
  await w.locator(".check-answers-heading").waitFor();
  const seen = await outcomeOf(w);
  assert.equal(seen.verdict, "Undecided");
  assert.match(seen.settle[0], /release of such information would prejudice the negotiations/);
  await w.locator("button", { hasText: "Check another item" }).click();
  assert.equal(await questionId(w), "title");
  assert.equal(await w.locator("#flow-input").inputValue(), "");
});

test("keyboard only: the title, each question and the answer", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' }, ".question-page");
  const k = b.page.keyboard;
  await b.page.locator("h1").click();
  await k.press("Tab");
  await k.type("9. Review of the Locality Plan");
  await k.press("Tab");
  await k.press("Enter"); // Continue
  for (let i = 0; i < 10; i++) {
    const id = await questionId(w);
    if (id === null) break;
    await k.press("Tab"); // the first option
    if (id === "holds.exceptionalCircumstances") await k.press("Space"); // Yes
    else await k.press("ArrowDown"); // No
    await k.press("Enter");
  }
  await w.locator(".check-answers-heading").waitFor();
  await w.locator("button", { hasText: "See the answer" }).focus();
  await k.press("Enter");
  await w.locator(".result").waitFor();
  assert.equal((await w.locator(".result .verdict").textContent()).trim(), "The Chair may exclude the public");
  await b.page.setViewportSize({ width: 320, height: 800 });
  assert.ok((await w.evaluate((el) => el.scrollWidth - el.clientWidth)) <= 1);
  await shot(w, `${TAG}-outcome-320px`);
  await b.page.setViewportSize({ width: 1280, height: 720 });
});
