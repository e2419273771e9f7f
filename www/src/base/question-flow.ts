// `QuestionFlow`: GOV.UK question pages, one question at a time, for any engine whose
// report gives `next: Question[]` (`assessConflict`, `checkGift`, `checkOpenness`).
//
// The widget owns the engine call and the draft; the flow owns the pages:
// - a question page: a back link, the question as the fieldset's legend and heading
//   (or the label of a text or number field), its help as the hint, its clauses, the
//   radios of its options ("I'm not sure" after an "or"), and Continue;
// - Continue with no answer: "Select …" / "Enter …" in the widget's error summary
//   (focused) and beside the field;
// - the check-answers page: a summary list of the questions on the path, each with a
//   Change link that comes back to check answers once the path is whole again.
//
// API (additive changes only):
//
//   const flow = new QuestionFlow(host, {
//     next: (answers) => report.next,   // the engine's questions for these answers (may throw)
//     changed: () => this.changed(),    // the answers or the page changed: save the draft
//     showErrors: (errors, focus) => this.showErrors(errors, focus),
//     errors: () => this.allErrors,     // for the inline error (optional)
//     caption: (q) => "Stage 2 of 3",   // a caption above each question (optional)
//     exit: { label: "Back to the list", go: () => … },  // the back link on the first page (optional)
//     submitLabel: "See the outcome",   // check answers' button (default "Continue")
//     message: (q, problem) => …,       // a question's own error wording (optional; else
//                                       // "Select yes, no or I'm not sure", "Enter your answer", …)
//   });
//   flow.state                // FlowState: keep it in the draft; assign one to switch flows
//   flow.restore(data)        // a FlowState from a draft or import (anything unusable: fresh)
//   flow.start(answers, fromFirst?)  // start afresh, optionally with answers filled in
//                             // (fromFirst: show the first question so they are confirmed)
//   flow.path()               // the questions asked, in order, with their answers
//   flow.answers()            // only the answers on the path: what to give the engine
//   flow.current()            // the question to show, or null at check answers / done
//   flow.complete             // true once check answers was confirmed
//   flow.review()             // from the outcome back to check answers
//   flow.render(level)        // the page for the current step (nothing once complete)
//   flow.checkAnswers(level, { changeable }) // the summary list alone (e.g. beside the outcome)
//
// Answers are `FlowValue`s keyed by question id: the option's value for a choice, a
// string for text, a number for a number. Answers off the path are kept (a Change that
// comes back finds them filled in) but never given to the engine.
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from "lit";
import { keyed } from "lit/directives/keyed.js";
import type { Question } from "quorate";
import { errorAt, type FieldError } from "./errors.js";
import { heading, inlineError } from "./render.js";

export type FlowValue = string | number;
export type FlowAnswers = Record<string, FlowValue>;

/** Where the member is, with the answers: what a widget keeps in its draft. */
export interface FlowState {
  answers: FlowAnswers;
  /** The question on the path being revisited (back or Change); null: the first unanswered one. */
  showing: string | null;
  /** Came by Change: after Continue go on to the first unanswered question, or check answers. */
  fromCheck: boolean;
  /** Check answers was confirmed: the widget shows its outcome. */
  complete: boolean;
}

export interface FlowOptions {
  next: (answers: FlowAnswers) => readonly Question[];
  changed: () => void;
  showErrors: (errors: FieldError[], focus: boolean) => void | Promise<void>;
  errors?: () => readonly FieldError[];
  caption?: (question: Question) => string | null;
  exit?: { label: string; go: () => void };
  submitLabel?: string;
  /** The error for a question left unanswered (`missing`) or not a number (`notANumber`); undefined: the default wording. */
  message?: (question: Question, problem: "missing" | "notANumber") => string | undefined;
}

export interface AnsweredStep {
  question: Question;
  value: FlowValue;
  /** The answer as shown: the option's label, the text, the number. */
  label: string;
}

type Host = ReactiveControllerHost & { renderRoot: ParentNode };

/** The longest path replayed: more questions than any engine asks. */
const MAX_STEPS = 64;

export function freshFlow(answers: FlowAnswers = {}): FlowState {
  return { answers: { ...answers }, showing: null, fromCheck: false, complete: false };
}

