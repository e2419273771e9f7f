// <quorate-gift-check>: the widget contract, and a member's paths through every outcome
// of checkGift (one keyboard only), the gifts and hospitality log (its suggestion for
// "had anything from the same source before?", the 12-month total, CSV out and back in).
// Every outcome is compared with the engine's own report (the package, loaded in Node).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { contract, openBrowser, shot, downloadOf, axe, dropAxeNoise } from "./contract.mjs";
import { loadPackage } from "../lib.mjs";

const TAG = "quorate-gift-check";
const C = "clackmannanshire-2019";
const q = await loadPackage();

/** An ISO date `days` from today (the browser's and Node's clock are the same machine's). */
function isoDaysFrom(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
const parts = (iso) => {
  const [y, m, d] = iso.split("-");
  return { day: String(Number(d)), month: String(Number(m)), year: y };
};

const KIND_LABEL = { gift: "Gift", hospitality: "Hospitality", reliefFromDebt: "Relief from debt", loanConcession: "Loan concession", servicesBelowCost: "Services below cost" };
const RECIPIENT_LABEL = { member: "You", spouseOrCohabitee: "Your spouse or cohabitee" };

async function describeOffer(w, { kind = "gift", recipient = "member", giver = "Acme Ltd", description = "", date = isoDaysFrom(0), value = "" } = {}) {
  await w.locator("label.choice", { hasText: new RegExp(`^\\s*${KIND_LABEL[kind]}\\s*$`) }).locator("input").check();
  await w.locator("label.choice", { hasText: new RegExp(`^\\s*${RECIPIENT_LABEL[recipient]}\\s*$`) }).locator("input").check();
  await w.locator("#giver").fill(giver);
  await w.locator("#description").fill(description);
  const p = parts(date);
  await w.locator("#offer-date-day").fill(p.day);
  await w.locator("#offer-date-month").fill(p.month);
  await w.locator("#offer-date-year").fill(p.year);
  await w.locator("#value").fill(value);
}

/** The id of the question on screen (its control's data-path), or null at check answers. */
const questionId = (w) =>
  w.evaluate((el) => el.shadowRoot.querySelector('.question-page [data-path^="answers."]')?.dataset.path.slice("answers.".length) ?? null);

/** Answer each question as `answers` says ("no" where it says nothing); returns the ids asked, in order. */
async function answerAll(w, answers) {
  const asked = [];
  for (let i = 0; i < 20; i++) {
    const id = await questionId(w);
    if (id === null) break;
    asked.push(id);
    const a = answers[id] ?? "no";
    if (typeof a === "number") await w.locator("#flow-input").fill(String(a));
    else if (a !== "keep") await w.locator(`.question-page input[value="${a}"]`).check();
    await w.locator(".question-page button.flow-submit").click();
  }
  await w.locator(".check-answers-heading").waitFor();
  return asked;
}

async function outcomeOf(w) {
  await w.locator("button", { hasText: "See what to do" }).click();
  const result = w.locator(".result");
  await result.waitFor();
  return {
    verdict: (await result.locator(".verdict").textContent()).trim(),
    summary: (await result.locator(".summary").textContent()).trim(),
    reasons: (await result.locator(".reasons li").allTextContents()).map((t) => t.replace(/\s+/g, " ").trim()),
    decided: (await result.locator(".decided").count()) ? (await result.locator(".decided").textContent()).replace(/\s+/g, " ").trim() : null,
    entry: (await result.locator(".entry").count()) ? (await result.locator(".entry").textContent()).replace(/\s+/g, " ").trim() : null,
  };
}

const reasonText = (r) => `${r.text} (${r.cite.join(", ")})`.replace(/\s+/g, " ").trim();

async function fill(w) {
  await describeOffer(w, { description: "A hamper at Christmas", date: "2026-12-03", value: "35" });
}

async function read(w) {
  return w.evaluate((el) => {
    const r = el.shadowRoot;
    return {
      fields: [...r.querySelectorAll('input[type="text"], textarea')].map((i) => i.value),
      checked: [...r.querySelectorAll("input:checked")].map((i) => i.value),
      question: r.querySelector(".question-heading")?.textContent.trim() ?? null,
      log: [...r.querySelectorAll("table.log tbody tr")].map((tr) => tr.textContent.replace(/\s+/g, " ").trim()),
    };
  });
}

contract({
  tag: TAG,
  fill,
  read,
  ready: ".log-section",
  states: {
    question: async (w) => {
      await w.locator("form.offer button[type=submit]").click();
      await w.locator(".question-heading").waitFor();
    },
    "question-error": async (w) => {
      await w.locator(".question-page button.flow-submit").click();
      await w.locator(".error-summary").waitFor();
    },
    "check-answers": async (w) => {
      await answerAll(w, { trivialOrSeasonal: "yes" });
    },
    outcome: async (w) => {
      await outcomeOf(w);
    },
    log: async (w) => {
      await w.locator("button", { hasText: "Add to my log" }).first().click();
      await w.locator("table.log").waitFor();
    },
  },
});

let b;
before(async () => {
  b = await openBrowser();
});
after(() => b?.close());

/** Every outcome of checkGift, as a member reaches it. */
const PATHS = [
  { name: "never-accept", offer: { kind: "gift" }, answers: { sought: "yes" }, verdict: "Never accept" },
  { name: "refuse-interested-giver", offer: { kind: "hospitality" }, answers: { giverSeekingBusiness: "yes" }, verdict: "Refuse" },
  { name: "refuse-suspicion", offer: { kind: "gift" }, answers: { suspicionOfInfluence: "yes" }, verdict: "Refuse" },
  { name: "refuse-repeated-hospitality", offer: { kind: "hospitality" }, answers: { repeated: "yes" }, verdict: "Refuse" },
  { name: "refuse-by-default", offer: { kind: "servicesBelowCost", recipient: "spouseOrCohabitee" }, answers: {}, verdict: "Refuse" },
  { name: "refuse-over-value", offer: { kind: "gift", value: "80" }, answers: { trivialOrSeasonal: "yes" }, verdict: "Refuse" },
  { name: "may-accept-trivial", offer: { kind: "gift" }, answers: { trivialOrSeasonal: "yes", value: 12.5 }, verdict: "You may accept" },
  { name: "may-accept-hospitality", offer: { kind: "hospitality" }, answers: { normalHospitality: "yes" }, verdict: "You may accept" },
  { name: "for-the-partnership", offer: { kind: "gift" }, answers: { onBehalfOfPartnership: "yes" }, verdict: "Accept for the partnership" },
  { name: "seek-advice", offer: { kind: "gift" }, answers: { giverStandsToGain: "unsure" }, verdict: "Seek advice" },
];

for (const path of PATHS) {
  test(`a member's path to "${path.verdict}" (${path.name}): the outcome, the deciding rule and every reason are the engine's`, async () => {
    await b.blank();
    const w = await b.show({ tag: TAG, attrs: `preset="${C}"` }, "form.offer");
    const date = isoDaysFrom(-2);
    await describeOffer(w, { giver: "Forth Valley Events", description: "Tickets", date, ...path.offer });
    await w.locator("form.offer button[type=submit]").click();
    const asked = await answerAll(w, path.answers);
    // The engine's report for the same offer and the answers actually given.
    const given = Object.fromEntries(asked.filter((id) => id !== "value").map((id) => [id, path.answers[id] ?? "no"]));
    const offer = { kind: path.offer.kind, recipient: path.offer.recipient ?? "member", giver: "Forth Valley Events", description: "Tickets", date, answers: given };
    const value = path.offer.value ? Number(path.offer.value) : path.answers.value;
    if (value !== undefined) offer.value = value;
    const report = q.checkGift({ constitution: C, offer });
    assert.deepEqual(report.next, [], "every question the engine needed was asked");
    const seen = await outcomeOf(w);
    assert.equal(seen.verdict, path.verdict);
    assert.equal(seen.summary, report.summary);
    assert.deepEqual(seen.reasons, report.reasons.map(reasonText));
    assert.ok(report.decidedBy, "the engine names the deciding rule");
    assert.match(seen.decided, /^The rule that decided it: .+\(clackmannanshire-2019 E[\d.()a-z]+/);
    assert.equal(seen.entry, `${report.record.entry} (${report.record.cite.join(", ")})`);
    assert.match(await w.locator('[role="status"]').textContent(), new RegExp(`^${path.verdict}\\. `));
    assert.deepEqual(await axe(b.page), [], `axe: ${path.name}`);
    dropAxeNoise(b.log.problems);
    await shot(w, `${TAG}-outcome-${path.name}`);
    assert.deepEqual(b.log.problems.splice(0), []);
  });
}

test("Back keeps the answer, Change returns to check answers, and a changed answer changes the outcome", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: `preset="${C}"` }, "form.offer");
  await describeOffer(w, { kind: "gift" });
  await w.locator("form.offer button[type=submit]").click();
  await w.locator('.question-page input[value="no"]').check();
  await w.locator(".question-page button.flow-submit").click();
  assert.equal(await questionId(w), "giverStandsToGain");
  await w.locator("button.back").click();
  assert.equal(await questionId(w), "sought");
  assert.ok(await w.locator('.question-page input[value="no"]').isChecked(), "the answer is kept");
  await w.locator("button.back").click(); // the first question's back link: the offer page
  assert.equal(await w.locator("#giver").inputValue(), "Acme Ltd");
  await w.locator("form.offer button[type=submit]").click();
  await answerAll(w, { trivialOrSeasonal: "yes", value: 10 });
  assert.equal((await outcomeOf(w)).verdict, "You may accept");
  await w.locator('button[data-change="sought"]').click();
  await w.locator('.question-page input[value="yes"]').check();
  await w.locator(".question-page button.flow-submit").click();
  await w.locator(".check-answers-heading").waitFor();
  assert.equal((await outcomeOf(w)).verdict, "Never accept");
});

