// <quorate-papers-timeline>: the widget contract, and a secretary's path through it.
// Every date the widget shows is compared with the engine's own report (the package,
// in Node); the only answer written here is the SPEC's worked example.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { contract, openBrowser, shot, downloadOf, axe, dropAxeNoise } from "./contract.mjs";
import { loadPackage } from "../lib.mjs";

const TAG = "quorate-papers-timeline";
const pkg = await loadPackage();

async function enterDate(w, day, month, year) {
  await w.locator("#meeting-day").fill(day);
  await w.locator("#meeting-month").fill(month);
  await w.locator("#meeting-year").fill(year);
}

async function fill(w) {
  await enterDate(w, "3", "dec", "2026");
  await w.locator("button", { hasText: "Show the deadlines" }).click();
  await w.locator("ol.timeline").waitFor();
}

async function read(w) {
  return w.evaluate((el) => ({
    inputs: [...el.shadowRoot.querySelectorAll("input[type=text], select")].map((i) => i.value),
    mode: el.shadowRoot.querySelector("input[name=mode]:checked")?.value,
    timeline: [...el.shadowRoot.querySelectorAll("ol.timeline time")].map((t) => t.getAttribute("datetime")),
  }));
}

async function yearByRule(w, year = "2026") {
  await w.locator("label", { hasText: "A year of meetings" }).click();
  await w.locator("#year").fill(year);
  await w.locator("button", { hasText: "Show the schedule" }).click();
  await w.locator("table").waitFor();
}

contract({
  tag: TAG,
  fill,
  read,
  states: {
    error: async (w) => {
      await enterDate(w, "31", "February", "2026");
      await w.locator("button", { hasText: "Show the deadlines" }).click();
      await w.locator(".error-summary").waitFor();
    },
    "year-rule": (w) => yearByRule(w),
    "year-dates": async (w) => {
      await w.locator("label", { hasText: "I will list the dates" }).click();
      await w.locator("#date-0-day").fill("5");
      await w.locator("#date-0-month").fill("mar");
      await w.locator("table").waitFor();
    },
  },
});

let b;
before(async () => {
  b = await openBrowser();
});
after(() => b?.close());

/** The deadlines as the timeline shows them. */
async function shownDeadlines(w) {
  return w.evaluate((el) =>
    [...el.shadowRoot.querySelectorAll("ol.timeline > li:not(.meeting)")].map((li) => ({
      date: li.querySelector(".when time").getAttribute("datetime"),
      when: li.querySelector(".when time").textContent.trim(),
      name: li.querySelector(".what").textContent.trim(),
      rule: li.querySelector(".rule").textContent.replace(/\s+/g, " ").trim(),
      skipped: li.querySelector(".skipped")?.textContent.replace(/\s+/g, " ").trim() ?? "",
      moved: li.querySelector(".moved")?.textContent.replace(/\s+/g, " ").trim() ?? "",
      about: li.querySelector(".tag.about") !== null,
      after: li.querySelector(".tag.after") !== null,
      late: li.querySelector(".tag.bad") !== null,
      exception: li.querySelector(".exception")?.textContent.replace(/\s+/g, " ").trim() ?? "",
    })),
  );
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const long = (iso, wd) => `${cap(wd)} ${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** The timeline on screen matches the engine's report, deadline by deadline. */
function assertMatches(shown, report) {
  assert.equal(shown.length, report.deadlines.length);
  report.deadlines.forEach((d, i) => {
    const s = shown[i];
    assert.equal(s.date, d.date, d.id);
    assert.equal(s.when, long(d.date, d.weekday));
    assert.equal(s.name, d.name);
    assert.ok(s.rule.includes(d.rule), `${s.rule} has the rule "${d.rule}"`);
    for (const c of d.reason.cite.filter((c) => c.startsWith(`${report.constitution} `))) assert.ok(s.rule.includes(c), `${d.id} cites ${c}`);
    for (const k of d.skipped.filter((k) => !(d.moved && k.date === d.counted))) {
      assert.ok(s.skipped.includes(long(k.date, k.weekday)), `${d.id} shows it skipped ${k.date}`);
      if (k.kind === "bankHoliday") assert.ok(s.skipped.includes(k.name), `${d.id} names ${k.name}`);
    }
    assert.equal(s.moved !== "", d.moved, `${d.id} moved`);
    assert.equal(s.about, d.approximately, `${d.id} approximately`);
    assert.equal(s.after, d.afterMeeting, `${d.id} after the meeting`);
    assert.equal(s.late, d.late, `${d.id} late`);
    assert.equal(s.exception !== "", d.urgency !== null, `${d.id} states its exception`);
    if (d.urgency) {
      assert.ok(s.exception.includes(`“${d.urgency.words}”`), `${d.id} quotes "${d.urgency.words}"`);
      for (const c of d.urgency.cite) assert.ok(s.exception.includes(c), `${d.id}'s exception cites ${c}`);
      assert.equal(s.exception.startsWith("Exception relied on:"), d.urgency.reliedOn, `${d.id} relies on its exception`);
    }
  });
}

