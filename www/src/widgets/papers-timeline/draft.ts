// The papers timeline's state, as drafts and exports keep it, and how a saved state is
// made safe to use.
import type { WeekOfMonth, Weekday } from "quorate";
import { WEEKDAY_NAMES, emptyDate, type DateParts } from "../../base/date-input.js";

export type Mode = "one" | "year";
export type How = "rule" | "dates";

/** The widget's state, as drafts and exports keep it. */
export interface PapersTimelineDraft {
  mode: Mode;
  /** The body's id; empty for the constitution's first body. */
  body: string;
  meeting: DateParts;
  /** The meeting is a special meeting called on request (schema 2). */
  onRequest: boolean;
  /** The day the request was received (schema 2). */
  requested: DateParts;
  /** The meeting is called as urgent (schema 2). */
  urgent: boolean;
  /** The day the meeting is called, its notice going out; may be left empty (schema 2). */
  calledOn: DateParts;
  year: string;
  how: How;
  week: WeekOfMonth;
  weekday: Weekday;
  months: number[];
  dates: { day: string; month: string }[];
}

export const WEEKS: readonly [WeekOfMonth, string][] = [
  ["first", "First"],
  ["second", "Second"],
  ["third", "Third"],
  ["fourth", "Fourth"],
  ["last", "Last"],
];

export const fresh = (): PapersTimelineDraft => ({
  mode: "one",
  body: "",
  meeting: emptyDate(),
  onRequest: false,
  requested: emptyDate(),
  urgent: false,
  calledOn: emptyDate(),
  year: "",
  how: "rule",
  week: "first",
  weekday: "thursday",
  months: [3, 6, 9, 12],
  dates: [{ day: "", month: "" }],
});

const text = (v: unknown, fallback = ""): string => (typeof v === "string" ? v.slice(0, 200) : fallback);

/** A saved state made safe: anything not of the right shape takes the fresh value. */
export function fit(saved: unknown): PapersTimelineDraft {
  const base = fresh();
  if (typeof saved !== "object" || saved === null) return base;
  const v = saved as Record<string, unknown>;
  const date = (value: unknown): DateParts => {
    const d = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
    return { day: text(d.day), month: text(d.month), year: text(d.year) };
  };
  const months = Array.isArray(v.months) ? [...new Set(v.months.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= 12))].sort((a, b) => a - b) : base.months;
  const dates = Array.isArray(v.dates)
    ? v.dates
        .filter((d): d is Record<string, unknown> => typeof d === "object" && d !== null)
        .slice(0, 60)
        .map((d) => ({ day: text(d.day), month: text(d.month) }))
    : base.dates;
  return {
    mode: v.mode === "year" ? "year" : "one",
    body: text(v.body),
    meeting: date(v.meeting),
    onRequest: v.onRequest === true,
    requested: date(v.requested),
    urgent: v.urgent === true,
    calledOn: date(v.calledOn),
    year: text(v.year),
    how: v.how === "dates" ? "dates" : "rule",
    week: WEEKS.find(([w]) => w === v.week)?.[0] ?? base.week,
    weekday: WEEKDAY_NAMES.find(([w]) => w === v.weekday)?.[0] ?? base.weekday,
    months,
    dates: dates.length ? dates : base.dates,
  };
}
