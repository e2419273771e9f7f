// The register as <quorate-attendance> keeps it (drafts, JSON exports and CSV), the
// engine's input made from it, and its CSV form: one row per seat, one column per
// meeting date, after the seat's id, name, organisation, class, role and vacancy. Who
// held which seat when (members who joined or left part way) and the substitutes listed
// without the member they replaced travel in the JSON only.
import type { AttendanceInput, AttendanceStatus, ConstitutionSource, Seat, SeatRole } from "quorate";
import { columnName, CsvError, parseCsv, toCsv } from "../../base/csv.js";
import { ImportError } from "../../base/files.js";
import { SEAT_CLASSES } from "../../base/roster-editor.js";
import { CALENDAR_YEARS, checkDate, emptyDate, parseDateText, type DateParts } from "../../base/date-input.js";

export const STATUSES: readonly [AttendanceStatus, string][] = [
  ["present", "Present"],
  ["apologies", "Apologies"],
  ["reasonableExcuse", "Reasonable excuse"],
  ["absent", "Absent"],
];

export interface SubstituteDraft {
  name: string;
  /** As the minute gives it; shown, never used to choose a seat. */
  organisation: string;
}

export interface MeetingDraft {
  date: string;
  /** Each seat's status, by seat id (a seat nobody held that day has none sent). */
  statuses: Record<string, AttendanceStatus>;
  /** Substitutes the minute lists without the member they replaced. */
  unattributed: SubstituteDraft[];
}

/** A member's time in one seat: joined and left as typed (either may be empty). */
export interface HolderDraft {
  seat: string;
  name: string;
  joined: DateParts;
  left: DateParts;
}

export interface RegisterDraft {
  /** The body the meetings are of (its cadence rules apply). */
  body: string;
  seats: Seat[];
  /** In date order, one per date. */
  meetings: MeetingDraft[];
  /** Members who joined or left part way; a seat none names is held throughout. */
  holders: HolderDraft[];
  /** The period cadence is checked over (both optional). */
  from: DateParts;
  to: DateParts;
  /** The meeting being added. */
  adding: DateParts;
}

/** The status a seat starts with at a new meeting: present, or absent if the seat is vacant. */
export const startStatus = (seat: Seat): AttendanceStatus => (seat.vacant ? "absent" : "present");

export function freshRegister(membership: readonly Seat[], body: string): RegisterDraft {
  return { body, seats: membership.map((s) => ({ ...s })), meetings: [], holders: [], from: emptyDate(), to: emptyDate(), adding: emptyDate() };
}

/** A holder's day joined or left, when typed in full and real (else open). */
const day = (parts: DateParts): string | null => checkDate(parts, "The date", { within: CALENDAR_YEARS }).iso;

/**
 * Who held `seat` on `date`: the holder, `null` when nobody did, `undefined` when no
 * holder names the seat (its roster member holds it throughout, unless it is vacant).
 */
export function holderAt(r: RegisterDraft, seat: Seat, date: string): HolderDraft | null | undefined {
  const mine = r.holders.filter((h) => h.seat === seat.id);
  if (!mine.length) return seat.vacant ? null : undefined;
  return mine.find((h) => (day(h.joined) ?? "") <= date && date <= (day(h.left) ?? "9999-12-31")) ?? null;
}

/**
 * What a register cell shows when nobody held the seat: "not a member" before its first
 * holder joined, "vacant" once a holder has left (or for a seat the roster marks vacant).
 */
export function emptyCell(r: RegisterDraft, seat: Seat, date: string): "notMember" | "vacant" {
  const mine = r.holders.filter((h) => h.seat === seat.id);
  const leftBefore = mine.some((h) => {
    const left = day(h.left);
    return left !== null && left < date;
  });
  return mine.length && !leftBefore ? "notMember" : "vacant";
}

/** The seats someone held at meeting `m`, in roster order: those its attendance lists. */
export const heldSeats = (r: RegisterDraft, m: MeetingDraft): Seat[] => r.seats.filter((s) => holderAt(r, s, m.date) !== null);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown, what: string): string => {
  if (typeof v !== "string") throw new ImportError(`${what} is not text`);
  return v;
};

function seatFrom(v: unknown, i: number): Seat {
  if (!isObject(v)) throw new ImportError(`seat ${i + 1} is not a seat`);
  const cls = SEAT_CLASSES.find(([c]) => c === v.class)?.[0];
  if (!cls) throw new ImportError(`seat ${i + 1} has no class (core, other or nonVoting)`);
  const seat: Seat = { id: text(v.id, `seat ${i + 1}'s id`), name: text(v.name, `seat ${i + 1}'s name`), organisation: text(v.organisation, `seat ${i + 1}'s organisation`), class: cls };
  if (v.role === "chair" || v.role === "viceChair") seat.role = v.role;
  if (v.vacant === true) seat.vacant = true;
  return seat;
}

function partsFrom(v: unknown): DateParts {
  if (!isObject(v)) return emptyDate();
  const s = (x: unknown) => (typeof x === "string" ? x : "");
  return { day: s(v.day), month: s(v.month), year: s(v.year) };
}

