// The form controls every section uses: each carries the engine's field path as
// `data-path` (the error summary focuses it), shows its inline error, and writes the
// value straight into the constitution. Templates escape every value: user text never
// becomes HTML.
import { html, nothing, type TemplateResult } from "lit";
import type { Note } from "quorate";
import { errorAt, type FieldError } from "../../base/errors.js";
import { cites, heading, inlineError } from "../../base/render.js";
import { linesOf, problemMessage, type SectionContext } from "./model.js";

/** An id for a control from its path (`quorum.headcount.count` → `f-quorum-headcount-count`). */
export const idFor = (path: string): string => `f-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;

/** The error for exactly this field, worded as the summary words it. */
function errorFor(errors: readonly FieldError[], path: string, exact = true): FieldError | undefined {
  const e = exact ? errors.find((x) => x.path === path) : errorAt(errors, path);
  return e;
}

function described(id: string, error: FieldError | undefined, hint: string | undefined): string | typeof nothing {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || nothing;
}

/** A text input. */
export function textField(o: {
  path: string;
  label: string;
  hint?: string;
  value: string;
  errors: readonly FieldError[];
  wide?: boolean;
  onInput: (value: string) => void;
}): TemplateResult {
  const id = idFor(o.path);
  const error = errorFor(o.errors, o.path);
  return html`<div class="field ${error ? "field-error-group" : ""}">
    <label for=${id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing} ${inlineError(error, `${id}-error`)}
    <input
      type="text"
      id=${id}
      class=${o.wide === false ? "" : "wide"}
      autocomplete="off"
      data-path=${o.path}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${described(id, error, o.hint)}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

/**
 * A whole-number input. An empty field is `null` (for an optional number); what cannot
 * be read as a whole number is kept as typed, so that validation reports it at the field.
 */
export function numberField(o: {
  path: string;
  label: string;
  hint?: string;
  value: number | null | undefined;
  errors: readonly FieldError[];
  optional?: boolean;
  onInput: (value: number | null) => void;
}): TemplateResult {
  const id = idFor(o.path);
  const error = errorFor(o.errors, o.path);
  return html`<div class="field ${error ? "field-error-group" : ""}">
    <label for=${id}>${o.label}${o.optional ? " (optional)" : ""}</label>
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing} ${inlineError(error, `${id}-error`)}
    <input
      type="text"
      inputmode="numeric"
      class="number"
      id=${id}
      autocomplete="off"
      data-path=${o.path}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${described(id, error, o.hint)}
      .value=${o.value === null || o.value === undefined ? "" : String(o.value)}
      @input=${(e: Event) => {
        const text = (e.target as HTMLInputElement).value.trim();
        if (text === "" && o.optional) o.onInput(null);
        else if (/^\d{1,9}$/.test(text)) o.onInput(Number(text));
        // Kept as typed: the engine then says at this field that it is not a whole number.
        else o.onInput(text as unknown as number);
      }}
    />
  </div>`;
}

/** A choice from a long list (the seats): a select, with a first option asking for a choice while none is made. */
export function selectField(o: {
  path: string;
  label: string;
  hint?: string;
  placeholder: string;
  value: string;
  options: readonly (readonly [string, string])[];
  errors: readonly FieldError[];
  onChange: (value: string) => void;
}): TemplateResult {
  const id = idFor(o.path);
  const error = errorFor(o.errors, o.path);
  const known = o.options.some(([v]) => v === o.value);
  return html`<div class="field ${error ? "field-error-group" : ""}">
    <label for=${id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing} ${inlineError(error, `${id}-error`)}
    <select
      id=${id}
      data-path=${o.path}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${described(id, error, o.hint)}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      ${known ? nothing : html`<option value="" .selected=${true}>${o.placeholder}</option>`}
      ${o.options.map(([v, label]) => html`<option value=${v} .selected=${v === o.value}>${label}</option>`)}
    </select>
  </div>`;
}

/** Radios: one choice of several. */
export function radios<T extends string>(o: {
  path: string;
  legend: string;
  hint?: string;
  value: T;
  options: readonly (readonly [T, string])[];
  errors: readonly FieldError[];
  inline?: boolean;
  /**
   * A conditional reveal (GOV.UK radios): the controls that belong to the chosen option,
   * shown right under it.
   */
  reveal?: (value: T) => TemplateResult | typeof nothing;
  onChange: (value: T) => void;
}): TemplateResult {
  const id = idFor(o.path);
  const error = errorFor(o.errors, o.path);
  return html`<fieldset class=${error ? "field-error-group" : ""} data-path=${o.path} aria-describedby=${described(id, error, o.hint)}>
    <legend>${o.legend}</legend>
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing} ${inlineError(error, `${id}-error`)}
    <div class=${o.inline ? "choices-inline" : ""}>
      ${o.options.map(([value, label], i) => {
        const revealed = o.reveal && value === o.value ? o.reveal(value) : nothing;
        return html`<label class="choice"
            ><input
              type="radio"
              name=${id}
              id=${`${id}-${i}`}
              aria-controls=${o.reveal && revealed !== nothing ? `${id}-${i}-reveal` : nothing}
              .checked=${value === o.value}
              @change=${() => o.onChange(value)}
            />${label}</label
          >${revealed === nothing ? nothing : html`<div class="conditional" id=${`${id}-${i}-reveal`}>${revealed}</div>`}`;
      })}
    </div>
  </fieldset>`;
}

