// "Membership and seats": the seats the document names (Clackmannanshire B1.2-B1.3,
// Inverclyde 4.4), each with its organisation, its class (core, other, non-voting), an
// office (Chair, Vice Chair), whether it is vacant, and (schema version 2) whether it has a
// vote and may take the chair or hold office, and the named groups it belongs to (its ward,
// "councillors"), which a quorum's spread requirements name.
import { html } from "lit";
import type { Seat, SeatClass, SeatRole } from "quorate";
import { classLabel, newSeatId, SEAT_CLASSES } from "../../base/roster-editor.js";
import { heading, plural } from "../../base/render.js";
import { checkbox, idFor, notesEditor, radios, textArea, textField } from "./fields.js";
import { linesOf, type Section } from "./model.js";

const ROLES: readonly (readonly ["none" | SeatRole, string])[] = [
  ["none", "No office"],
  ["chair", "Chair"],
  ["viceChair", "Vice Chair"],
];

/** The groups the seats belong to, each once, in the order the seats first name them. */
export function seatGroups(seats: readonly Seat[]): string[] {
  return [...new Set(seats.flatMap((s) => s.groups ?? []))];
}

export const membership: Section = {
  id: "membership",
  title: "Membership and seats",
  paths: ["membership"],
  editable: true,
  summary: (c) => {
    const seats = c.membership ?? [];
    if (!seats.length) return "No seats yet";
    const by = SEAT_CLASSES.map(([k]) => [k, seats.filter((s) => s.class === k).length] as const).filter(([, n]) => n);
    const groups = seatGroups(seats);
    return `${plural(seats.length, "seat")}: ${by.map(([k, n]) => plural(n, classLabel(k).toLowerCase())).join(", ")}${groups.length ? `; in ${plural(groups.length, "group")}` : ""}`;
  },
  render: (ctx) => {
    const { c, errors } = ctx;
    const seats = c.membership ?? [];
    const add = () => {
      // Only now is an absent `membership` written: opening the section changes nothing.
      (c.membership ??= seats).push({ id: newSeatId(seats), name: "", organisation: "", class: "core" });
      ctx.changed();
      ctx.focus(`#${idFor(`membership[${(c.membership ?? []).length - 1}].name`)}`);
    };
    return html`<p class="hint">
        Every seat your document names. A meeting's roster may differ (a seat left vacant, say); these are the seats the quorum and majorities are
        reckoned from.
      </p>
      ${seats.map((s: Seat, i) => {
        const at = `membership[${i}]`;
        return html`<div class="card" data-seat=${i}>
          <div class="card-head">
            ${heading(ctx.level, 1, `Seat ${i + 1}`, { className: "card-title" })}
            <button
              type="button"
              class="link"
              @click=${() => {
                c.membership = seats.filter((_, j) => j !== i);
                ctx.changed();
                ctx.focus("#add-seat");
              }}
            >
              Remove<span class="visually-hidden"> seat ${i + 1}${s.name ? `, ${s.name}` : ""}</span>
            </button>
          </div>
          <div class="card-body">
            ${textField({
              path: `${at}.name`,
              label: "Member or seat title",
              value: s.name,
              errors,
              onInput: (v) => {
                s.name = v;
                ctx.changed();
              },
            })}
            ${textField({
              path: `${at}.organisation`,
              label: "Organisation",
              value: s.organisation,
              errors,
              onInput: (v) => {
                s.organisation = v;
                ctx.changed();
              },
            })}
            ${textArea({
              path: `${at}.groups`,
              label: "Ward or groups (optional)",
              hint: 'The ward or other named groups the seat belongs to, one a line, e.g. "Ward 3" or "Councillors": for a quorum that needs "at least one representative from each ward".',
              value: (s.groups ?? []).join("\n"),
              errors,
              within: true,
              rows: 2,
              onInput: (v) => {
                const groups = linesOf(v);
                // Left out when empty, as the engine writes it.
                if (groups.length) s.groups = groups;
                else delete s.groups;
                ctx.changed();
              },
            })}
            ${radios<SeatClass>({
              path: `${at}.class`,
              legend: "How the seat takes part",
              value: s.class,
              options: SEAT_CLASSES,
              errors,
              onChange: (v) => {
                s.class = v;
                ctx.changed();
              },
            })}
            ${radios<"none" | SeatRole>({
              path: `${at}.role`,
              legend: "Office",
              value: s.role ?? "none",
              options: ROLES,
              errors,
              inline: true,
              onChange: (v) => {
                if (v === "none") delete s.role;
                else s.role = v;
                ctx.changed();
              },
            })}
            ${checkbox({
              path: `${at}.vacant`,
              label: "Vacant: nobody is in post",
              checked: s.vacant === true,
              onChange: (on) => {
                if (on) s.vacant = true;
                else delete s.vacant;
                ctx.changed();
              },
            })}
            ${checkbox({
              path: `${at}.votes`,
              label: "Has a vote",
              hint:
                s.class === "nonVoting"
                  ? "A non-voting attendee never has a vote, whatever this says."
                  : 'Untick for a member without a vote, e.g. ex officio members who "may attend, but cannot vote".',
              checked: s.votes !== false && s.class !== "nonVoting",
              onChange: (on) => {
                if (on) delete s.votes;
                else s.votes = false;
                ctx.changed();
              },
            })}
            ${checkbox({
              path: `${at}.mayChair`,
              label: "May take the chair or hold office",
              hint: 'Untick for members who "cannot move motions or hold office". Who may chair is also set in "Chair".',
              checked: s.mayChair !== false,
              onChange: (on) => {
                if (on) delete s.mayChair;
                else s.mayChair = false;
                ctx.changed();
              },
            })}
            ${textField({
              path: `${at}.id`,
              label: "Seat id",
              hint: "Short, without spaces: attendance records name the seat by it.",
              value: s.id,
              errors,
              wide: false,
              onInput: (v) => {
                s.id = v;
                ctx.changed();
              },
            })}
          </div>
        </div>`;
      })}
      <p><button type="button" class="secondary" id="add-seat" @click=${add}>${seats.length ? "Add another seat" : "Add a seat"}</button></p>
      ${notesEditor(ctx, ["membership"], "membership")}`;
  },
};
