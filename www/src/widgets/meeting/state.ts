// The meeting as <quorate-meeting> keeps it (drafts and exports), and the inputs the
// engines take from it.
import type { MinuteInput, MinuteItem, Seat } from "quorate";
import { monthNumber } from "../../base/date-input.js";
import type { FieldError } from "../../base/errors.js";
import { fitItems, itemId, type ItemDraft } from "./agenda.js";
import { fitAttendance, freshAttendance, type AttendanceDraft } from "./attendance.js";
import { fitRoster } from "./roster.js";
import { ballotsFor, motionPeople, type ItemVote } from "./votes.js";
import type { Missing } from "./minute.js";

export interface MeetingDraft {
  /** The edited seats; null for the constitution's membership. */
  seats: Seat[] | null;
  attendance: AttendanceDraft;
  /** The seat the meeting nominated to chair, when the rules leave it to the meeting. */
  chairedBy: string | null;
  items: ItemDraft[];
  /** The date (three fields, as typed), time and place, for the minute's heading. */
  details: MeetingDetails;
}

export interface MeetingDetails {
  day: string;
  month: string;
  year: string;
  time: string;
  place: string;
}

const freshDetails = (): MeetingDetails => ({ day: "", month: "", year: "", time: "", place: "" });

/** The date as the engine takes it (it checks it is real; a month may be a name); null until all three fields are filled. */
export function isoDate(d: MeetingDetails): string | null {
  const [day, month, year] = [d.day.trim(), d.month.trim(), d.year.trim()];
  if (!day || !month || !year) return null;
  return `${year.padStart(4, "0")}-${String(monthNumber(month) ?? month).padStart(2, "0")}-${day.padStart(2, "0")}`;
}

export function freshMeeting(membership: readonly Seat[]): MeetingDraft {
  return { seats: null, attendance: freshAttendance(membership), chairedBy: null, items: [], details: freshDetails() };
}

/** A draft or an import made to fit: unknown shapes are dropped, never trusted. */
export function fitMeeting(membership: readonly Seat[], saved: unknown): MeetingDraft {
  const v = (typeof saved === "object" && saved !== null ? saved : {}) as Partial<Record<keyof MeetingDraft, unknown>>;
  const seats = fitRoster(v.seats);
  return {
    seats,
    attendance: fitAttendance(seats ?? membership, v.attendance),
    chairedBy: typeof v.chairedBy === "string" ? v.chairedBy : null,
    items: fitItems(v.items),
    details: fitDetails(v.details),
  };
}

function fitDetails(saved: unknown): MeetingDetails {
  const v = (typeof saved === "object" && saved !== null ? saved : {}) as Record<string, unknown>;
  const d = freshDetails();
  for (const k of Object.keys(d) as (keyof MeetingDetails)[]) if (typeof v[k] === "string") d[k] = v[k] as string;
  return d;
}

/** Rewrite `items[k]` in the engines' errors (k counts titled items) to the item's place on the agenda. */
export function remapItems(errors: FieldError[], indexes: readonly number[]): FieldError[] {
  return errors.map((e) => ({
    ...e,
    path: e.path.replace(/^items\[(\d+)\]/, (whole, k: string) => {
      const i = indexes[Number(k)];
      return i === undefined ? whole : `items[${i}]`;
    }),
  }));
}

/** Declarations the minute cannot word yet: nobody said by virtue of what. */
export function missingForMinute(items: readonly ItemDraft[], present: ReadonlySet<string>, nameOf: (seat: string) => string): Missing[] {
  return items.flatMap((item, i) =>
    item.title.trim()
      ? item.conflicts.flatMap((c, k) =>
          present.has(c.seat) && !c.byVirtueOf.trim()
            ? [{ path: `items[${i}].declarations[${k}].byVirtueOf`, message: `Say by virtue of what ${nameOf(c.seat)} declared an interest on item ${itemId(i)}` }]
            : [],
        )
      : [],
  );
}

/** The minute's items: each titled item, its declarations, decision and vote. */
export function minuteItems(items: readonly ItemDraft[], present: ReadonlySet<string>, votes: readonly (ItemVote | null)[]): MinuteItem[] {
  return items.flatMap((item, i): MinuteItem[] => {
    if (!item.title.trim()) return [];
    const vote = votes[i];
    const ballots = vote ? ballotsFor(item, vote) : [];
    return [
      {
        id: itemId(i),
        title: item.title,
        declarations: item.conflicts.filter((c) => present.has(c.seat)).map((c) => ({ seat: c.seat, kind: "interest", byVirtueOf: c.byVirtueOf })),
        decision: item.decision.trim() ? item.decision : null,
        vote:
          vote && (ballots.length || vote.report.outcome === "notPut")
            ? {
                motion: { title: item.title, rule: item.vote.rule || null, ...motionPeople(item) },
                votes: ballots,
                castingVote: vote.tie ? item.vote.casting : null,
              }
            : null,
      },
    ];
  });
}

export type { MinuteInput };
