// <quorate-priority-scorer>: choosing the Board's priorities against the constitution's
// criteria. Each partner scores alone (scorer mode) and sends a scorecard; the
// secretariat imports everyone's (secretariat mode) and sees the ranking, gates,
// portfolio, where partners disagree and how far the weights must move.
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import type { CombineReport, Constitution, ConstitutionSource, CriteriaSet, PriorityCriteriaReport, PriorityReport, ScorecardSource } from "quorate";
import { QuorateElement } from "../base/element.js";
import type { Engine } from "../base/engine.js";
import { fieldErrors, type FieldError } from "../base/errors.js";
import { download, downloadJson, slug } from "../base/files.js";
import { citations, heading, plural } from "../base/render.js";
import { criteriaSection } from "./priorities/criteria.js";
import { CriteriaEditor } from "./priorities/criteria-editor.js";
import { heatMap } from "./priorities/heatmap.js";
import { engineCandidates, fitState, freshState, myScorecards, progress, readSource, scoreOptions, type PriorityState } from "./priorities/model.js";
import { gatesResult, methodStatement, portfolioResult, rankingTable } from "./priorities/results.js";
import { finishProblems, ownResult, scoringPage, taskList, whoScores, addCandidate, type View } from "./priorities/scorer.js";
import { candidateList, importSection, weightsEditor } from "./priorities/secretariat.js";
import { sensitivityResult } from "./priorities/sensitivity.js";
import { CombinedSync, ScoringSync } from "./priorities/sessions.js";
import { priorityStyles } from "./priorities/styles.js";

export type PriorityMode = "scorer" | "secretariat";

/**
 * Score candidate priorities against the constitution's criteria, one partner at a time,
 * then combine every partner's scorecards as the secretariat: ranking with ties, gates,
 * the proposed portfolio, the disagreements to discuss and the weights' sensitivity.
 *
 * @attr preset - a preset id (default `inverclyde-mou`; `clackmannanshire-2019` sets no method, so a criteria set is asked for)
 * @attr mode - `scorer` (default: one partner scores) or `secretariat` (combine partners' scorecards); the widget has a switch too
 * @attr heading-level - the level of the widget's heading (default 2)
 * @attr draft-key - keeps this instance's draft apart from others on the page
 * @prop constitution - your own constitution object, instead of a preset
 * @fires quorate-result - scorer: the partner's own `PriorityReport` once they finish; secretariat: the `CombineReport`; with no criteria set, the `PriorityCriteriaReport`
 * @csspart panel - the widget's box
 * @csspart criteria - the criteria set in force, or the request for one
 * @csspart criteria-editor - the criteria-set editor (name, scale, groups, criteria as summary cards, gates, portfolio limit)
 * @csspart tasks - the task list of candidates (scorer)
 * @csspart scoring - one candidate's scoring page (scorer)
 * @csspart send - downloading the partner's scorecard for the secretariat (scorer)
 * @csspart result - the partner's own result (scorer)
 * @csspart candidates - the candidates' list, to rename or remove (secretariat)
 * @csspart imports - the imported scorecards and their problems (secretariat)
 * @csspart issues - the problems found in the imports, none dropped (secretariat)
 * @csspart method - how the result is worked out
 * @csspart board-result - the partners' combined result (secretariat)
 * @csspart ranking - the ranking table
 * @csspart gates - the gate results
 * @csspart portfolio - the proposed portfolio
 * @csspart disagreement - the disagreement heat map
 * @csspart weights - the weights editor (secretariat)
 * @csspart sensitivity - the sensitivity charts and table (secretariat)
 * @csspart actions - export, import and clear
 */
export class PriorityScorer extends QuorateElement {
  static override styles = [...QuorateElement.styles, priorityStyles];

  protected readonly tag = "quorate-priority-scorer";
  protected readonly schemaVersion = 1;
  protected override readonly defaultPreset = "inverclyde-mou";

  /** `scorer` (one partner) or `secretariat` (combine everyone's scorecards). */
  @property({ reflect: true }) mode: PriorityMode = "scorer";

