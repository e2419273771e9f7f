// <quorate-gift-check>: may a member keep a gift or accept hospitality? The offer, then
// the code's questions one at a time (the base's question flow), then the outcome with
// the rule that decided it, every reason and the register entry; and the member's own
// gifts and hospitality log on this device, which answers "had anything from the same
// source before?" and adds up what one source gave in the last 12 months.
import { css, html, nothing, type TemplateResult } from "lit";
import type { Constitution, GiftReport, IsoDate, Question } from "quorate";
import { QuorateElement } from "../base/element.js";
import { flowStyles, freshFlow, QuestionFlow, type FlowAnswers, type FlowState } from "../base/question-flow.js";
import type { Engine } from "../base/engine.js";
import { checkDate, dateFieldError, longDate, shortDate, type DateParts } from "../base/date-input.js";
import { fieldErrors, type FieldError } from "../base/errors.js";
import { chosenFile, download, slug } from "../base/files.js";
import { cites, heading, plural } from "../base/render.js";
import { DECISIONS, KINDS, earlierFrom, kindName, logFromCsv, logToCsv, pounds, readLog, sourceTotal, where, type LogEntry, type SourceTotal } from "./gifts/log.js";
import { freshLogForm, logSection, type LogForm } from "./gifts/log-view.js";
import { freshOffer, giftOffer, offerErrors, offerForm, parseValue, RECIPIENTS, type OfferDraft } from "./gifts/offer.js";
import { giftOutcome, giftVerdict, noGiftsRule } from "./gifts/outcome.js";

/** The offer page, or the code's questions (then check answers and the outcome, as the flow says). */
type Step = "offer" | "questions";



/** What the widget keeps (drafts and JSON exports). */
export interface GiftCheckDraft {
  step: Step;
  offer: OfferDraft;
  /** The question flow: the answers to the code's questions, by question id, and where the member is. */
  flow: FlowState;
  log: LogEntry[];
}

/** What `quorate-result` carries for this widget. */
export interface GiftCheckResult {
  /** `checkGift`'s report on the offer as it stands; null before the offer is described. */
  report: GiftReport | null;
  /** The log, oldest first as kept. */
  log: LogEntry[];
  /** What the offer's source gave that the member accepted in the 12 months to the offer's date, where the constitution sets a value line. */
  sourceTotal: SourceTotal | null;
}

/**
 * May I accept this gift or hospitality? The code's questions one at a time, the outcome
 * with the rule that decided it and every reason, and the register entry; and a personal
 * gifts and hospitality log kept on this device (CSV out and in).
 *
 * @attr preset - a preset id (default `clackmannanshire-2019`)
 * @attr heading-level - the level of the widget's heading (default 2)
 * @attr draft-key - keeps this instance's draft apart from others on the page
 * @prop constitution - your own constitution object, instead of a preset
 * @fires quorate-result - `{ report: GiftReport | null, log, sourceTotal }`, on every change
 * @csspart panel - the widget's box
 * @csspart result - the outcome
 * @csspart entry - the register entry
 * @csspart source-total - what the source gave in the last 12 months
 * @csspart log - the log's table
 * @csspart csv-actions - the log's CSV export and import
 * @csspart actions - export, import and clear
 */
export class GiftCheck extends QuorateElement {
  protected readonly tag = "quorate-gift-check";
  protected readonly schemaVersion = 1;
  protected override readonly defaultPreset = "clackmannanshire-2019";

  static override styles = [
    ...QuorateElement.styles,
    flowStyles,
    css`
      .choice-hint {
        margin: 0 0 0.25em 2em;
      }
      .money {
        display: flex;
        align-items: stretch;
      }
      .money .prefix {
        display: flex;
        align-items: center;
        padding: 0 0.5em;
        border: 2px solid var(--quorate-text, #0b0c0c);
        border-right: 0;
        background: #f3f2f1;
      }
      .money input {
        width: 8em;
      }
      .entry {
        border-left: 5px solid var(--quorate-border, #b1b4b6);
        padding-left: 0.75em;
      }
      .log-section {
        margin-top: 2em;
        border-top: 2px solid var(--quorate-border, #b1b4b6);
        padding-top: 0.5em;
      }
      .add-log {
        margin-top: 1em;
      }
      .result .citations {
        margin-top: 1em;
      }
      table.log td,
      table.totals td {
        overflow-wrap: anywhere;
      }
    `,
  ];

  private step: Step = "offer";
  private offer: OfferDraft = freshOffer();
  private log: LogEntry[] = [];
  private adding: LogForm = freshLogForm();
  /** Whether "Add an offer you had before" is open (the member's choice, kept across renders). */
  private addingOpen = false;
  private report: GiftReport | null = null;
  private readonly flow = new QuestionFlow(this, {
    next: (answers) => this.questionsFor(answers),
    changed: () => this.changed(),
    showErrors: (errors, focus) => this.showErrors(errors, focus),
    errors: () => this.allErrors,
    exit: { label: "Back", go: () => this.changeOffer() },
    submitLabel: "See what to do",
    checkAnswersLead: () => this.renderOfferSummary(),
    suggest: (q) => (q.id === "repeated" ? this.fromLog().answer : undefined),
  });

