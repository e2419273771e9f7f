// <quorate-attendance>, the attendance register: the widget contract, and a secretary's
// path through it. Every answer is compared with the engine's own report, computed in
// Node from the register the widget exports: nothing here is a hard-coded answer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { contract, openBrowser, downloadOf, shot, axe, dropAxeNoise, tabStops } from "./contract.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPackage, ROOT } from "../lib.mjs";

const TAG = "quorate-attendance";
const CLACKS = 'preset="clackmannanshire-2019"';
const INVERCLYDE = 'preset="inverclyde-mou"';

/** Add a meeting through the date input (day, month as typed, year). */
async function addMeeting(w, day, month, year) {
  await w.locator("#adding-day").fill(String(day));
  await w.locator("#adding-month").fill(String(month));
  await w.locator("#adding-year").fill(String(year));
  await w.locator("button", { hasText: /^Add meeting$/ }).click();
}

/** The status select of a seat at a meeting, found by its accessible name. */
const cell = (w, seat, date) => w.getByRole("combobox", { name: `${seat}, ${date}`, exact: true });

async function fill(w) {
  await addMeeting(w, 5, 3, 2026);
  await addMeeting(w, 11, "June", 2026);
  await addMeeting(w, 10, "sep", 2026);
  await addMeeting(w, 3, 12, 2026);
  const seats = w.locator("summary", { hasText: "Change the seats" });
  if (!(await w.locator("details.seats").evaluate((d) => d.open))) await seats.click();
  await w.locator("button", { hasText: "Add a seat" }).click();
  await w.locator("#seat-name-10").fill("Head of Partnership, Council");
  await w.locator("#seat-org-10").fill("Clackmannanshire Council");
  await cell(w, "Police Scotland", "Thursday 11 June 2026").selectOption("absent");
  await cell(w, "Police Scotland", "Thursday 10 September 2026").selectOption("absent");
  await cell(w, "NHS Forth Valley", "Thursday 5 March 2026").selectOption("absent");
  await cell(w, "NHS Forth Valley", "Thursday 11 June 2026").selectOption("apologies");
  await cell(w, "NHS Forth Valley", "Thursday 10 September 2026").selectOption("absent");
}

async function read(w) {
  return w.evaluate((el) => {
    const r = el.shadowRoot;
    return {
      dates: [...r.querySelectorAll(".register thead th[scope=col] span[id]")].map((s) => s.textContent.trim()),
      statuses: [...r.querySelectorAll(".register select")].map((s) => s.value),
      seats: [...r.querySelectorAll(".seats-table input[type=text]")].map((i) => i.value),
      body: r.querySelector("#body")?.value,
      verdict: r.querySelector(".verdict")?.textContent,
    };
  });
}

const reachError = async (w) => {
  await addMeeting(w, 30, 2, 2026);
  await w.locator(".error-summary").waitFor();
};

contract({ tag: TAG, fill, read, states: { "date-error": reachError } });

// --- A secretary's path ------------------------------------------------------------

let b;
let engine;
before(async () => {
  engine = await loadPackage();
  b = await openBrowser();
});
after(() => b?.close());

/** The widget's register, as its JSON export holds it. */
async function exported(w) {
  const file = await downloadOf(b.page, () => w.locator("button", { hasText: "Export register (JSON)" }).click());
  return file.body;
}