  private state: PriorityState = freshState();
  private criteria: PriorityCriteriaReport | null = null;
  private criteriaOf: { source: ConstitutionSource; report: PriorityCriteriaReport } | null = null;
  private own: PriorityReport | null = null;
  private combined: CombineReport | null = null;
  private readonly weightErrors = new Map<string, string>();
  @state() private criteriaOpen = false;
  /** The engine sessions: each change sends only what changed (a weight, a score). */
  private readonly combining = new CombinedSync();
  private readonly scoring = new ScoringSync();
  private readonly editor = new CriteriaEditor({
    state: () => this.state,
    engine: () => this.engine,
    constitution: () => this.constitutionInput,
    constitutionId: () => this.rules?.id ?? "",
    selection: () => this.criteria?.selection ?? null,
    level: () => this.level,
    errors: () => this.allErrors,
    changed: () => this.changed(),
    update: () => this.requestUpdate(),
    focus: (selector) => this.focusAfterUpdate(selector),
    say: (notice) => (this.notice = notice),
    fail: (errors) => this.showErrors(errors, true),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.combining.drop();
    this.scoring.drop();
  }

  protected heading(): string {
    return `Choosing priorities: ${this.rules?.name ?? ""}`;
  }

  protected restore(data: unknown): void {
    this.state = data === null ? freshState() : fitState(data);
    this.weightErrors.clear();
    this.editor.reset();
  }

  protected snapshot(): PriorityState {
    return this.state;
  }

  /** The criteria set in force: the partnership's own, else the constitution's, else none. */
  private get set(): CriteriaSet | null {
    return this.state.own?.criteria ?? this.criteria?.selection?.criteria ?? null;
  }

  protected recompute(engine: Engine): FieldError[] {
    this.own = null;
    this.combined = null;
    // The criteria report depends on the constitution alone: asked again only when it changes.
    const source = this.constitutionInput;
    try {
      this.criteria = this.criteriaOf?.source === source ? this.criteriaOf.report : engine.priorityCriteria(source);
      this.criteriaOf = { source, report: this.criteria };
    } catch (e) {
      this.criteria = null;
      this.criteriaOf = null;
      return fieldErrors(e);
    }
    if (this.state.editor) {
      this.announce("Writing the criteria set");
      return this.editor.check(engine);
    }
    const set = this.set;
    if (!set) {
      this.result = this.criteria;
      this.announce(this.criteria.summary);
      return [];
    }
    const base = { constitution: this.constitutionInput, criteria: this.state.own?.criteria ?? null, candidates: engineCandidates(this.state.candidates) };
    try {
      if (this.mode === "secretariat") {
        // Through a combining session: the sources are merged once, then a weight change sends that weight.
        const report = this.combining.report(engine, { ...base, sources: this.state.sources, options: scoreOptions(this.state, set) });
        this.combined = report;
        this.result = report;
        this.announce(report.result.summary);
      } else if (this.state.finished) {
        const options = this.state.own?.portfolio ? { portfolio: this.state.own.portfolio } : {};
        // Through a scoring session: a changed score is sent alone.
        const report = this.scoring.report(engine, { ...base, scorecards: myScorecards(this.state, set), options });
        this.own = report;
        this.result = report;
        this.announce(`Your result: ${report.summary}`);
      } else {
        const done = this.state.candidates.filter((c) => progress(set, this.state.cards[c.id]).status === "completed").length;
        this.announce(`${done} of ${plural(this.state.candidates.length, "candidate")} completed`);
      }
      return [];
    } catch (e) {
      return fieldErrors(e);
    }
  }

  private get view(): View | null {
    const set = this.set;
    if (!set) return null;
    return { state: this.state, set, level: this.level, errors: this.allErrors, changed: () => this.changed(), focus: (s) => this.focusAfterUpdate(s) };
  }

  private setMode(mode: PriorityMode): void {
    this.mode = mode;
    this.errors = [];
  }

  private dropCriteria(): void {
    this.state.own = null;
    this.state.finished = false;
    this.changed();
    this.notice = "Your own criteria set is no longer used.";
  }

  /** Add partners' files as sources, each checked by the engine first; a bad one is refused, the rest kept. */
  private async addSources(files: { name: string; text: string }[]): Promise<void> {
    const engine = this.engine;
    const set = this.set;
    if (!engine || !set || !files.length) return;
    const problems: FieldError[] = [];
    const added: string[] = [];
    for (const f of files) {
      let source: ScorecardSource;
      let name = f.name;
      for (let n = 2; this.state.sources.some((s) => s.name === name); n++) name = `${f.name} (${n})`;
      try {
        source = readSource(name, f.text);
        engine.combineScorecards({
          constitution: this.constitutionInput,
          criteria: this.state.own?.criteria ?? null,
          candidates: engineCandidates(this.state.candidates),
          sources: [source],
        });
      } catch (e) {
        const path = f.name.startsWith("Pasted") ? "paste" : "sources";
        for (const p of fieldErrors(e)) {
          problems.push({ path, message: `${f.name} could not be imported: ${p.path ? `${p.path.replace(/^sources\[0\]\.?/, "")}: `.replace(/^: /, "") : ""}${p.message}` });
        }
        continue;
      }
      this.state.sources.push(source);
      added.push(name);
    }
    if (added.length) this.changed();
    if (problems.length) {
      await this.showErrors(problems, true);
      return;
    }
    this.notice = `Imported ${plural(added.length, "file")}: ${added.join(", ")}.`;
  }

  private adoptCandidates(ids: string[]): void {
    for (const id of ids) if (!this.state.candidates.some((c) => c.id === id)) this.state.candidates.push({ id, name: id, description: "" });
    this.changed();
    this.notice = `Added ${plural(ids.length, "candidate")}: ${ids.join(", ")}. You can give ${ids.length === 1 ? "it its" : "them their"} full names above.`;
  }

  private finish(): void {
    const set = this.set;
    if (!set) return;
    const problems = finishProblems(this.state, set);
    if (problems.length) {
      void this.showErrors(problems, true);
      return;
    }
    this.state.finished = true;
    this.state.current = null;
    this.changed();
    void this.focusAfterUpdate(".own-result h3, .own-result h4, .own-result h5, .own-result h6");
  }

  private downloadScorecard(kind: "json" | "csv"): void {
    const set = this.set;
    const engine = this.engine;
    if (!set || !engine) return;
    const who = `${this.state.organisation.trim() || "organisation"} – ${this.state.scorer.trim() || "scorer"}`;
    const file = `scorecard-${slug(`${this.state.organisation} ${this.state.scorer}`)}`;
    const scorecards = myScorecards(this.state, set);
    if (kind === "json") {
      const source: ScorecardSource = { name: who, scorecards };
      downloadJson(`${file}.json`, source);
      return;
    }
    try {
      const out = engine.scorecardsToCsv({ constitution: this.constitutionInput, criteria: this.state.own?.criteria ?? set, scorecards });
      download(`${file}.csv`, out.csv, "text/csv");
    } catch (e) {
      void this.showErrors(fieldErrors(e), true);
    }
  }

  private modeSwitch(): TemplateResult {
    return html`<fieldset class="mode-switch no-print">
      <legend>I am</legend>
      <div class="choices-inline">
        <label class="choice"
          ><input type="radio" name="mode" value="scorer" .checked=${this.mode !== "secretariat"} @change=${() => this.setMode("scorer")} />A partner, scoring the
          candidates</label
        >
        <label class="choice"
          ><input type="radio" name="mode" value="secretariat" .checked=${this.mode === "secretariat"} @change=${() => this.setMode("secretariat")} />The secretariat,
          combining partners' scorecards</label
        >
      </div>
    </fieldset>`;
  }

  private scorerBody(v: View): TemplateResult {
    const current = v.state.candidates.find((c) => c.id === v.state.current);
    const begun = myScorecards(v.state, v.set).length;
    return html`${whoScores(v)} ${current ? scoringPage(v, current) : taskList(v)}
      <div class="send" part="send">
        ${heading(this.level, 1, "Send your scorecard")}
        <p class="hint">
          ${begun
            ? `Your scorecard holds ${plural(begun, "candidate")}. Send the file to the secretariat, who imports it with the other partners' (JSON or CSV, whichever you prefer).`
            : "Once you have scored a candidate you can download your scorecard for the secretariat."}
        </p>
        <div class="actions no-print">
          <button type="button" class="secondary" ?disabled=${!begun} @click=${() => this.downloadScorecard("json")}>Download my scorecard (JSON)</button>
          <button type="button" class="secondary" ?disabled=${!begun} @click=${() => this.downloadScorecard("csv")}>Download my scorecard (CSV)</button>
        </div>
      </div>
      ${ownResult(v, this.own, () => this.finish())}`;
  }

  private secretariatBody(v: View): TemplateResult {
    const report = this.combined;
    const result = report?.result ?? null;
    const level = this.level;
    return html`${candidateList(v)} ${addCandidate(v)}
      ${importSection(v, report, { add: (files) => void this.addSources(files), adoptCandidates: (ids) => this.adoptCandidates(ids) })}
      ${methodStatement(v.set, result, this.state.aggregate, level)}
      ${result
        ? html`<div class="board-result" part="board-result">
            ${heading(level, 1, "The partners' ranking")}
            <p class="summary">${result.summary}</p>
            ${rankingTable(result, "Candidates ranked by weighted score; equal totals share a rank")} ${gatesResult(result, level)} ${portfolioResult(result, level)}
            ${heatMap(result, v.set, level)} ${weightsEditor(v, this.weightErrors, report)} ${sensitivityResult(result, v.set, level)}
            ${citations(report?.citations)}
          </div>`
        : nothing}`;
  }

  protected renderBody(rules: Constitution): TemplateResult {
    const criteria = this.criteria;
    const v = this.view;
    return html`${this.modeSwitch()}
      ${this.state.editor
        ? this.editor.render()
        : criteria
        ? criteriaSection({
            state: this.state,
            criteria,
            set: this.set,
            level: this.level,
            errors: this.allErrors,
            choose: (e) => void this.editor.openFile(e, true, "criteria"),
            drop: () => this.dropCriteria(),
            start: (from) => {
              this.criteriaOpen = false;
              this.editor.start(from);
            },
            offerInverclyde: this.rules?.id !== "inverclyde-mou",
            open: this.criteriaOpen,
            toggle: (open) => {
              if (open !== this.criteriaOpen) this.criteriaOpen = open;
            },
          })
        : nothing}
      ${v && !this.state.editor ? (this.mode === "secretariat" ? this.secretariatBody(v) : this.scorerBody(v)) : nothing} ${this.fileActions(rules.id, "answers")}`;
  }
}

declare module "../base/events.js" {
  interface QuorateResults {
    "quorate-priority-scorer": PriorityReport | CombineReport | PriorityCriteriaReport;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "quorate-priority-scorer": PriorityScorer;
  }
}
