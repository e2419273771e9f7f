// The criteria-set editor's fields: a labelled text input or number input bound to one
// value of the draft, each marked with the engine's path (`data-path`) and showing its
// error; numbers that are not numbers are caught here, before the engine sees them. And
// the words for each engine path, so that a problem reads on its own in the error summary.
import { html, nothing, type TemplateResult } from "lit";
import type { ConstitutionSource, CriteriaSet, PrioritySelection } from "quorate";
import type { Engine } from "../../base/engine.js";
import { errorAt, type FieldError } from "../../base/errors.js";
import { slug } from "../../base/files.js";
import { inlineError } from "../../base/render.js";
import { num, type EditorDraft, type PriorityState } from "./model.js";

/** What the editor needs from the widget. */
export interface EditorHost {
  state(): PriorityState;
  engine(): Engine | null;
  constitution(): ConstitutionSource;
  /** The constitution's id. */
  constitutionId(): string;
  /** The constitution's own method, if it sets one. */
  selection(): PrioritySelection | null;
  level(): number;
  /** Every error shown (the editor's among them). */
  errors(): readonly FieldError[];
  changed(): void;
  update(): void;
  focus(selector: string): Promise<void>;
  say(notice: string): void;
  /** Show errors in the summary and move focus to it. */
  fail(errors: FieldError[]): Promise<void>;
}

export const copy = <T>(v: T): T => structuredClone(v);
export const cites = (list: readonly string[] | undefined) => (list ?? []).join("; ");
export const parseCites = (text: string) =>
  text
    .split(";")
    .map((c) => c.trim())
    .filter(Boolean);