/** The engine's report on that register, computed in Node (as the widget should ask for it). */
function engineReport(envelope) {
  const d = envelope.data;
  const end = (p) => {
    if (!p.day || !p.month || !p.year) return null;
    const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    const m = /^\d+$/.test(p.month) ? Number(p.month) : months.indexOf(p.month.toLowerCase().slice(0, 3)) + 1;
    return `${p.year}-${String(m).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  };
  const holders = (d.holders ?? []).map((h) => ({ seat: h.seat, name: h.name, joined: end(h.joined), left: end(h.left) }));
  // A seat named by holders is held at a meeting only when one of them covers its date.
  const held = (s, date) => {
    const mine = holders.filter((h) => h.seat === s.id);
    return mine.length ? mine.some((h) => (h.joined ?? "") <= date && date <= (h.left ?? "9999")) : !s.vacant;
  };
  return engine.attendanceReport({
    constitution: envelope.constitution,
    body: d.body,
    roster: { seats: d.seats },
    holders,
    meetings: d.meetings.map((m) => ({
      date: m.date,
      attendance: { members: d.seats.filter((s) => held(s, m.date)).map((s) => ({ seat: s.id, status: m.statuses[s.id] })), substitutes: [] },
      unattributedSubstitutes: (m.unattributed ?? []).map((u) => ({ name: u.name, organisation: u.organisation.trim() || null })),
    })),
    from: end(d.from),
    to: end(d.to),
  });
}

const texts = (locator) => locator.evaluateAll((els) => els.map((e) => e.textContent.replace(/\s+/g, " ").trim()));
const norm = (t) => t.replace(/\s+/g, " ").trim();
/** How the page shows a reason: its text, then its clauses in brackets. */
const shown = (r) => norm(`${r.text} ${r.cite.length ? `(${r.cite.join(", ")})` : ""}`);

test("four meetings: absent twice running without apologies is flagged (never expelled); apologies in between is not", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS });
  await shot(w, `${TAG}-path-empty`);
  const event = b.page.evaluate(() => new Promise((ok) => document.addEventListener("quorate-result", (e) => ok(e.detail), { once: true })));
  await addMeeting(w, 5, 3, 2026);
  assert.ok((await event).citations.length > 0, "the event carries the report with its clauses");
  await addMeeting(w, 11, 6, 2026);
  await addMeeting(w, 10, 9, 2026);
  await addMeeting(w, 3, 12, 2026);
  assert.equal(await w.locator(".banner p").textContent(), "Added the meeting on Thursday 3 December 2026, with everyone present: change those who were not.");
  await cell(w, "Police Scotland", "Thursday 11 June 2026").selectOption("absent");
  await cell(w, "Police Scotland", "Thursday 10 September 2026").selectOption("absent");
  await cell(w, "NHS Forth Valley", "Thursday 5 March 2026").selectOption("absent");
  await cell(w, "NHS Forth Valley", "Thursday 11 June 2026").selectOption("apologies");
  await cell(w, "NHS Forth Valley", "Thursday 10 September 2026").selectOption("absent");

  const report = engineReport(await exported(w));
  const flagged = report.seats.filter((s) => s.flagged).map((s) => s.member.seat);
  assert.deepEqual(flagged, ["police-scotland"], "the engine flags Police Scotland and not NHS Forth Valley");
  assert.deepEqual(await texts(w.locator(".flags li")), report.flags.map((f) => shown(f.reason)));
  assert.match(await w.locator(".flag-rule").textContent(), /Flagged, never expelled: a member flagged here may be expelled by a resolution passed by majority vote/);
  assert.match(await w.locator(".flag-rule").textContent(), /clackmannanshire-2019 B1\.6/);
  const rowTags = await texts(w.locator(".register tbody th .tag"));
  assert.equal(rowTags.length, flagged.length, "the flagged row is marked in the register");
  assert.match(await w.locator(".register tbody tr", { hasText: "Police Scotland" }).textContent(), /Flagged/);
  assert.doesNotMatch(await w.locator(".register tbody tr", { hasText: "NHS Forth Valley" }).textContent(), /Flagged/);
  assert.equal(norm(await w.locator(".summary").textContent()), report.summary);
  assert.equal(norm(await w.locator(".citations").textContent()), `Clauses used: ${report.citations.join("; ")}`);
  assert.match(await w.locator('[role="status"]').textContent(), new RegExp(`^1 member flagged\\. ${report.summary.replace(/[.()]/g, "\\$&")}`));
  // Each seat's summary shows the engine's counts.
  await w.locator("summary", { hasText: "Each seat's attendance" }).click();
  const police = report.seats.find((s) => s.member.seat === "police-scotland");
  const row = await texts(w.locator(".summary-table tr", { hasText: "Police Scotland" }).locator("td"));
  assert.deepEqual(row.slice(0, 5), [police.present, police.representedBySubstitute, police.apologies, police.reasonableExcuse, police.absent].map(String));
  await shot(w, `${TAG}-path-flagged`);
  // The print view: the flags and breaches, none of the form.
  await b.page.emulateMedia({ media: "print" });
  assert.equal(await w.locator(".register").isVisible(), false, "the register table is not printed");
  assert.equal(await w.locator("#adding-day").isVisible(), false, "the form is not printed");
  assert.ok(await w.locator(".flags").isVisible(), "the flags are printed");
  assert.ok(await w.locator(".checks").isVisible(), "the cadence checks are printed");
  await shot(w, `${TAG}-print`);
  await b.page.emulateMedia({ media: "screen" });
});

test("no meeting in a quarter is a breach of B3.1, explained with its clause", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS });
  await addMeeting(w, 5, "March", 2026);
  await addMeeting(w, 11, "Jun", 2026);
  await addMeeting(w, 10, "Sept", 2026);
  await addMeeting(w, 3, 12, 2026);
  await w.locator("button", { hasText: "Remove the meeting on Thursday 10 September 2026" }).click();
  assert.deepEqual((await read(w)).dates, ["Thu 5 Mar 2026", "Thu 11 Jun 2026", "Thu 3 Dec 2026"]);
  const report = engineReport(await exported(w));
  const breaches = report.cadence.flatMap((c) => c.breaches);
  assert.ok(breaches.length > 0, "the engine finds a breach");
  assert.ok(breaches.some((x) => x.from === "2026-07-01" && x.reason.cite.includes("clackmannanshire-2019 B3.1")));
  assert.deepEqual(await texts(w.locator(".breach")), breaches.map((x) => shown(x.reason)));
  assert.deepEqual(await texts(w.locator(".checks > li > .tag")), report.cadence.map((c) => (c.met === true ? "Met" : c.met === false ? "Not met" : "Cannot be judged")));
  assert.match(await w.locator(".verdict").textContent(), /1 meeting frequency breach/);
  await shot(w, `${TAG}-path-breach`);

  // A sub-group's rule: four times a year (D3.8), judged over the whole year given.
  await w.locator("#body").selectOption("statutory-partnership-group");
  await w.locator("summary", { hasText: "Check the meeting frequency over a set period" }).click();
  for (const [id, v] of Object.entries({ "from-day": "1", "from-month": "1", "from-year": "2026", "to-day": "31", "to-month": "December", "to-year": "2026" })) {
    await w.locator(`#${id}`).fill(v);
  }
  const sub = engineReport(await exported(w));
  assert.equal(sub.body, "Statutory Partnership Group");
  assert.deepEqual(await texts(w.locator(".breach")), sub.cadence.flatMap((c) => c.breaches).map((x) => shown(x.reason)));
  assert.ok(sub.citations.includes("clackmannanshire-2019 D3.8"));
  assert.match(await w.locator(".citations").textContent(), /clackmannanshire-2019 D3\.8/);
  assert.match(await w.locator(".weekday").nth(2).textContent(), /Thursday 31 December 2026/);
});

