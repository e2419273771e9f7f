// "Chair": who holds the chair in the document's words, and who stands in when the
// Chair is absent (Clackmannanshire B1.8-B1.10: the members nominate one of their number;
// Inverclyde 4.3: the Vice Chair), and (schema version 2) which kinds of seat may take the
// chair. The Chair's seat is marked in "Membership and seats".
import { html, nothing } from "lit";
import type { ChairAbsence, SeatClass } from "quorate";
import { SEAT_CLASSES } from "../../base/roster-editor.js";
import { checkboxes, citeField, notesEditor, radios, textField } from "./fields.js";
import type { Section } from "./model.js";

export const chair: Section = {
  id: "chair",
  title: "Chair",
  paths: ["chair"],
  editable: true,
  summary: (c) =>
    c.chair.holder
      ? `${c.chair.holder}; when absent, ${c.chair.whenAbsent === "viceChair" ? "the Vice Chair" : "the members nominate one of their number"}`
      : "No holder named yet",
  render: (ctx) => {
    const { c, errors } = ctx;
    const r = c.chair;
    const chairSeat = (c.membership ?? []).find((s) => s.role === "chair");
    return html`${textField({
        path: "chair.holder",
        label: "Who holds the chair, in the document's words",
        hint: 'e.g. "the Leader of Clackmannanshire Council".',
        value: r.holder,
        errors,
        onInput: (v) => {
          r.holder = v;
          ctx.changed();
        },
      })}
      <p class="hint">
        ${chairSeat
          ? `The Chair's seat: ${chairSeat.name || chairSeat.id} (marked in "Membership and seats").`
          : 'No seat is marked as the Chair\'s yet: mark it in "Membership and seats" so that a meeting knows when the Chair is absent.'}
      </p>
      ${citeField({
        path: "chair.cite",
        value: r.cite,
        errors,
        id: c.id,
        onInput: (v) => {
          r.cite = v;
          ctx.changed();
        },
      })}
      ${radios<"any" | "some">({
        path: "chair.eligibleClasses",
        legend: "Who may take the chair",
        hint: 'A seat marked "may not take the chair or hold office" in "Membership and seats" never may.',
        value: r.eligibleClasses ? "some" : "any",
        options: [
          ["any", "Any member of the body (every kind of seat but non-voting attendees)"],
          ["some", "Only members of some kinds of seat"],
        ],
        errors,
        reveal: (v) =>
          v === "some"
            ? checkboxes<SeatClass>({
                path: "chair.eligibleClasses[]",
                legend: "Members of these kinds of seat may take the chair",
                value: r.eligibleClasses ?? [],
                options: SEAT_CLASSES,
                errors,
                onChange: (classes) => {
                  r.eligibleClasses = classes;
                  ctx.changed();
                },
              })
            : nothing,
        onChange: (v) => {
          if (v === "some") r.eligibleClasses = ["core"];
          else delete r.eligibleClasses;
          ctx.changed();
        },
      })}
      ${radios<ChairAbsence>({
        path: "chair.whenAbsent",
        legend: "When the Chair is absent",
        value: r.whenAbsent,
        options: [
          ["membersNominate", "The members present nominate one of their number"],
          ["viceChair", "The Vice Chair takes the chair"],
        ],
        errors,
        onChange: (v) => {
          r.whenAbsent = v;
          ctx.changed();
        },
      })}
      ${citeField({
        path: "chair.absenceCite",
        label: "Clauses for the Chair's absence",
        value: r.absenceCite,
        errors,
        id: c.id,
        onInput: (v) => {
          r.absenceCite = v;
          ctx.changed();
        },
      })}
      ${notesEditor(ctx, ["chair"], "chair")}`;
  },
};