/** A new id from a name, unused among `taken` ("child-poverty", "child-poverty-2"). */
export function freshId(name: string, taken: readonly { id: string }[], fallback: string): string {
  const base = slug(name) || fallback;
  const ids = new Set(taken.map((t) => t.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The field an engine path names, in words, so that a message makes sense on its own in
 * the error summary ("Weight of criterion 3, High impact: must not be negative").
 */
export function fieldName(path: string, set: CriteriaSet): string {
  const crit = (i: number) => {
    const c = set.criteria[i];
    return `criterion ${i + 1}${c?.name.trim() ? `, ${c.name.trim()}` : ""}`;
  };
  const gate = (i: number) => ((set.gates ?? [])[i]?.kind === "support" ? "The support gate" : "The collaborative-gain gate");
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^criteria\.id$/, () => "The set's id"],
    [/^criteria\.name$/, () => "The set's name"],
    [/^criteria\.scale\.min$/, () => "The scale's lowest point"],
    [/^criteria\.scale\.max$/, () => "The scale's highest point"],
    [/^criteria\.scale\.labels\[(\d+)\]/, (m) => `The meaning of point ${set.scale.labels?.[Number(m[1])]?.value ?? Number(m[1]) + 1}`],
    [/^criteria\.scale\.labels$/, () => "The scale's labels"],
    [/^criteria\.groups\[(\d+)\]\.id$/, (m) => `The id of group ${Number(m[1]) + 1}`],
    [/^criteria\.groups\[(\d+)\]/, (m) => `The name of group ${Number(m[1]) + 1}`],
    [/^criteria\.groups$/, () => "The groups"],
    [/^criteria\.criteria\[(\d+)\]\.id$/, (m) => `The id of ${crit(Number(m[1]))}`],
    [/^criteria\.criteria\[(\d+)\]\.text$/, (m) => `What ${crit(Number(m[1]))} asks`],
    [/^criteria\.criteria\[(\d+)\]\.group$/, (m) => `The group of ${crit(Number(m[1]))}`],
    [/^criteria\.criteria\[(\d+)\]\.weight$/, (m) => `The weight of ${crit(Number(m[1]))}`],
    [/^criteria\.criteria\[(\d+)\]\.cite/, (m) => `The clauses of ${crit(Number(m[1]))}`],
    [/^criteria\.criteria\[(\d+)\]/, (m) => `The name of ${crit(Number(m[1]))}`],
    [/^criteria\.criteria$/, () => "The criteria"],
    [/^criteria\.gates\[(\d+)\]\.question$/, () => "The collaborative-gain question"],
    [/^criteria\.gates\[(\d+)\]\.criterion$/, () => "The support gate's criterion"],
    [/^criteria\.gates\[(\d+)\]\.minScore$/, () => "The support gate's lowest mean score"],
    [/^criteria\.gates\[(\d+)\]/, (m) => gate(Number(m[1]))],
    [/^options\.portfolio\.min$/, () => "The fewest priorities at a time"],
    [/^options\.portfolio\.max$/, () => "The most priorities at a time"],
    [/^options\.portfolio/, () => "The portfolio limit"],
  ];
  for (const [re, words] of rules) {
    const m = path.match(re);
    if (m) return words(m);
  }
  return path;
}

/** The editor's fields, bound to the draft in the widget's state. */
export class EditorFields {
  /** Fields whose text is not a number (path → message); the draft keeps the last number. */
  readonly numbers = new Map<string, string>();

  constructor(readonly host: EditorHost) {}

  get draft(): EditorDraft | null {
    return this.host.state().editor;
  }

  edit(): void {
    this.host.changed();
  }

  error(path: string, exact = false): FieldError | undefined {
    const errors = this.host.errors();
    return exact ? errors.find((e) => e.path === path) : errorAt(errors, path);
  }

  /** A labelled text input (or textarea) bound to one string of the draft. */
  text(o: { id: string; label: string; hint?: string; path: string; value: string; set: (v: string) => void; area?: boolean; wide?: boolean; medium?: boolean; exact?: boolean }): TemplateResult {
    const error = this.error(o.path, o.exact);
    const describedBy = [o.hint ? `${o.id}-hint` : "", error ? `${o.id}-error` : ""].filter(Boolean).join(" ") || nothing;
    const onInput = (e: Event) => {
      o.set((e.target as HTMLInputElement | HTMLTextAreaElement).value);
      this.edit();
    };
    return html`<div class="field ${error ? "field-error-group" : ""}">
      <label for=${o.id}>${o.label}</label>
      ${o.hint ? html`<p class="hint" id=${`${o.id}-hint`}>${o.hint}</p>` : nothing} ${inlineError(error, `${o.id}-error`)}
      ${o.area
        ? html`<textarea id=${o.id} rows="3" data-path=${o.path} aria-describedby=${describedBy} aria-invalid=${error ? "true" : "false"} .value=${o.value} @input=${onInput}></textarea>`
        : html`<input
            type="text"
            id=${o.id}
            class=${o.medium ? "medium" : o.wide === false ? "" : "wide"}
            autocomplete="off"
            spellcheck=${o.path.endsWith(".id") || o.path.endsWith("cite") ? "false" : nothing}
            data-path=${o.path}
            aria-describedby=${describedBy}
            aria-invalid=${error ? "true" : "false"}
            .value=${o.value}
            @input=${onInput}
          />`}
    </div>`;
  }

  /** A number input; text that is not a number is an error here, and the draft keeps its last number. */
  number(o: { id: string; label: string; hint?: string; path: string; value: number; whole: boolean; set: (n: number) => void }): TemplateResult {
    const error = this.error(o.path, true);
    const describedBy = [o.hint ? `${o.id}-hint` : "", error ? `${o.id}-error` : ""].filter(Boolean).join(" ") || nothing;
    return html`<div class="field ${error ? "field-error-group" : ""}">
      <label for=${o.id}>${o.label}</label>
      ${o.hint ? html`<p class="hint" id=${`${o.id}-hint`}>${o.hint}</p>` : nothing} ${inlineError(error, `${o.id}-error`)}
      <input
        type="number"
        id=${o.id}
        class="short"
        inputmode=${o.whole ? "numeric" : "decimal"}
        min="0"
        step=${o.whole ? "1" : "any"}
        data-path=${o.path}
        aria-describedby=${describedBy}
        aria-invalid=${error ? "true" : "false"}
        .value=${num(o.value)}
        @input=${(e: Event) => {
          const raw = (e.target as HTMLInputElement).value.trim();
          const n = Number(raw);
          const ok = raw !== "" && Number.isFinite(n) && (!o.whole || (Number.isInteger(n) && n >= 0 && n <= 1_000_000));
          if (ok) {
            this.numbers.delete(o.path);
            o.set(n);
          } else {
            const named = this.draft ? fieldName(o.path, this.draft.criteria) : o.label;
            const what = named.charAt(0).toLowerCase() + named.slice(1);
            this.numbers.set(o.path, o.whole ? `Enter ${what} as a whole number from 0 to 1000000, like 3` : `Enter ${what} as a number, like 1 or 0.5`);
          }
          this.edit();
        }}
      />
    </div>`;
  }
}