/** A draft or an import, checked: throws an `ImportError` saying what is wrong. */
export function registerFrom(data: unknown, bodies: readonly string[]): RegisterDraft {
  if (!isObject(data)) throw new ImportError("the file holds no register");
  if (!Array.isArray(data.seats) || !Array.isArray(data.meetings)) throw new ImportError("the file holds no seats or meetings");
  const seats = data.seats.map(seatFrom);
  const meetings: MeetingDraft[] = data.meetings.map((m: unknown, i: number) => {
    if (!isObject(m) || typeof m.date !== "string" || parseDateText(m.date) !== m.date || !isObject(m.statuses)) {
      throw new ImportError(`meeting ${i + 1} has no date (YYYY-MM-DD) or statuses`);
    }
    const given = m.statuses;
    const statuses: Record<string, AttendanceStatus> = {};
    for (const seat of seats) {
      const s = STATUSES.find(([v]) => v === given[seat.id])?.[0];
      statuses[seat.id] = s ?? startStatus(seat);
    }
    const unattributed: SubstituteDraft[] = Array.isArray(m.unattributed)
      ? m.unattributed.map((u: unknown, j: number) => {
          if (!isObject(u)) throw new ImportError(`meeting ${i + 1}'s substitute ${j + 1} is not a substitute`);
          return { name: text(u.name, `meeting ${i + 1}'s substitute ${j + 1}'s name`), organisation: typeof u.organisation === "string" ? u.organisation : "" };
        })
      : [];
    return { date: m.date, statuses, unattributed };
  });
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let i = 1; i < meetings.length; i++) {
    if (meetings[i]?.date === meetings[i - 1]?.date) throw new ImportError(`two meetings are on ${meetings[i]?.date}`);
  }
  const holders: HolderDraft[] = (Array.isArray(data.holders) ? data.holders : []).map((h: unknown, i: number) => {
    if (!isObject(h)) throw new ImportError(`holder ${i + 1} is not a member's time in a seat`);
    return { seat: text(h.seat, `holder ${i + 1}'s seat`), name: text(h.name, `holder ${i + 1}'s name`), joined: partsFrom(h.joined), left: partsFrom(h.left) };
  });
  const body = typeof data.body === "string" && bodies.includes(data.body) ? data.body : (bodies[0] ?? "");
  return { body, seats, meetings, holders, from: partsFrom(data.from), to: partsFrom(data.to), adding: partsFrom(data.adding) };
}

/** The period's ends, when typed in full and real (else left out: the engine uses the meetings'). */
export function periodEnd(parts: DateParts): string | null {
  return checkDate(parts, "The date", { within: CALENDAR_YEARS }).iso;
}

/** The register as `attendanceReport` takes it. */
export function registerInput(r: RegisterDraft, constitution: ConstitutionSource): AttendanceInput {
  return {
    constitution,
    body: r.body || null,
    roster: { seats: r.seats },
    holders: r.holders.map((h) => ({ seat: h.seat, name: h.name, joined: day(h.joined), left: day(h.left) })),
    meetings: r.meetings.map((m) => ({
      date: m.date,
      attendance: { members: heldSeats(r, m).map((s) => ({ seat: s.id, status: m.statuses[s.id] ?? startStatus(s) })), substitutes: [] },
      unattributedSubstitutes: m.unattributed.map((u) => ({ name: u.name, organisation: u.organisation.trim() || null })),
    })),
    from: periodEnd(r.from),
    to: periodEnd(r.to),
  };
}

const FIXED = ["id", "name", "organisation", "class", "role", "vacant"] as const;

/** How the register names a cell nobody held: on screen, in the legend and in the CSV. */
export const EMPTY_LABEL = { notMember: "Not a member", vacant: "Vacant" } as const;

/** The register as CSV: spreadsheet-safe, and read back exactly by `registerFromCsv`. */
export function registerToCsv(r: RegisterDraft): string {
  const label = (s: AttendanceStatus) => STATUSES.find(([v]) => v === s)?.[1] ?? s;
  const rows: string[][] = [[...FIXED, ...r.meetings.map((m) => m.date)]];
  for (const s of r.seats) {
    rows.push([
      s.id,
      s.name,
      s.organisation,
      s.class,
      s.role ?? "",
      s.vacant ? "yes" : "",
      ...r.meetings.map((m) => (holderAt(r, s, m.date) === null && r.holders.length ? EMPTY_LABEL[emptyCell(r, s, m.date)] : label(m.statuses[s.id] ?? startStatus(s)))),
    ]);
  }
  return toCsv(rows);
}

/** One problem in an imported CSV: where it is, in spreadsheet terms. */
export interface CsvProblem {
  row: number;
  column: number;
  message: string;
}

export const where = (p: CsvProblem): string => `Row ${p.row}, column ${columnName(p.column)}: ${p.message}`;

const norm = (t: string) => t.trim().toLowerCase().replace(/[\s_-]+/g, "");