  protected heading(): string {
    return "May I accept this gift or hospitality?";
  }

  protected restore(data: unknown): void {
    this.adding = freshLogForm();
    if (data === null) {
      this.step = "offer";
      this.offer = freshOffer();
      this.flow.state = freshFlow();
      this.log = [];
      return;
    }
    const d = (typeof data === "object" && data !== null ? data : {}) as Partial<GiftCheckDraft>;
    const o = (typeof d.offer === "object" && d.offer !== null ? d.offer : {}) as Partial<OfferDraft>;
    const text = (v: unknown) => (typeof v === "string" ? v : "");
    const date = (typeof o.date === "object" && o.date !== null ? o.date : {}) as Partial<DateParts>;
    const kind = KINDS.find(([k]) => k === o.kind)?.[0] ?? "";
    const recipient = RECIPIENTS.find(([r]) => r === o.recipient)?.[0] ?? "member";
    this.offer = {
      kind,
      recipient,
      giver: text(o.giver),
      description: text(o.description),
      value: text(o.value),
      date: { day: text(date.day), month: text(date.month), year: text(date.year) },
    };
    this.flow.restore(d.flow);
    this.log = readLog(d.log ?? []);
    this.step = d.step === "questions" ? d.step : "offer";
    if (this.step !== "offer" && offerErrors(this.offer).length) this.step = "offer";
  }

  protected snapshot(): GiftCheckDraft {
    return { step: this.step, offer: this.offer, flow: this.flow.state, log: this.log };
  }

  /** The offer's date, once it is a real one. */
  private get offerDate(): IsoDate | null {
    return checkDate(this.offer.date, "Date of the offer").iso;
  }

  /** The 12-month total from the offer's source, where the constitution sets a value line. */
  private get total(): SourceTotal | null {
    const limit = this.rules?.gifts?.trivialGifts?.valueLimit;
    const date = this.offerDate;
    if (limit === null || limit === undefined || !date || !this.offer.giver.trim()) return null;
    return sourceTotal(this.log, this.offer.giver, date);
  }

  /** The code's next question for these answers, as the flow asks it (the engine's, with the log's help on "repeated"). */
  private questionsFor(answers: FlowAnswers): readonly Question[] {
    const kind = this.offer.kind;
    if (!this.engine || !kind || !this.rules?.gifts) return [];
    const report = this.engine.checkGift({ constitution: this.constitutionInput, offer: giftOffer(this.offer, kind, answers) });
    return report.next.map((q) => (q.id === "repeated" ? { ...q, help: this.fromLog().help } : q));
  }

  /** What the log says about earlier offers from this source: the suggested answer and the words for it. */
  private fromLog(): { answer: "yes" | "no"; help: string } {
    const source = this.offer.giver.trim();
    const earlier = earlierFrom(this.log, source, this.offerDate);
    if (!earlier.length) {
      return {
        answer: "no",
        help: `Your log has no offer from ${source} that you accepted, so "No" is chosen for you. Choose "Yes" if you have had something from them that is not in your log.`,
      };
    }
    const listed = earlier
      .slice(-3)
      .map((e) => `${shortDate(e.date)}, ${kindName(e.kind).toLowerCase()}${e.description ? ` (${e.description})` : ""}${e.value === null ? "" : `, ${pounds(e.value)}`}`)
      .join("; ");
    return {
      answer: "yes",
      help: `Your log has ${plural(earlier.length, "offer")} from ${source} that you accepted: ${listed}. So "Yes" is chosen for you; change it if your log is wrong.`,
    };
  }

  protected recompute(engine: Engine): FieldError[] {
    const kind = this.offer.kind;
    this.report = null;
    this.flow.hostUpdate(); // the offer may have changed since the flow last asked the engine
    try {
      if (!this.rules?.gifts) {
        this.report = engine.checkGift({ constitution: this.constitutionInput, offer: { kind: kind || "gift" } });
      } else if (kind && this.step === "questions") {
        this.report = engine.checkGift({ constitution: this.constitutionInput, offer: giftOffer(this.offer, kind, this.flow.answers()) });
      }
    } catch (e) {
      return this.step === "offer" ? [] : fieldErrors(e);
    }
    const report = this.report;
    this.result = { report, log: this.log, sourceTotal: this.total };
    if (report && (report.outcome === "noRule" || this.flow.complete)) {
      this.announce(`${giftVerdict(report.outcome).text}. ${report.summary}`);
    } else this.announce("");
    return [];
  }