test("the SPEC example: Clackmannanshire, Thursday 3 December 2026: papers issued Wednesday 25 November, St Andrew's Day skipped", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' });
  await enterDate(w, "3", "dec", "2026");
  // Live once all three parts are filled: the weekday is confirmed under the fields.
  await w.locator("ol.timeline").waitFor();
  assert.equal(await w.locator(".weekday").textContent(), "Thursday 3 December 2026");
  const event = b.page.evaluate(() => new Promise((ok) => document.addEventListener("quorate-result", (e) => ok(e.detail), { once: true })));
  await w.locator("button", { hasText: "Show the deadlines" }).click();
  const detail = await event;
  const report = pkg.papersTimeline({ constitution: "clackmannanshire-2019", meeting: "2026-12-03" });
  assert.deepEqual(detail, report, "the event carries the engine's report");
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.className), "result-title");
  const shown = await shownDeadlines(w);
  assertMatches(shown, report);
  const issued = shown.find((s) => s.name.startsWith("Full set of papers"));
  assert.equal(issued.when, "Wednesday 25 November 2026");
  assert.match(issued.skipped, /Monday 30 November 2026 \(St Andrew's Day\)/);
  assert.match(issued.rule, /clackmannanshire-2019 B6\.1/);
  const partners = shown.find((s) => s.name.startsWith("Partners' papers"));
  assert.match(partners.rule, /clackmannanshire-2019 B6\.2/);
  assert.match(partners.moved, /not a working day, so the deadline is the working day before/);
  assert.match(await w.locator(".citations").textContent(), /clackmannanshire-2019 B6\.1/);
  assert.match(await w.locator('[role="status"]').textContent(), /Wednesday 25 November 2026/);
  await shot(w, `${TAG}-spec-example`);
  await b.page.setViewportSize({ width: 320, height: 800 });
  assert.ok((await w.evaluate((el) => el.scrollWidth - el.clientWidth)) <= 1);
  await shot(w, `${TAG}-spec-example-320px`);
  await b.page.setViewportSize({ width: 1280, height: 720 });
});

test("Inverclyde, 3 December 2026: agenda items about four weeks before, papers two weeks before (7.1, 7.2); a body with no notice rule says so", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="inverclyde-mou"' });
  await enterDate(w, "03", "December", "2026");
  await w.locator("ol.timeline").waitFor();
  const report = pkg.papersTimeline({ constitution: "inverclyde-mou", meeting: "2026-12-03" });
  const shown = await shownDeadlines(w);
  assertMatches(shown, report);
  const agenda = report.deadlines.find((d) => d.from === "meeting" && d.approximately);
  assert.equal(agenda.unit, "weeks");
  assert.ok(shown.find((s) => s.date === agenda.date && s.about && /inverclyde-mou 7\.1/.test(s.rule)));
  assert.ok(shown.some((s) => /inverclyde-mou 7\.2/.test(s.rule)), "papers published cite 7.2");
  await shot(w, `${TAG}-inverclyde`);

  const other = (pkg.preset("inverclyde-mou").bodies ?? []).find((body) => pkg.papersTimeline({ constitution: "inverclyde-mou", meeting: "2026-12-03", body: body.id }).status !== "deadlines");
  await w.locator("#body").selectOption(other.id);
  const silent = pkg.papersTimeline({ constitution: "inverclyde-mou", meeting: "2026-12-03", body: other.id });
  assert.equal(await w.locator("ol.timeline").count(), 0);
  assert.equal((await w.locator(".result .summary").textContent()).trim(), silent.summary);
  assert.match(await w.locator(".result").textContent(), /No notice period/);
  await shot(w, `${TAG}-no-notice-rule`);
});

