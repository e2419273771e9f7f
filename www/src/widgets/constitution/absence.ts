// "Repeated absence": how many consecutive meetings missed without apologies or
// reasonable excuse before the register flags a member, and what may follow, in the
// document's words (Clackmannanshire B1.6: two, and the member *may* be expelled by a
// resolution; the register flags and never acts). `null` where the document says nothing.
import { html, nothing } from "lit";
import type { AbsenceRule } from "quorate";
import { citeField, notesEditor, numberField, radios, textArea } from "./fields.js";
import type { Section } from "./model.js";

const setAside = new WeakMap<object, AbsenceRule>();

export const absence: Section = {
  id: "absence",
  title: "Repeated absence",
  paths: ["absence"],
  editable: true,
  summary: (c) =>
    c.absence ? `${c.absence.consecutiveMeetings} consecutive meeting${c.absence.consecutiveMeetings === 1 ? "" : "s"} missed without apologies` : "Says nothing about repeated absence",
  render: (ctx) => {
    const { c, errors } = ctx;
    const a = c.absence ?? null;
    return html`${radios<"yes" | "no">({
        path: "absence",
        legend: "Does the constitution say what follows repeated absence?",
        value: a ? "yes" : "no",
        options: [
          ["yes", "Yes"],
          ["no", "No, it says nothing about it"],
        ],
        errors: [],
        inline: true,
        onChange: (v) => {
          if (v === "yes" && !c.absence) c.absence = setAside.get(c) ?? { consecutiveMeetings: 2, consequence: "", cite: [] };
          if (v === "no" && c.absence) {
            setAside.set(c, c.absence);
            c.absence = null;
          }
          ctx.changed();
        },
      })}
      ${a
        ? html`${numberField({
            path: "absence.consecutiveMeetings",
            label: "Consecutive meetings missed without apologies or reasonable excuse",
            hint: "The attendance register flags a member who reaches this number.",
            value: a.consecutiveMeetings,
            errors,
            onInput: (v) => {
              a.consecutiveMeetings = v ?? 0;
              ctx.changed();
            },
          })}
          ${textArea({
            path: "absence.consequence",
            label: "What may follow, in the document's words",
            hint: 'e.g. "may be expelled by a resolution passed by majority vote at the next meeting". The tools only flag: they never act.',
            value: a.consequence,
            errors,
            onInput: (v) => {
              a.consequence = v;
              ctx.changed();
            },
          })}
          ${citeField({
            path: "absence.cite",
            value: a.cite,
            errors,
            id: c.id,
            onInput: (v) => {
              a.cite = v;
              ctx.changed();
            },
          })}`
        : nothing}
      ${notesEditor(ctx, ["absence", "attendance"], "absence")}`;
  },
};
