// The member's own gifts and hospitality log, kept on this device: each offer accepted
// or declined, with its date, source, value and outcome. It answers "have you had
// anything from the same source before?" and adds up what one source gave in the last
// 12 months; it goes out and comes back as CSV without losing anything.
import { html, nothing, type TemplateResult } from "lit";
import type { GiftKind, IsoDate } from "quorate";
import { parseCsv, toCsv, CsvError, columnName } from "../../base/csv.js";
import { isoDate, parseDateText, shortDate } from "../../base/date-input.js";
import { columnHeads, plural } from "../../base/render.js";

/** What became of an offer, in the words of the engine's register entry (`GiftRecord.decision`). */
export type LogDecision = "accepted" | "declined" | "accepted on behalf of the partnership" | "awaiting advice";

export const DECISIONS: readonly LogDecision[] = ["accepted", "declined", "accepted on behalf of the partnership", "awaiting advice"];

/** One offer in the log. */
export interface LogEntry {
  date: IsoDate;
  /** Who offered it, as the member typed it. */
  source: string;
  kind: GiftKind;
  /** What it was ("a box of chocolates"); may be empty. */
  description: string;
  /** Its value in pounds; null when not known. */
  value: number | null;
  decision: LogDecision;
}

/** The kinds of offer, as the code names them and as the CSV writes them. */
export const KINDS: readonly [GiftKind, string][] = [
  ["gift", "Gift"],
  ["hospitality", "Hospitality"],
  ["reliefFromDebt", "Relief from debt"],
  ["loanConcession", "Loan concession"],
  ["servicesBelowCost", "Services below cost"],
];

export const kindName = (kind: GiftKind): string => KINDS.find(([k]) => k === kind)?.[1] ?? kind;

/** The same source however it was typed: "Acme Ltd" and " acme  ltd". */
export const sameSource = (a: string, b: string): boolean => norm(a) !== "" && norm(a) === norm(b);
const norm = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();

/** £12.50, £50, £1,200. */
export function pounds(v: number): string {
  const whole = Math.floor(Math.round(v * 100) / 100);
  const pence = Math.round(v * 100) - whole * 100;
  return `£${whole.toLocaleString("en-GB")}${pence ? `.${String(pence).padStart(2, "0")}` : ""}`;
}

/** A day a year before `date` (29 February goes to 28 February). */
function yearBefore(date: IsoDate): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return isoDate(y - 1, m, d) ?? isoDate(y - 1, m, d - 1) ?? date;
}

/** What one source gave that the member accepted, in the 12 months up to a date. */
export interface SourceTotal {
  /** The first day counted (the day after the same date a year before) and the last. */
  from: IsoDate;
  to: IsoDate;
  /** The accepted offers counted, oldest first. */
  entries: LogEntry[];
  /** Their values added up (offers with no value count as £0, and `unvalued` says how many). */
  total: number;
  unvalued: number;
}

/**
 * The one place the 12-month total is worked out: offers from `source` the member
 * accepted for themselves (not those taken on behalf of the partnership, nor declined),
 * dated after the same day a year before `to` and on or before `to`.
 */
