// The seat editor: the controls that rename a seat, change its organisation and class,
// and remove it, shared by every widget that lets the secretary edit the roster (the
// meeting's seats, the attendance register's). Each widget lays them out (in a row of
// its table, or as a block of labelled fields) and keeps what a change means for its
// own records (the attendance of a seat removed, say).
import { html, nothing, type TemplateResult } from "lit";
import type { Seat, SeatClass } from "quorate";
import { errorAt, type FieldError } from "./errors.js";
import { inlineError } from "./render.js";

/** The classes of seat, in the order a form offers them, with their names. */
export const SEAT_CLASSES: readonly [SeatClass, string][] = [
  ["core", "Core member"],
  ["other", "Other member"],
  ["nonVoting", "Non-voting attendee"],
];

/** A class of seat's name ("Core member"). */
export const classLabel = (c: SeatClass): string => SEAT_CLASSES.find(([v]) => v === c)?.[1] ?? c;

/** A new seat's id: `seat-N`, unused on the roster. */
export function newSeatId(seats: readonly Seat[]): string {
  const ids = new Set(seats.map((s) => s.id));
  let n = seats.length + 1;
  while (ids.has(`seat-${n}`)) n++;
  return `seat-${n}`;
}

/** The options of a class select, the seat's own selected. */
export const classOptions = (selected: SeatClass): TemplateResult[] =>
  SEAT_CLASSES.map(([v, label]) => html`<option value=${v} ?selected=${v === selected}>${label}</option>`);

/**
 * The controls for seat `index`: name, organisation, class and its remove button, with
 * ids `seat-name-<i>`, `seat-org-<i>` and `seat-class-<i>`. The name carries the seat's
 * path (`roster.seats[i]`), so an engine error about the seat focuses it and is shown
 * beside it. `layout` is "fields" (each with its label, for a block) or "row" (labels
 * for screen readers only, under a table's column headings).
 */
export function seatControls(opts: {
  seat: Seat;
  index: number;
  errors: readonly FieldError[];
  layout: "fields" | "row";
  /** The id of what else describes the seat (its row heading, say). */
  describedBy?: string;
  /** False when the seat may not be removed (the last one). */
  removable?: boolean;
  onChange: () => void;
  onRemove: () => void;
}): { name: TemplateResult; organisation: TemplateResult; class: TemplateResult; remove: TemplateResult } {
  const { seat, index: i, errors, layout, describedBy, onChange } = opts;
  const at = `roster.seats[${i}]`;
  const row = layout === "row";
  const label = (id: string, visible: string, spoken: string) =>
    row ? html`<label class="visually-hidden" for=${id}>${spoken} of seat ${i + 1}</label>` : html`<label for=${id}>${visible}</label>`;
  const error = errorAt(errors, at);
  const nameError = error && !error.path.startsWith(`${at}.organisation`) && !error.path.startsWith(`${at}.class`) ? error : undefined;
  const text = (key: "name" | "organisation", id: string, path: string, err: FieldError | undefined) => html`<input
    type="text"
    id=${id}
    autocomplete="off"
    data-path=${path}
    aria-invalid=${err ? "true" : "false"}
    aria-describedby=${[err ? `${id}-error` : "", describedBy ?? ""].filter(Boolean).join(" ") || nothing}
    .value=${seat[key]}
    @input=${(e: Event) => {
      seat[key] = (e.target as HTMLInputElement).value;
      onChange();
    }}
  />`;
  const nameId = `seat-name-${i}`;
  const orgId = `seat-org-${i}`;
  const classId = `seat-class-${i}`;
  const wrap = (err: FieldError | undefined, body: TemplateResult) =>
    html`<div class="${row ? "" : "field compact"} ${err ? "field-error-group" : ""}">${body}</div>`;
  return {
    name: wrap(nameError, html`${label(nameId, "Seat name", "Name")} ${inlineError(nameError, `${nameId}-error`)} ${text("name", nameId, at, nameError)}`),
    organisation: wrap(undefined, html`${label(orgId, "Organisation", "Organisation")} ${text("organisation", orgId, `${at}.organisation`, undefined)}`),
    class: wrap(
      undefined,
      html`${label(classId, "Class", "Class")}
        <select
          id=${classId}
          data-path=${`${at}.class`}
          aria-describedby=${describedBy ?? nothing}
          .value=${seat.class}
          @change=${(e: Event) => {
            seat.class = (e.target as HTMLSelectElement).value as SeatClass;
            onChange();
          }}
        >
          ${classOptions(seat.class)}
        </select>`,
    ),
    remove: row
      ? html`<button type="button" class="link" ?disabled=${opts.removable === false} @click=${opts.onRemove}>
          Remove<span class="visually-hidden"> seat ${i + 1}, ${seat.name}</span>
        </button>`
      : html`<button type="button" class="secondary remove-seat" ?disabled=${opts.removable === false} @click=${opts.onRemove}>
          Remove seat<span class="visually-hidden"> ${seat.name}</span>
        </button>`,
  };
}
