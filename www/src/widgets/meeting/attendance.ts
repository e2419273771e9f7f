// Who is at the meeting: the attendance of each seat and the substitutes, as the
// meeting engines take it, and the table a secretary records it in. Shared by
// <quorate-meeting> and the <quorate-quorum-check> alias.
import { html, nothing, type TemplateResult } from "lit";
import type { Attendance, AttendanceStatus, QuorumReport, Seat } from "quorate";
import { errorAt, type FieldError } from "../../base/errors.js";
import { citations, columnHeads, heading, inlineError, reason, reasons, verdict } from "../../base/render.js";
import { classLabel } from "../../base/roster-editor.js";

export const STATUSES: readonly [AttendanceStatus, string][] = [
  ["present", "Present"],
  ["apologies", "Apologies"],
  ["reasonableExcuse", "Reasonable excuse"],
  ["absent", "Absent"],
];


/** A substitute being recorded: the engine only sees those with a name. */
export interface SubstituteDraft {
  name: string;
  forSeat: string;
  notifiedInAdvance: boolean;
}

/** The attendance record as a widget keeps it (drafts and exports). */
export interface AttendanceDraft {
  members: { seat: string; status: AttendanceStatus }[];
  substitutes: SubstituteDraft[];
}

/** A fresh record: every seat absent, no substitutes. */
export function freshAttendance(seats: readonly Seat[]): AttendanceDraft {
  return { members: seats.map((s) => ({ seat: s.id, status: "absent" })), substitutes: [] };
}

/**
 * A saved record made to fit the seats: statuses and substitutes of seats that are
 * gone are dropped, new seats start absent. Anything not of the right shape is ignored.
 */
export function fitAttendance(seats: readonly Seat[], saved: unknown): AttendanceDraft {
  const value = (typeof saved === "object" && saved !== null ? saved : {}) as Partial<Record<keyof AttendanceDraft, unknown>>;
  const known = new Set(seats.map((s) => s.id));
  const statuses = new Map<string, AttendanceStatus>();
  for (const m of Array.isArray(value.members) ? value.members : []) {
    const status = STATUSES.find(([v]) => v === m?.status)?.[0];
    if (typeof m?.seat === "string" && known.has(m.seat) && status) statuses.set(m.seat, status);
  }
  const substitutes: SubstituteDraft[] = [];
  for (const s of Array.isArray(value.substitutes) ? value.substitutes : []) {
    if (typeof s?.forSeat === "string" && known.has(s.forSeat) && typeof s.name === "string") {
      substitutes.push({ name: s.name, forSeat: s.forSeat, notifiedInAdvance: s.notifiedInAdvance !== false });
    }
  }
  return { members: seats.map((s) => ({ seat: s.id, status: statuses.get(s.id) ?? "absent" })), substitutes };
}

/** The record as the engines take it: a substitute without a name is not there yet. */
export function attendanceInput(a: AttendanceDraft): Attendance {
  return { members: a.members, substitutes: a.substitutes.filter((s) => s.name.trim() !== "") };
}

/** A seat's name as shown: an edited seat may not have one yet. */
export function seatName(seat: Seat): string {
  return seat.name.trim() || "Unnamed seat";
}

export function roleLabel(seat: Seat): string {
  return seat.role === "chair" ? " (Chair)" : seat.role === "viceChair" ? " (Vice Chair)" : "";
}

/**
 * The attendance table: per seat, the status, and a substitute (name and "Chair told
 * in advance") offered only where the member is not present.
 */