test("a meeting just after Christmas and New Year: every holiday skipped is named, as the engine counts them", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' });
  await enterDate(w, "7", "jan", "2027");
  await w.locator("ol.timeline").waitFor();
  const report = pkg.papersTimeline({ constitution: "clackmannanshire-2019", meeting: "2027-01-07" });
  const holidays = report.deadlines.flatMap((d) => d.skipped.filter((s) => s.kind === "bankHoliday"));
  assert.ok(holidays.length >= 2, "the count passes over holidays");
  assertMatches(await shownDeadlines(w), report);
  const text = await w.locator("ol.timeline").textContent();
  for (const h of holidays) assert.ok(text.includes(h.name), `names ${h.name}`);
  await shot(w, `${TAG}-christmas`);
});

test("31 February is refused in the error summary and inline, kept as typed; the summary entry focuses the day", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' });
  // A part missing: nothing is said until the user asks.
  await w.locator("#meeting-day").fill("31");
  await w.locator("#meeting-year").fill("2026");
  assert.equal(await w.locator(".error-summary").count(), 0);
  await w.locator("button", { hasText: "Show the deadlines" }).click();
  await w.locator(".error-summary").waitFor();
  assert.match(await w.locator(".error-summary").textContent(), /Date of the meeting must include a month/);
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.className), "error-summary");
  await w.locator(".error-summary button").click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "meeting-month");

  await w.locator("#meeting-month").fill("February");
  const summary = w.locator(".error-summary");
  assert.match(await summary.textContent(), /Date of the meeting must be a real date/);
  assert.match(await w.locator(".field-error").textContent(), /Date of the meeting must be a real date/);
  assert.equal(await w.locator("#meeting-day").getAttribute("aria-invalid"), "true");
  assert.equal(await w.locator("ol.timeline").count(), 0, "no timeline for a date that does not exist");
  await w.locator("button", { hasText: "Show the deadlines" }).click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.className), "error-summary");
  await shot(w, `${TAG}-31-february`);
  await summary.locator("button", { hasText: "must be a real date" }).click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "meeting-day");
  assert.deepEqual(
    [await w.locator("#meeting-day").inputValue(), await w.locator("#meeting-month").inputValue(), await w.locator("#meeting-year").inputValue()],
    ["31", "February", "2026"],
    "what was typed is kept",
  );
  assert.deepEqual(await axe(b.page), []);
  dropAxeNoise(b.log.problems);
});

test("a year the engine cannot count is refused with the engine's reason, beside the field", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' });
  await enterDate(w, "3", "12", "1800");
  let refused;
  try {
    pkg.papersTimeline({ constitution: "clackmannanshire-2019", meeting: "1800-12-03" });
  } catch (e) {
    refused = e;
  }
  assert.equal(refused?.path, "meeting");
  const why = refused.message.split(": ").at(-1);
  await w.locator(".error-summary").waitFor();
  assert.equal((await w.locator(".error-summary button").textContent()).trim(), `Date of the meeting: ${why}`);
  assert.match(await w.locator(".field-error").textContent(), new RegExp(why.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await w.locator(".error-summary button").click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "meeting-day");

  await w.locator("label", { hasText: "A year of meetings" }).click();
  await w.locator("#year").fill("1800");
  await w.locator(".error-summary").waitFor();
  assert.match((await w.locator(".error-summary button").textContent()).trim(), /^Year of the meetings: /);
  await w.locator(".error-summary button").click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "year");
});

