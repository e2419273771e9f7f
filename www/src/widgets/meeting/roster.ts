// The seats of the meeting: the constitution's membership, or the secretary's edit of it
// (more council chief officers, a renamed seat, a seat that is gone). The engines take
// the edit as `roster`; an unedited roster is left out, so the constitution's is used.
// The editor itself is the base's (base/roster-editor.ts).
import type { Roster, Seat } from "quorate";
import { SEAT_CLASSES } from "../../base/roster-editor.js";

/** The seats in force: the edit, else the constitution's membership. */
export function seatsOf(edited: readonly Seat[] | null, membership: readonly Seat[]): readonly Seat[] {
  return edited ?? membership;
}

/** What the engines take as `roster`: only an edited roster. */
export function rosterInput(edited: readonly Seat[] | null): Roster | null {
  return edited ? { seats: edited.map((s) => ({ ...s })) } : null;
}

/** A saved roster made safe: seats of the right shape, ids unique; else null (unedited). */
export function fitRoster(saved: unknown): Seat[] | null {
  if (!Array.isArray(saved)) return null;
  const seen = new Set<string>();
  const seats: Seat[] = [];
  for (const s of saved as Partial<Record<keyof Seat, unknown>>[]) {
    if (typeof s?.id !== "string" || !s.id || seen.has(s.id)) continue;
    seen.add(s.id);
    const cls = SEAT_CLASSES.find(([c]) => c === s.class)?.[0] ?? "core";
    const seat: Seat = { id: s.id, name: typeof s.name === "string" ? s.name : "", organisation: typeof s.organisation === "string" ? s.organisation : "", class: cls };
    if (s.role === "chair" || s.role === "viceChair") seat.role = s.role;
    if (s.vacant === true) seat.vacant = true;
    seats.push(seat);
  }
  return seats.length ? seats : null;
}