test("Inverclyde: the Alliance Board meets at least quarterly (7.1), and no absence rule means nobody is flagged", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: INVERCLYDE });
  assert.match(await w.locator("#body option:checked").textContent(), /Inverclyde Alliance Board/);
  await addMeeting(w, 15, "January", 2026);
  await addMeeting(w, 20, "Feb", 2026);
  await addMeeting(w, 20, "August", 2026);
  await cell(w, "Police Scotland", "Thursday 20 August 2026").selectOption("absent");
  await cell(w, "Police Scotland", "Friday 20 February 2026").selectOption("absent");
  const report = engineReport(await exported(w));
  assert.deepEqual(report.flags, []);
  assert.equal(await w.locator(".flags").count(), 0);
  assert.match(await w.locator(".no-flags").textContent(), /no rule on repeated absence/);
  const breaches = report.cadence.flatMap((c) => c.breaches);
  assert.ok(breaches.length > 0 && breaches.every((x) => x.reason.cite.includes("inverclyde-mou 7.1")));
  assert.deepEqual(await texts(w.locator(".breach")), breaches.map((x) => shown(x.reason)));
  assert.deepEqual(await texts(w.locator(".notes li")), report.notes.map(shown));
  await shot(w, `${TAG}-inverclyde`);
});

test("a date that is not real, or already in the register, is refused in the error summary", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS });
  await addMeeting(w, 29, 2, 2026);
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.match(await summary.textContent(), /The date of the meeting must be a real date/);
  assert.equal(await b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className), "error-summary");
  await summary.locator("button").click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "adding-day");
  assert.equal(await w.locator("#adding-day").getAttribute("aria-invalid"), "true");
  await w.locator("#adding-month").fill("");
  await w.locator("button", { hasText: /^Add meeting$/ }).click();
  assert.match(await summary.textContent(), /must include a month/);
  await summary.locator("button").click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "adding-month");
  await addMeeting(w, 5, 3, 2026);
  await addMeeting(w, "05", "mar", 2026);
  assert.match(await summary.textContent(), /There is already a meeting on Thursday 5 March 2026/);
  assert.equal((await read(w)).dates.length, 1);
  await shot(w, `${TAG}-date-error`);
});