  // --- Actions --------------------------------------------------------------------------

  private continueFromOffer(): void {
    const errors = offerErrors(this.offer);
    if (errors.length) {
      void this.showErrors(errors, true);
      return;
    }
    this.step = "questions";
    // Back from the offer page to check answers, never straight to the outcome.
    this.flow.state.complete = false;
    this.flow.state.showing = null;
    this.flow.state.fromCheck = false;
    this.changed();
    void this.focusHeading();
  }

  /** After the page changes: focus its heading (a question, or check answers). */
  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(".question-heading, .check-answers-heading, .outcome-heading");
    if (!el) return;
    el.tabIndex = -1;
    el.focus();
  }

  private startAgain(): void {
    this.offer = freshOffer();
    this.flow.state = freshFlow();
    this.step = "offer";
    this.changed();
    void this.focusAfterUpdate("input[name=kind]");
  }

  private addToLog(): void {
    const record = this.report?.record;
    const date = this.offerDate;
    const kind = this.offer.kind;
    if (!record || !date || !kind) return;
    const decision = DECISIONS.find((d) => d === record.decision) ?? "awaiting advice";
    this.log = [...this.log, { date, source: this.offer.giver.trim(), kind, description: this.offer.description.trim(), value: record.value ?? null, decision }];
    const what = `${record.decision}, from ${this.offer.giver.trim()} on ${longDate(date)}`;
    this.offer = freshOffer();
    this.flow.state = freshFlow();
    this.step = "offer";
    this.changed();
    this.notice = `Added to your log: ${what}. You can check another offer.`;
  }

  private async copyEntry(): Promise<void> {
    const record = this.report?.record;
    if (!record) return;
    try {
      await navigator.clipboard.writeText(record.entry);
      this.notice = "The register entry has been copied. Paste it into your register of interests.";
    } catch {
      const entry = this.renderRoot.querySelector<HTMLElement>(".entry");
      if (entry) window.getSelection()?.selectAllChildren(entry);
      this.notice = "The entry could not be copied automatically: it is selected. Press Ctrl+C (or ⌘C) to copy it.";
    }
  }

  private downloadEntry(): void {
    const record = this.report?.record;
    if (!record) return;
    const name = slug(`gift register entry ${record.giver ?? ""} ${record.date ?? ""}`);
    download(`${name}.txt`, `${record.entry}\n(${record.cite.join(", ")})\n`, "text/plain;charset=utf-8");
  }

  private addByHand(): void {
    const f = this.adding;
    const errors: FieldError[] = [];
    const date = checkDate(f.date, "Date of the offer");
    const dateError = dateFieldError("adding.date", date);
    if (dateError) errors.push(dateError);
    if (!f.source.trim()) errors.push({ path: "adding.source", message: "Enter who offered it" });
    if (!f.kind) errors.push({ path: "adding.kind", message: "Select what was offered" });
    const value = parseValue(f.value);
    if (value === undefined) errors.push({ path: "adding.value", message: "Value must be an amount in pounds, like 25 or 12.50" });
    if (!f.decision) errors.push({ path: "adding.decision", message: "Select what you did with it" });
    if (errors.length || !date.iso || !f.kind || !f.decision || value === undefined) {
      void this.showErrors(errors, true);
      return;
    }
    this.log = [...this.log, { date: date.iso, source: f.source.trim(), kind: f.kind, description: f.description.trim(), value, decision: f.decision }];
    this.adding = freshLogForm();
    this.changed();
    this.notice = `Added to your log: ${f.decision}, from ${f.source.trim()} on ${longDate(date.iso)}.`;
    void this.focusAfterUpdate("#adding-date-day");
  }

  private removeEntry(entry: LogEntry): void {
    this.log = this.log.filter((e) => e !== entry);
    this.changed();
    this.notice = `Removed from your log: ${entry.source} on ${longDate(entry.date)}.`;
  }

  private exportCsv(): void {
    download(`${slug(`gifts and hospitality log ${this.rules?.id ?? ""}`)}.csv`, logToCsv(this.log), "text/csv;charset=utf-8");
  }

  private async importCsv(event: Event): Promise<void> {
    const file = await chosenFile(event);
    if (!file) return;
    const read = logFromCsv(file.text);
    if ("problems" in read) {
      const shown = read.problems.slice(0, 20).map((p) => ({ path: "csv", message: `${file.name}: ${where(p)}` }));
      if (read.problems.length > 20) shown.push({ path: "csv", message: `${file.name}: and ${plural(read.problems.length - 20, "more problem")}` });
      await this.showErrors(shown, true);
      return;
    }
    this.log = read.log;
    this.changed();
    this.notice = `Imported ${file.name}: ${plural(read.log.length, "offer")} in your log.`;
  }

  // --- Rendering ------------------------------------------------------------------------

  protected renderBody(rules: Constitution): TemplateResult {
    const report = this.report;
    const gifts = rules.gifts;
    const level = this.level;
    let check: TemplateResult;
    if (!gifts) {
      check = report ? noGiftsRule(report, level) : html``;
    } else if (this.step === "offer") {
      check = html`<p class="hint">Answer a few questions about the offer. The answers stay on this device; nothing is sent anywhere.</p>
        ${offerForm(this.offer, this.allErrors, gifts.benefitsAreGifts, () => this.changed(), () => this.continueFromOffer())}`;
    } else if (!this.flow.complete || !report || report.outcome === "moreAnswersNeeded") {
      // A question page, or check answers (with the offer itself above the code's answers).
      check = html`${this.flow.render(level)}`;
    } else {
      check = html`${giftOutcome(report, gifts, level, {
          onCopy: () => void this.copyEntry(),
          onDownload: () => this.downloadEntry(),
          onLog: () => this.addToLog(),
        })}
        ${this.renderTotal()} ${heading(level, 2, "Your answers")} ${this.renderOfferSummary()} ${this.flow.checkAnswers(level)}
        <div class="actions no-print">
          <button type="button" class="secondary" @click=${() => this.startAgain()}>Check another offer</button>
        </div>`;
    }
    return html`${check} ${this.renderLog(rules)} ${this.fileActions(rules.id, "check and log")}`;
  }

  private renderOfferSummary(): TemplateResult {
    const o = this.offer;
    const date = this.offerDate;
    const value = parseValue(o.value);
    const rows: [string, string][] = [
      ["What is offered", KINDS.find(([k]) => k === o.kind)?.[1] ?? ""],
      ["Offered to", RECIPIENTS.find(([r]) => r === o.recipient)?.[1] ?? ""],
      ["Offered by", o.giver.trim()],
      ["What it is", o.description.trim() || "Not given"],
      ["Date", date ? longDate(date) : ""],
    ];
    // A value the code's questions asked for is among those answers; only a typed one (or none) is the offer's.
    if (typeof value === "number" || typeof this.flow.answers().value !== "number") rows.push(["Value", typeof value === "number" ? pounds(value) : "Not known"]);
    return html`<dl class="summary-list offer-summary">
      ${rows.map(
        ([k, v]) => html`<div>
          <dt>${k}</dt>
          <dd>${v}</dd>
          <dd class="no-print">
            <button type="button" class="link" @click=${() => this.changeOffer()}>Change<span class="visually-hidden"> ${k.toLowerCase()}</span></button>
          </dd>
        </div>`,
      )}
    </dl>`;
  }

  private changeOffer(): void {
    this.step = "offer";
    this.changed();
    void this.focusAfterUpdate("input[name=kind]");
  }

  /** The 12-month total from this source, where the constitution sets a value line. */
  private renderTotal(): TemplateResult | typeof nothing {
    const t = this.total;
    const trivial = this.rules?.gifts?.trivialGifts;
    const limit = trivial?.valueLimit;
    if (!t || limit === null || limit === undefined) return nothing;
    const value = parseValue(this.offer.value);
    const withThis = typeof value === "number" ? Math.round((t.total + value) * 100) / 100 : null;
    const source = this.offer.giver.trim();
    return html`<div class="source-total" part="source-total">
      <p>
        <strong>From ${source} in the 12 months to ${longDate(t.to)}:</strong>
        ${t.entries.length
          ? html`${pounds(t.total)} accepted (${plural(t.entries.length, "offer")}${t.unvalued ? html`, ${t.unvalued} with no value recorded` : nothing}).`
          : html`nothing accepted, by your log.`}
        ${withThis !== null && t.entries.length ? html`With this offer: ${pounds(withThis)}.` : nothing}
      </p>
      <p class="hint">
        This constitution takes £${limit} as modest value for a trivial gift ${cites(trivial?.cite)}.
        ${withThis !== null && withThis > limit && t.entries.length ? html`Together, the offers from this source come to more than that.` : nothing}
      </p>
    </div>`;
  }

  private renderLog(rules: Constitution): TemplateResult {
    const errors = this.allErrors;
    return logSection({
      log: this.log,
      rules,
      level: this.level,
      errors,
      form: this.adding,
      open: this.addingOpen || errors.some((e) => e.path.startsWith("adding")),
      onToggle: (open) => {
        this.addingOpen = open;
        this.requestUpdate();
      },
      onInput: () => this.changed(),
      onAdd: () => this.addByHand(),
      onRemove: (e) => this.removeEntry(e),
      onExportCsv: () => this.exportCsv(),
      onImportCsv: (e) => void this.importCsv(e),
    });
  }
}

declare module "../base/events.js" {
  interface QuorateResults {
    "quorate-gift-check": GiftCheckResult;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "quorate-gift-check": GiftCheck;
  }
}
