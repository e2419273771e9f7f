// "Conflicts of interest": what a declared conflict does at the meeting
// (Clackmannanshire B4.2 and E5.3: the member is not involved in, and does not vote on,
// the decision). The self-assessment's questions are in "Declaring interests".
import { html } from "lit";
import { checkbox, citeField, notesEditor } from "./fields.js";
import type { Section } from "./model.js";

export const conflicts: Section = {
  id: "conflicts",
  title: "Conflicts of interest",
  paths: ["conflicts"],
  editable: true,
  summary: (c) => {
    const r = c.conflicts;
    const parts = [r.withdrawFromQuorum ? "leaves the quorum" : "", r.withdrawFromVote ? "does not vote" : ""].filter(Boolean);
    return parts.length ? `A member with a conflict ${parts.join(" and ")}` : "A declared conflict changes nothing at the meeting";
  },
  render: (ctx) => {
    const { c, errors } = ctx;
    const r = c.conflicts;
    return html`<fieldset>
        <legend>A member who declares a conflict of interest on an item</legend>
        ${checkbox({
          path: "conflicts.withdrawFromQuorum",
          label: "takes no part in it, so is not counted for its quorum",
          checked: r.withdrawFromQuorum,
          onChange: (on) => {
            r.withdrawFromQuorum = on;
            ctx.changed();
          },
        })}
        ${checkbox({
          path: "conflicts.withdrawFromVote",
          label: "may not vote on it",
          checked: r.withdrawFromVote,
          onChange: (on) => {
            r.withdrawFromVote = on;
            ctx.changed();
          },
        })}
      </fieldset>
      ${citeField({
        path: "conflicts.cite",
        value: r.cite,
        errors,
        id: c.id,
        onInput: (v) => {
          r.cite = v;
          ctx.changed();
        },
      })}
      ${notesEditor(ctx, ["conflicts"], "conflicts")}`;
  },
};
