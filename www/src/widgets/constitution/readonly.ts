// The sections the editor shows read-only for now (cadence, openness, gifts, priorities,
// interests): every value with its clauses, kept
// exactly as imported, and said so on screen. A later change gives each its own controls
// in its own module, as the editable sections have.
import { html, nothing, type TemplateResult } from "lit";
import type { Constitution } from "quorate";
import { cites, reasons } from "../../base/render.js";
import type { Section } from "./model.js";

/** "minOrganisations" → "Min organisations". */
function words(key: string): string {
  const text = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const isCiteKey = (key: string) => /cite$/i.test(key);

/** A value as nested summary lists; lists of clauses as citations. */
export function valueView(value: unknown, key = ""): TemplateResult {
  if (value === null || value === undefined) return html`<span class="muted">Not set</span>`;
  if (typeof value === "boolean") return html`${value ? "Yes" : "No"}`;
  if (typeof value !== "object") return html`${String(value)}`;
  if (Array.isArray(value)) {
    if (!value.length) return html`<span class="muted">None</span>`;
    if (value.every((v) => typeof v === "string") && (isCiteKey(key) || key === "")) return html`${cites(value as string[])}`;
    if (value.every((v) => typeof v !== "object" || v === null)) return html`${value.map(String).join(", ")}`;
    return html`<ol class="value-list">
      ${value.map((v) => html`<li>${valueView(v)}</li>`)}
    </ol>`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return html`<dl class="summary-list value-tree">
    ${entries.map(
      ([k, v]) => html`<div>
        <dt>${isCiteKey(k) ? (k === "cite" ? "Clauses" : `Clauses (${words(k.replace(/Cite$/, ""))})`) : words(k)}</dt>
        <dd>${valueView(v, k)}</dd>
      </div>`,
    )}
  </dl>`;
}

/** A section shown read-only: its values, its notes, and where to change it. */
export function readOnly(o: {
  id: Section["id"];
  title: string;
  paths: readonly string[];
  topics: readonly string[];
  value: (c: Constitution) => unknown;
  summary: (c: Constitution) => string;
  /** What "not set" means here, in words. */
  silent: string;
}): Section {
  return {
    id: o.id,
    title: o.title,
    paths: o.paths,
    editable: false,
    summary: o.summary,
    render: (ctx) => {
      const value = o.value(ctx.c);
      const notes = (ctx.c.notes ?? []).filter((n) => o.topics.includes(n.topic));
      return html`<div class="inset" data-path=${o.paths[0]} tabindex="-1">
          <p><strong>You cannot change this section here yet: edit this section in the JSON file for now.</strong></p>
          <p>
            Export the constitution, change this section in the file, and import it again. Its values are kept exactly as they are, in the export
            too.
          </p>
        </div>
        ${value === null || value === undefined || (Array.isArray(value) && !value.length) ? html`<p>${o.silent}</p>` : valueView(value)}
        ${notes.length ? reasons("Notes in the document's words", notes, "notes") : nothing}`;
    },
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const cadence = readOnly({
  id: "cadence",
  title: "Meeting cadence",
  paths: ["bodies"],
  topics: ["cadence"],
  value: (c) => (c.bodies.some((b) => b.cadence?.length) ? c.bodies.map((b) => ({ body: b.name || b.id, cadence: b.cadence ?? [] })) : null),
  summary: (c) => {
    const n = c.bodies.reduce((sum, b) => sum + (b.cadence?.length ?? 0), 0);
    return n ? `${count(n, "rule", "rules")} for ${count(c.bodies.length, "body", "bodies")}` : "No cadence set";
  },
  silent: "The constitution sets no meeting cadence for any body.",
});

export const openness = readOnly({
  id: "openness",
  title: "Openness: public and private business",
  paths: ["openness"],
  topics: ["openness"],
  value: (c) => c.openness ?? null,
  summary: (c) => (c.openness ? `Public by default; ${count(c.openness.exceptions.length, "exception", "exceptions")}` : "Sets no openness rule"),
  silent: "The constitution sets no openness rule: the tools say so.",
});

export const gifts = readOnly({
  id: "gifts",
  title: "Gifts and hospitality",
  paths: ["gifts"],
  topics: ["gifts"],
  value: (c) => c.gifts ?? null,
  summary: (c) => (c.gifts ? (c.gifts.trivialGifts?.valueLimit != null ? `Trivial gifts up to £${c.gifts.trivialGifts.valueLimit}` : "A gifts rule is set") : "Sets no gifts rule"),
  silent: "The constitution sets no gifts and hospitality rule: the tools say so.",
});

export const priorities = readOnly({
  id: "priorities",
  title: "Priorities",
  paths: ["priorities"],
  topics: ["priorities"],
  value: (c) => c.priorities ?? null,
  summary: (c) => (c.priorities ? "A priority-selection method is set" : "Sets no priority-selection method"),
  silent: "The constitution sets no method for selecting priorities.",
});

export const interests = readOnly({
  id: "interests",
  title: "Declaring interests",
  paths: ["interests"],
  topics: ["interests", "register"],
  value: (c) => c.interests ?? null,
  summary: (c) => (c.interests ? `${count(c.interests.questions.length, "question", "questions")} in the self-assessment` : "Sets no rule on declaring interests"),
  silent: "The constitution sets no rule on declaring and registering interests.",
});
