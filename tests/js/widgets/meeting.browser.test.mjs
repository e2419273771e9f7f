// <quorate-meeting>: the widget contract, and a secretary's path through every section
// with both presets. Every number the widget shows is compared with the engine's own
// answer to the same meeting, asked through page.evaluate (never a hard-coded answer).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { contract, downloadOf, openBrowser, shot } from "./contract.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../lib.mjs";

const TAG = "quorate-meeting";
const CLACKS = 'preset="clackmannanshire-2019"';
const row = (w, seat) => w.locator('[part="roster"] tbody tr', { hasText: seat });
const status = (w, seat) => row(w, seat).locator("select").first();
const item = (w, n) => w.locator('[part="item"]').nth(n - 1);
const vote = (w, n) => w.locator('[part="vote"]', { hasText: `Item ${n}:` });

async function fill(w) {
  for (const seat of ["Leader of the second main party", "Chief Executive", "NHS Forth Valley"]) await status(w, seat).selectOption("present");
  await status(w, "Scottish Enterprise").selectOption("apologies");
  await w.locator("button", { hasText: "Add a substitute for Scottish Enterprise" }).click();
  await w.locator('[part="roster"] input[type="text"]').first().fill("Dr A. Brown");
  await w.locator("button", { hasText: "Add an agenda item" }).click();
  await w.locator("#title-0").fill("Community grants");
}

async function read(w) {
  return w.evaluate((el) => ({
    statuses: [...el.shadowRoot.querySelectorAll('[part="roster"] select')].map((s) => s.value),
    texts: [...el.shadowRoot.querySelectorAll('input[type="text"], textarea')].map((i) => i.value),
    checks: [...el.shadowRoot.querySelectorAll('input[type="checkbox"], input[type="radio"]')].map((i) => i.checked),
    verdicts: [...el.shadowRoot.querySelectorAll(".verdict")].map((v) => v.textContent),
  }));
}

contract({
  tag: TAG,
  fill,
  read,
  ready: ".verdict",
  states: {
    "editing-seats": async (w) => {
      await w.locator("button", { hasText: "Change the seats" }).click();
    },
    "error-seat-name": async (w) => {
      if (!(await w.locator("#seat-name-0").count())) await w.locator("button", { hasText: "Change the seats" }).click();
      await w.locator("#seat-name-0").fill("");
      await w.locator(".error-summary").waitFor();
    },
  },
});

let b;
before(async () => {
  b = await openBrowser();
});
after(() => b?.close());

/** The engine itself, as the widget loaded it, called with an input the test builds. */
const engine = (fn, input) =>
  b.page.evaluate(async ([fn, input]) => (await globalThis[Symbol.for("quorate.engine")])[fn](input), [fn, input]);

/** The next quorate-result the widget fires. */
const nextResult = () => b.page.evaluate(() => new Promise((ok) => document.addEventListener("quorate-result", (e) => ok(e.detail), { once: true })));
const lastResult = async (w, act) => {
  const p = nextResult();
  await act();
  return p;
};