/** A saved state made safe (from a draft or an import): anything unusable is left out. */
export function readFlow(data: unknown): FlowState {
  const value = (typeof data === "object" && data !== null ? data : {}) as Partial<Record<keyof FlowState, unknown>>;
  const answers: FlowAnswers = {};
  if (typeof value.answers === "object" && value.answers !== null) {
    for (const [k, v] of Object.entries(value.answers)) {
      if (typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) answers[k] = v;
    }
  }
  return {
    answers,
    showing: typeof value.showing === "string" ? value.showing : null,
    fromCheck: value.fromCheck === true,
    complete: value.complete === true,
  };
}

/** The flow's own styles: add to a widget's `static styles`. */
export const flowStyles = css`
  button.link.back {
    display: inline-block;
    margin: 0 0 1em;
    padding-inline-start: 0.9em;
    position: relative;
  }
  button.link.back::before {
    content: "";
    position: absolute;
    inset-inline-start: 0.1em;
    top: 50%;
    width: 0.4em;
    height: 0.4em;
    border: solid currentColor;
    border-width: 0 0 2px 2px;
    transform: translateY(-50%) rotate(45deg);
  }
  .question legend,
  .question-label {
    margin-bottom: 0.5em;
  }
  .question-heading {
    margin: 0 0 0.5em;
    font-size: 1.375em;
  }
  .question-heading:focus {
    outline: none;
  }
  .question-heading label {
    font-weight: inherit;
  }
  .question-caption {
    display: block;
    color: var(--quorate-muted, #505a5f);
    font-weight: 400;
    margin-bottom: 0.25em;
  }
  .question .hint p {
    margin-bottom: 0.5em;
  }
  .radios .choice {
    margin-bottom: 0.25em;
  }
  .radios-divider {
    width: 1.5em;
    text-align: center;
    margin: 0 0 0.25em;
  }
  input.number {
    width: 8em;
  }
  .check-answers-heading:focus {
    outline: none;
  }
  .flow-submit {
    margin-top: 0.5em;
  }
`;

/** The path a question's control is known by: `answers.<id>`, as the engines name answers. */
export function answerPath(id: string): string {
  return `answers.${id}`;
}

export class QuestionFlow implements ReactiveController {
  state: FlowState = freshFlow();
  readonly #host: Host;
  readonly #options: FlowOptions;
  #cache: { state: FlowState; key: string; walk: { steps: AnsweredStep[]; frontier: Question | null } } | null = null;