/**
 * A CSV register read back: the seats and meetings, or every problem found (with row
 * and column). Statuses may be the labels (`Reasonable excuse`) or the engine's words
 * (`reasonableExcuse`), in any case; dates as ISO, `5/3/2026` or `5 March 2026`.
 */
export function registerFromCsv(textIn: string): { seats: Seat[]; meetings: MeetingDraft[] } | { problems: CsvProblem[] } {
  let rows: string[][];
  try {
    rows = parseCsv(textIn);
  } catch (e) {
    if (e instanceof CsvError) return { problems: [{ row: e.row, column: e.column, message: e.message }] };
    throw e;
  }
  const problems: CsvProblem[] = [];
  const header = rows[0];
  if (!header || rows.length < 2) return { problems: [{ row: 1, column: 1, message: "the file has no seats: a header row, then one row per seat" }] };
  const at: Partial<Record<(typeof FIXED)[number], number>> = {};
  const dates: { column: number; date: string }[] = [];
  header.forEach((h, c) => {
    const known = FIXED.find((f) => norm(f) === norm(h));
    if (known) {
      if (at[known] !== undefined) problems.push({ row: 1, column: c + 1, message: `the column "${known}" is there twice` });
      at[known] = c;
      return;
    }
    const date = parseDateText(h);
    if (!date) {
      problems.push({ row: 1, column: c + 1, message: `"${h}" is not a date (write it as 2026-03-05 or 5 March 2026) nor one of the columns ${FIXED.join(", ")}` });
    } else if (dates.some((d) => d.date === date)) {
      problems.push({ row: 1, column: c + 1, message: `${date} is there twice: one column per meeting` });
    } else dates.push({ column: c, date });
  });
  for (const f of ["id", "name", "organisation", "class"] as const) {
    if (at[f] === undefined) problems.push({ row: 1, column: header.length + 1, message: `add the column "${f}"` });
  }
  if (!dates.length) problems.push({ row: 1, column: header.length + 1, message: "add at least one meeting date column" });
  if (problems.length) return { problems };
  const cell = (row: string[], c: number | undefined) => (c === undefined ? "" : (row[c] ?? ""));
  const seats: Seat[] = [];
  const statuses: Record<string, AttendanceStatus>[] = dates.map(() => ({}));
  rows.slice(1).forEach((row, r) => {
    const rowNo = r + 2;
    if (row.length !== header.length) {
      problems.push({ row: rowNo, column: Math.min(row.length, header.length) + 1, message: `the row has ${row.length} cells; the header has ${header.length}` });
      return;
    }
    const id = cell(row, at.id);
    if (!id.trim()) problems.push({ row: rowNo, column: (at.id ?? 0) + 1, message: "enter the seat's id" });
    else if (seats.some((s) => s.id === id)) problems.push({ row: rowNo, column: (at.id ?? 0) + 1, message: `the seat "${id}" is there twice` });
    const clsText = cell(row, at.class);
    const cls = SEAT_CLASSES.find(([v, label]) => norm(v) === norm(clsText) || norm(label) === norm(clsText))?.[0];
    if (!cls) problems.push({ row: rowNo, column: (at.class ?? 0) + 1, message: `"${clsText}" is not a class: use core, other or nonVoting` });
    const roleText = cell(row, at.role);
    const role: SeatRole | null = norm(roleText) === "chair" ? "chair" : norm(roleText) === "vicechair" ? "viceChair" : null;
    if (roleText.trim() && !role) problems.push({ row: rowNo, column: (at.role ?? 0) + 1, message: `"${roleText}" is not a role: use chair, viceChair or leave it empty` });
    const vacantText = norm(cell(row, at.vacant));
    if (!["", "yes", "no", "true", "false"].includes(vacantText)) {
      problems.push({ row: rowNo, column: (at.vacant ?? 0) + 1, message: `"${cell(row, at.vacant)}" is not yes or no` });
    }
    const seat: Seat = { id, name: cell(row, at.name), organisation: cell(row, at.organisation), class: cls ?? "core" };
    if (role) seat.role = role;
    if (vacantText === "yes" || vacantText === "true") seat.vacant = true;
    dates.forEach((d, j) => {
      const v = cell(row, d.column);
      const status = STATUSES.find(([s, label]) => norm(s) === norm(v) || norm(label) === norm(v))?.[0];
      const empty = Object.values(EMPTY_LABEL).some((l) => norm(l) === norm(v));
      if (empty) {
        problems.push({
          row: rowNo,
          column: d.column + 1,
          message: `"${v}": the CSV carries attendance only, not who joined or left when; move a register with members who joined or left part way as JSON (Export register (JSON))`,
        });
      } else if (!status) problems.push({ row: rowNo, column: d.column + 1, message: `"${v}" is not a status: use Present, Apologies, Reasonable excuse or Absent` });
      else {
        const record = statuses[j];
        if (record) record[id] = status;
      }
    });
    seats.push(seat);
  });
  if (problems.length) return { problems };
  const meetings = dates.map((d, j) => ({ date: d.date, statuses: statuses[j] ?? {}, unattributed: [] }));
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { seats, meetings };
}