test("Clackmannanshire: a secretary's path through the seats, attendance, quorum, chair, agenda, votes and the minute", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS }, ".verdict");
  const membership = (await engine("preset", "clackmannanshire-2019")).membership;

  // Seats: add a council chief officer.
  await w.locator("button", { hasText: "Change the seats" }).click();
  await w.locator("#new-seat-name").fill("Director of Education");
  await w.locator("#new-seat-org").fill("Clackmannanshire Council");
  await w.locator("#new-seat-class").selectOption("core");
  await w.locator("button", { hasText: "Add the seat" }).click();
  assert.match(await w.locator(".banner").textContent(), /Added the seat Director of Education \(Clackmannanshire Council\)/);
  await shot(w, "meeting-seat-added");
  await w.locator("button", { hasText: "Finish changing the seats" }).click();

  // Attendance: the Chair sends apologies; Scottish Enterprise sends a substitute.
  const present = ["Leader of the second main party", "Leader of the third main party", "Chief Executive", "Director of Education", "CTSI"];
  for (const seat of present) await status(w, seat).selectOption("present");
  await status(w, "Leader of Clackmannanshire Council").selectOption("apologies");
  await status(w, "Scottish Enterprise").selectOption("apologies");
  await w.locator("button", { hasText: "Add a substitute for Scottish Enterprise" }).click();
  const result = await lastResult(w, () => w.locator('[part="roster"] input[type="text"]').first().fill("Dr A. Brown"));

  // Quorum, compared with the engine's answer to the same meeting.
  const seats = [...membership, { id: "seat-11", name: "Director of Education", organisation: "Clackmannanshire Council", class: "core" }];
  const statusOf = { "council-party-2": "present", "council-party-3": "present", "council-chief-executive": "present", "seat-11": "present", ctsi: "present", "council-leader": "apologies", "scottish-enterprise": "apologies" };
  const attendance = {
    members: seats.map((s) => ({ seat: s.id, status: statusOf[s.id] ?? "absent" })),
    substitutes: [{ name: "Dr A. Brown", forSeat: "scottish-enterprise", notifiedInAdvance: true }],
  };
  const base = { constitution: "clackmannanshire-2019", roster: { seats }, attendance };
  const quorum = await engine("checkQuorum", base);
  assert.equal(quorum.countingSeats, 9, "the added chief officer is a core seat");
  assert.deepEqual(result.quorum, quorum);
  assert.equal(await w.locator('[part="result"] .verdict').textContent(), quorum.quorate ? "Quorate" : "Not quorate");
  assert.equal(await w.locator('[part="result"] .summary').textContent(), quorum.summary);
  assert.match(await w.locator('[part="result"] .citations').textContent(), /clackmannanshire-2019 B2\.1/);

  // Chair: absent, so the members nominate; the substitute may not be nominated.
  const chair = await engine("checkChair", base);
  assert.equal(chair.chairedBy, null);
  const nominees = await w.locator('input[name="chair-nominee"]').evaluateAll((els) => els.map((e) => e.parentElement.textContent.trim()));
  assert.equal(nominees.length, chair.mayBeNominated.length);
  for (const p of chair.mayBeNominated) assert.ok(nominees.some((n) => n.startsWith(p.name)), `${p.name} may be nominated`);
  assert.ok(!nominees.some((n) => n.includes("Dr A. Brown")), "a substitute may not be nominated");
  assert.match(await w.locator(".not-eligible").textContent(), /Dr A\. Brown/);
  assert.match(await w.locator('[part="chair"] .citations').textContent(), /B1\.10/);
  // The succession, step by step, as the engine reports it.
  const tried = await w.locator('[part="chair"] .reasons', { hasText: "Who was tried, in order" }).locator("li").allTextContents();
  const reached = chair.succession.filter((s) => s.outcome !== "notReached");
  assert.equal(tried.length, reached.length);
  reached.forEach((s, i) => assert.ok(tried[i].startsWith(s.reason.text), `${tried[i]} is step ${i}: ${s.reason.text}`));
  await w.locator('[part="chair"] label', { hasText: "Leader of the second main party" }).locator("input").check();
  await shot(w.locator("section.part:has(#chair-title)"), "meeting-chair-nominated");

  // Agenda: a conflict that makes item 1 inquorate; three more items to vote on.
  const titles = ["Community grants <b>fund</b> & awards", "Local Outcomes Improvement Plan", "Budget", "Amend the Governance Framework"];
  for (const [i, title] of titles.entries()) {
    await w.locator("button", { hasText: "Add an agenda item" }).click();
    await w.locator(`#title-${i}`).fill(title);
  }
  await item(w, 1).locator("label", { hasText: "Chief Executive" }).locator("input").check();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "virtue-0-council-chief-executive");
  await b.page.keyboard.type("being a trustee of the Clackmannanshire Third Sector Interface");
  const items = titles.map((title, i) => ({ id: String(i + 1), title, conflicts: i === 0 ? ["council-chief-executive"] : [] }));
  const agenda = await engine("checkAgenda", { ...base, items });
  assert.deepEqual(agenda.inquorateItems, ["1"], "the conflict leaves item 1 inquorate");
  const first = item(w, 1).locator('[part="item-result"]');
  assert.equal(await first.locator(".verdict").textContent(), "Not quorate for this item");
  assert.equal(await first.locator(".summary").textContent(), agenda.items[0].summary);
  assert.match(await first.textContent(), /Withdraws: Chief Executive/);
  assert.equal(await item(w, 2).locator('[part="item-result"] .verdict').textContent(), "Quorate for this item");
  assert.match(await w.locator('[role="status"]').textContent(), /^Quorate\. Not quorate for item 1\.$/);
  await shot(item(w, 1), "meeting-agenda-inquorate-item");

  // Votes: the widget offers a radio group to each person the engine accepts.
  const castIn = async (n, choices) => {
    for (const [who, choice] of Object.entries(choices)) {
      await vote(w, n).locator("tr", { hasText: who }).locator("label", { hasText: choice }).locator("input").check();
    }
  };
  const voters2 = await vote(w, 2).locator("tbody th").allTextContents();
  assert.deepEqual(voters2, agenda.items[1].mayVote.map((p) => (p.substitute ? `${p.name} (substitute)` : p.name)));
  // Item 2 carried.
  await castIn(2, { "second main party": "For", "third main party": "For", "Chief Executive": "For", "Director of Education": "Against", "Dr A. Brown": "Against" });
  const ballot = (seat, v, by = "member") => ({ seat, by, vote: v });
  const carried = await engine("decideVote", {
    ...base,
    motion: { title: titles[1], rule: null, conflicts: [] },
    votes: [ballot("council-party-2", "for"), ballot("council-party-3", "for"), ballot("council-chief-executive", "for"), ballot("seat-11", "against"), ballot("scottish-enterprise", "against", "substitute")],
  });
  assert.equal(carried.outcome, "carried");
  const v2 = vote(w, 2).locator('[part="vote-result"]');
  assert.equal(await v2.locator(".verdict").textContent(), "Carried");
  assert.equal(await v2.locator(".summary").textContent(), carried.summary);
  assert.match(await v2.locator(".tally").textContent(), new RegExp(`For\\s*${carried.tally.for}\\s*Against\\s*${carried.tally.against}`));
  assert.match(await v2.locator(".tally").textContent(), new RegExp(`Votes for required\\s*${carried.required}`));
  // Item 3: a tie, decided by the Chair's casting vote.
  await castIn(3, { "second main party": "For", "third main party": "Against", "Chief Executive": "For", "Director of Education": "Against", "Dr A. Brown": "Abstain" });
  assert.equal(await vote(w, 3).locator(".verdict").textContent(), "Tied: the Chair's casting vote decides");
  await shot(vote(w, 3), "meeting-vote-tie");
  await vote(w, 3).locator(".casting label", { hasText: "For" }).locator("input").check();
  const tied = {
    ...base,
    motion: { title: titles[2], rule: null, conflicts: [] },
    votes: [ballot("council-party-2", "for"), ballot("council-party-3", "against"), ballot("council-chief-executive", "for"), ballot("seat-11", "against"), ballot("scottish-enterprise", "abstain", "substitute")],
  };
  assert.equal((await engine("decideVote", tied)).outcome, "tieAwaitingCastingVote");
  const cast = await engine("decideVote", { ...tied, castingVote: "for" });
  assert.equal(await vote(w, 3).locator('[part="vote-result"] .summary').textContent(), cast.summary);
  assert.equal(await vote(w, 3).locator('[part="vote-result"] .verdict').textContent(), cast.carried ? "Carried" : "Not carried");
  // Item 4: the B11.1 amendment, lost for want of two thirds of the whole membership.
  await vote(w, 4).locator('select[data-path$="motion.rule"]').selectOption("amendFramework");
  const voters4 = await vote(w, 4).locator("tbody th").allTextContents();
  assert.ok(voters4.includes("CTSI"), "other members vote on an amendment (B11.1)");
  for (const who of voters4) await vote(w, 4).locator("tr", { hasText: who }).locator("label", { hasText: "For" }).locator("input").check();
  const amendment = await engine("decideVote", {
    ...base,
    motion: { title: titles[3], rule: "amendFramework", conflicts: [] },
    votes: ["council-party-2", "council-party-3", "council-chief-executive", "seat-11", "ctsi"].map((s) => ballot(s, "for")).concat([ballot("scottish-enterprise", "for", "substitute")]),
  });
  assert.equal(amendment.carried, false);
  assert.ok(amendment.citations.includes("clackmannanshire-2019 B11.1"));
  const v4 = vote(w, 4).locator('[part="vote-result"]');
  assert.equal(await v4.locator(".verdict").textContent(), "Not carried");
  assert.equal(await v4.locator(".summary").textContent(), amendment.summary);
  assert.match(await v4.textContent(), new RegExp(`${amendment.moreNeeded} more needed`));
  assert.match(await v4.locator(".citations").textContent(), /B11\.1/);
  await shot(vote(w, 4), "meeting-vote-amendment-lost");
  await shot(vote(w, 2), "meeting-vote-carried");

  // The minute: the engine's, with the meeting's date.
  await w.locator("#meeting-day").fill("3");
  await w.locator("#meeting-month").fill("12");
  const final = await lastResult(w, () => w.locator("#meeting-year").fill("2026"));
  const minute = final.minute;
  assert.ok(minute, "the minute is drafted");
  for (const part of ["Present", "Substitutes", "Apologies", "Dr A. Brown, substitute for Scottish Enterprise", "clackmannanshire-2019 B2.1", "declared an interest in item 1", "Clackmannanshire Third Sector Interface", "clackmannanshire-2019 B11.1", "Thursday 3 December 2026"]) {
    assert.ok(minute.text.includes(part), `the minute's text has "${part}"`);
  }
  assert.equal(await w.locator(".minute-text").textContent(), minute.text);
  const shown = await w.locator('[part="minute"]').textContent();
  assert.ok(shown.includes(minute.quorum.text) && shown.includes(minute.chair.text));
  for (const d of minute.declarations) assert.ok(shown.includes(d.text));
  await shot(w.locator(".minute-part"), "meeting-minute");

  // Downloads: the text as the engine wrote it; the HTML standalone, escaped, with no script.
  const txt = await downloadOf(b.page, () => w.locator("button", { hasText: "Download the minute (.txt)" }).click(), { text: true });
  assert.match(txt.name, /\.txt$/);
  assert.equal(txt.body, minute.text);
  const page = await downloadOf(b.page, () => w.locator("button", { hasText: "Download the minute (.html)" }).click(), { text: true });
  assert.match(page.name, /\.html$/);
  assert.match(page.body, /^<!doctype html>\n<html lang="en-GB">[\s\S]*<style>[\s\S]*@media print[\s\S]*<\/html>\n$/);
  assert.ok(page.body.includes(`<title>${minute.heading.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</title>`));
  assert.doesNotMatch(page.body, /<script|onerror|onload|javascript:/i);
  assert.ok(page.body.includes("Community grants &lt;b&gt;fund&lt;/b&gt; &amp; awards"), "user text is escaped");
  assert.ok(page.body.includes(minute.quorum.text.replace(/&/g, "&amp;")));
  // (parsed without its stylesheet: a <style> parsed in this page would meet the page's CSP)
  const parsed = await b.page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text.replace(/<style>[^<]*<\/style>/, ""), "text/html");
    return { h1: doc.querySelector("h1")?.textContent, h2: [...doc.querySelectorAll("h2")].map((h) => h.textContent), body: doc.body.textContent };
  }, page.body);
  assert.equal(parsed.h1, minute.heading);
  assert.ok(parsed.h2.includes("Present") && parsed.h2.includes("Substitutes") && parsed.h2.includes("Quorum"));
  for (const d of minute.declarations) assert.ok(parsed.body.includes(d.text));

  // Copy: the clipboard gets the text and the widget says so; without a clipboard, the text is selected.
  await b.page.evaluate(() => {
    window.__copied = null;
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async (t) => void (window.__copied = t) } });
  });
  await w.locator("button", { hasText: "Copy the minute" }).click();
  await w.locator(".copied", { hasText: "has been copied" }).waitFor();
  assert.equal(await b.page.evaluate(() => window.__copied), minute.text);
  await b.page.evaluate(() => Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async () => { throw new Error("denied"); } } }));
  await w.locator("button", { hasText: "Copy the minute" }).click();
  await w.locator(".copied", { hasText: "is selected below" }).waitFor();
  // (a selection's text drops the final newline)
  assert.equal(await b.page.evaluate(() => String(document.getSelection())), minute.text.trimEnd());

  // Print: window.print() with only the minute showing.
  await b.page.evaluate(() => {
    window.__printed = null;
    window.print = () => {
      const host = document.querySelector("quorate-meeting");
      window.__printed = host.hasAttribute("printing");
    };
  });
  await w.locator("button", { hasText: "Print the minute" }).click();
  assert.equal(await b.page.evaluate(() => window.__printed), true, "the widget marks itself for printing the minute");
  await b.page.emulateMedia({ media: "print" });
  await w.evaluate((el) => el.setAttribute("printing", ""));
  assert.ok(await w.locator('[part="minute"]').isVisible());
  assert.ok(!(await w.locator("#agenda-title").isVisible()), "the agenda does not print");
  assert.ok(!(await w.locator(".title").isVisible()), "nor the widget's heading");
  await shot(w, "meeting-print");
  await w.evaluate((el) => el.removeAttribute("printing"));
  await b.page.emulateMedia({ media: "screen" });
  assert.deepEqual(b.log.problems.splice(0), []);
});

