// Dates as people type them and read them: the GOV.UK date input (day, month and year
// in three fields, month names accepted, never auto-tabbing), its checks worded as the
// design system words them, dates as spreadsheets write them, and dates written out in
// full with the weekday. Every date is a calendar day, handled in UTC so that no time
// zone moves it.
import { html, nothing, type TemplateResult } from "lit";
import type { IsoDate, Weekday } from "quorate";
import { errorAt, type FieldError } from "./errors.js";
import { inlineError } from "./render.js";

export type DatePart = "day" | "month" | "year";

/** What the user typed, kept exactly as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** What is wrong with a typed date, as an instruction, and the parts at fault (the first is focused). */
export interface DateError {
  message: string;
  parts: DatePart[];
}

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** The engine's weekdays, Monday first, with their names. */
export const WEEKDAY_NAMES: readonly [Weekday, string][] = [
  ["monday", "Monday"],
  ["tuesday", "Tuesday"],
  ["wednesday", "Wednesday"],
  ["thursday", "Thursday"],
  ["friday", "Friday"],
  ["saturday", "Saturday"],
  ["sunday", "Sunday"],
];

export const emptyDate = (): DateParts => ({ day: "", month: "", year: "" });

/** A month typed as a number (`12`) or a name or its start (`dec`, `Sept`, `december`). */
export function monthNumber(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\.$/, "");
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (t.length < 3 || !/^[a-z]+$/.test(t)) return null;
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(t));
  return i >= 0 ? i + 1 : null;
}

const iso = (year: number, month: number, day: number): IsoDate =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The years a date read from a file or a register is taken from. */
export const CALENDAR_YEARS = [1900, 2200] as const;

/** `2026-03-05` when the day exists in the calendar (and the year is within `CALENDAR_YEARS`); null otherwise. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < CALENDAR_YEARS[0] || year > CALENDAR_YEARS[1] || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? iso(year, month, day) : null;
}

/**
 * A date as spreadsheets write it back: `2026-03-05`, `5/3/2026` (day first, as in the
 * UK), `5 March 2026`, `Thu 5 Mar 2026`, `Thursday, 5 March 2026`. Null if none of these.
 */