  constructor(host: Host, options: FlowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Before each render the engine is asked afresh (the widget's inputs may have changed). */
  hostUpdate(): void {
    this.#cache = null;
  }

  /** Use a saved state (from a draft or an import; see `readFlow`). */
  restore(data: unknown): FlowState {
    this.state = readFlow(data);
    return this.state;
  }

  start(answers: FlowAnswers = {}, fromFirst = false): void {
    this.state = freshFlow(answers);
    if (fromFirst) this.state.showing = this.#walk().steps[0]?.question.id ?? null;
    this.#options.changed();
  }

  /** The questions on the path with their answers, and the first unanswered question. */
  #walk(): { steps: AnsweredStep[]; frontier: Question | null } {
    const key = JSON.stringify(this.state.answers);
    if (this.#cache?.state === this.state && this.#cache.key === key) return this.#cache.walk;
    const walk = this.#replay();
    this.#cache = { state: this.state, key, walk };
    return walk;
  }

  #replay(): { steps: AnsweredStep[]; frontier: Question | null } {
    const steps: AnsweredStep[] = [];
    const given: FlowAnswers = {};
    for (let i = 0; i < MAX_STEPS; i++) {
      let next: readonly Question[];
      try {
        next = this.#options.next({ ...given });
      } catch {
        // The engine refused the last answer: ask that question again.
        const last = steps.pop();
        return { steps, frontier: last?.question ?? null };
      }
      const question = next[0];
      if (!question) return { steps, frontier: null };
      const value = this.state.answers[question.id];
      if (value === undefined || !fits(question, value)) return { steps, frontier: question };
      given[question.id] = value;
      steps.push({ question, value, label: labelOf(question, value) });
    }
    return { steps, frontier: null };
  }

  path(): AnsweredStep[] {
    return this.#walk().steps;
  }

  answers(): FlowAnswers {
    return Object.fromEntries(this.path().map((s) => [s.question.id, s.value]));
  }

  get complete(): boolean {
    return this.state.complete && this.#walk().frontier === null;
  }

  current(): Question | null {
    const { steps, frontier } = this.#walk();
    if (this.state.showing !== null) {
      const step = steps.find((s) => s.question.id === this.state.showing);
      if (step) return step.question;
      if (frontier?.id === this.state.showing) return frontier;
    }
    return this.complete ? null : frontier;
  }

  review(): void {
    this.state.complete = false;
    this.state.showing = null;
    this.#options.changed();
    void this.#focus(".check-answers-heading");
  }

  /** The page for where the member is: a question, check answers, or nothing once complete. */
  render(level: number): TemplateResult | typeof nothing {
    if (this.complete) return nothing;
    const question = this.current();
    if (question) return html`${keyed(question.id, this.#question(level, question))}`;
    return html`${this.#back(this.path().at(-1)?.question.id ?? null)}
      <div class="check-answers">
        ${heading(level, 1, "Check your answers", { className: "check-answers-heading" })} ${this.checkAnswers(level)}
        <button type="button" class="flow-submit" @click=${() => this.#confirm()}>${this.#options.submitLabel ?? "Continue"}</button>
      </div>`;
  }

  /** The summary list of the answers on the path, each with Change (unless `changeable` is false). */
  checkAnswers(_level: number, opts: { changeable?: boolean } = {}): TemplateResult {
    const changeable = opts.changeable ?? true;
    return html`<dl class="summary-list check-answers-list" part="check-answers">
      ${this.path().map(
        (s) =>
          html`<div>
            <dt>${s.question.text}</dt>
            <dd>${s.label}</dd>
            ${changeable
              ? html`<dd class="no-print">
                  <button type="button" class="link" data-change=${s.question.id} @click=${() => this.#change(s.question.id)}>
                    Change<span class="visually-hidden"> your answer to: ${s.question.text}</span>
                  </button>
                </dd>`
              : nothing}
          </div>`,
      )}
    </dl>`;
  }

  #question(level: number, q: Question): TemplateResult {
    const path = answerPath(q.id);
    const error = this.#options.errors ? errorAt(this.#options.errors(), path) : undefined;
    const saved = this.state.answers[q.id];
    const caption = this.#options.caption?.(q) ?? null;
    const described = ["flow-hint", error ? "flow-error" : ""].filter(Boolean).join(" ");
    const captionText = caption ? html`<span class="question-caption">${caption}</span>` : nothing;
    const hint = html`<div class="hint" id="flow-hint">
        ${q.help ? html`<p>${q.help}</p>` : nothing}
        ${q.cite.length ? html`<p class="question-cites">From ${q.cite.map((c, i) => html`${i ? "; " : ""}<cite>${c}</cite>`)}</p>` : nothing}
      </div>
      ${inlineError(error, "flow-error")}`;
    const steps = this.path();
    const index = steps.findIndex((s) => s.question.id === q.id);
    const previous = index > 0 ? steps[index - 1] : index === -1 ? steps.at(-1) : undefined;
    let control: TemplateResult;
    if (q.kind === "yesNoUnsure" || q.options.length) {
      control = html`<fieldset class="question" aria-describedby=${described}>
        <legend>${captionText}${heading(level, 1, q.text, { className: "question-heading" })}</legend>
        ${hint}
        <div class="radios">
          ${q.options.map(
            (o, i) =>
              html`${o.value === "unsure" && i > 0 ? html`<p class="radios-divider">or</p>` : nothing}
                <label class="choice"
                  ><input type="radio" name="flow-answer" value=${o.value} .checked=${saved === o.value} data-path=${i === 0 ? path : nothing} aria-invalid=${error ? "true" : nothing} />
                  ${o.label}</label
                >`,
          )}
        </div>
      </fieldset>`;
    } else {
      const value = saved === undefined ? "" : String(saved);
      control = html`<div class="question">
        ${captionText}${heading(level, 1, html`<label for="flow-input">${q.text}</label>`, { className: "question-heading" })} ${hint}
        ${q.kind === "text"
          ? html`<textarea id="flow-input" name="flow-answer" rows="3" data-path=${path} aria-describedby=${described} aria-invalid=${error ? "true" : nothing} .value=${value}></textarea>`
          : html`<input
              id="flow-input"
              name="flow-answer"
              type="text"
              inputmode="decimal"
              spellcheck="false"
              class="number"
              data-path=${path}
              aria-describedby=${described}
              aria-invalid=${error ? "true" : nothing}
              .value=${value}
            />`}
      </div>`;
    }
    return html`${this.#back(previous?.question.id ?? null)}
      <form class="question-page" novalidate @submit=${(e: Event) => this.#continue(e, q)}>
        <div class=${error ? "field field-error-group" : "field"}>${control}</div>
        <button type="submit" class="flow-submit">Continue</button>
      </form>`;
  }