test("Clackmannanshire: removing a seat says what was removed and asks nothing; reset brings the membership back", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS }, ".verdict");
  await w.locator("button", { hasText: "Change the seats" }).click();
  await w.locator("#seat-name-3").fill("Chief Executive, Nikki Bridle");
  await w.locator("button", { hasText: "Remove seat Clacks Business" }).click();
  assert.match(await w.locator(".banner").textContent(), /Removed the seat Clacks Business \(Clacks Business\)\./);
  assert.equal(await w.locator('[part="roster"] tbody tr').count(), 9);
  await w.locator("#seat-name-0").fill("");
  assert.match(await w.locator(".error-summary").textContent(), /Enter the name of seat 1/);
  await shot(w, "meeting-seat-error");
  await w.locator(".error-summary button").first().click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "seat-name-0");
  await w.locator("#seat-name-0").fill("Councillor Ellen Forson");
  await w.locator("#seat-class-8").selectOption("nonVoting");
  const r = await lastResult(w, () => status(w, "Councillor Ellen Forson").selectOption("present"));
  const membership = (await engine("preset", "clackmannanshire-2019")).membership;
  assert.equal(r.quorum.countingSeats, membership.filter((s) => s.class === "core").length);
  assert.match(await w.locator('[part="roster"]').textContent(), /CTSI · Non-voting attendee/);
  await w.locator("button", { hasText: "Reset to the constitution's membership" }).click();
  assert.match(await w.locator(".banner").textContent(), /membership again/);
  assert.equal(await w.locator('[part="roster"] tbody tr').count(), membership.length);
  assert.equal(await status(w, "Leader of Clackmannanshire Council").inputValue(), "present", "attendance of seats kept stays");
});