export function parseDateText(text: string): IsoDate | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]+\.?)\s+(\d{4})$/i.exec(t);
  if (m) {
    const month = monthNumber(m[2] ?? "");
    return month === null ? null : isoDate(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

/** The outcome of checking a typed date. */
export interface DateCheck {
  /** The date, when it is a real one. */
  iso: IsoDate | null;
  /** Whether every part has something in it. */
  complete: boolean;
  error: DateError | null;
}

const join = (parts: string[]): string => (parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? ""));
const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Check a date typed in parts, in the GOV.UK words. `name` is the date's name at the
 * start of a sentence ("Date of the meeting", "The start of the period"; an empty date
 * asks to "Enter the date of the meeting"). `year`, when given, is the year from
 * elsewhere (a year field), so only day and month are the user's here; `within` is the
 * range of years to accept (any, when not given: the engine then says what it counts).
 */
export function checkDate(value: DateParts, name: string, opts: { year?: number; within?: readonly [number, number] } = {}): DateCheck {
  const fixedYear = opts.year ?? null;
  const own: DatePart[] = fixedYear === null ? ["day", "month", "year"] : ["day", "month"];
  const missing = own.filter((p) => value[p].trim() === "");
  if (missing.length === own.length) {
    return { iso: null, complete: false, error: { message: `Enter ${/^the /i.test(name) ? lower(name) : `the ${lower(name)}`}`, parts: own } };
  }
  if (missing.length) return { iso: null, complete: false, error: { message: `${name} must include a ${join(missing)}`, parts: missing } };
  const real = (parts: DatePart[], why = ""): DateCheck => ({ iso: null, complete: true, error: { message: `${name} must be a real date${why}`, parts } });
  const dayText = value.day.trim();
  const dayNumber = /^\d{1,2}$/.test(dayText) ? Number(dayText) : null;
  const month = monthNumber(value.month);
  let year = fixedYear;
  if (year === null) {
    const y = value.year.trim();
    if (!/^\d+$/.test(y)) return real(["year"]);
    if (y.length !== 4) return { iso: null, complete: true, error: { message: `${name} must include a year with 4 numbers`, parts: ["year"] } };
    year = Number(y);
  }
  if (month === null) {
    return dayNumber !== null && dayNumber >= 1 && dayNumber <= 31 ? real(["month"], ": the month is a number from 1 to 12 or its name") : real(["day", "month"]);
  }
  if (dayNumber === null) return real(["day"], ": the day is a number from 1 to 31");
  if (dayNumber < 1 || dayNumber > daysIn(year, month)) return real(["day"]);
  if (opts.within && (year < opts.within[0] || year > opts.within[1])) return real(["year"]);
  return { iso: iso(year, month, dayNumber), complete: true, error: null };
}

/** The error for a date input at `path`: one about a part marks that part; one about the whole date marks every part. */
export function dateErrorAt(errors: readonly FieldError[], path: string, parts: readonly DatePart[] = ["day", "month", "year"]): DateError | null {
  const e = errorAt(errors, path);
  if (!e) return null;
  const part = parts.find((p) => e.path === `${path}.${p}`);
  return { message: e.message, parts: part ? [part] : [...parts] };
}

/** A failed check as a form error: at the part at fault, or at the date when several are. */
export function dateFieldError(path: string, check: DateCheck): FieldError | null {
  const e = check.error;
  if (!e) return null;
  return { path: e.parts.length === 1 ? `${path}.${e.parts[0] ?? "day"}` : path, message: e.message };
}

// Written out here rather than through Intl, whose abbreviations differ between
// browsers ("Sep", "Sept").
const SUNDAY_FIRST = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function written(date: IsoDate, weekday?: Weekday): { weekday: string; day: number; month: string; year: string } {
  const [y = "", m = "", d = ""] = date.split("-");
  const named = weekday ? WEEKDAY_NAMES.find(([w]) => w === weekday)?.[1] : undefined;
  const computed = SUNDAY_FIRST[new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay()];
  return { weekday: named ?? computed ?? "", day: Number(d), month: MONTH_NAMES[Number(m) - 1] ?? "", year: y };
}

/** "Thursday 3 December 2026" (the weekday as the engine reports it, when it is given). */
export function longDate(date: IsoDate, weekday?: Weekday): string {
  const p = written(date, weekday);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "Thu 3 Dec 2026". */
export function shortDate(date: IsoDate): string {
  const p = written(date);
  return `${p.weekday.slice(0, 3)} ${p.day} ${p.month.slice(0, 3)} ${p.year}`;
}

/** Today by the browser's clock, as an ISO date (the local day, not UTC's). */
export function today(now = new Date()): IsoDate {
  return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * The date input: a fieldset with its legend and hint, and labelled fields for day,
 * month and (unless the year is set elsewhere) year. The fieldset carries `path` as its
 * `data-path` and the fields `<path>.day` and so on, so the error summary focuses the
 * first field at fault. Its styles are in the base styles (`.date-input`).
 */
export function dateInput(opts: {
  /** The id prefix of its controls (`<id>-day`, …). */
  id: string;
  legend: string | TemplateResult;
  hint?: string;
  value: DateParts;
  path: string;
  error: DateError | null;
  withYear?: boolean;
  /**
   * Shown under the fields once the date is valid ("Thursday 3 December 2026"). Null keeps
   * the line, empty, so that the form does not move when it fills; left out, there is none.
   */
  confirmed?: string | TemplateResult | null;
  onInput: () => void;
  /** Enter in a field (adding a date to a list, say). */
  onEnter?: () => void;
}): TemplateResult {
  const { id, value, error, path, confirmed, onEnter } = opts;
  const parts: [DatePart, string, string][] = [
    ["day", "Day", "numeric"],
    ["month", "Month", "text"],
  ];
  if (opts.withYear !== false) parts.push(["year", "Year", "numeric"]);
  const described = [opts.hint ? `${id}-hint` : "", error ? `${id}-error` : "", confirmed ? `${id}-weekday` : ""].filter(Boolean).join(" ");
  return html`<div class="field date-field ${error ? "field-error-group" : ""}">
    <fieldset role="group" data-path=${path} aria-describedby=${described || nothing}>
      <legend>${opts.legend}</legend>
      ${opts.hint ? html`<p class="hint" id=${`${id}-hint`}>${opts.hint}</p>` : nothing}
      ${inlineError(error ? { path, message: error.message } : undefined, `${id}-error`)}
      <div class="date-input">
        ${parts.map(
          ([part, label, mode]) => html`<div class="date-part">
            <label for=${`${id}-${part}`}>${label}</label>
            <input
              type="text"
              id=${`${id}-${part}`}
              class=${`date-${part}`}
              inputmode=${mode}
              autocomplete="off"
              spellcheck="false"
              data-path=${`${path}.${part}`}
              aria-invalid=${error?.parts.includes(part) ? "true" : "false"}
              .value=${value[part]}
              @input=${(e: Event) => {
                value[part] = (e.target as HTMLInputElement).value;
                opts.onInput();
              }}
              @keydown=${(e: KeyboardEvent) => {
                if (e.key === "Enter" && onEnter) {
                  e.preventDefault();
                  onEnter();
                }
              }}
            />
          </div>`,
        )}
      </div>
      ${confirmed === undefined ? nothing : html`<p class="weekday" id=${`${id}-weekday`} aria-live="off">${confirmed ?? nothing}</p>`}
    </fieldset>
  </div>`;
}