test("a year by rule: the schedule, its cadence checks and a breach explained, as the engine reports them", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' });
  await yearByRule(w, "2026");
  const rule = { kind: "monthly", year: 2026, week: "first", weekday: "thursday", months: [3, 6, 9, 12] };
  const period = { from: "2026-01-01", to: "2026-12-31" };
  let report = pkg.meetingSchedule({ constitution: "clackmannanshire-2019", rule, period });
  const rows = () =>
    w.evaluate((el) => [...el.shadowRoot.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("time")].map((t) => t.getAttribute("datetime"))));
  assert.deepEqual(
    await rows(),
    report.meetings.map((m) => [m.date, ...m.deadlines.map((d) => d.date)]),
  );
  assert.equal((await w.locator(".result .summary").textContent()).trim(), report.summary);
  assert.equal(await w.locator(".result .verdict").textContent(), report.cadenceMet ? "Cadence met" : "Cadence not met");
  for (const c of report.cadence) assert.ok((await w.locator("ul.cadence").textContent()).includes(c.reason.text));
  await shot(w, `${TAG}-year-rule`);

  for (const month of ["June", "September"]) await w.locator(".months label.choice", { hasText: month }).locator("input").uncheck();
  report = pkg.meetingSchedule({ constitution: "clackmannanshire-2019", rule: { ...rule, months: [3, 12] }, period });
  assert.equal(report.cadenceMet, false);
  assert.equal(await w.locator(".result .verdict").textContent(), "Cadence not met");
  const cadence = await w.locator("ul.cadence").textContent();
  for (const breach of report.cadence.flatMap((c) => c.breaches)) assert.ok(cadence.includes(breach.reason.text), breach.reason.text);
  assert.match(cadence, /clackmannanshire-2019 B3\.1/);
  await shot(w, `${TAG}-year-breach`);
  await b.page.setViewportSize({ width: 320, height: 800 });
  assert.ok((await w.evaluate((el) => el.scrollWidth - el.clientWidth)) <= 1);
  await shot(w, `${TAG}-year-320px`);
  await b.page.setViewportSize({ width: 1280, height: 720 });

  for (const month of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) await w.locator(".months input").nth(month - 1).uncheck();
  assert.match(await w.locator(".error-summary").textContent(), /Select at least one month for the rule/);
  await w.locator(".error-summary button").click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.value), "1");
});

test("listed dates: add and remove; the schedule is the engine's for the dates kept", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="inverclyde-mou"' });
  await w.locator("label", { hasText: "A year of meetings" }).click();
  await w.locator("#year").fill("2026");
  await w.locator("label", { hasText: "I will list the dates" }).click();
  await w.locator("#date-0-day").fill("1");
  await w.locator("#date-0-month").fill("jan");
  await w.locator("button", { hasText: "Add a meeting date" }).click();
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.id), "date-1-day");
  await b.page.keyboard.type("18");
  await w.locator("#date-1-month").fill("jun");
  await w.locator("button", { hasText: "Add a meeting date" }).click();
  await w.locator("#date-2-day").fill("5");
  await w.locator("#date-2-month").fill("11");
  await w.locator("button", { hasText: "Remove meeting 2" }).click();
  const meetings = ["2026-01-01", "2026-11-05"];
  const report = pkg.meetingSchedule({ constitution: "inverclyde-mou", meetings, period: { from: "2026-01-01", to: "2026-12-31" } });
  const shown = await w.evaluate((el) => [...el.shadowRoot.querySelectorAll("tbody th time")].map((t) => t.getAttribute("datetime")));
  assert.deepEqual(shown, report.meetings.map((m) => m.date));
  const first = report.meetings[0];
  assert.equal(first.workingDay, false, "New Year's Day is not a working day");
  const row = await w.locator("tbody tr").first().textContent();
  assert.match(row, /Not a working day/);
  for (const warning of first.warnings) assert.ok(row.includes(warning.text));
  assert.equal(await w.locator("#date-0-weekday").textContent(), long(first.date, first.weekday));
  assert.equal(await w.locator(".result .verdict").textContent(), report.cadenceMet === false ? "Cadence not met" : "Cadence met");
  await shot(w, `${TAG}-listed`);
});

