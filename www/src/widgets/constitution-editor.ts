// <quorate-constitution-editor>: write your partnership's constitution without writing
// JSON. Start from a preset or blank; the sections as a task list, each rule with its
// clauses and the document's own words; live validation (`validateConstitution`) in the
// error summary; a sample meeting under the rules as written (`checkQuorum`,
// `checkChair`); the constitution exported and imported as a bare JSON file or in the
// widgets' envelope, losslessly.
import { html, nothing, type TemplateResult } from "lit";
import type { Constitution, Reason, ValidationReport } from "quorate";
import { QuorateElement } from "../base/element.js";
import type { Engine } from "../base/engine.js";
import { fieldErrors, type FieldError } from "../base/errors.js";
import { downloadJson, ImportError, slug } from "../base/files.js";
import { cites, heading, inlineError } from "../base/render.js";
import { about } from "./constitution/about.js";
import { chair } from "./constitution/chair.js";
import { conflicts } from "./constitution/conflicts.js";
import { decisions } from "./constitution/decisions.js";
import { membership } from "./constitution/membership.js";
import { asObject, blankConstitution, owns, problemMessage, type Done, type EditorDraft, type Section, type SectionId } from "./constitution/model.js";
import { previewProblem, previewView, runPreview, type Preview } from "./constitution/preview.js";
import { quorum } from "./constitution/quorum.js";
import { absence } from "./constitution/absence.js";
import { notice } from "./constitution/notice.js";
import { cadence, gifts, interests, openness, priorities } from "./constitution/readonly.js";
import { editorStyles } from "./constitution/styles.js";
import { substitutes } from "./constitution/substitutes.js";

/** The sections, in the order of the task list. */
export const SECTIONS: readonly Section[] = [
  about,
  membership,
  quorum,
  chair,
  decisions,
  substitutes,
  conflicts,
  notice,
  cadence,
  openness,
  gifts,
  priorities,
  absence,
  interests,
];

/** Which section a note belongs to, by its topic. */
const NOTE_TOPICS: Record<string, SectionId> = {
  general: "about",
  membership: "membership",
  quorum: "quorum",
  chair: "chair",
  voting: "decisions",
  decisions: "decisions",
  substitutes: "substitutes",
  conflicts: "conflicts",
  notice: "notice",
  calendar: "notice",
  cadence: "cadence",
  openness: "openness",
  gifts: "gifts",
  priorities: "priorities",
  absence: "absence",
  attendance: "absence",
  interests: "interests",
  register: "interests",
};

type Status = "Completed" | "In progress" | "Not yet started" | "Cannot start yet" | "There is a problem";

/** What `<quorate-constitution-editor>` fires as `quorate-result`. */
export interface ConstitutionEditorResult {
  /** The constitution as written so far, in the engine's format. */
  constitution: Constitution;
  /** `validateConstitution`'s report on it. */
  validation: ValidationReport;
  /** The sample meetings' reports, once the constitution is valid and has seats. */
  preview: Preview | null;
}

/**
 * Write a partnership's constitution without writing JSON: start from a preset or blank,
 * work through its sections as a task list (each rule with its clauses and the
 * document's own words), see every problem as you go, and a sample meeting under the
 * rules as written. Export the constitution as a JSON file the other widgets and the
 * npm package take (their `constitution` property), and import it again.
 *
 * @attr preset - the preset to start from (default `clackmannanshire-2019`); "Start from" offers the others and a blank constitution
 * @prop constitution - your own constitution object to start from, instead of a preset
 * @attr heading-level - the level of the widget's heading (default 2)
 * @attr draft-key - keeps this instance's draft apart from others on the page
 * @fires quorate-result - a `ConstitutionEditorResult` (the constitution, its validation and the sample meetings), on every change
 * @csspart panel - the widget's box
 * @csspart task-list - the sections
 * @csspart preview - the sample meeting under the rules
 * @csspart actions - export, import and clear
 */
export class ConstitutionEditor extends QuorateElement {
  static override styles = [...QuorateElement.styles, editorStyles];

