// <quorate-private-check>: is an agenda item taken in public or in private? The
// questions of the constitution's openness rule one at a time (the base's question
// flow), then the outcome: public, private, the Chair may exclude the public, the Chair
// decides, or undecided with the condition to settle; what happens to the papers, and
// who leaves; the clauses on every answer.
import { css, html, nothing, type TemplateResult } from "lit";
import type { Answer, Constitution, OpennessException, OpennessItem, OpennessOutcome, OpennessReport, OpennessRule, PaperAccess, Question } from "quorate";
import { QuorateElement } from "../base/element.js";
import { flowStyles, freshFlow, QuestionFlow, type FlowAnswers, type FlowState } from "../base/question-flow.js";
import type { Engine } from "../base/engine.js";
import { fieldErrors, type FieldError } from "../base/errors.js";
import { citations, cites, heading, reason, reasons, verdict } from "../base/render.js";

/** The answers, by question id: `title`, `meeting`, `holds.<exception>`, `condition.<exception>`. */
export type OpennessAnswers = Readonly<FlowAnswers>;

/** What the widget keeps (drafts and JSON exports): the question flow's state, with its answers. */
export interface PrivateCheckDraft {
  flow: FlowState;
}

/** What `quorate-result` carries for this widget: `checkOpenness`'s report and the item it was asked about. */
export interface PrivateCheckResult {
  item: OpennessItem;
  report: OpennessReport;
}

const YES_NO = [
  { value: "yes" as Answer, label: "Yes" },
  { value: "no" as Answer, label: "No" },
];

const isAnswer = (v: string | number | undefined): v is Answer => v === "yes" || v === "no" || v === "unsure";

/** The widget's own questions, in the shape the engines ask theirs: the item, the meeting, each exception. */
export function itemQuestions(rule: OpennessRule): Question[] {
  const qs: Question[] = [
    {
      id: "title",
      text: "What is the agenda item?",
      help: "Its number and title as the agenda gives them, for example 6. Grant awards from the Community Fund",
      kind: "text",
      options: [],
      cite: [],
    },
  ];
  if (rule.specialMeetings) {
    qs.push({
      id: "meeting",
      text: "Is it business for a special meeting, called outwith the schedule of regular meetings?",
      help: null,
      kind: "yesNoUnsure",
      options: YES_NO,
      cite: rule.specialMeetings.cite,
    });
  }
  for (const e of rule.exceptions) {
    qs.push({
      id: `holds.${e.id}`,
      text: `Does the item involve ${e.name.charAt(0).toLowerCase()}${e.name.slice(1)}?`,
      help: `This covers ${e.description}.`,
      kind: "yesNoUnsure",
      options: YES_NO,
      cite: e.cite,
    });
  }
  return qs;
}

/** The engine's item, from the answers. */
export function opennessItem(rule: OpennessRule, answers: OpennessAnswers): OpennessItem {
  const item: OpennessItem = { meeting: answers.meeting === "yes" ? "special" : "regular", matters: [] };
  const title = typeof answers.title === "string" ? answers.title.trim() : "";
  if (title) item.title = title;
  for (const e of rule.exceptions) {
    if (answers[`holds.${e.id}`] !== "yes") continue;
    const met = answers[`condition.${e.id}`];
    item.matters?.push(isAnswer(met) && e.onlyIf ? { exception: e.id, conditionMet: met } : { exception: e.id });
  }
  return item;
}

/** The engine's conditions to settle, as questions of the flow (`condition.<exception>`). */
export const conditionQuestions = (report: OpennessReport | null): Question[] => (report?.next ?? []).map((q) => ({ ...q, id: `condition.${q.id}` }));

export function opennessVerdict(outcome: OpennessOutcome): { text: string; tone: "ok" | "bad" | "warn" | "neutral" } {
  switch (outcome) {
    case "public":
      return { text: "Public", tone: "ok" };
    case "private":
      return { text: "Private", tone: "bad" };
    case "chairMayExclude":
      return { text: "The Chair may exclude the public", tone: "warn" };
    case "chairDecides":
      return { text: "The Chair decides", tone: "warn" };
    case "undecided":
      return { text: "Undecided", tone: "neutral" };
    case "noRule":
      return { text: "No rule on private business", tone: "neutral" };
  }
}

const PAPERS: Record<PaperAccess, string> = {
  public: "The papers are published, as for any public item.",
  mayBeRestricted: "The papers may be restricted: they need not be published.",
  restricted: "The papers are not published.",
};

/** The clauses behind the papers' answer: the exceptions that apply or are open, else the default. */
function papersCite(rule: OpennessRule, report: OpennessReport): string[] {
  const ids = new Set([...report.exceptions, ...report.next.map((q) => q.id)]);
  const list = rule.exceptions.filter((e: OpennessException) => ids.has(e.id)).flatMap((e) => e.cite);
  return [...new Set(list.length ? list : rule.defaultPublic.cite)];
}