/** One checkbox with its label. */
export function checkbox(o: { path: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }): TemplateResult {
  const id = idFor(o.path);
  return html`<div class="field">
    <label class="choice"
      ><input
        type="checkbox"
        id=${id}
        data-path=${o.path}
        aria-describedby=${o.hint ? `${id}-hint` : nothing}
        .checked=${o.checked}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />${o.label}</label
    >
    ${o.hint ? html`<p class="hint check-hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing}
  </div>`;
}

/** Checkboxes: several of a set. */
export function checkboxes<T extends string>(o: {
  path: string;
  legend: string;
  hint?: string;
  value: readonly T[];
  options: readonly (readonly [T, string])[];
  errors: readonly FieldError[];
  /** Also show an error inside the field (`…groups[2]`, one of the ticked values). */
  within?: boolean;
  onChange: (value: T[]) => void;
}): TemplateResult {
  const id = idFor(o.path);
  const error = errorFor(o.errors, o.path, !o.within);
  return html`<fieldset class=${error ? "field-error-group" : ""} data-path=${o.path} aria-describedby=${described(id, error, o.hint)}>
    <legend>${o.legend}</legend>
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing} ${inlineError(error, `${id}-error`)}
    ${o.options.map(
      ([value, label], i) =>
        html`<label class="choice"
          ><input
            type="checkbox"
            id=${`${id}-${i}`}
            .checked=${o.value.includes(value)}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              // Keep the order of the options, whatever order the boxes are ticked in.
              o.onChange(o.options.map(([v]) => v).filter((v) => (v === value ? on : o.value.includes(v))));
            }}
          />${label}</label
        >`,
    )}
  </fieldset>`;
}

/**
 * The clauses a rule cites, one a line ("clackmannanshire-2019 B2.1"): what every answer
 * under the rule shows as its reason's source.
 */
export function citeField(o: { path: string; label?: string; value: readonly string[] | null | undefined; errors: readonly FieldError[]; id: string; onInput: (value: string[]) => void }): TemplateResult {
  const id = idFor(o.path);
  const error = errorFor(o.errors, o.path);
  return html`<div class="field ${error ? "field-error-group" : ""}">
    <label for=${id}>${o.label ?? "Clauses"}</label>
    <p class="hint" id=${`${id}-hint`}>One a line, as your document numbers them, after the constitution's id: "${o.id || "your-id"} 2.1".</p>
    ${inlineError(error, `${id}-error`)}
    <textarea
      id=${id}
      class="cites-input"
      rows="2"
      data-path=${o.path}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${described(id, error, "hint")}
      .value=${(o.value ?? []).join("\n")}
      @input=${(e: Event) => o.onInput(linesOf((e.target as HTMLTextAreaElement).value))}
    ></textarea>
  </div>`;
}

/**
 * The document's own words on the section's topics: the constitution's `notes` (how the
 * document was read, what it leaves unsaid), each editable, with its clauses.
 */
export function notesEditor(ctx: SectionContext, topics: readonly string[], newTopic: string): TemplateResult {
  const notes = ctx.c.notes ?? [];
  const mine = notes.map((n, i) => [n, i] as const).filter(([n]) => topics.includes(n.topic));
  const add = () => {
    const note: Note = { topic: newTopic, text: "", cite: [] };
    ctx.c.notes = [...(ctx.c.notes ?? []), note];
    ctx.changed();
    ctx.focus(`#${idFor(`notes[${ctx.c.notes.length - 1}].text`)}`);
  };
  return html`<div class="notes-editor">
    ${heading(ctx.level, 1, "Notes in the document's words")}
    <p class="hint">
      How your document was read, or what it leaves unsaid on this topic. Every answer under this rule shows these notes.
    </p>
    ${mine.map(
      ([note, i], n) => html`<div class="card">
        <div class="card-head">
          ${heading(ctx.level, 2, `Note ${n + 1}`, { className: "card-title" })}
          <button
            type="button"
            class="link"
            @click=${() => {
              ctx.c.notes = (ctx.c.notes ?? []).filter((_, j) => j !== i);
              ctx.changed();
              ctx.focus(".add-note");
            }}
          >
            Remove<span class="visually-hidden"> note ${n + 1}</span>
          </button>
        </div>
        <div class="card-body">
          ${textArea({
            path: `notes[${i}].text`,
            label: "What the document says, or leaves unsaid",
            value: note.text,
            errors: ctx.errors,
            onInput: (v) => {
              note.text = v;
              ctx.changed();
            },
          })}
          ${citeField({
            path: `notes[${i}].cite`,
            value: note.cite,
            errors: ctx.errors,
            id: ctx.c.id,
            onInput: (v) => {
              note.cite = v;
              ctx.changed();
            },
          })}
        </div>
      </div>`,
    )}
    <p><button type="button" class="secondary add-note" @click=${add}>Add a note</button></p>
  </div>`;
}

/** A longer text, kept as typed. `within`: also show an error inside the field (a list's `[2]`). */
export function textArea(o: {
  path: string;
  label: string;
  hint?: string;
  value: string;
  errors: readonly FieldError[];
  within?: boolean;
  rows?: number;
  onInput: (value: string) => void;
}): TemplateResult {
  const id = idFor(o.path);
  const error = errorFor(o.errors, o.path, !o.within);
  return html`<div class="field ${error ? "field-error-group" : ""}">
    <label for=${id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing} ${inlineError(error, `${id}-error`)}
    <textarea
      id=${id}
      rows=${o.rows ?? 3}
      data-path=${o.path}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${described(id, error, o.hint)}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

/** "Clauses: (… B2.1)" after a rule shown read-only. */
export function clauses(list: readonly string[] | null | undefined): TemplateResult {
  return list?.length ? html`<p class="hint">Clauses: ${cites(list)}</p>` : html`<p class="hint">No clause cited.</p>`;
}

export { problemMessage };