test("keyboard only: the offer, every question and the outcome", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: `preset="${C}"` }, "form.offer");
  const k = b.page.keyboard;
  await b.page.locator("h1").click();
  await k.press("Tab"); // the first kind: Gift
  await k.press("Space");
  await k.press("Tab"); // recipient: You (checked)
  await k.press("Tab");
  await k.type("Scottish Enterprise");
  await k.press("Tab");
  await k.type("A diary");
  await k.press("Tab");
  await k.type("1");
  await k.press("Tab");
  await k.type("dec");
  await k.press("Tab");
  await k.type(String(new Date().getFullYear()));
  await k.press("Tab");
  await k.type("8");
  await k.press("Enter");
  await w.locator(".question-heading").waitFor();
  // Each question: Tab past Back to the radios, choose, Enter to continue.
  for (let i = 0; i < 10; i++) {
    const id = await questionId(w);
    if (id === null) break;
    const focused = await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement?.className ?? "");
    assert.match(focused, /question-heading/, "focus moves to each question's heading");
    await k.press("Tab"); // the radios
    if (id === "repeated") {
      assert.ok(await w.locator('.question-page input[value="no"]').isChecked(), "the log's answer is chosen");
    } else if (id === "trivialOrSeasonal") {
      await k.press("Space"); // Yes
    } else {
      await k.press("ArrowDown"); // No
    }
    await k.press("Enter");
  }
  await w.locator(".check-answers-heading").waitFor();
  await w.locator("button", { hasText: "See what to do" }).focus();
  await k.press("Enter");
  await w.locator(".result").waitFor();
  assert.equal((await w.locator(".result .verdict").textContent()).trim(), "You may accept");
  await w.locator("button", { hasText: "Add to my log" }).first().focus();
  await k.press("Enter");
  await w.locator("table.log").waitFor();
  assert.match(await w.locator("table.log tbody").textContent(), /Scottish Enterprise.*A diary.*£8.*accepted/s);
});