  protected readonly tag = "quorate-constitution-editor";
  // 2: the constitution inside is in constitution schema version 2 (version-1 drafts and
  // exports open: their constitution is migrated, with the engine's notice shown).
  protected readonly schemaVersion = 2;
  protected override readonly defaultPreset = "clackmannanshire-2019";

  private draft: EditorDraft = { constitution: blankConstitution(), start: "blank", sections: {}, touched: [], view: null, present: null };
  private preview: Preview | null = null;
  private previewError: string | null = null;
  /** The start chosen in "Start from", before it is applied. */
  private startChoice = "";
  /** How the constitution last opened was read, where it was written for an older schema version (the engine's notices). */
  private migrated: Reason[] = [];
  #importing = false;

  protected heading(): string {
    return "Write your partnership's constitution";
  }

  // ---- state ----

  /** A draft starting from a preset (the `preset` attribute's, by default) or blank. */
  private fresh(start: string): EditorDraft {
    const engine = this.engine;
    let constitution: Constitution;
    if (start === "blank" || !engine) constitution = blankConstitution();
    else if (start === this.rules?.id) constitution = structuredClone(this.rules);
    else constitution = engine.preset(start);
    constitution = this.upgrade(constitution);
    const touched = start === "blank" ? [] : SECTIONS.map((s) => s.id);
    return { constitution, start, sections: {}, touched, view: null, present: null };
  }

  /**
   * A constitution written for schema version 1, read as version 2: the engine migrates
   * it (every version-2 field left out means the version-1 rule), so only the version
   * changes; the engine's notice is kept to be shown. Any other constitution is returned
   * as it is, and the notice cleared.
   */
  private upgrade(c: Constitution): Constitution {
    this.migrated = [];
    const raw = c as unknown as Record<string, unknown>;
    if (raw.schemaVersion !== 1) return c;
    try {
      this.migrated = this.engine?.validateConstitution(structuredClone(c)).notices ?? [];
    } catch {
      // Not in the constitution's shape: its problems are listed once it is open.
    }
    if (!this.migrated.length) this.migrated = [{ text: "Read as schema version 2: this constitution was written for schema version 1.", cite: [] }];
    return { ...c, schemaVersion: 2 };
  }

