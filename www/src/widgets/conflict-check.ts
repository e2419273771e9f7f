// <quorate-conflict-check>: the conflict-of-interest self-assessment, one question at a
// time in the constitution's words, then what to do and the wording for the minute; for
// a meeting's agenda, one check per item that names a registered interest, as a task list.
import { html, nothing, type TemplateResult } from "lit";
import type { AgendaCheckReport, AssessmentReport, Constitution, Question, QuestionSet, Stage } from "quorate";
import { QuorateElement } from "../base/element.js";
import type { Engine } from "../base/engine.js";
import { fieldErrors, type FieldError } from "../base/errors.js";
import type { ConflictCheckRequest } from "../base/events.js";
import { chosenFile } from "../base/files.js";
import { QuestionFlow, flowStyles, freshFlow, type FlowAnswers } from "../base/question-flow.js";
import { citations, heading, plural, reasons } from "../base/render.js";
import { agendaTitles } from "../base/lines.js";
import { checksFrom, itemName, registerFromFile, registerOnDevice, taskList } from "./conflict/agenda.js";
import { assessmentInput, freshDraft, readDraft, type Check, type ConflictDraft } from "./conflict/model.js";
import { startPage, type StartField } from "./conflict/start.js";
import { conflictStyles } from "./conflict/styles.js";
import { copyMinute, outcomePage, outcomeVerdict, type CopyStatus } from "./conflict/outcome.js";

/** What `quorate-result` carries: every check's `assessConflict` report, the active one first. */
export interface ConflictCheckResult {
  /** The report of the check being worked on (or last finished); null on the start page. */
  report: AssessmentReport | null;
  /** Each item's report, for an agenda (one entry for a check of one item). */
  checks: { item: string; title: string; report: AssessmentReport }[];
}

const STAGES: Stage[] = ["connection", "interest", "participation"];

/**
 * The conflict-of-interest self-assessment: the three stages (connection, interest,
 * participation) in the constitution's words, one question at a time with its help and
 * clause, "I'm not sure" where the engine takes it, check answers, then the outcome with
 * its reasons and clauses and the ready-to-minute wording. For a meeting's agenda: your
 * register of interests (from `<quorate-interests>` on this device, or its file) and the
 * agenda titles give a task list of the items to check. Nothing leaves the browser.
 *
 * @attr preset - a preset id (default `clackmannanshire-2019`)
 * @attr heading-level - the level of the widget's heading (default 2)
 * @attr draft-key - keeps this instance's draft apart from others on the page
 * @prop constitution - your own constitution object, instead of a preset
 * @fires quorate-result - `{ report: AssessmentReport | null, checks }`, on every change
 * @listens quorate-conflict-check-request - from `<quorate-interests>` on the page: starts the check of that item
 * @cssprop --quorate-accent - the back link, Change links and the task list (and every shared custom property of the base)
 * @csspart panel - the widget's box
 * @csspart check-answers - the summary list of answers
 * @csspart result - the outcome
 * @csspart minute - the wording for the minute
 * @csspart task-list - the agenda's items
 * @csspart actions - export, import and clear
 */
export class ConflictCheck extends QuorateElement {
  protected readonly tag = "quorate-conflict-check";
  protected readonly schemaVersion = 1;
  protected override readonly defaultPreset = "clackmannanshire-2019";

  static override styles = [
    ...QuorateElement.styles,
    flowStyles,
    conflictStyles,
  ];

  private draft: ConflictDraft = freshDraft();
  private reports: (AssessmentReport | null)[] = [];
  private questions: QuestionSet | null = null;
  private agendaReport: AgendaCheckReport | null = null;
  private copy: CopyStatus = "";
  /** The question pages of the check on screen (its state is that check's `flow`). */
  private readonly flow = new QuestionFlow(this, {
    next: (answers) => this.nextQuestions(answers),
    changed: () => this.changed(),
    showErrors: (errors, focus) => this.showErrors(errors, focus),
    errors: () => this.allErrors,
    caption: (q) => this.caption(q),
    // Read on each render: where the first question's back link leads.
    exit: ((host: ConflictCheck) => ({
      go: () => host.leave(),
      get label(): string {
        return host.draft.agenda ? "Back to the agenda" : "Back";
      },
    }))(this),
    submitLabel: "See what to do",
    message: (q) => (q.id === "connectionDescription" ? "Enter what the connection is, in a few words" : undefined),
  });
  readonly #onRequest = (e: Event) => this.take(e as CustomEvent<ConflictCheckRequest>);

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener("quorate-conflict-check-request", this.#onRequest);
  }