test("the log: an earlier offer answers 'had anything before?', the 12-month total counts only the last 12 months, and CSV goes out and back losslessly", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: `preset="${C}"` }, "form.offer");
  const addByHand = async ({ date, source, kind, description, value, decision }) => {
    if (!(await w.locator("details.add-log").evaluate((d) => d.open))) await w.locator("details.add-log summary").click();
    const p = parts(date);
    await w.locator("#adding-date-day").fill(p.day);
    await w.locator("#adding-date-month").fill(p.month);
    await w.locator("#adding-date-year").fill(p.year);
    await w.locator("#adding-source").fill(source);
    await w.locator("#adding-kind").selectOption(kind);
    await w.locator("#adding-description").fill(description);
    await w.locator("#adding-value").fill(value);
    await w.locator("#adding-decision").selectOption(decision);
    await w.locator("details.add-log button", { hasText: "Add to my log" }).click();
  };
  // An error first: nothing typed.
  await w.locator("details.add-log summary").click();
  await w.locator("details.add-log button", { hasText: "Add to my log" }).click();
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.match(await summary.textContent(), /Enter the date of the offer.*Enter who offered it.*Select what was offered.*Select what you did with it/s);
  assert.deepEqual(await axe(b.page), []);
  await shot(w, `${TAG}-log-error`);
  const entries = [
    { date: isoDaysFrom(-40), source: "Acme Ltd", kind: "gift", description: `A "special" pen, boxed`, value: "30", decision: "accepted" },
    { date: isoDaysFrom(-200), source: " acme  ltd", kind: "hospitality", description: "=SUM(A1:A9)", value: "25.50", decision: "accepted" },
    { date: isoDaysFrom(-500), source: "Acme Ltd", kind: "gift", description: "Old, so not counted", value: "100", decision: "accepted" },
    { date: isoDaysFrom(-10), source: "Acme Ltd", kind: "hospitality", description: "Declined, so not counted", value: "60", decision: "declined" },
    { date: isoDaysFrom(-5), source: "NHS Forth Valley", kind: "gift", description: "+44 calendar", value: "", decision: "accepted on behalf of the partnership" },
  ];
  for (const e of entries) await addByHand(e);
  assert.equal(await w.locator("table.log tbody tr").count(), 5);
  // The totals by source, as of today: £30 + £25.50 from Acme (the old one and the declined one left out).
  const totals = w.locator("table.totals tbody tr");
  assert.equal(await totals.count(), 1, "only sources with offers accepted in the last 12 months");
  assert.match(await totals.first().textContent(), /Acme Ltd\s*2\s*£55\.50\s*more than £50/);
  await shot(w, `${TAG}-log-totals`);
  assert.deepEqual(await axe(b.page), []);

  // A new offer from the same source: the log answers "had anything before?", and the total shows.
  await describeOffer(w, { kind: "gift", giver: "ACME LTD", description: "A calendar", value: "5" });
  await w.locator("form.offer button[type=submit]").click();
  for (let i = 0; i < 10 && (await questionId(w)) !== "repeated"; i++) {
    const id = await questionId(w);
    await w.locator(`.question-page input[value="${id === "trivialOrSeasonal" ? "yes" : "no"}"]`).check();
    await w.locator(".question-page button.flow-submit").click();
  }
  assert.equal(await questionId(w), "repeated");
  assert.ok(await w.locator('.question-page input[value="yes"]').isChecked(), "the log's answer is chosen");
  assert.match(await w.locator("#flow-hint").textContent(), /Your log has 3 offers from ACME LTD that you accepted: .*A "special" pen, boxed.*£30/s);
  await shot(w, `${TAG}-question-from-log`);
  await w.locator(".question-page button.flow-submit").click();
  await w.locator(".check-answers-heading").waitFor();
  const seen = await outcomeOf(w);
  assert.equal(seen.verdict, "Refuse", "not an isolated gift, so the trivial-gift exception does not apply");
  assert.match((await w.locator(".source-total").textContent()).replace(/\s+/g, " "), /From ACME LTD in the 12 months to .*: £55\.50 accepted \(2 offers\)\. With this offer: £60\.50\..*£50 as modest value.*more than that/s);
  await w.locator("button", { hasText: "Add to my log" }).first().click();
  await w.locator(".banner", { hasText: "Added to your log" }).waitFor();
  assert.equal(await w.locator("table.log tbody tr").count(), 6);

  // CSV out: formula-guarded; then clear, import, and the same CSV comes out again.
  const first = await downloadOf(b.page, () => w.locator("button", { hasText: "Export the log (CSV)" }).click(), { text: true });
  assert.match(first.name, /\.csv$/);
  assert.match(first.body, /^\ufeffDate,Source,Kind,Description,Value \(£\),Decision\r\n/);
  assert.match(first.body, /'=SUM\(A1:A9\)/, "a formula is guarded");
  assert.match(first.body, /'\+44 calendar/);
  assert.match(first.body, /"A ""special"" pen, boxed"/);
  const before = await read(w);
  await w.locator("button", { hasText: "Clear my answers" }).click();
  assert.equal(await w.locator("table.log").count(), 0);
  await w.locator('input[type="file"][data-path="csv"]').setInputFiles({ name: first.name, mimeType: "text/csv", buffer: Buffer.from(first.body) });
  await w.locator(".banner", { hasText: "6 offers" }).waitFor();
  assert.deepEqual((await read(w)).log, before.log);
  const second = await downloadOf(b.page, () => w.locator("button", { hasText: "Export the log (CSV)" }).click(), { text: true });
  assert.equal(second.body, first.body, "export → import → export is lossless");

  // A broken CSV: the error summary names the row and column; the log stays as it was.
  const broken = first.body.replace(/\r\n[^\r\n]*\r\n$/, "\r\nnot a date,Acme,Gift,,ten,kept\r\n");
  await w.locator('input[type="file"][data-path="csv"]').setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await summary.waitFor();
  const text = await summary.textContent();
  assert.match(text, /broken\.csv: row 7, column A: enter the date/);
  assert.match(text, /row 7, column E: the value must be an amount/);
  assert.match(text, /row 7, column F: the decision must be one of/);
  assert.deepEqual((await read(w)).log, before.log);
  dropAxeNoise(b.log.problems);
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("Inverclyde sets no gifts rule: the widget says so with the preset's note, and borrows no other rule", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="inverclyde-mou"' }, ".log-section");
  const report = q.checkGift({ constitution: "inverclyde-mou", offer: { kind: "gift" } });
  assert.equal(report.outcome, "noRule");
  const result = w.locator(".result");
  assert.equal((await result.locator(".title, h3").first().textContent()).trim(), report.summary);
  assert.equal((await result.locator(".verdict").textContent()).trim(), "No gifts rule");
  assert.equal((await result.locator(".note").textContent()).replace(/\s+/g, " ").trim(), reasonText(report.notes[0]));
  assert.equal(await w.locator("form.offer").count(), 0, "no questions from another partnership's code");
  assert.match(await w.locator('[role="status"]').textContent(), /^No gifts rule\./);
  await shot(w, `${TAG}-inverclyde`);
});

test("the offer page: errors are instructions in the summary, each focusing its field; 320 px reflows", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: `preset="${C}"` }, "form.offer");
  await w.locator("#value").fill("ten pounds");
  await w.locator("#offer-date-day").fill("31");
  await w.locator("#offer-date-month").fill("2");
  await w.locator("#offer-date-year").fill("2026");
  await w.locator("form.offer button[type=submit]").click();
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.deepEqual(
    (await summary.locator("li").allTextContents()).map((t) => t.trim()),
    ["Select what is offered", "Enter who offered it", "Date of the offer must be a real date", "Value must be an amount in pounds, like 25 or 12.50"],
  );
  await summary.locator("button", { hasText: "Enter who offered it" }).click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "giver");
  await summary.locator("button", { hasText: "real date" }).click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "offer-date-day");
  assert.deepEqual(await axe(b.page), []);
  await shot(w, `${TAG}-offer-error`);
  await b.page.setViewportSize({ width: 320, height: 800 });
  await describeOffer(w, { kind: "hospitality" });
  await w.locator("form.offer button[type=submit]").click();
  await answerAll(w, { normalHospitality: "yes" });
  await outcomeOf(w);
  await w.locator("button", { hasText: "Add to my log" }).first().click();
  await w.locator("table.log").waitFor();
  assert.ok((await w.evaluate((el) => el.scrollWidth - el.clientWidth)) <= 1, "no sideways scroll at 320 px");
  assert.deepEqual(await axe(b.page), []);
  await shot(w, `${TAG}-log-320px`);
  await b.page.setViewportSize({ width: 1280, height: 720 });
  dropAxeNoise(b.log.problems);
});