  protected restore(data: unknown): void {
    this.startChoice = "";
    if (data === null) {
      this.draft = this.fresh(this.rules?.id ?? "blank");
      return;
    }
    const d = asObject(data);
    const constitution = asObject(d?.constitution);
    if (!d || !constitution) throw new ImportError("Choose a file exported by this tool, or a constitution file: this one holds no constitution");
    const version = constitution.schemaVersion;
    if (typeof version === "number" && version > blankConstitution().schemaVersion) {
      throw new ImportError(`This constitution is in schema version ${version}, newer than this version of Quorate reads; update the tool to open it`);
    }
    if (this.#importing) this.readable(constitution as unknown as Constitution);
    const upgraded = this.upgrade(constitution as unknown as Constitution);
    const ids = new Set<string>(SECTIONS.map((s) => s.id));
    const sections: Partial<Record<SectionId, Done>> = {};
    for (const [k, v] of Object.entries(asObject(d.sections) ?? {})) if (ids.has(k) && (v === "yes" || v === "no")) sections[k as SectionId] = v;
    const touched = Array.isArray(d.touched) ? (d.touched.filter((t) => typeof t === "string" && ids.has(t)) as SectionId[]) : [];
    const view = typeof d.view === "string" && ids.has(d.view) ? (d.view as SectionId) : null;
    const present = typeof d.present === "number" && Number.isInteger(d.present) && d.present >= 0 ? d.present : null;
    this.draft = {
      constitution: upgraded,
      start: typeof d.start === "string" ? d.start : "import",
      sections,
      touched,
      view,
      present,
    };
  }

  /**
   * Refuse a file whose constitution is not in the constitution's shape at all (a wrong
   * type, an unknown field): the form could not show it. A constitution in the right
   * shape with problems (a quorum no meeting could reach) is imported, to be put right.
   */
  private readable(c: Constitution): void {
    const engine = this.engine;
    if (!engine) return;
    const report = engine.validateConstitution(structuredClone(c));
    if (report.valid) return;
    try {
      engine.checkQuorum({ constitution: structuredClone(c), attendance: {} });
    } catch (e) {
      const error = e as { code?: unknown };
      if (error.code !== "INVALID_CONSTITUTION") {
        const problems = fieldErrors(e, "").map((f) => problemMessage(f.path.replace(/^constitution\.?/, ""), f.message.replace(/^constitution\./, "")));
        throw new ImportError(`its constitution cannot be read: ${problems.join("; ")}`);
      }
    }
  }

  protected snapshot(): EditorDraft {
    return this.draft;
  }

  // Schema version 0 is a bare constitution file (what "Export constitution" writes, and
  // what the npm package and the other widgets take): imported as a fresh draft.
  protected override isLegacyExport(value: unknown): boolean {
    const v = asObject(value);
    return v !== null && typeof v.schemaVersion === "number" && typeof v.id === "string" && Array.isArray(v.bodies);
  }

  // Schema version 1 is the same draft with a constitution of schema version 1, which
  // `restore` migrates (`upgrade`).
  protected override migrate(data: unknown, version: number): unknown {
    if (version >= 1) return data;
    return { constitution: data, start: "import", sections: {}, touched: SECTIONS.map((s) => s.id), view: null, present: null };
  }

  protected override async importJson(event: Event): Promise<void> {
    this.#importing = true;
    try {
      await super.importJson(event);
    } finally {
      this.#importing = false;
      this.requestUpdate(); // the render during the import saw no problems: now show them
    }
    if (this.migrated.length && this.notice.startsWith("Imported")) this.notice = `${this.notice} It was written for schema version 1 and is read as version 2: see the note above the sections.`;
  }

  protected recompute(engine: Engine): FieldError[] {
    const c = this.draft.constitution;
    let validation: ValidationReport;
    try {
      validation = engine.validateConstitution(structuredClone(c));
    } catch (e) {
      validation = {
        valid: false,
        problems: fieldErrors(e).map((f) => ({ code: "INVALID_INPUT", path: f.path, message: f.message })),
        summary: "The constitution cannot be read.",
        notices: [],
      };
    }
    this.preview = null;
    this.previewError = null;
    if (validation.valid) {
      try {
        this.preview = runPreview(engine, c, this.draft.present);
      } catch (e) {
        this.previewError = previewProblem(e);
      }
    } else {
      this.previewError = "The sample meeting runs once the problems listed at the top are put right.";
    }
    this.result = { constitution: c, validation, preview: this.preview };
    const n = validation.problems.length;
    this.announce(
      validation.valid
        ? `The constitution is valid.${this.preview?.full.required != null ? ` The quorum is ${this.preview.full.required}.` : ""}`
        : `${n} ${n === 1 ? "problem" : "problems"} in the constitution.`,
    );
    // While a file is imported, only what cannot be read refuses it (see `readable`).
    if (this.#importing) return [];
    return validation.problems.map((p) => ({ path: p.path, message: problemMessage(p.path, p.message) }));
  }

  // ---- statuses and navigation ----

  private sectionOf(path: string): Section | undefined {
    const note = /^notes\[(\d+)\]/.exec(path);
    if (note) {
      const topic = this.draft.constitution.notes?.[Number(note[1])]?.topic ?? "";
      return SECTIONS.find((s) => s.id === (NOTE_TOPICS[topic] ?? "about"));
    }
    return SECTIONS.find((s) => owns(s, path));
  }

  private status(s: Section): Status {
    if (this.allErrors.some((e) => this.sectionOf(e.path)?.id === s.id)) return "There is a problem";
    if (s.needs?.(this.draft.constitution) && !this.draft.touched.includes(s.id)) return "Cannot start yet";
    if (this.draft.sections[s.id] === "yes") return "Completed";
    if (this.draft.touched.includes(s.id) || this.draft.sections[s.id] === "no") return "In progress";
    return "Not yet started";
  }

  private open(id: SectionId): void {
    this.draft.view = id;
    if (!this.draft.touched.includes(id)) this.draft.touched.push(id);
    this.changed();
    void this.focusAfterUpdate("#section-title");
  }

  private back(): void {
    const id = this.draft.view;
    this.draft.view = null;
    this.changed();
    void this.focusAfterUpdate(id ? `#task-${id}` : "#title");
  }

  /** The error summary's links: open the section the field is in, then focus it. */
  protected override pick(path: string): void {
    const section = path === "import" ? undefined : this.sectionOf(path);
    if (section && this.draft.view !== section.id) {
      this.draft.view = section.id;
      if (!this.draft.touched.includes(section.id)) this.draft.touched.push(section.id);
      this.changed();
      void this.updateComplete.then(() => super.pick(path));
      return;
    }
    super.pick(path);
  }

  private startAgain(): void {
    const start = this.startChoice || this.draft.start;
    this.draft = this.fresh(start === "import" ? "blank" : start);
    this.startChoice = "";
    this.changed();
    this.notice = start === "blank" ? "You are starting from a blank constitution." : `You are starting from the preset ${this.draft.constitution.name}.`;
  }

  private exportConstitution(): void {
    const c = this.draft.constitution;
    downloadJson(`${slug(c.id || c.name || "constitution")}.json`, c);
  }

  // ---- rendering ----

  protected renderBody(_rules: Constitution, engine: Engine): TemplateResult {
    const view = this.draft.view;
    const section = view ? SECTIONS.find((s) => s.id === view) : undefined;
    const body = section ? this.sectionPage(section) : this.tasksPage(engine);
    return html`${this.migrationNotice()} ${body}
      ${previewView({
        level: this.level,
        c: this.draft.constitution,
        preview: this.preview,
        problem: this.previewError,
        chosen: this.draft.present,
        onPresent: (n) => {
          this.draft.present = typeof n === "number" ? n : null;
          this.changed();
        },
      })}
      ${this.actions()}`;
  }

  /** How a version-1 constitution was read, in the engine's words, until another is opened. */
  private migrationNotice(): TemplateResult | typeof nothing {
    if (!this.migrated.length) return nothing;
    return html`<div class="inset" id="migration-notice">
      <p><strong>This constitution was written for an older version of the format (schema version 1).</strong></p>
      ${this.migrated.map((r) => html`<p>${r.text} ${r.cite.length ? cites(r.cite) : nothing}</p>`)}
      <p>Nothing in it changes. When you export it, it says schema version 2.</p>
    </div>`;
  }

  private tasksPage(engine: Engine): TemplateResult {
    const level = this.level;
    const c = this.draft.constitution;
    const done = SECTIONS.filter((s) => this.status(s) === "Completed").length;
    return html`<p class="hint">
        ${c.name ? html`You are writing the constitution of <strong>${c.name}</strong>.` : "You are writing a new constitution."} Each section holds one
        kind of rule, with the clauses of your document it comes from. What you write is kept on this device.
      </p>
      ${heading(level, 1, "Sections")}
      <p id="progress">You have completed ${done} of ${SECTIONS.length} sections.</p>
      <ul class="task-list" part="task-list" aria-describedby="progress">
        ${SECTIONS.map((s) => this.taskRow(s))}
      </ul>
      ${this.startForm(engine)}`;
  }

  private taskRow(s: Section): TemplateResult {
    const status = this.status(s);
    const c = this.draft.constitution;
    const tone = { Completed: "", "In progress": "info", "Not yet started": "", "Cannot start yet": "", "There is a problem": "bad" }[status];
    const tag =
      status === "Completed" || status === "Not yet started" || status === "Cannot start yet"
        ? html`<span class="task-status">${status}</span>`
        : html`<strong class="tag ${tone} task-status">${status}</strong>`;
    const hint = status === "Cannot start yet" ? (s.needs?.(c) ?? "") : `${s.summary(c)}${s.editable ? "" : " (shown read-only: edit it in the JSON file for now)"}`;
    if (status === "Cannot start yet") {
      return html`<li>
        <div class="task cannot" id=${`task-${s.id}`}>
          <span><span>${s.title}</span><span class="task-hint">${hint}</span></span>${tag}
        </div>
      </li>`;
    }
    return html`<li>
      <button type="button" class="task" id=${`task-${s.id}`} @click=${() => this.open(s.id)}>
        <span><span class="task-name">${s.title}</span><span class="task-hint">${hint}</span></span>${tag}
      </button>
    </li>`;
  }

  private startForm(engine: Engine): TemplateResult {
    const level = this.level;
    const options: [string, string][] = engine.presets().map((id) => [id, `The preset ${id === this.rules?.id ? this.rules.name : engine.preset(id).name} (${id})`]);
    options.push(["blank", "A blank constitution"]);
    const chosen = this.startChoice || (this.draft.start === "import" ? "blank" : this.draft.start);
    return html`<div class="start no-print">
      ${heading(level, 1, "Start again")}
      <fieldset aria-describedby="start-hint">
        <legend>Start from</legend>
        <p class="hint" id="start-hint">This replaces the constitution you are writing: export it first to keep it.</p>
        ${options.map(
          ([id, label]) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="start"
                .checked=${id === chosen}
                @change=${() => {
                  this.startChoice = id;
                  this.requestUpdate();
                }}
              />${label}</label
            >`,
        )}
      </fieldset>
      <button type="button" class="secondary" id="start-again" @click=${() => this.startAgain()}>Start again</button>
    </div>`;
  }

  private sectionPage(s: Section): TemplateResult {
    const level = this.level;
    const id = s.id;
    const doneError = this.allErrors.find((e) => this.sectionOf(e.path)?.id === id);
    const answer = this.draft.sections[id];
    return html`<div class="section-page">
      <button type="button" class="link back" @click=${() => this.back()}>Back to the sections</button>
      ${heading(level, 1, html`<span tabindex="-1" id="section-title">${s.title}</span>`)}
      ${s.render({
        c: this.draft.constitution,
        errors: this.allErrors,
        level: level + 1,
        changed: () => this.changed(),
        focus: (selector) => void this.focusAfterUpdate(selector),
      })}
      <fieldset aria-describedby=${doneError ? "done-error" : nothing}>
        <legend>Have you completed this section?</legend>
        ${doneError ? inlineError({ path: "", message: "This section has a problem: see the list at the top." }, "done-error") : nothing}
        <div class="choices-inline">
          ${(["yes", "no"] as const).map(
            (v) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name="done"
                  .checked=${answer === v}
                  @change=${() => {
                    this.draft.sections[id] = v;
                    this.changed();
                  }}
                />${v === "yes" ? "Yes, I have completed this section" : "No, I'll come back to it later"}</label
              >`,
          )}
        </div>
      </fieldset>
      <p><button type="button" @click=${() => this.back()}>Save and return to the sections</button></p>
    </div>`;
  }

  private actions(): TemplateResult {
    const c = this.draft.constitution;
    return html`${heading(this.level, 1, "Keep a copy")}
      <p class="hint">
        "Export constitution" saves the constitution itself: give it to the other Quorate tools (their <code>constitution</code> property) or keep it
        with your standing orders. "Export draft" also keeps which sections you have completed. Import takes either.
      </p>
      <div class="actions no-print" part="actions">
        <button type="button" class="secondary" @click=${() => this.exportJson(c.id || "draft")}>Export draft (JSON)</button>
        <button type="button" class="secondary" @click=${() => this.exportConstitution()}>Export constitution (JSON)</button>
        <label class="button secondary file"
          >Import draft or constitution (JSON)<input type="file" accept="application/json,.json" data-path="import" @change=${(e: Event) => this.importJson(e)}
        /></label>
        <button type="button" class="secondary" @click=${() => this.clearAnswers()}>Clear my answers</button>
      </div>`;
  }
}

declare module "../base/events.js" {
  interface QuorateResults {
    "quorate-constitution-editor": ConstitutionEditorResult;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "quorate-constitution-editor": ConstitutionEditor;
  }
}