  #back(to: string | null): TemplateResult | typeof nothing {
    if (to === null) {
      const exit = this.#options.exit;
      return exit ? html`<button type="button" class="link back no-print" @click=${exit.go}>${exit.label}</button>` : nothing;
    }
    return html`<button type="button" class="link back no-print" @click=${() => this.#go(to)}>Back</button>`;
  }

  #go(id: string): void {
    this.state.showing = id;
    this.state.fromCheck = false;
    this.#options.showErrors([], false);
    this.#options.changed();
    void this.#focus(".question-heading");
  }

  #change(id: string): void {
    this.state.showing = id;
    this.state.fromCheck = true;
    this.state.complete = false;
    this.#options.changed();
    void this.#focus(".question-heading");
  }

  #confirm(): void {
    this.state.complete = true;
    this.state.showing = null;
    this.#options.changed();
  }

  #continue(event: Event, q: Question): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const path = answerPath(q.id);
    let value: FlowValue | null = null;
    let message = "";
    let problem: "missing" | "notANumber" = "missing";
    if (q.kind === "yesNoUnsure" || q.options.length) {
      const checked = form.querySelector<HTMLInputElement>('input[name="flow-answer"]:checked');
      value = q.options.find((o) => o.value === checked?.value)?.value ?? null;
      if (value === null) message = `Select ${orList(q.options.map((o) => lowerLabel(o.label)))}`;
    } else {
      const raw = form.querySelector<HTMLInputElement | HTMLTextAreaElement>('[name="flow-answer"]')?.value.trim() ?? "";
      if (!raw) message = q.kind === "number" ? "Enter an amount" : "Enter your answer";
      else if (q.kind === "number") {
        const n = Number(raw.replace(/^£/, "").replace(/,/g, ""));
        if (!Number.isFinite(n) || n < 0) {
          message = "Enter an amount as a number, like 25 or 12.50";
          problem = "notANumber";
        }
        else value = n;
      } else value = raw;
    }
    if (value === null) {
      message = this.#options.message?.(q, problem) ?? message;
      void this.#options.showErrors([{ path, message }], true);
      return;
    }
    const { steps } = this.#walk();
    this.state.answers[q.id] = value;
    this.#options.showErrors([], false);
    const index = steps.findIndex((s) => s.question.id === q.id);
    if (this.state.fromCheck || index === -1) {
      this.state.showing = null;
    } else {
      // Revisited by Back: on to the next question on the path as it now is.
      const now = this.#walk();
      const at = now.steps.findIndex((s) => s.question.id === q.id);
      this.state.showing = now.steps[at + 1]?.question.id ?? null;
    }
    if (this.state.showing === null) this.state.fromCheck = false;
    this.#options.changed();
    void this.#focus(this.current() ? ".question-heading" : ".check-answers-heading");
  }

  async #focus(selector: string): Promise<void> {
    await this.#host.updateComplete;
    const el = this.#host.renderRoot.querySelector<HTMLElement>(selector);
    if (!el) return;
    el.tabIndex = -1;
    el.focus();
  }
}

function fits(q: Question, value: FlowValue): boolean {
  if (q.kind === "number") return typeof value === "number";
  if (q.options.length) return q.options.some((o) => o.value === value);
  return typeof value === "string" && value.trim() !== "";
}

function labelOf(q: Question, value: FlowValue): string {
  return q.options.find((o) => o.value === value)?.label ?? String(value);
}

/** "yes", "no" — but "I'm not sure" keeps its capital. */
function lowerLabel(label: string): string {
  return /^I\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "an answer";
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