// --- Membership over time ----------------------------------------------------------

/** Add a member's time in a seat through the "joined or left part way" section. */
async function addHolder(w, seatName, name, joined, left) {
  const section = w.locator("details.holders");
  if (!(await section.evaluate((d) => d.open))) await section.locator("summary").click();
  await w.locator("#add-holder").click();
  const i = (await w.locator("fieldset.holder").count()) - 1;
  await w.locator(`#holder-seat-${i}`).selectOption({ label: seatName });
  await w.locator(`#holder-name-${i}`).fill(name);
  for (const [end, date] of [
    ["joined", joined],
    ["left", left],
  ]) {
    if (!date) continue;
    const [d, m, y] = date;
    await w.locator(`#holder-${end}-${i}-day`).fill(String(d));
    await w.locator(`#holder-${end}-${i}-month`).fill(String(m));
    await w.locator(`#holder-${end}-${i}-year`).fill(String(y));
  }
  return i;
}

test("members who joined or left part way: 'not a member' and 'vacant' cells, never absences; a substitute listed without whom they replace is reported as such", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS });
  for (const [d, m] of [
    [5, 3],
    [11, 6],
    [10, 9],
    [3, 12],
  ]) {
    await addMeeting(w, d, m, 2026);
  }
  // B1.7: Police Scotland withdrew one officer's nomination in June and nominated another from October.
  await addHolder(w, "Police Scotland", "Ch Supt A Reid", null, [30, 6, 2026]);
  await addHolder(w, "Police Scotland", "Ch Supt M Kerr", [1, 10, 2026], null);
  // B1.3: a member appointed part way.
  await addHolder(w, "Leader of the third main party", "Cllr R Brown", [19, "May", 2026], null);
  const row = (seat) => w.locator(".register tbody tr", { hasText: seat });
  assert.deepEqual(await texts(row("Police Scotland").locator("td .empty-cell")), ["Vacant: Police Scotland, Thursday 10 September 2026"]);
  assert.deepEqual(await texts(row("Leader of the third main party").locator("td .empty-cell")), [
    "Not a member: Leader of the third main party, Thursday 5 March 2026",
  ]);
  assert.equal(await cell(w, "Police Scotland", "Thursday 10 September 2026").count(), 0, "a vacant cell has no status to choose");
  assert.match(await row("Police Scotland").locator("th").textContent(), /Ch Supt A Reid, left 30 June 2026\s*Ch Supt M Kerr, joined 1 October 2026/);
  assert.deepEqual((await texts(w.locator(".legend dt"))).slice(0, 3), ["Not a member", "Vacant", "Absent"], "the key names each kind of cell");
  assert.match((await texts(w.locator(".legend dd")))[0], /^a meeting before the member joined: never counted as an absence/);
  assert.equal(await w.locator(".register table").getAttribute("aria-describedby"), "register-legend");

  // Absent either side of the vacancy: two members, one absence each, nobody flagged.
  await cell(w, "Police Scotland", "Thursday 11 June 2026").selectOption("absent");
  await cell(w, "Police Scotland", "Thursday 3 December 2026").selectOption("absent");
  // NHS Forth Valley absent twice running, with a substitute in September whose member the minute does not name.
  await cell(w, "NHS Forth Valley", "Thursday 11 June 2026").selectOption("absent");
  await cell(w, "NHS Forth Valley", "Thursday 10 September 2026").selectOption("absent");
  await w.locator("details.subs summary").click();
  await w.locator("button", { hasText: "Add a substitute on Thursday 10 September 2026" }).click();
  await w.locator("#sub-name-2-0").fill("Dr J Bloggs");
  await w.locator("#sub-org-2-0").fill("NHS Forth Valley");

  const envelope = await exported(w);
  assert.equal(envelope.schemaVersion, 2);
  const report = engineReport(envelope);
  assert.deepEqual(report.flags, [], "nobody is flagged: the engine agrees");
  assert.equal(report.cannotTell.length, 1);
  assert.equal(await w.locator(".flags").count(), 0);
  assert.deepEqual(await texts(w.locator(".cannot-tell li")), report.cannotTell.map((f) => shown(f.reason)));
  assert.deepEqual(await texts(w.locator(".unattributed-list li")), report.unattributedSubstitutes.map((u) => shown(u.reason)));
  assert.match(await w.locator(".unattributed-list li").first().textContent(), /substitute, member replaced not recorded/);
  assert.deepEqual(await texts(w.locator(".register tfoot td .sub-name")), ["Dr J Bloggs, NHS Forth Valley (sub)"]);
  assert.ok(await w.locator("details.members-details").evaluate((d) => d.open), "each member's attendance is open when someone joined or left");
  const members = await texts(w.locator(".members li"));
  assert.equal(members.length, report.members.length);
  report.members.forEach((m, i) => {
    assert.ok(members[i].startsWith(m.name) && members[i].endsWith(`: ${m.summary}`), `${members[i]} shows ${m.name}'s totals`);
  });
  assert.ok(members.includes("Cllr R Brown (Leader of the third main party): Attended 3 of the 3 meetings held while a member; not a member at 1 (joined 2026-05-19)."));
  assert.ok(members.includes("NHS Forth Valley: Attended 2 of the 4 meetings held while a member; absent without apologies at 2."), "a member named by the seat is not repeated");
  assert.match(await w.locator(".verdict").textContent(), /1 absence run the register cannot judge/);
  assert.equal(norm(await w.locator(".summary").textContent()), report.summary);
  assert.equal(norm(await w.locator(".citations").textContent()), `Clauses used: ${report.citations.join("; ")}`);
  await shot(w, `${TAG}-membership`);
  assert.deepEqual(await axe(b.page), []);
  dropAxeNoise(b.log.problems);

  // Left before joining: the engine's error, in the form's words, focuses the field.
  await w.locator("#holder-joined-0-day").fill("1");
  await w.locator("#holder-joined-0-month").fill("7");
  await w.locator("#holder-joined-0-year").fill("2026");
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  assert.deepEqual(await texts(summary.locator("li")), ["Member 1 (Ch Supt A Reid): left on 2026-06-30, before joining on 2026-07-01: the day left is on or after the day joined"]);
  await summary.locator("button").first().click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.dataset.path), "holders[0].left.day", "the first field of the date at fault");
  await shot(w, `${TAG}-membership-error`);
});

