// The TypeScript declarations: every export declared, and no `any`. (A strict consumer
// compiles against the installed package in consumers.test.mjs.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib.mjs";

const dts = readFileSync(join(ROOT, "wasm/pkg/quorate.d.ts"), "utf8");

test("the public .d.ts has no `any`", () => {
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  const hits = code.split("\n").filter((line) => /\bany\b/.test(line));
  assert.deepEqual(hits, []);
});

test("every export is declared with its input and report types", () => {
  for (const fn of ["checkQuorum", "checkChair", "checkAgenda", "decideVote", "attendanceReport", "draftMinute", "preset", "presets", "validateConstitution",
    "bankHolidays", "isWorkingDay", "addWorkingDays", "workingDaysBetween", "papersTimeline", "meetingSchedule", "scheduleIcs",
    "priorityCriteria", "scorePriorities", "combineScorecards", "scorecardsToCsv", "scorecardsFromCsv",
    "checkGift", "checkOpenness",
    "conflictQuestions", "assessConflict", "validateRegister", "checkAgendaAgainstRegister", "registerToCsv", "registerFromCsv"]) {
    assert.match(dts, new RegExp(`export function ${fn}\\(`), fn);
  }
  assert.match(dts, /export function checkQuorum\(input: QuorumInput\): QuorumReport;/);
  assert.match(dts, /export function checkGift\(input: GiftInput\): GiftReport;/);
  assert.match(dts, /export function checkOpenness\(input: OpennessInput\): OpennessReport;/);
  assert.match(dts, /export function papersTimeline\(input: PapersTimelineInput\): PapersTimelineReport;/);
  assert.match(dts, /export function scorePriorities\(input: PriorityInput\): PriorityReport;/);
  assert.match(dts, /export function combineScorecards\(input: CombineInput\): CombineReport;/);
  assert.match(dts, /export function draftMinute\(input: MinuteInput\): MinuteReport;/);
  assert.match(dts, /export function assessConflict\(input: AssessmentInput\): AssessmentReport;/);
  // Chair succession (schema version 2): the steps in the constitution and in the report.
  assert.match(dts, /export type ChairStep = \{ kind: "office"; role: SeatRole; cite: string\[\] \}/);
  assert.match(dts, /succession\?: ChairStep\[\]/);
  assert.match(dts, /export type StepOutcome = "chairs" \| "passedOver" \| "membersChoose" \| "notReached";/);
  assert.match(dts, /succession: SuccessionStep\[\];/);
  // Spread requirements (schema version 2): a seat's groups, quorum.spread and the report's checks.
  assert.match(dts, /export type SpreadRequirement = \{ kind: "eachGroup"; groups: string\[\]; atLeast: number; cite: string\[\] \}/);
  assert.match(dts, /groups\?: string\[\]/);
  assert.match(dts, /spread\?: SpreadRequirement\[\]/);
  assert.match(dts, /spread: SpreadCheck\[\];/);
  assert.match(dts, /export type ErrorCode = .*"INCONSISTENT_ANSWERS"/);
  assert.match(dts, /export type ErrorCode = .*"NOT_INITIALISED"/);
});