test("Inverclyde: the Vice Chair stands in, the votes section gives the engine's words on consensus, and the minute is drafted", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="inverclyde-mou"' }, ".verdict");
  const membership = (await engine("preset", "inverclyde-mou")).membership;
  for (const seat of ["Inverclyde Council (place 2)", "Greater Glasgow and Clyde NHS", "West College Scotland", "Police Scotland"]) await status(w, seat).selectOption("present");
  await status(w, "Inverclyde Council (place 1)").selectOption("apologies");
  await status(w, "Scottish Enterprise").selectOption("apologies");
  await w.locator("button", { hasText: "Add a substitute for Scottish Enterprise" }).click();
  await w.locator('[part="roster"] input[type="text"]').first().fill("Ms C. Dunn");
  await w.locator("button", { hasText: "Add an agenda item" }).click();
  const result = await lastResult(w, () => w.locator("#title-0").fill("Community Safety Partnership"));
  const statusOf = { "inverclyde-council-2": "present", "nhs-ggc": "present", "west-college": "present", "police-scotland": "present", "inverclyde-council-1": "apologies", "scottish-enterprise": "apologies" };
  const base = {
    constitution: "inverclyde-mou",
    attendance: { members: membership.map((s) => ({ seat: s.id, status: statusOf[s.id] ?? "absent" })), substitutes: [{ name: "Ms C. Dunn", forSeat: "scottish-enterprise", notifiedInAdvance: true }] },
  };
  const quorum = await engine("checkQuorum", base);
  assert.equal(quorum.status, "noQuorumRule");
  assert.deepEqual(result.quorum, quorum);
  assert.equal(await w.locator('[part="result"] .verdict').textContent(), "No quorum rule");
  const chair = await engine("checkChair", base);
  assert.equal(await w.locator('[part="chair"] .verdict').textContent(), `Chaired by ${chair.chairedBy.name}`);
  const consensus = await engine("decideVote", { ...base, motion: {}, votes: [] });
  assert.equal(consensus.outcome, "noVotingRule");
  assert.equal(await w.locator('[part="vote-result"] .summary').textContent(), consensus.summary);
  assert.equal(await w.locator('[part="vote"]').count(), 0, "no vote is offered");
  assert.equal(await w.locator('#votes-title + * input[type="radio"]').count(), 0);
  assert.ok(result.minute);
  const minute = await engine("draftMinute", { ...base, meeting: { chairedBy: null, date: null, time: null, place: null }, items: [{ id: "1", title: "Community Safety Partnership", declarations: [], decision: null, vote: null }] });
  assert.equal(result.minute.text, minute.text);
  assert.ok(minute.text.includes("Ms C. Dunn, substitute for Scottish Enterprise"));
  assert.equal(await w.locator(".minute-text").textContent(), minute.text);
  await shot(w, "meeting-inverclyde");
  await shot(w.locator("section.part:has(#votes-title)"), "meeting-inverclyde-consensus");
});

