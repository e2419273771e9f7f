// The seats of the meeting: the constitution's membership, or the secretary's edit of it
// (more council chief officers, a renamed seat, a seat that is gone). The engines take
// the edit as `roster`; an unedited roster is left out, so the constitution's is used.
import { html, type TemplateResult } from "lit";
import type { Roster, Seat, SeatClass } from "quorate";
import { errorAt, type FieldError } from "../../base/errors.js";
import { inlineError } from "../../base/render.js";
import { CLASS_LABEL } from "./attendance.js";

export const CLASSES: readonly SeatClass[] = ["core", "other", "nonVoting"];

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
    const cls = CLASSES.find((c) => c === s.class) ?? "core";
    const seat: Seat = { id: s.id, name: typeof s.name === "string" ? s.name : "", organisation: typeof s.organisation === "string" ? s.organisation : "", class: cls };
    if (s.role === "chair" || s.role === "viceChair") seat.role = s.role;
    if (s.vacant === true) seat.vacant = true;
    seats.push(seat);
  }
  return seats.length ? seats : null;
}

/** A new seat's id: `seat-N`, unused on the roster. */
export function newSeatId(seats: readonly Seat[]): string {
  const ids = new Set(seats.map((s) => s.id));
  let n = seats.length + 1;
  while (ids.has(`seat-${n}`)) n++;
  return `seat-${n}`;
}

/** The fields of one seat in the roster editor (inside the attendance table's row). */
export function seatEditor(opts: {
  seat: Seat;
  index: number;
  errors: readonly FieldError[];
  onChange: () => void;
  onRemove: () => void;
}): TemplateResult {
  const { seat, index: i, errors, onChange, onRemove } = opts;
  const at = `roster.seats[${i}]`;
  const field = (key: "name" | "organisation", label: string) => {
    const error = errorAt(errors, `${at}.${key}`);
    const id = `seat-${key}-${i}`;
    return html`<div class="field compact ${error ? "field-error-group" : ""}">
      <label for=${id}>${label}</label>
      ${inlineError(error, `${id}-error`)}
      <input
        type="text"
        id=${id}
        autocomplete="off"
        data-path=${`${at}.${key}`}
        aria-invalid=${error ? "true" : "false"}
        aria-describedby=${error ? `${id}-error` : `seat-${i}`}
        .value=${seat[key]}
        @input=${(e: Event) => {
          seat[key] = (e.target as HTMLInputElement).value;
          onChange();
        }}
      />
    </div>`;
  };
  return html`<div class="seat-editor">
    ${field("name", "Seat name")} ${field("organisation", "Organisation")}
    <div class="field compact">
      <label for=${`seat-class-${i}`}>Class</label>
      <select
        id=${`seat-class-${i}`}
        data-path=${`${at}.class`}
        aria-describedby=${`seat-${i}`}
        @change=${(e: Event) => {
          seat.class = (e.target as HTMLSelectElement).value as SeatClass;
          onChange();
        }}
      >
        ${CLASSES.map((c) => html`<option value=${c} ?selected=${seat.class === c}>${CLASS_LABEL[c]}</option>`)}
      </select>
    </div>
    <button type="button" class="secondary remove-seat" @click=${onRemove}>
      Remove seat<span class="visually-hidden"> ${seat.name}</span>
    </button>
  </div>`;
}
