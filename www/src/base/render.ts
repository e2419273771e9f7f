// How every widget shows an answer: reasons with their clauses, notes, warnings, the
// clauses used, the error summary and the notification banner, written once.
// Templates escape every value: user text never becomes HTML.
import { html, nothing, type TemplateResult } from "lit";
import { literal, html as staticHtml, type StaticValue } from "lit/static-html.js";
import type { FieldError } from "./errors.js";

/** An explanation with the clauses behind it, as every engine reports one. */
export interface Reasoned {
  text: string;
  cite: readonly string[];
}

/** `(clackmannanshire-2019 B2.1, …)` after a sentence. */
export function cites(list: readonly string[] | null | undefined): TemplateResult | typeof nothing {
  if (!list?.length) return nothing;
  return html`<span class="cites">(${list.map((c, i) => html`${i ? ", " : ""}<cite>${c}</cite>`)})</span>`;
}

/** One reason: its text and clauses. */
export function reason(r: Reasoned | null | undefined): TemplateResult | typeof nothing {
  if (!r) return nothing;
  return html`${r.text} ${cites(r.cite)}`;
}

/** A labelled list of reasons (warnings, notes, explanations); nothing when empty. */
export function reasons(label: string, list: readonly Reasoned[] | null | undefined, kind = "reasons"): TemplateResult | typeof nothing {
  if (!list?.length) return nothing;
  return html`<div class=${kind}>
    <p class="list-label">${label}</p>
    <ul>
      ${list.map((r) => html`<li>${reason(r)}</li>`)}
    </ul>
  </div>`;
}

/** "Clauses used: …", under every answer. */
export function citations(list: readonly string[] | null | undefined): TemplateResult {
  return html`<p class="citations" part="citations">Clauses used: ${list?.length ? list.join("; ") : "none"}</p>`;
}

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading `offset` levels below the widget's `heading-level` (capped at h6). */
export function heading(level: number, offset: number, text: unknown, attrs: { id?: string; className?: string } = {}): TemplateResult {
  const tag = HEADINGS[Math.min(5, Math.max(0, level - 1 + offset))];
  return staticHtml`<${tag} id=${attrs.id ?? nothing} class=${attrs.className ?? nothing}>${text}</${tag}>`;
}

/**
 * The GOV.UK error summary: "There is a problem", an inner alert, and one entry per
 * error that moves focus to its field (`onPick(path)`).
 */
export function errorSummary(level: number, errors: readonly FieldError[], onPick: (path: string) => void): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      ${heading(level, 1, "There is a problem", { className: "error-summary-title" })}
      <ul>
        ${errors.map((e) =>
          e.path
            ? html`<li><button type="button" class="link" @click=${() => onPick(e.path)}>${e.message}</button></li>`
            : html`<li>${e.message}</li>`,
        )}
      </ul>
    </div>
  </div>`;
}

/** The inline error above a field; wording equal to the summary's. */
export function inlineError(error: FieldError | undefined, id: string): TemplateResult | typeof nothing {
  if (!error) return nothing;
  return html`<p class="field-error" id=${id}><span class="visually-hidden">Error:</span> ${error.message}</p>`;
}

/** A notification banner ("Draft saved on this device", "Imported 14 entries"). */
export function banner(level: number, text: string, onDismiss?: () => void): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<div class="banner" part="banner" role="region" aria-label="Important">
    ${heading(level, 1, "Important", { className: "banner-title" })}
    <p>${text}</p>
    ${onDismiss ? html`<button type="button" class="link" @click=${onDismiss}>Dismiss</button>` : nothing}
  </div>`;
}

/** A verdict tag ("Quorate", "Not quorate") with its colour class. */
export function verdict(text: string, tone: "ok" | "bad" | "neutral" | "warn"): TemplateResult {
  return html`<strong class="verdict ${tone}">${text}</strong>`;
}

/** "1 member" / "2 members". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A table's column headings; `{ hidden }` is one for screen readers only (a column of "Remove" buttons). */
export function columnHeads(heads: readonly (string | { hidden: string })[]): TemplateResult {
  return html`<thead>
    <tr>
      ${heads.map((h) => html`<th scope="col">${typeof h === "string" ? h : html`<span class="visually-hidden">${h.hidden}</span>`}</th>`)}
    </tr>
  </thead>`;
}