/** The outcome: verdict, where it is taken, the papers, who leaves, what to settle, every reason. */
export function opennessOutcome(report: OpennessReport, rule: OpennessRule | null, title: string, level: number): TemplateResult {
  const v = opennessVerdict(report.outcome);
  const rows: [string, TemplateResult][] = [];
  if (rule && report.papers) rows.push(["The papers", html`${PAPERS[report.papers]} ${cites(papersCite(rule, report))}`]);
  if (rule) {
    rows.push([
      "Who leaves",
      report.whoLeaves
        ? html`${report.whoLeaves.charAt(0).toUpperCase()}${report.whoLeaves.slice(1)}, if the item is taken in private. ${cites(rule.whoLeaves?.cite)}`
        : html`Nobody: the item is taken in public. ${cites(rule.defaultPublic.cite)}`,
    ]);
  }
  return html`<div class="result ${v.tone === "neutral" ? "" : v.tone}" part="result">
    ${heading(level, 1, title ? `Public or private: ${title}` : "Public or private")}
    <p>${verdict(v.text, v.tone)}</p>
    <p class="summary">${report.summary || "This constitution sets no rule on public and private business."}</p>
    ${report.next.length
      ? html`<div class="settle">
          <p class="list-label">To settle before the answer is firm</p>
          <ul>
            ${report.next.map((q) => html`<li>${q.text} ${cites(q.cite)}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${rows.length
      ? html`<dl class="summary-list">
          ${rows.map(
            ([k, v]) => html`<div>
              <dt>${k}</dt>
              <dd>${v}</dd>
            </div>`,
          )}
        </dl>`
      : nothing}
    ${reasons("Why", report.reasons)}
    ${report.notes.length
      ? html`<div class="notes">
          <p class="list-label">How this constitution is read</p>
          <ul>
            ${report.notes.map((n) => html`<li>${reason(n)}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${citations(report.citations)}
  </div>`;
}

/**
 * Is an agenda item taken in public or in private? The questions of the constitution's
 * openness rule one at a time, then the outcome with what happens to the papers and who
 * leaves, each with its clauses.
 *
 * @attr preset - a preset id (default `clackmannanshire-2019`)
 * @attr heading-level - the level of the widget's heading (default 2)
 * @attr draft-key - keeps this instance's draft apart from others on the page
 * @prop constitution - your own constitution object, instead of a preset
 * @fires quorate-result - `{ item: OpennessItem, report: OpennessReport }`, once the questions are answered
 * @csspart panel - the widget's box
 * @csspart result - the outcome
 * @csspart actions - export, import and clear
 */
export class PrivateCheck extends QuorateElement {
  protected readonly tag = "quorate-private-check";
  protected readonly schemaVersion = 1;
  protected override readonly defaultPreset = "clackmannanshire-2019";

  static override styles = [
    ...QuorateElement.styles,
    flowStyles,
    css`
      .settle {
        border-left: 5px solid var(--quorate-warn, #f47738);
        padding-left: 0.75em;
      }
    `,
  ];

  private report: OpennessReport | null = null;
  private item: OpennessItem = {};
  private readonly flow = new QuestionFlow(this, {
    next: (answers) => this.questionsFor(answers),
    changed: () => this.changed(),
    showErrors: (errors, focus) => this.showErrors(errors, focus),
    errors: () => this.allErrors,
    submitLabel: "See the answer",
    message: (q, problem) => (q.id === "title" && problem === "missing" ? "Enter the agenda item's number and title" : undefined),
  });

  protected heading(): string {
    return "Is this item public or private?";
  }

  protected restore(data: unknown): void {
    const d = (typeof data === "object" && data !== null ? data : {}) as Partial<PrivateCheckDraft>;
    if (data === null) this.flow.state = freshFlow();
    else this.flow.restore(d.flow);
  }

  protected snapshot(): PrivateCheckDraft {
    return { flow: this.flow.state };
  }

  /**
   * The next questions for these answers: the widget's own (the item, the meeting, each
   * exception) not yet answered, then the conditions the engine says are open.
   */
  private questionsFor(answers: FlowAnswers): readonly Question[] {
    const rule = this.rules?.openness;
    const engine = this.engine;
    if (!rule || !engine) return [];
    const own = itemQuestions(rule).filter((q) => !(q.id in answers));
    if (own.length) return own;
    const report = engine.checkOpenness({ constitution: this.constitutionInput, item: opennessItem(rule, answers) });
    return conditionQuestions(report).filter((q) => !(q.id in answers));
  }

  protected recompute(engine: Engine, rules: Constitution): FieldError[] {
    this.flow.hostUpdate(); // the constitution may have changed since the flow last asked
    try {
      const item = rules.openness ? opennessItem(rules.openness, this.flow.answers()) : {};
      const report = engine.checkOpenness({ constitution: this.constitutionInput, item });
      this.report = report;
      this.item = item;
      const done = !rules.openness || this.flow.complete;
      this.result = done ? { item, report } : null;
      this.announce(done ? `${opennessVerdict(report.outcome).text}. ${report.summary}` : "");
      return [];
    } catch (e) {
      this.report = null;
      return fieldErrors(e);
    }
  }

  private another(): void {
    this.flow.start();
    void this.focusAfterUpdate("[data-path='answers.title']");
  }

  protected renderBody(rules: Constitution): TemplateResult {
    const report = this.report;
    const rule = rules.openness ?? null;
    const level = this.level;
    let body: TemplateResult;
    if (!report) body = html``;
    else if (!rule) body = opennessOutcome(report, null, "", level);
    else if (!this.flow.complete) {
      body = html`<p class="hint">
          Answer the questions of ${rules.name}'s rule on public and private business ${cites(rule.defaultPublic.cite)} for one agenda item, one at a time.
          Nothing is sent anywhere.
        </p>
        ${this.flow.render(level)}`;
    } else {
      body = html`${opennessOutcome(report, rule, this.item.title ?? "", level)} ${heading(level, 2, "Your answers")} ${this.flow.checkAnswers(level)}
        <div class="actions no-print">
          <button type="button" class="secondary" @click=${() => this.another()}>Check another item</button>
        </div>`;
    }
    return html`${body} ${this.fileActions(rules.id, "answers")}`;
  }
}

declare module "../base/events.js" {
  interface QuorateResults {
    "quorate-private-check": PrivateCheckResult;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "quorate-private-check": PrivateCheck;
  }
}