test("keyboard only: attendance, an agenda item and a vote", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS }, ".verdict");
  const active = () => b.page.evaluate(() => {
    const el = document.activeElement?.shadowRoot?.activeElement;
    return el ? { id: el.id, path: el.dataset.path ?? "", text: el.textContent.trim(), name: el.name ?? "" } : null;
  });
  const tabTo = async (test, limit = 200) => {
    for (let i = 0; i < limit; i++) {
      await b.page.keyboard.press("Tab");
      const a = await active();
      if (a && test(a)) return a;
    }
    throw new Error("never reached");
  };
  await b.page.locator("h1").click();
  // The first five core seats present (the first option is Present: Home selects it).
  for (let i = 0; i < 5; i++) {
    await tabTo((a) => a.path === `attendance.members[${i}].status`);
    await b.page.keyboard.press("Home");
  }
  assert.equal(await w.locator('[part="result"] .verdict').textContent(), "Quorate");
  await tabTo((a) => a.id === "add-item");
  await b.page.keyboard.press("Enter");
  assert.equal((await active()).id, "title-0");
  await b.page.keyboard.type("Community grants");
  // The first voter: Tab into the radio group (on "Not voting"), arrows choose.
  await tabTo((a) => a.name === "vote-0-0");
  await b.page.keyboard.press("ArrowRight");
  assert.match(await w.locator('[part="vote-result"] .tally').textContent(), /For\s*1/);
  await tabTo((a) => a.name === "vote-0-1");
  await b.page.keyboard.press("ArrowRight");
  await b.page.keyboard.press("ArrowRight");
  assert.match(await w.locator('[part="vote-result"] .tally').textContent(), /For\s*1\s*Against\s*1/);
  await shot(w, "meeting-keyboard");
});