export function attendanceTable(opts: {
  seats: readonly Seat[];
  attendance: AttendanceDraft;
  errors: readonly FieldError[];
  onChange: () => void;
  /** Focus a control after the next render (`#sub-3`). */
  focus: (selector: string) => void;
  /**
   * The roster editor's fields for a seat (<quorate-meeting>): when given, each row has a
   * "Change the seat" cell, for an edited roster.
   */
  editSeat?: (seat: Seat, index: number) => TemplateResult;
}): TemplateResult {
  const { seats, attendance, errors, onChange, focus, editSeat } = opts;
  const setStatus = (i: number, status: AttendanceStatus) => {
    const member = attendance.members[i];
    if (member) member.status = status;
    onChange();
  };
  const subOf = (seat: string) => attendance.substitutes.find((s) => s.forSeat === seat);
  const addSub = (seat: string, row: number) => {
    attendance.substitutes.push({ name: "", forSeat: seat, notifiedInAdvance: true });
    onChange();
    focus(`#sub-${row}`);
  };
  const removeSub = (seat: string, row: number) => {
    attendance.substitutes = attendance.substitutes.filter((s) => s.forSeat !== seat);
    onChange();
    focus(`#add-sub-${row}`);
  };
  return html`<div class="scroll" part="roster">
    <table class="stack">
      <caption>
        Attendance
      </caption>
      ${columnHeads(["Seat", "Attendance", "Substitute", ...(editSeat ? ["Change the seat"] : [])])}
      <tbody>
        ${seats.map((seat, i) => {
          const member = attendance.members[i];
          const sub = subOf(seat.id);
          const subIndex = sub ? attendance.substitutes.indexOf(sub) : -1;
          const statusPath = `attendance.members[${i}].status`;
          const subPath = `attendance.substitutes[${subIndex}]`;
          const subError = sub ? errorAt(errors, subPath) : undefined;
          return html`<tr>
            <th scope="row" id=${`seat-${i}`}>
              ${seatName(seat)}${roleLabel(seat)}
              <span class="sub">${seat.organisation} · ${classLabel(seat.class)}${seat.vacant ? " · vacant" : ""}</span>
            </th>
            <td data-label="Attendance">
              <select
                aria-labelledby=${`seat-${i}`}
                data-path=${statusPath}
                .value=${member?.status ?? "absent"}
                @change=${(e: Event) => setStatus(i, (e.target as HTMLSelectElement).value as AttendanceStatus)}
              >
                ${STATUSES.map(([v, label]) => html`<option value=${v} ?selected=${member?.status === v}>${label}</option>`)}
              </select>
            </td>
            <td data-label="Substitute">
              ${sub
                ? html`<div class=${subError ? "field-error-group" : ""}>
                    ${inlineError(subError, `sub-error-${i}`)}
                    <label class="visually-hidden" for=${`sub-${i}`}>Substitute for ${seat.name}</label>
                    <input
                      type="text"
                      id=${`sub-${i}`}
                      autocomplete="off"
                      placeholder="Name"
                      data-path=${subPath}
                      aria-invalid=${subError ? "true" : "false"}
                      aria-describedby=${subError ? `sub-error-${i}` : nothing}
                      .value=${sub.name}
                      @input=${(e: Event) => {
                        sub.name = (e.target as HTMLInputElement).value;
                        onChange();
                      }}
                    />
                    <label class="choice">
                      <input
                        type="checkbox"
                        .checked=${sub.notifiedInAdvance}
                        @change=${(e: Event) => {
                          sub.notifiedInAdvance = (e.target as HTMLInputElement).checked;
                          onChange();
                        }}
                      />
                      Chair told in advance<span class="visually-hidden"> of the substitute for ${seat.name}</span>
                    </label>
                    <button type="button" class="link" @click=${() => removeSub(seat.id, i)}>
                      Remove substitute<span class="visually-hidden"> for ${seat.name}</span>
                    </button>
                  </div>`
                : member?.status === "present" || seat.class === "nonVoting"
                  ? html`<span class="muted">—</span>`
                  : html`<button type="button" class="link" id=${`add-sub-${i}`} @click=${() => addSub(seat.id, i)}>
                      Add a substitute<span class="visually-hidden"> for ${seat.name}</span>
                    </button>`}
            </td>
            ${editSeat ? html`<td data-label="Change the seat">${editSeat(seat, i)}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** The quorum verdict's words and tone. */
export function quorumVerdict(report: QuorumReport): { text: string; tone: "ok" | "bad" | "neutral" } {
  switch (report.status) {
    case "quorate":
      return { text: "Quorate", tone: "ok" };
    case "inquorate":
      return { text: "Not quorate", tone: "bad" };
    default:
      return { text: "No quorum rule", tone: "neutral" };
  }
}

/** The quorum answer: verdict, summary, warnings, notes, who counts and why, clauses. */
export function quorumResult(report: QuorumReport, level: number): TemplateResult {
  const v = quorumVerdict(report);
  const present = report.people.filter((p) => p.present);
  return html`<div class="result ${v.tone}" part="result">
    ${heading(level, 1, "Quorum")} ${verdict(v.text, v.tone)}
    <p class="summary">${report.summary}</p>
    ${reasons("Who must be among those counted", report.spread.map((c) => c.reason))}
    ${reasons("Warnings", report.warnings, "warnings")} ${reasons("Notes", report.notes, "notes")}
    ${present.length
      ? html`<details>
          <summary>Who counts, and why</summary>
          <ul class="people">
            ${present.map((p) => html`<li class=${p.counts ? "counts" : "not-counted"}>${reason(p.reason)}</li>`)}
          </ul>
        </details>`
      : nothing}
    ${citations(report.citations)}
  </div>`;
}
