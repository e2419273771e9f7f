// Dates as a secretary types them: the GOV.UK date input (day, month, year; the month
// as a number or a name), and the dates a spreadsheet writes back into a CSV header.
// Every date is a calendar day, handled in UTC so that no time zone moves it.
import { html, nothing, type TemplateResult } from "lit";
import { errorAt, type FieldError } from "../../base/errors.js";
import { inlineError } from "../../base/render.js";

/** The three fields of a date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDate = (): DateParts => ({ day: "", month: "", year: "" });

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** A month number from `3`, `03`, `Mar`, `March` or `Sept`; null otherwise. */
export function monthNumber(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\.$/, "");
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (t.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(t) || (t === "sept" && m === "september"));
  return i >= 0 ? i + 1 : null;
}

/** `2026-03-05` when the day exists in the calendar; null otherwise. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The problem with a date input, worded as GOV.UK does; or the ISO date. */
export function readDate(parts: DateParts, what: string): { iso: string } | { field: keyof DateParts | "all"; message: string } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { field: "all", message: `Enter ${what}` };
  if (!day) return { field: "day", message: `${capital(what)} must include a day` };
  if (!month) return { field: "month", message: `${capital(what)} must include a month` };
  if (!year) return { field: "year", message: `${capital(what)} must include a year` };
  if (!/^\d{1,2}$/.test(day)) return { field: "day", message: `${capital(what)} must be a real date: the day is a number from 1 to 31` };
  const m = monthNumber(month);
  if (m === null) return { field: "month", message: `${capital(what)} must be a real date: the month is a number from 1 to 12 or its name` };
  if (!/^\d{4}$/.test(year)) return { field: "year", message: `${capital(what)} must include a year with 4 numbers` };
  const iso = isoDate(Number(year), m, Number(day));
  if (!iso) return { field: "all", message: `${capital(what)} must be a real date` };
  return { iso };
}

/** An ISO date back into the three fields. */
export function partsOf(iso: string): DateParts {
  const [year = "", month = "", day = ""] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * A date as spreadsheets write it back: `2026-03-05`, `5/3/2026` (day first, as in the
 * UK), `5 March 2026`, `Thu 5 Mar 2026`, `Thursday, 5 March 2026`. Null if none of these.
 */
export function parseDateText(text: string): string | null {
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

// Written out here rather than through Intl, whose abbreviations differ between
// browsers ("Sep", "Sept").
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const cap = (m: string) => m.charAt(0).toUpperCase() + m.slice(1);
function parts(iso: string): { weekday: string; day: number; month: string; year: string } {
  const [y = "", m = "", d = ""] = iso.split("-");
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return { weekday: DAYS[date.getUTCDay()] ?? "", day: Number(d), month: cap(MONTHS[Number(m) - 1] ?? ""), year: y };
}
/** "Thursday 5 March 2026". */
export function longDate(iso: string): string {
  const p = parts(iso);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}
/** "Thu 5 Mar 2026". */
export function shortDate(iso: string): string {
  const p = parts(iso);
  return `${p.weekday.slice(0, 3)} ${p.day} ${p.month.slice(0, 3)} ${p.year}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The GOV.UK date input: a fieldset with a legend and hint, and three labelled fields
 * (day, month, year); the weekday of a complete, real date shown under it. `path`
 * names the fields for the error summary (`<path>.day`, …).
 */
export function dateInput(opts: {
  id: string;
  legend: TemplateResult | string;
  hint: string;
  parts: DateParts;
  path: string;
  errors: readonly FieldError[];
  onInput: () => void;
  onEnter?: () => void;
}): TemplateResult {
  const { id, legend, hint, parts, path, errors, onInput, onEnter } = opts;
  const error = errorAt(errors, path);
  const wrong = (f: keyof DateParts) => !!error && (error.path === path || error.path === `${path}.${f}`);
  const read = readDate(parts, "the date");
  const weekday = "iso" in read ? longDate(read.iso) : "";
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const field = (f: keyof DateParts, label: string, cls: string, numeric: boolean) =>
    html`<div class="date-item">
      <label for=${`${id}-${f}`}>${label}</label>
      <input
        type="text"
        class=${cls}
        id=${`${id}-${f}`}
        data-path=${`${path}.${f}`}
        inputmode=${numeric ? "numeric" : nothing}
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${wrong(f) ? "true" : "false"}
        .value=${parts[f]}
        @input=${(e: Event) => {
          parts[f] = (e.target as HTMLInputElement).value;
          onInput();
        }}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === "Enter" && onEnter) {
            e.preventDefault();
            onEnter();
          }
        }}
      />
    </div>`;
  return html`<div class=${error ? "field-error-group" : ""}>
    <fieldset role="group" data-path=${path} aria-describedby=${describedBy}>
      <legend>${legend}</legend>
      <p class="hint" id=${`${id}-hint`}>${hint}</p>
      ${inlineError(error, `${id}-error`)}
      <div class="date-input">
        ${field("day", "Day", "w2", true)} ${field("month", "Month", "w5", false)} ${field("year", "Year", "w4", true)}
      </div>
      <p class="weekday" aria-live="off">${weekday ? html`That is a <strong>${weekday}</strong>.` : nothing}</p>
    </fieldset>
  </div>`;
}