  override disconnectedCallback(): void {
    document.removeEventListener("quorate-conflict-check-request", this.#onRequest);
    super.disconnectedCallback();
  }

  protected heading(): string {
    return "Do you need to declare an interest?";
  }

  protected restore(data: unknown): void {
    this.draft = data === null ? freshDraft() : readDraft(data);
    this.copy = "";
    this.bind();
  }

  protected snapshot(): ConflictDraft {
    return this.draft;
  }

  /** Point the flow at the active check's state. */
  private bind(): void {
    const check = this.active;
    this.flow.state = check ? check.flow : freshFlow();
  }

  private get active(): Check | null {
    return this.draft.active === null ? null : (this.draft.checks[this.draft.active] ?? null);
  }

  private nextQuestions(answers: FlowAnswers): readonly Question[] {
    const engine = this.engine;
    const check = this.active;
    if (!engine || !check) return [];
    return engine.assessConflict(assessmentInput(this.constitutionInput, this.draft.member, check, answers)).next;
  }

  private caption(q: Question): string {
    const stage = this.questions?.questions.find((v) => v.id === q.id)?.stage;
    const check = this.active;
    const item = check && (check.item || check.title) ? `${itemName(check)} · ` : "";
    const n = stage ? STAGES.indexOf(stage) + 1 : 0;
    return n ? `${item}Stage ${n} of 3: ${stage}` : item;
  }

  protected recompute(engine: Engine): FieldError[] {
    const errors: FieldError[] = [];
    try {
      this.questions = engine.conflictQuestions({ constitution: this.constitutionInput });
    } catch (e) {
      this.questions = null;
      errors.push(...fieldErrors(e));
    }
    this.agendaReport = null;
    const register = this.draft.register;
    if (this.draft.agenda && register) {
      try {
        this.agendaReport = engine.checkAgendaAgainstRegister({ constitution: this.constitutionInput, register, agenda: agendaTitles(this.draft.agendaText) });
      } catch {
        /* the notes are only shown when the agenda can be checked */
      }
    }
    this.reports = this.draft.checks.map((check, i) => {
      const answers = i === this.draft.active ? this.flow.answers() : undefined;
      try {
        return engine.assessConflict(assessmentInput(this.constitutionInput, this.draft.member, check, answers ?? this.pathAnswers(engine, check)));
      } catch (e) {
        if (i === this.draft.active) errors.push(...fieldErrors(e));
        return null;
      }
    });
    const active = this.draft.active === null ? null : (this.reports[this.draft.active] ?? null);
    this.result = {
      report: active,
      checks: this.draft.checks.flatMap((c, i) => {
        const report = this.reports[i];
        return report ? [{ item: c.item, title: c.title, report }] : [];
      }),
    };
    if (active && this.flow.complete) this.announce(`${outcomeVerdict(active).text}. ${active.summary}`);
    else if (!active && this.draft.agenda) this.announce(this.agendaSummary());
    return errors;
  }

  /** A check's answers on its path (the flow replays only the active check). */
  private pathAnswers(engine: Engine, check: Check): FlowAnswers {
    const given: FlowAnswers = {};
    for (let i = 0; i < 64; i++) {
      const q = engine.assessConflict(assessmentInput(this.constitutionInput, this.draft.member, check, given)).next[0];
      const value = q ? check.flow.answers[q.id] : undefined;
      if (!q || value === undefined) break;
      given[q.id] = value;
    }
    return given;
  }

  private agendaSummary(): string {
    const flagged = this.draft.checks.filter((c) => c.flagged).length;
    return `${plural(flagged, "item")} of ${this.draft.checks.length} ${flagged === 1 ? "names" : "name"} an interest in your register.`;
  }

  // ---- moving between pages ----

  private open(index: number, fromFirst = false): void {
    this.draft.active = index;
    const check = this.draft.checks[index];
    if (check && !check.opened) {
      check.opened = true;
      // A connection found in the register is shown first, to be confirmed.
      if (fromFirst || Object.keys(check.flow.answers).length) check.flow.showing = "connection";
    }
    this.copy = "";
    this.bind();
    this.changed();
    void this.focusHeading(".question-heading, .check-answers-heading, .outcome-heading");
  }

  /** Back to the start page or the task list (`another`: the start page's item is cleared for the next one). */
  private leave(another = false): void {
    const was = this.draft.active;
    this.draft.active = null;
    if (!this.draft.agenda) this.draft.checks = [];
    if (another && !this.draft.agenda) {
      this.draft.item = "";
      this.draft.itemTitle = "";
    }
    this.bind();
    this.changed();
    if (this.draft.agenda && was !== null) void this.focusAfterUpdate(`#task-${was}`);
    else void this.focusHeading("#start-title");
  }

  private startOne(): void {
    const item = this.draft.item.trim();
    const title = this.draft.itemTitle.trim();
    this.draft.checks = [{ item, title, flagged: false, opened: false, reasons: [], flow: freshFlow() }];
    this.draft.agenda = false;
    this.open(0);
  }

  /** `<quorate-interests>` asks for the check of one item: take it, if it is for this constitution. */
  private take(event: CustomEvent<ConflictCheckRequest>): void {
    const d = event.detail;
    const ours = this.constitutionKey;
    const theirs = typeof d.constitution === "string" ? d.constitution : `custom:${d.constitution.id}`;
    if (!this.rules || theirs !== ours || event.defaultPrevented) return;
    event.preventDefault();
    if (d.member.trim()) this.draft.member = d.member;
    const check: Check = { item: d.item, title: d.itemTitle, flagged: true, opened: false, reasons: [], flow: freshFlow({ ...d.answers }) };
    if (d.category) check.category = d.category;
    if (this.draft.agenda) {
      // Working through an agenda: the item's own check if it has one, else one more task.
      const at = this.draft.checks.findIndex((c) => c.item === d.item && c.title === d.itemTitle);
      if (at === -1) this.draft.checks.push(check);
      this.open(at === -1 ? this.draft.checks.length - 1 : at, true);
    } else {
      this.draft.checks = [check];
      this.open(0, true);
    }
    this.notice = "";
    this.scrollIntoView?.({ block: "start" });
  }

  private useDeviceRegister(): void {
    const register = registerOnDevice(this.constitutionKey);
    if (!register) return;
    this.draft.register = register;
    this.draft.registerFrom = "your register of interests on this device";
    if (!this.draft.member) this.draft.member = register.member;
    this.changed();
  }

  private async importRegister(event: Event): Promise<void> {
    const file = await chosenFile(event);
    if (!file) return;
    try {
      const register = registerFromFile(file.text);
      this.draft.register = register;
      this.draft.registerFrom = file.name;
      if (!this.draft.member) this.draft.member = register.member;
      this.changed();
    } catch (e) {
      await this.showErrors([{ path: "register-file", message: `${file.name} could not be imported: ${fieldErrors(e).map((f) => `${f.path ? `${f.path}: ` : ""}${f.message}`)[0] ?? String(e)}` }], true);
    }
  }

  private async importAgenda(event: Event): Promise<void> {
    const file = await chosenFile(event);
    if (!file) return;
    this.draft.agendaText = file.text;
    this.changed();
    this.notice = `Read ${plural(agendaTitles(file.text).length, "agenda item")} from ${file.name}.`;
  }

  private checkAgenda(): void {
    const engine = this.engine;
    if (!engine) return;
    const errors: FieldError[] = [];
    const register = this.draft.register;
    const agenda = agendaTitles(this.draft.agendaText);
    if (!register) errors.push({ path: "register", message: "Use the register of interests on this device, or import your register's file" });
    if (!agenda.length) errors.push({ path: "agendaText", message: "Enter the agenda's item titles, one a line, or import them from a file" });
    if (errors.length || !register) {
      void this.showErrors(errors, true);
      return;
    }
    let report: AgendaCheckReport;
    try {
      report = engine.checkAgendaAgainstRegister({ constitution: this.constitutionInput, register, agenda });
    } catch (e) {
      void this.showErrors(
        fieldErrors(e).map((f) => ({ path: f.path.startsWith("agenda") ? "agendaText" : "register", message: `${f.path ? `${f.path}: ` : ""}${f.message}` })),
        true,
      );
      return;
    }
    this.draft.checks = checksFrom(report);
    this.draft.agenda = true;
    this.draft.active = null;
    if (!this.draft.member) this.draft.member = register.member;
    this.bind();
    this.changed();
    void this.focusAfterUpdate("#agenda-title");
  }

  private newAgenda(): void {
    this.draft.checks = [];
    this.draft.agenda = false;
    this.draft.active = null;
    this.bind();
    this.changed();
    void this.focusHeading("#start-title");
  }

  private set(field: StartField, e: Event): void {
    this.draft[field] = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.changed();
  }

  /** Move focus to a page's heading after the next render (headings take focus from script only). */
  private async focusHeading(selector: string): Promise<void> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!el) return;
    el.tabIndex = -1;
    el.focus();
  }

  private async copyWording(el: HTMLElement | null, text: string): Promise<void> {
    this.copy = await copyMinute(el, text);
    this.requestUpdate();
  }

  // ---- rendering ----

  protected renderBody(rules: Constitution): TemplateResult {
    const check = this.active;
    const privacy = html`<p class="hint private">Nothing you enter leaves this browser: your answers are kept on this device only, until you clear them.</p>`;
    let page: TemplateResult;
    if (check) page = this.checkPage(check);
    else if (this.draft.agenda) page = this.agendaPage();
    else page = this.startPage();
    return html`${privacy} ${page} ${this.fileActions(this.draft.member || rules.id)}`;
  }

  private checkPage(check: Check): TemplateResult {
    const level = this.level;
    const report = this.draft.active === null ? null : (this.reports[this.draft.active] ?? null);
    if (report?.status === "noRule") {
      return html`<p>${report.summary}</p>
        ${reasons("What the constitution says", report.notes, "notes")} ${citations(report.citations)}
        <div class="actions"><button type="button" class="secondary" @click=${() => this.leave()}>Back</button></div>`;
    }
    if (report && this.flow.complete) {
      return outcomePage({
        report,
        level,
        flow: this.flow,
        copy: this.copy,
        onCopy: (el) => void this.copyWording(el, report.declaration ?? ""),
        after: html`<button type="button" class="secondary" id="leave" @click=${() => this.leave(true)}>
          ${this.draft.agenda ? "Back to the agenda" : "Check another item"}
        </button>`,
      });
    }
    const intro = check.flagged && check.reasons.length ? reasons("Your register names this item", check.reasons) : nothing;
    return html`${this.flow.render(level)} ${intro}`;
  }

  private startPage(): TemplateResult {
    return startPage({
      level: this.level,
      errors: this.allErrors,
      draft: this.draft,
      device: registerOnDevice(this.constitutionKey),
      questions: this.questions,
      set: (field, e) => this.set(field, e),
      startOne: () => this.startOne(),
      useDevice: () => this.useDeviceRegister(),
      importRegister: (e) => void this.importRegister(e),
      importAgenda: (e) => void this.importAgenda(e),
      checkAgenda: () => this.checkAgenda(),
    });
  }

  private agendaPage(): TemplateResult {
    const level = this.level;
    return html`${heading(level, 1, html`<span id="agenda-title" tabindex="-1">Your agenda</span>`)}
      ${taskList({ level, checks: this.draft.checks, reports: this.reports, open: (i) => this.open(i) })}
      ${this.agendaReport ? html`${reasons("Notes", this.agendaReport.notes, "notes")} ${citations(this.agendaReport.citations)}` : nothing}
      <div class="actions no-print"><button type="button" class="secondary" id="new-agenda" @click=${() => this.newAgenda()}>Check another agenda</button></div>`;
  }
}

declare module "../base/events.js" {
  interface QuorateResults {
    "quorate-conflict-check": ConflictCheckResult;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "quorate-conflict-check": ConflictCheck;
  }
}