export function sourceTotal(log: readonly LogEntry[], source: string, to: IsoDate): SourceTotal {
  const after = yearBefore(to);
  const entries = log
    .filter((e) => e.decision === "accepted" && sameSource(e.source, source) && e.date > after && e.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const pence = entries.reduce((sum, e) => sum + Math.round((e.value ?? 0) * 100), 0);
  const next = new Date(`${after}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { from: next.toISOString().slice(0, 10), to, entries, total: pence / 100, unvalued: entries.filter((e) => e.value === null).length };
}

/** The offers from `source` the member accepted before (or on) `date`: what answers "had anything before?". */
export function earlierFrom(log: readonly LogEntry[], source: string, date: IsoDate | null): LogEntry[] {
  return log.filter((e) => e.decision === "accepted" && sameSource(e.source, source) && (date === null || e.date <= date));
}

/** Every source in the log, as first typed, in the order first seen. */
export function sources(log: readonly LogEntry[]): string[] {
  const seen: string[] = [];
  for (const e of log) if (!seen.some((s) => sameSource(s, e.source))) seen.push(e.source.trim());
  return seen;
}

// --- CSV ------------------------------------------------------------------------------

export const CSV_HEADER = ["Date", "Source", "Kind", "Description", "Value (£)", "Decision"] as const;

/** The log as CSV: one row an offer, formula-guarded, dates as ISO, values as plain numbers. */
export function logToCsv(log: readonly LogEntry[]): string {
  return toCsv([[...CSV_HEADER], ...log.map((e) => [e.date, e.source, kindName(e.kind), e.description, e.value === null ? "" : String(e.value), e.decision])]);
}

/** A problem in an imported log, at a spreadsheet cell. */
export interface CsvProblem {
  row: number;
  column: number;
  message: string;
}

/** A CSV log back as entries, or every problem found (each at its row and column). */
export function logFromCsv(text: string): { log: LogEntry[] } | { problems: CsvProblem[] } {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) return { problems: [{ row: e.row, column: e.column, message: e.message }] };
    throw e;
  }
  const [head, ...body] = rows;
  const problems: CsvProblem[] = [];
  if (!head || CSV_HEADER.some((h, i) => (head[i] ?? "").trim() !== h)) {
    return { problems: [{ row: 1, column: 1, message: `the first row must be the headings ${CSV_HEADER.join(", ")}, as this tool exports them` }] };
  }
  const log: LogEntry[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: number) => cells[c] ?? "";
    const bad = (column: number, message: string) => problems.push({ row, column: column + 1, message });
    const date = parseDateText(cell(0));
    if (!date) bad(0, "enter the date as 2026-03-05 or 5/3/2026");
    const source = cell(1);
    if (!source.trim()) bad(1, "enter who offered it");
    const kind = KINDS.find(([k, name]) => name.toLowerCase() === cell(2).trim().toLowerCase() || k === cell(2).trim())?.[0];
    if (!kind) bad(2, `the kind must be one of ${KINDS.map(([, n]) => n).join(", ")}`);
    const valueText = cell(4).trim().replace(/^£/, "").replace(/,/g, "");
    const value = valueText === "" ? null : Number(valueText);
    if (value !== null && (!/^\d+(\.\d+)?$/.test(valueText) || !Number.isFinite(value))) bad(4, "the value must be an amount in pounds, like 25 or 12.50, or empty");
    const decision = DECISIONS.find((d) => d === cell(5).trim().toLowerCase());
    if (!decision) bad(5, `the decision must be one of ${DECISIONS.join(", ")}`);
    if (date && source.trim() && kind && decision && (value === null || Number.isFinite(value))) {
      log.push({ date, source, kind, description: cell(3), value, decision });
    }
  });
  return problems.length ? { problems } : { log };
}

export const where = (p: CsvProblem): string => `row ${p.row}, column ${columnName(p.column)}: ${p.message}`;

// --- Drafts ---------------------------------------------------------------------------

/** A log read back from a draft or an import: anything not shaped as an entry is refused. */
export function readLog(value: unknown): LogEntry[] {
  if (!Array.isArray(value)) throw new Error("the log must be a list of offers");
  return value.map((v: unknown, i) => {
    const e = (typeof v === "object" && v !== null ? v : {}) as Record<string, unknown>;
    const date = typeof e.date === "string" ? parseDateText(e.date) : null;
    const kind = KINDS.find(([k]) => k === e.kind)?.[0];
    const decision = DECISIONS.find((d) => d === e.decision);
    const value = e.value === null ? null : typeof e.value === "number" && Number.isFinite(e.value) && e.value >= 0 ? e.value : undefined;
    if (!date || typeof e.source !== "string" || !kind || !decision || value === undefined || typeof e.description !== "string") {
      throw new Error(`offer ${i + 1} in the log is not complete`);
    }
    return { date, source: e.source, kind, description: e.description, value, decision };
  });
}

// --- Rendering ------------------------------------------------------------------------

/** The log as a table (newest first), each row with Remove. */
export function logTable(log: readonly LogEntry[], onRemove: (entry: LogEntry) => void): TemplateResult {
  if (!log.length) return html`<p class="hint">Your log is empty. Offers you check and add, or add yourself below, appear here.</p>`;
  const rows = [...log].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return html`<div class="scroll" part="log">
    <table class="stack log">
      <caption>
        Your log:
        ${plural(log.length, "offer")}
      </caption>
      ${columnHeads(["Date", "Source", "What", "Value", "Decision", { hidden: "Remove" }])}
      <tbody>
        ${rows.map(
          (e) => html`<tr>
            <td data-label="Date">${shortDate(e.date)}</td>
            <td data-label="Source">${e.source}</td>
            <td data-label="What">${kindName(e.kind)}${e.description ? html`: ${e.description}` : nothing}</td>
            <td data-label="Value">${e.value === null ? html`<span class="muted">not known</span>` : pounds(e.value)}</td>
            <td data-label="Decision">${e.decision}</td>
            <td>
              <button type="button" class="link" @click=${() => onRemove(e)}>
                Remove<span class="visually-hidden"> ${kindName(e.kind).toLowerCase()} from ${e.source} on ${shortDate(e.date)}</span>
              </button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