test("a community council's motions: moved and seconded (12.1) before they are put, and a roll call when three members ask (14.3), listed in the minute in the order of the sederunt; the ex officio councillor in attendance", async () => {
  const scenario = JSON.parse(readFileSync(join(ROOT, "tests/scenarios/meeting/decideVote-motions.json"), "utf8"));
  const cc = scenario.cases[0].input.constitution;
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: "" }, ".panel");
  await w.evaluate((el, c) => {
    el.constitution = c;
  }, cc);
  await w.locator('[part="roster"] tbody tr', { hasText: "Anne Chalmers" }).waitFor();
  for (const s of cc.membership) await status(w, s.name).selectOption("present");
  await w.locator("button", { hasText: "Add an agenda item" }).click();
  await w.locator("#title-0").fill("Planning application 26/00123/FUL");
  const v = vote(w, 1);
  const attendance = { members: cc.membership.map((s) => ({ seat: s.id, status: "present" })), substitutes: [] };
  const base = { constitution: cc, roster: null, attendance };
  const motion = (extra) => ({ title: "Planning application 26/00123/FUL", rule: null, conflicts: [], ...extra });
  // Not moved: not put, and no vote is offered.
  const notPut = await engine("decideVote", { ...base, motion: motion({}), votes: [] });
  assert.equal(notPut.outcome, "notPut");
  assert.equal(await v.locator(".verdict").textContent(), "Not put to the vote");
  assert.equal(await v.locator('[part="vote-result"] .summary').textContent(), notPut.summary);
  assert.equal(await v.locator("table.votes").count(), 0);
  // Only those who may move are offered: the ex officio councillor is not.
  const offered = (await v.locator("#mover-0 option").allTextContents()).slice(1);
  assert.deepEqual(offered, notPut.mayMove.map((p) => p.name));
  assert.ok(!offered.includes("Councillor Hamish Grant"));
  await shot(v, "meeting-motion-not-put");
  await v.locator("#mover-0").selectOption({ label: "Catriona Ross" });
  await v.locator("#seconder-0").selectOption({ label: "Donald MacLeod" });
  for (const who of ["Catriona Ross", "Euan Stewart", "Fiona Kerr"]) await v.locator(".roll-call-request label", { hasText: who }).locator("input").check();
  const choices = { "Anne Chalmers": "For", "Brian Dewar": "For", "Catriona Ross": "Against", "Donald MacLeod": "For", "Euan Stewart": "Abstain" };
  for (const [who, c] of Object.entries(choices)) await v.locator("table.votes tr", { hasText: who }).locator("label", { hasText: c }).locator("input").check();
  const result = await lastResult(w, () => v.locator("table.votes tr", { hasText: "Fiona Kerr" }).locator("label", { hasText: "Against" }).locator("input").check());
  const ballots = [["e1", "for"], ["e2", "for"], ["e3", "against"], ["e4", "for"], ["e5", "abstain"], ["e6", "against"]].map(([seat, vote]) => ({ seat, by: "member", vote }));
  const people = { mover: { seat: "e3", by: "member" }, seconder: { seat: "e4", by: "member" }, rollCallRequestedBy: ["e3", "e5", "e6"] };
  const decided = await engine("decideVote", { ...base, motion: motion(people), votes: ballots });
  assert.equal(decided.outcome, "carried");
  assert.deepEqual(result.votes[0], decided);
  assert.equal(await v.locator('[part="vote-result"] .summary').textContent(), decided.summary);
  assert.equal((await v.locator(".moved").textContent()).replace(/\s+/g, " "), "Moved by Catriona Ross, seconded by Donald MacLeod.");
  const roll = await v.locator('[part="roll-call"] tbody tr').allTextContents();
  const words = { for: "For", against: "Against", abstained: "Abstained", didNotVote: "Did not vote" };
  assert.deepEqual(roll.map((t) => t.replace(/\s+/g, "")), decided.rollCall.map((e) => `${e.person.name}${words[e.vote]}`.replace(/\s+/g, "")));
  assert.equal(decided.rollCall.at(-1).vote, "didNotVote");
  await shot(v, "meeting-motion-roll-call");
  // The minute: the engine's, naming the mover and seconder and listing the roll call.
  const minute = result.minute;
  const item = minute.items[0];
  assert.ok(minute.text.includes(item.vote.moved.text) && minute.text.includes(item.vote.rollCallText.text));
  assert.match(item.vote.rollCallText.text, /^On a roll call vote, the votes were cast as follows: for the motion \(3\): Anne Chalmers, Brian Dewar and Donald MacLeod;/);
  assert.deepEqual(minute.sederunt.inAttendance.map((e) => e.name), ["Councillor Hamish Grant"]);
  assert.ok(!minute.sederunt.present.some((e) => e.name === "Councillor Hamish Grant"));
  assert.equal(await w.locator(".minute-text").textContent(), minute.text);
  await shot(w.locator(".minute-part"), "meeting-minute-roll-call");
});
