// The .ics export parsed back by an independent parser (ical.js): every meeting and
// deadline is an all-day event with the dates the engine computed, text survives
// escaping and folding, lines are CRLF and at most 75 octets, and UIDs are stable so a
// re-import updates rather than duplicates.
import { test } from "node:test";
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { loadPackage } from "./lib.mjs";

const pkg = await loadPackage();

const schedule = {
  constitution: "clackmannanshire-2019",
  rule: { kind: "monthly", year: 2026, week: "first", weekday: "thursday", months: [3, 6, 9, 12] },
};

function parse(ics) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

test("every line ends in CRLF and is at most 75 octets", () => {
  const { ics } = pkg.scheduleIcs({ schedule, generatedOn: "2026-11-23" });
  assert.ok(ics.endsWith("\r\n"));
  const lines = ics.split("\r\n").slice(0, -1);
  for (const line of lines) {
    assert.ok(!line.includes("\n") && !line.includes("\r"), `bare line end in ${JSON.stringify(line)}`);
    assert.ok(Buffer.byteLength(line, "utf8") <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
  }
  assert.equal(lines[0], "BEGIN:VCALENDAR");
  assert.ok(lines.includes("VERSION:2.0"));
  assert.ok(lines.some((l) => l.startsWith("PRODID:")));
});

test("ical.js reads back every meeting and deadline with the engine's dates", () => {
  const report = pkg.meetingSchedule(schedule);
  const { ics, events } = pkg.scheduleIcs({ schedule, generatedOn: "2026-11-23" });
  const parsed = parse(ics);
  assert.equal(parsed.length, events);
  const expected = report.meetings.flatMap((m) => [
    { date: m.date, uid: `clackmannanshire-2019.alliance.${m.date.replaceAll("-", "")}.meeting@quorate` },
    ...m.deadlines.map((d) => ({ date: d.date, uid: `clackmannanshire-2019.alliance.${m.date.replaceAll("-", "")}.${d.id}@quorate`, reason: d.reason.text })),
  ]);
  assert.equal(parsed.length, expected.length);
  parsed.forEach((e, i) => {
    assert.equal(e.uid, expected[i].uid);
    assert.equal(e.startDate.isDate, true, "an all-day event");
    assert.equal(e.startDate.toString(), expected[i].date);
    assert.equal(e.endDate.toString(), new Date(Date.parse(expected[i].date) + 86_400_000).toISOString().slice(0, 10));
    if (expected[i].reason) assert.ok(e.description.startsWith(expected[i].reason), "the description unfolds and unescapes to the reason");
    assert.equal(e.component.getFirstPropertyValue("dtstamp").toString(), "2026-11-23T00:00:00Z");
  });
  // St Andrew's Day 2026: papers issued Wednesday 25 November (B6.1), partners' papers Friday 20 November (B6.2).
  const december = parsed.filter((e) => e.uid.includes(".20261203."));
  assert.deepEqual(december.map((e) => e.startDate.toString()), ["2026-12-03", "2026-11-20", "2026-11-25"]);
});

test("UIDs are stable across exports and unique within one", () => {
  const a = parse(pkg.scheduleIcs({ schedule, generatedOn: "2026-11-23" }).ics).map((e) => e.uid);
  const b = parse(pkg.scheduleIcs({ schedule, generatedOn: "2027-01-10" }).ics).map((e) => e.uid);
  assert.deepEqual(a, b);
  assert.equal(new Set(a).size, a.length);
});

test("hostile and non-ASCII text survives escaping and folding", () => {
  const constitution = pkg.preset("clackmannanshire-2019");
  constitution.id = "café-partnership";
  const name = "Comhairle, Alba; \\ ünïcødé 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Board\nsecond line " + "é".repeat(60);
  constitution.bodies[0].name = name;
  const { ics } = pkg.scheduleIcs({ schedule: { constitution, meetings: ["2026-12-03"] }, generatedOn: "2026-11-23" });
  for (const line of ics.split("\r\n")) assert.ok(Buffer.byteLength(line, "utf8") <= 75);
  assert.ok(!ics.includes("\uFFFD"), "no UTF-8 character was split");
  const [meeting] = parse(ics);
  assert.equal(meeting.summary, name);
  assert.equal(meeting.uid, "caf%C3%A9-partnership.alliance.20261203.meeting@quorate");
});
