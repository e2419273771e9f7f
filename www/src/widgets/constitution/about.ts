// "About the constitution": its id (the prefix of every citation), the partnership's
// name, the source document, and the bodies (the board and its sub-groups).
import { html } from "lit";
import type { Body } from "quorate";
import { heading } from "../../base/render.js";
import { idFor, notesEditor, textField } from "./fields.js";
import type { Section } from "./model.js";

/** A new body's id: `group-N`, unused. */
function newBodyId(bodies: readonly Body[]): string {
  const ids = new Set(bodies.map((b) => b.id));
  let n = bodies.length + 1;
  while (ids.has(`group-${n}`)) n++;
  return `group-${n}`;
}

export const about: Section = {
  id: "about",
  title: "About the constitution",
  paths: ["id", "name", "source", "bodies", "schemaVersion"],
  except: /^bodies\[\d+\]\.cadence/,
  editable: true,
  summary: (c) => (c.name ? `${c.name}${c.source.title ? `: ${c.source.title}` : ""}` : "No name yet"),
  render: (ctx) => {
    const { c, errors } = ctx;
    return html`${textField({
        path: "name",
        label: "The partnership's name",
        hint: 'As your document names the body, e.g. "Clackmannanshire Alliance".',
        value: c.name,
        errors,
        onInput: (v) => {
          c.name = v;
          ctx.changed();
        },
      })}
      ${textField({
        path: "id",
        label: "Constitution id",
        hint: 'A short name without spaces, e.g. "dumfries-galloway-2024". Every citation starts with it.',
        value: c.id,
        errors,
        wide: false,
        onInput: (v) => {
          c.id = v;
          ctx.changed();
        },
      })}
      ${textField({
        path: "source.title",
        label: "The source document's title",
        hint: 'The standing orders, terms of reference or memorandum these rules come from.',
        value: c.source.title,
        errors,
        onInput: (v) => {
          c.source.title = v;
          ctx.changed();
        },
      })}
      ${textField({
        path: "source.date",
        label: "When it was agreed or revised (optional)",
        hint: 'As written in it, e.g. "Revised March 2019".',
        value: c.source.date ?? "",
        errors,
        onInput: (v) => {
          c.source.date = v === "" ? null : v;
          ctx.changed();
        },
      })}
      ${heading(ctx.level, 1, "Bodies")}
      <p class="hint">The board first, then any sub-groups. Their meeting cadence is in the section "Meeting cadence".</p>
      ${c.bodies.map(
        (b, i) => html`<div class="card">
          <div class="card-head">
            ${heading(ctx.level, 2, i === 0 ? "The board" : `Sub-group ${i}`, { className: "card-title" })}
            <button
              type="button"
              class="link"
              ?disabled=${c.bodies.length === 1}
              @click=${() => {
                c.bodies.splice(i, 1);
                ctx.changed();
                ctx.focus("#add-body");
              }}
            >
              Remove<span class="visually-hidden"> body ${i + 1}</span>
            </button>
          </div>
          <div class="card-body">
            ${textField({
              path: `bodies[${i}].name`,
              label: "Name",
              value: b.name,
              errors,
              onInput: (v) => {
                b.name = v;
                ctx.changed();
              },
            })}
            ${textField({
              path: `bodies[${i}].id`,
              label: "Id",
              hint: "Short, without spaces: notice periods name the bodies they apply to by it.",
              value: b.id,
              errors,
              wide: false,
              onInput: (v) => {
                b.id = v;
                ctx.changed();
              },
            })}
          </div>
        </div>`,
      )}
      <p>
        <button
          type="button"
          class="secondary"
          id="add-body"
          @click=${() => {
            c.bodies.push({ id: newBodyId(c.bodies), name: "", cadence: [] });
            ctx.changed();
            ctx.focus(`#${idFor(`bodies[${c.bodies.length - 1}].name`)}`);
          }}
        >
          Add a sub-group
        </button>
      </p>
      ${notesEditor(ctx, ["general"], "general")}`;
  },
};