test("the .ics download: the engine's events and dates, all-day, and the same UIDs on a second download; and the CSV", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' });
  await yearByRule(w, "2026");
  const button = w.locator("button", { hasText: "Download calendar (.ics)" });
  const one = await downloadOf(b.page, () => button.click(), { text: true });
  const two = await downloadOf(b.page, () => button.click(), { text: true });
  const schedule = {
    constitution: "clackmannanshire-2019",
    period: { from: "2026-01-01", to: "2026-12-31" },
    rule: { kind: "monthly", year: 2026, week: "first", weekday: "thursday", months: [3, 6, 9, 12] },
  };
  const now = new Date(await b.page.evaluate(() => Date.now()));
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  const expected = pkg.scheduleIcs({ schedule, generatedOn: today });
  assert.equal(one.name, expected.filename);
  assert.equal(one.body, expected.ics, "the file is the engine's, made today");
  const parse = (ics) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const events = parse(one.body);
  assert.equal(events.length, expected.events);
  const report = pkg.meetingSchedule(schedule);
  const dates = report.meetings.flatMap((m) => [m.date, ...m.deadlines.map((d) => d.date)]).sort();
  assert.deepEqual(events.map((e) => e.startDate.toString()).sort(), dates);
  assert.ok(events.every((e) => e.startDate.isDate), "all-day events");
  assert.deepEqual(parse(two.body).map((e) => e.uid), events.map((e) => e.uid), "stable UIDs");
  assert.equal(new Set(events.map((e) => e.uid)).size, events.length, "unique UIDs");

  const csv = await downloadOf(b.page, () => w.locator("button", { hasText: "Download schedule (CSV)" }).click(), { text: true });
  const lines = csv.body.trim().split("\r\n");
  assert.equal(lines.length, 1 + report.meetings.length + report.meetings.reduce((n, m) => n + m.deadlines.length, 0));
  assert.match(lines[0], /^Meeting,Meeting weekday,What is due,Date/);
  for (const d of report.meetings.flatMap((m) => m.deadlines)) assert.ok(csv.body.includes(d.date) && csv.body.includes(d.reason.cite.join("; ")), d.id);
  assert.deepEqual(b.log.requests.splice(0), [], "nothing leaves the page");
});

test("keyboard only: Tab to the date, type it, Enter on the button, and the deadlines are shown", async () => {
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' });
  await b.page.locator("h1").click();
  const focused = () => b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id ?? "");
  for (let i = 0; i < 10 && (await focused()) !== "meeting-day"; i++) await b.page.keyboard.press("Tab");
  assert.equal(await focused(), "meeting-day");
  await b.page.keyboard.type("3");
  assert.equal(await focused(), "meeting-day", "never auto-tabs");
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.type("dec");
  await b.page.keyboard.press("Tab");
  await b.page.keyboard.type("2026");
  // Past the closed "special meeting, urgent meeting" disclosure to the button.
  const onButton = () => b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent === "Show the deadlines");
  for (let i = 0; i < 4 && !(await onButton()); i++) await b.page.keyboard.press("Tab");
  assert.ok(await onButton());
  await b.page.keyboard.press("Enter");
  assert.equal(await b.page.evaluate(() => document.activeElement.shadowRoot.activeElement.className), "result-title");
  const report = pkg.papersTimeline({ constitution: "clackmannanshire-2019", meeting: "2026-12-03" });
  assertMatches(await shownDeadlines(w), report);
  // Into the year: Shift+Tab back to the mode radios, arrow to "A year of meetings".
  for (let i = 0; i < 15 && !(await b.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.name === "mode")); i++) await b.page.keyboard.press("Shift+Tab");
  await b.page.keyboard.press("ArrowRight");
  assert.equal(await w.locator("input[name=mode]:checked").getAttribute("value"), "year");
  await shot(w, `${TAG}-keyboard`);
});