test("a register saved by schema version 1 (before holders) opens, with everyone a member throughout", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS });
  const saved = readFileSync(join(ROOT, "tests/fixtures/widgets/attendance-v1-export.json"), "utf8");
  await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name: "attendance-v1.json", mimeType: "application/json", buffer: Buffer.from(saved) });
  await w.locator(".banner", { hasText: "Imported attendance-v1.json" }).waitFor();
  const out = await exported(w);
  assert.equal(out.schemaVersion, 2);
  assert.deepEqual(out.data.holders, []);
  assert.ok(out.data.meetings.every((m) => Array.isArray(m.unattributed) && m.unattributed.length === 0));
  const report = engineReport(out);
  assert.deepEqual(report.flags.map((f) => f.member.seat), ["police-scotland"]);
  assert.deepEqual(await texts(w.locator(".flags li")), report.flags.map((f) => shown(f.reason)));
  assert.equal(await w.locator(".legend").count(), 0, "no key when every seat is held throughout");
});

// --- CSV ---------------------------------------------------------------------------

const HOSTILE = [
  'Smith, "Jo" & Partners',
  "Line one\nLine two",
  '=HYPERLINK("http://evil.example","click")',
  "+44 1259 450000",
  "-minus",
  "@mention",
  "'=already quoted",
  "\tTabbed",
  "Fiona O'Neil",
];

/** A JSON export of a register whose seats have hostile names (newlines cannot be typed into a text field). */
function hostileEnvelope(base) {
  const data = structuredClone(base.data);
  data.seats = data.seats.map((s, i) => ({ ...s, name: HOSTILE[i % HOSTILE.length], organisation: i === 2 ? "=1+1" : s.organisation }));
  return { ...base, data };
}

