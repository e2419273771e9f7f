// "Substitutes": whether a member may send a substitute (Clackmannanshire B1.5;
// Inverclyde 4.4), whether the Chair should be told in advance, and whether a substitute
// may chair (Clackmannanshire B1.10: never). A substitute counts only for an absent member.
import { html, nothing } from "lit";
import { checkbox, citeField, notesEditor, radios } from "./fields.js";
import type { Section } from "./model.js";

export const substitutes: Section = {
  id: "substitutes",
  title: "Substitutes",
  paths: ["substitutes"],
  editable: true,
  summary: (c) => {
    const s = c.substitutes;
    if (!s.allowed) return "Substitutes are not allowed";
    return `Allowed${s.notifyChairInAdvance ? ", the Chair told in advance" : ""}; ${s.mayChair ? "may chair" : "may not chair"}`;
  },
  render: (ctx) => {
    const { c, errors } = ctx;
    const s = c.substitutes;
    return html`${radios<"yes" | "no">({
        path: "substitutes.allowed",
        legend: "May a member send a substitute?",
        value: s.allowed ? "yes" : "no",
        options: [
          ["yes", "Yes"],
          ["no", "No"],
        ],
        errors,
        inline: true,
        onChange: (v) => {
          s.allowed = v === "yes";
          ctx.changed();
        },
      })}
      ${s.allowed
        ? html`${checkbox({
            path: "substitutes.notifyChairInAdvance",
            label: "The Chair should be told in advance",
            hint: "A substitute the Chair was not told of is then a warning at the meeting, not a refusal.",
            checked: s.notifyChairInAdvance,
            onChange: (on) => {
              s.notifyChairInAdvance = on;
              ctx.changed();
            },
          })}
          ${checkbox({
            path: "substitutes.mayChair",
            label: "A substitute may take the chair",
            checked: s.mayChair,
            onChange: (on) => {
              s.mayChair = on;
              ctx.changed();
            },
          })}`
        : nothing}
      ${citeField({
        path: "substitutes.cite",
        value: s.cite,
        errors,
        id: c.id,
        onInput: (v) => {
          s.cite = v;
          ctx.changed();
        },
      })}
      ${s.allowed
        ? html`${citeField({
            path: "substitutes.noticeCite",
            label: "Clauses for telling the Chair in advance (if they have their own)",
            value: s.noticeCite,
            errors,
            id: c.id,
            onInput: (v) => {
              s.noticeCite = v;
              ctx.changed();
            },
          })}
          ${citeField({
            path: "substitutes.chairCite",
            label: "Clauses on a substitute chairing (if they have their own)",
            value: s.chairCite,
            errors,
            id: c.id,
            onInput: (v) => {
              s.chairCite = v;
              ctx.changed();
            },
          })}`
        : nothing}
      ${notesEditor(ctx, ["substitutes"], "substitutes")}`;
  },
};