test("after the meeting, on request, urgent (community council standing orders): minutes after the meeting on the timeline, the latest date for a special meeting, the exception for urgency relied on", async () => {
  const { readFileSync } = await import("node:fs");
  const file = JSON.parse(readFileSync(new URL("../../scenarios/calendar/papersTimeline-after-request.json", import.meta.url), "utf8"));
  const constitution = file.cases[0].input.constitution;
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' });
  await w.evaluate((el, c) => {
    el.constitution = c;
  }, constitution);
  await w.locator(".rules-in-force", { hasText: "Minutes drawn up" }).waitFor();
  await enterDate(w, "3", "dec", "2026");
  await w.locator("ol.timeline").waitFor();
  const input = { constitution, meeting: "2026-12-03", body: "council" };
  let report = pkg.papersTimeline(input);
  assertMatches(await shownDeadlines(w), report);
  // The timeline continues past the meeting: the meeting sits between the notices and the minutes.
  const order = await w.evaluate((el) => [...el.shadowRoot.querySelectorAll("ol.timeline > li")].map((li) => (li.classList.contains("meeting") ? "meeting" : li.querySelector(".what").textContent.trim())));
  assert.deepEqual(order, ["Notices of motion in the hands of the Secretary", "Notice of the meeting, with its agenda, issued to members", "meeting", "Minutes drawn up"]);
  assert.match(await w.locator(".result-title").textContent(), /Deadlines before and after the meeting on Thursday 3 December 2026/);
  assert.match(await w.locator("svg.overview title").textContent(), /the last, Thursday 17 December 2026, is 14 days after it/);
  assert.equal(await w.locator(".warnings").count(), 0, "a deadline after the meeting is not a warning");
  await shot(w, `${TAG}-after-meeting`);

  // A special meeting called on request: the latest date, too late, with the clause.
  await w.locator("details.call-details > summary").click();
  await w.locator("#on-request").check();
  await w.locator("#requested-day").fill("16");
  await w.locator("#requested-month").fill("11");
  await w.locator("#requested-year").fill("2026");
  const request = w.locator(".request");
  await request.waitFor();
  report = pkg.papersTimeline({ ...input, requested: "2026-11-16" });
  assert.equal(report.request.met, false);
  assert.equal(await request.locator(".verdict").textContent(), "Held too late");
  assert.match(await request.textContent(), /Latest date for the meeting\s*Friday 27 November 2026\s*\(community-council-n 1\.1\)/);
  assert.ok((await request.textContent()).includes(report.request.reason.text));
  await shot(w, `${TAG}-on-request`);

  // Called on 1 December: the notice is late; called as urgent, its exception is relied on instead.
  await w.locator("#on-request").uncheck();
  await w.locator("#called-day").fill("1");
  await w.locator("#called-month").fill("12");
  await w.locator("#called-year").fill("2026");
  await w.locator("ol.timeline li.late").first().waitFor();
  report = pkg.papersTimeline({ ...input, calledOn: "2026-12-01" });
  assertMatches(await shownDeadlines(w), report);
  assert.equal(await w.locator(".verdict", { hasText: "Notice is late" }).count(), 1);
  await w.locator("#urgent").check();
  await w.locator(".exception", { hasText: "Exception relied on" }).waitFor();
  report = pkg.papersTimeline({ ...input, calledOn: "2026-12-01", urgent: true });
  const shown = await shownDeadlines(w);
  assertMatches(shown, report);
  const notice = shown.find((s) => s.name.startsWith("Notice of the meeting"));
  assert.equal(notice.late, false);
  assert.match(notice.exception, /^Exception relied on: “except in case of urgency when shorter notice may be given” \(community-council-n 2\.1\)/);
  assert.equal(shown.find((s) => s.name.startsWith("Notices of motion")).late, true, "a notice without an exception is still late");
  await shot(w, `${TAG}-urgent`);
  assert.deepEqual(await axe(b.page), []);
});

test("saved files open: a schema-1 export (one meeting) imports as an ordinary meeting; a schema-2 export (on request, urgent, called on a day) imports and exports as itself", async () => {
  const { readFileSync } = await import("node:fs");
  const fixture = (name) => readFileSync(new URL(`../../fixtures/widgets/${name}`, import.meta.url), "utf8");
  await b.blank();
  const w = await b.show({ tag: TAG, attrs: 'preset="clackmannanshire-2019"' });
  const load = async (name) => {
    await w.locator('input[type="file"][data-path="import"]').setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(fixture(name)) });
    await w.locator(".banner", { hasText: `Imported ${name}` }).waitFor();
    await w.locator("ol.timeline").waitFor();
  };
  await load("papers-timeline-v1-export.json");
  assertMatches(await shownDeadlines(w), pkg.papersTimeline({ constitution: "clackmannanshire-2019", meeting: "2026-12-03", body: "alliance" }));
  assert.equal(await w.locator("#on-request").isChecked(), false);
  assert.equal(await w.locator("#urgent").isChecked(), false);
  await load("papers-timeline-v2-export.json");
  const report = pkg.papersTimeline({ constitution: "clackmannanshire-2019", meeting: "2026-12-03", body: "alliance", requested: "2026-11-16", calledOn: "2026-12-01", urgent: true });
  assertMatches(await shownDeadlines(w), report);
  assert.equal(await w.locator(".request .verdict").textContent(), "No time limit");
  const out = await downloadOf(b.page, () => w.locator("button", { hasText: "Export answers (JSON)" }).click());
  assert.deepEqual(out.body, JSON.parse(fixture("papers-timeline-v2-export.json")));
});
