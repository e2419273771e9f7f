// Dates as people type them and read them: the GOV.UK date input (day, month and year
// in three fields, month names accepted, never auto-tabbing), its checks worded as the
// design system words them, and dates written out in full with the weekday.
import { html, nothing, type TemplateResult } from "lit";
import type { IsoDate, Weekday } from "quorate";
import { inlineError } from "../../base/render.js";

export type DatePart = "day" | "month" | "year";

/** What the user typed, kept exactly as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
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

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The outcome of checking a typed date. */
export interface DateCheck {
  /** The date, when it is a real one. */
  iso: IsoDate | null;
  /** Whether every part has something in it. */
  complete: boolean;
  /** What is wrong, as an instruction, and the parts at fault (the first is focused). */
  error: { message: string; parts: DatePart[] } | null;
}

const join = (parts: string[]): string => (parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? ""));

/**
 * Check a date typed in parts. `name` is the date's name at the start of a sentence
 * ("Date of the meeting"); `year` may be given from elsewhere (a year field), in which
 * case only day and month are the user's here.
 */
export function checkDate(value: DateParts, name: string, fixedYear: number | null = null): DateCheck {
  const own: DatePart[] = fixedYear === null ? ["day", "month", "year"] : ["day", "month"];
  const missing = own.filter((p) => value[p].trim() === "");
  if (missing.length === own.length) {
    return { iso: null, complete: false, error: { message: `Enter the ${name.charAt(0).toLowerCase()}${name.slice(1)}`, parts: own } };
  }
  if (missing.length) {
    return { iso: null, complete: false, error: { message: `${name} must include a ${join(missing)}`, parts: missing } };
  }
  const real = (parts: DatePart[]): DateCheck => ({ iso: null, complete: true, error: { message: `${name} must be a real date`, parts } });
  const dayText = value.day.trim();
  const month = monthNumber(value.month);
  let year = fixedYear;
  if (year === null) {
    const y = value.year.trim();
    if (!/^\d+$/.test(y)) return real(["year"]);
    if (y.length !== 4) return { iso: null, complete: true, error: { message: `${name} must include a year with 4 numbers`, parts: ["year"] } };
    year = Number(y);
  }
  if (month === null) return real(/^\d{1,2}$/.test(dayText) && Number(dayText) >= 1 && Number(dayText) <= 31 ? ["month"] : ["day", "month"]);
  if (!/^\d{1,2}$/.test(dayText)) return real(["day"]);
  const day = Number(dayText);
  if (day < 1 || day > daysIn(year, month)) return real(["day"]);
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { iso, complete: true, error: null };
}

/** "Thursday 3 December 2026" (the weekday as the engine reports it). */
export function longDate(iso: IsoDate, weekday?: Weekday | null): string {
  const [y, m, d] = iso.split("-");
  const wd = weekday ? `${WEEKDAY_NAMES.find(([w]) => w === weekday)?.[1] ?? ""} ` : "";
  return `${wd}${Number(d)} ${MONTH_NAMES[Number(m) - 1] ?? ""} ${y ?? ""}`;
}

/** The date input: a fieldset of day, month and (unless the year is set elsewhere) year. */
export function dateInput(opts: {
  /** The id prefix of its controls. */
  id: string;
  legend: string | TemplateResult;
  hint?: string;
  value: DateParts;
  /** The data-path of the fieldset; its parts are `<path>.day` and so on. */
  path: string;
  error: { message: string; parts: DatePart[] } | null;
  withYear?: boolean;
  /** Shown under the fields once the date is valid ("Thursday 3 December 2026"). */
  confirmed?: string | null;
  onInput: () => void;
}): TemplateResult {
  const { id, value, error, path } = opts;
  const parts: [DatePart, string, string][] = [
    ["day", "Day", "numeric"],
    ["month", "Month", "text"],
  ];
  if (opts.withYear !== false) parts.push(["year", "Year", "numeric"]);
  const described = [opts.hint ? `${id}-hint` : "", error ? `${id}-error` : "", opts.confirmed ? `${id}-weekday` : ""].filter(Boolean).join(" ");
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
            />
          </div>`,
        )}
      </div>
      ${opts.confirmed ? html`<p class="weekday" id=${`${id}-weekday`}>${opts.confirmed}</p>` : nothing}
    </fieldset>
  </div>`;
}

/** Today by the browser's clock, as an ISO date (the local day, not UTC's). */
export function today(now = new Date()): IsoDate {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