test("CSV: export → import is lossless for hostile names (commas, quotes, newlines, formulas), and spreadsheet-safe", async () => {
  await b.blank();
  let w = await b.show({ tag: TAG, attrs: CLACKS });
  await fill(w);
  const envelope = hostileEnvelope(await exported(w));
  await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(envelope)) });
  await w.locator(".banner", { hasText: "Imported hostile.json" }).waitFor();
  const before = await read(w);
  const first = await downloadOf(b.page, () => w.locator("button", { hasText: "Export the register (CSV)" }).click(), { text: true });
  assert.match(first.name, /\.csv$/);
  const csv = first.body;
  assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`), "a formula is guarded and quoted");
  assert.ok(csv.includes(`"Smith, ""Jo"" & Partners"`), "commas and quotes are quoted (RFC 4180)");
  assert.ok(csv.includes(`"Line one\nLine two"`), "a newline stays inside its quoted cell");
  assert.ok(csv.includes(",'+44 1259 450000,") && csv.includes(",'-minus,") && csv.includes(",'@mention,") && csv.includes(",''=already quoted,"));
  assert.ok(csv.includes(",'=1+1,"), "the organisation is guarded too");
  for (const line of csv.replace(/^\ufeff/, "").split("\r\n")) assert.doesNotMatch(line, /^[=+\-@\t]|,[=+\-@\t]/, `no cell starts a formula: ${line}`);
  assert.match(csv, /^\ufeffid,name,organisation,class,role,vacant,2026-03-05,2026-06-11,2026-09-10,2026-12-03\r\n/);

  await w.locator("button", { hasText: "Clear my answers" }).click();
  await b.blank();
  w = await b.show({ tag: TAG, attrs: CLACKS });
  assert.equal((await read(w)).statuses.length, 0, "a fresh register");
  await w.locator('input[type="file"][data-path="csv"]').setInputFiles({ name: first.name, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await w.locator(".banner", { hasText: `Imported ${first.name}: 11 seats, 4 meetings.` }).waitFor();
  assert.deepEqual((await read(w)).statuses, before.statuses);
  assert.deepEqual((await read(w)).dates, before.dates);
  const second = await downloadOf(b.page, () => w.locator("button", { hasText: "Export the register (CSV)" }).click(), { text: true });
  assert.equal(second.body, csv, "the second export is byte for byte the first");
  const back = await exported(w);
  assert.deepEqual(back.data.seats, envelope.data.seats, "every name is back exactly as it was");
  assert.deepEqual(back.data.meetings, envelope.data.meetings);
  const names = await texts(w.locator(".register tbody th[scope=row]"));
  assert.ok(names.some((n) => n.startsWith('=HYPERLINK("http://evil.example","click")')), "the formula shows as text");
  assert.equal(await w.evaluate((el) => el.shadowRoot.querySelectorAll("a").length), 0, "no link made from a name");
  await shot(w, `${TAG}-csv-imported`);
});

test("CSV: an unknown status, a bad date and a duplicate date are refused with row and column, and nothing changes", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS });
  await fill(w);
  const before = await read(w);
  const bad = [
    "id,name,organisation,class,2026-03-05,31/02/2026,5 March 2026",
    "police-scotland,Police Scotland,Police Scotland,core,Present,Present,Present",
    'nhs,"NHS, Forth Valley",NHS,core,Presnt,Absent,Absent',
  ].join("\n");
  await w.locator('input[type="file"][data-path="csv"]').setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  const summary = w.locator(".error-summary");
  await summary.waitFor();
  const problems = await texts(summary.locator("li"));
  assert.deepEqual(problems, [
    'bad.csv: Row 1, column F: "31/02/2026" is not a date (write it as 2026-03-05 or 5 March 2026) nor one of the columns id, name, organisation, class, role, vacant',
    "bad.csv: Row 1, column G: 2026-03-05 is there twice: one column per meeting",
  ]);
  assert.equal(await b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className), "error-summary");
  assert.deepEqual(await read(w), before, "nothing changed");
  await summary.locator("button").first().click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.dataset.path), "csv");
  // Header fixed: the status is the problem now.
  const status = bad.replace(",31/02/2026,5 March 2026", ",2026-06-11,10 September 2026");
  await w.locator('input[type="file"][data-path="csv"]').setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(status) });
  await summary.locator("li", { hasText: "Row 3, column E" }).waitFor();
  assert.deepEqual(await texts(summary.locator("li")), [
    'bad.csv: Row 3, column E: "Presnt" is not a status: use Present, Apologies, Reasonable excuse or Absent',
  ]);
  assert.deepEqual(await read(w), before, "nothing changed");
  await shot(w, `${TAG}-csv-error`);
  assert.deepEqual(await axe(b.page), []);
  dropAxeNoise(b.log.problems);
});

// --- Keyboard, and the narrow screen ---------------------------------------------

test("keyboard only: add a meeting with the date fields and Enter, then change an attendance with the arrow keys", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS });
  await b.page.locator("h1").click();
  const focused = () => b.page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.id || document.activeElement.shadowRoot?.activeElement?.dataset.path);
  await b.page.keyboard.press("Tab");
  assert.equal(await focused(), "body");
  let guard = 0;
  while ((await focused()) !== "adding-day" && guard++ < 10) await b.page.keyboard.press("Tab");
  assert.equal(await focused(), "adding-day");
  await b.page.keyboard.type("5");
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.type("March");
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.type("2026");
  assert.match(await w.locator(".weekday").first().textContent(), /That is a Thursday 5 March 2026/);
  await b.page.keyboard.press("Enter");
  await w.locator(".register").waitFor();
  assert.equal(await focused(), "adding-day", "focus returns to the day field for the next meeting");
  const keys = async (list) => {
    for (const k of list) await (k === "Tab" || k === "Enter" ? b.page.keyboard.press(k) : b.page.keyboard.type(k));
  };
  await keys(["1", "Tab", "6", "Tab", "2026", "Enter"]);
  await keys(["1", "Tab", "9", "Tab", "2026", "Enter"]);
  assert.deepEqual((await read(w)).dates, ["Thu 5 Mar 2026", "Mon 1 Jun 2026", "Tue 1 Sep 2026"]);
  // Tab on to the register: the scroll region, then the cells.
  guard = 0;
  while ((await focused()) !== "meetings[1].attendance.members[6].status" && guard++ < 60) await b.page.keyboard.press("Tab");
  await b.page.keyboard.press("ArrowDown"); // Present → Apologies
  await b.page.keyboard.press("ArrowDown"); // → Reasonable excuse
  await b.page.keyboard.press("ArrowDown"); // → Absent
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.press("ArrowDown");
  await b.page.keyboard.press("ArrowDown");
  await b.page.keyboard.press("ArrowDown");
  assert.equal(await cell(w, "Police Scotland", "Monday 1 June 2026").inputValue(), "absent");
  assert.equal(await cell(w, "Police Scotland", "Tuesday 1 September 2026").inputValue(), "absent");
  const report = engineReport(await exported(w));
  assert.deepEqual(await texts(w.locator(".flags li")), report.flags.map((f) => shown(f.reason)));
  assert.equal(report.flags.length, 1);
  assert.ok((await tabStops(b.page, TAG)).length > 30);
});

test("at 320 px a wide register scrolls inside its own labelled region, not the page", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: CLACKS });
  await fill(w);
  for (const [d, m] of [
    [14, 1],
    [4, 2],
    [20, 5],
    [22, 10],
  ]) {
    await addMeeting(w, d, m, 2027);
  }
  await b.page.setViewportSize({ width: 320, height: 900 });
  const region = w.locator(".register");
  assert.equal(await region.getAttribute("role"), "region");
  assert.equal(await region.getAttribute("tabindex"), "0");
  assert.match(await w.locator("#register-caption").textContent(), /Attendance register \(8 meetings, 11 seats\)/);
  const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  assert.ok(sizes.scroll > sizes.client, "the register is wider than the screen and scrolls");
  assert.ok((await w.evaluate((el) => el.scrollWidth - el.clientWidth)) <= 1, "the widget itself does not overflow");
  assert.ok((await b.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)) <= 1, "nor does the page");
  await shot(w, `${TAG}-320px-wide-register`);
  assert.deepEqual(await axe(b.page), []);
  dropAxeNoise(b.log.problems);
  await b.page.setViewportSize({ width: 1280, height: 720 });
});
