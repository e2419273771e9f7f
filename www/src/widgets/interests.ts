// <quorate-interests>: a member's register of interests in the Model Code's nine
// categories, kept on this device, as a task list; CSV and JSON in and out; and the
// agenda check (which items name which registered interests, and where each item's
// conflict check starts).
import { css, html, nothing, type TemplateResult } from "lit";
import type {
  AgendaCheckReport,
  Constitution,
  ItemCheck,
  Register,
  RegisterCategory,
  RegisterEntry,
  RegisterReport,
  Seat,
} from "quorate";
import { QuorateElement } from "../base/element.js";
import type { Engine } from "../base/engine.js";
import { errorAt, fieldErrors, type FieldError } from "../base/errors.js";
import { chosenFile, download, ImportError, slug } from "../base/files.js";
import { agendaTitles, lines } from "../base/lines.js";
import { citations, cites, heading, inlineError, plural, reason, reasons } from "../base/render.js";

/** "Have you completed this section?" */
type Done = "yes" | "no";

/** What the widget keeps (drafts and JSON exports). `register` is the engine's `Register`. */
export interface InterestsDraft {
  /** The register itself, in the engine's shape: what the conflict check reads. */
  register: Register;
  /** The seat the member holds (a seat id of the constitution), or "" when none is chosen. */
  seat: string;
  /** The answer to "Have you completed this section?", by category. */
  sections: Partial<Record<RegisterCategory, Done>>;
  /** The agenda item titles, one a line, as typed or imported. */
  agenda: string;
}

/** What `quorate-result` carries for this widget. */
export interface InterestsResult {
  /** `validateRegister`'s report on the register as it stands. */
  register: RegisterReport;
  /** `checkAgendaAgainstRegister`'s report, once there is an agenda and the register is valid. */
  agenda: AgendaCheckReport | null;
}

type Status = "Completed" | "Incomplete" | "In progress" | "There is a problem";

/** An entry being added or changed: it joins the register only once the engine accepts it. */
interface EntryForm {
  index: number;
  id: string;
  description: string;
  organisations: string;
  keywords: string;
}

type View = { page: "tasks" } | { page: "category"; category: RegisterCategory; form: EntryForm | null; done: Done | null };

/** What each category asks for, in a line (the Model Code's headings are the engine's). */
const HINTS: Record<RegisterCategory, string> = {
  remuneration: "Work you are paid for: employment, self-employment, a paid directorship, a trade or profession. Say what the work is and who pays you.",
  otherRoles: "Roles linked to the ones you are paid for, such as an unpaid directorship of a related company.",
  contracts: "Contracts between a partner body and you, or a firm or company you are connected with.",
  electionExpenses: "Help towards your election expenses, and who gave it.",
  housesLandAndBuildings: "Houses, land and buildings you own or have a right to use. A street name as a keyword finds items about it.",
  sharesAndSecurities: "Shares and securities you hold in companies.",
  giftsAndHospitality: "Gifts and hospitality offered to you as a member, and who offered them.",
  nonFinancialInterests: "Unpaid roles and memberships others might think could influence you: a trusteeship, a club, a campaign group.",
  closeFamilyMembers: "Interests of a close family member, or someone you live with, that others might think could influence you.",
};

const MODEL_CODE = "Model Code of Conduct for Members of Devolved Public Bodies: registration of interests";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/**
 * A member's register of interests in the nine categories of the Model Code of Conduct,
 * as a task list; CSV (spreadsheet-safe, lossless) and JSON export and import; and the
 * agenda check: which items name which registered interests, with the conflict check's
 * starting answers. Nothing leaves the browser.
 *
 * @attr preset - a preset id (default `clackmannanshire-2019`)
 * @attr heading-level - the level of the widget's heading (default 2)
 * @attr draft-key - keeps this instance's draft apart from others on the page
 * @prop constitution - your own constitution object, instead of a preset
 * @fires quorate-result - `{ register: RegisterReport, agenda: AgendaCheckReport | null }`, on every change
 * @fires quorate-conflict-check-request - `assessConflict`'s input for one agenda item (cancelable: call `preventDefault()` to take it)
 * @csspart panel - the widget's box
 * @csspart task-list - the nine sections
 * @csspart entry - one register entry's summary card
 * @csspart agenda - the agenda check
 * @csspart result - the agenda check's answer
 * @csspart agenda-item - one agenda item's result
 * @csspart actions - export, import and clear
 */
export class Interests extends QuorateElement {
  protected readonly tag = "quorate-interests";
  protected readonly schemaVersion = 1;
  protected override readonly defaultPreset = "clackmannanshire-2019";

  static override styles = [
    ...QuorateElement.styles,
    css`
      .pre {
        white-space: pre-wrap;
      }
      .back::before {
        content: "‹ ";
      }
      .starts {
        margin-top: 0.5em;
      }
      .agenda-item .tag {
        margin-bottom: 0.5em;
      }
      .request-status {
        margin-top: 0.5em;
      }
    `,
  ];

  private draft: InterestsDraft = Interests.fresh();
  private view: View = { page: "tasks" };
  private report: RegisterReport | null = null;
  private agendaReport: AgendaCheckReport | null = null;
  /** The item whose conflict check was last asked for, and whether anything took it. */
  private requested: { item: string; taken: boolean } | null = null;

  private static fresh(): InterestsDraft {
    return { register: { member: "", entries: [] }, seat: "", sections: {}, agenda: "" };
  }

  protected heading(): string {
    return "Your register of interests";
  }

  protected restore(data: unknown): void {
    this.view = { page: "tasks" };
    this.requested = null;
    if (data === null) {
      this.draft = Interests.fresh();
      return;
    }
    if (!isObject(data) || !isObject(data.register)) throw new ImportError("Choose a file exported by this tool: it holds no register");
    const r = data.register;
    if (typeof r.member !== "string" || !Array.isArray(r.entries)) throw new ImportError("Choose a file exported by this tool: its register has no member or entries");
    const entries: RegisterEntry[] = r.entries.map((e: unknown, i: number) => {
      if (!isObject(e) || typeof e.id !== "string" || typeof e.description !== "string" || typeof e.category !== "string") {
        throw new ImportError(`Choose a file exported by this tool: entry ${i + 1} of its register is not an entry`);
      }
      return { id: e.id, category: e.category as RegisterCategory, description: e.description, organisations: strings(e.organisations), keywords: strings(e.keywords) };
    });
    const register: Register = { member: r.member, entries };
    if (typeof r.organisation === "string") register.organisation = r.organisation;
    // The engine is the judge of the shape (an unknown category is refused here).
    if (this.engine) {
      try {
        this.engine.validateRegister({ constitution: this.constitutionInput, register });
      } catch (e) {
        throw new ImportError(fieldErrors(e, "register").map((f) => `${f.path}: ${f.message}`).join("; "));
      }
    }
    const sections: Partial<Record<RegisterCategory, Done>> = {};
    if (isObject(data.sections)) {
      for (const [k, v] of Object.entries(data.sections)) if (v === "yes" || v === "no") sections[k as RegisterCategory] = v;
    }
    const seats = this.rules?.membership ?? [];
    const seat = typeof data.seat === "string" && seats.some((s) => s.id === data.seat) ? data.seat : "";
    this.draft = { register, seat, sections, agenda: typeof data.agenda === "string" ? data.agenda : "" };
  }

  protected snapshot(): InterestsDraft {
    return this.draft;
  }

  protected recompute(engine: Engine): FieldError[] {
    const register = this.draft.register;
    let report: RegisterReport;
    try {
      report = engine.validateRegister({ constitution: this.constitutionInput, register });
    } catch (e) {
      this.report = null;
      this.agendaReport = null;
      return fieldErrors(e, "register");
    }
    this.report = report;
    const started = register.entries.length > 0 || Object.keys(this.draft.sections).length > 0 || this.draft.agenda.trim() !== "";
    const errors: FieldError[] = report.problems
      .filter((p) => started || p.path.startsWith("register.entries"))
      .map((p) => ({ path: p.path, message: this.describe(register, p.path, p.message) }));
    this.agendaReport = null;
    const agenda = agendaTitles(this.draft.agenda);
    if (agenda.length && report.valid) {
      try {
        this.agendaReport = engine.checkAgendaAgainstRegister({ constitution: this.constitutionInput, register, agenda });
      } catch (e) {
        for (const f of fieldErrors(e)) errors.push({ path: f.path || "agenda", message: this.describeAgenda(f.path, f.message) });
      }
    }
    this.result = { register: report, agenda: this.agendaReport };
    const done = this.completed(report);
    this.announce(`You have completed ${done} of ${report.categories.length} sections.${this.agendaReport ? ` ${this.agendaReport.summary}` : ""}`);
    return errors;
  }

  /** An engine problem as an instruction naming the field ("The description of entry 2 in Remuneration must not be empty"). */
  private describe(register: Register, path: string, message: string): string {
    if (path === "register.member") return `Your name ${message}`;
    if (path === "register.organisation") return `Your seat's organisation ${message}`;
    const m = /^register\.entries\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?$/.exec(path);
    if (path === "register.entries") return `${message.startsWith("name ") ? "The entries in your register" : "Your register"} ${message}`;
    if (!m) return `${path.replace(/^register\./, "")} ${message}`;
    const i = Number(m[1]);
    const entry = register.entries[i];
    const where = this.entryName(register, i);
    const field = m[2];
    const j = m[3] === undefined ? -1 : Number(m[3]);
    if (field === "description") return `The description of ${where} ${message}`;
    if ((field === "organisations" || field === "keywords") && entry) {
      const value = (field === "organisations" ? entry.organisations : entry.keywords)?.[j] ?? "";
      return `${field === "organisations" ? "The organisation or person" : "The keyword"} "${value}" in ${where} ${message}`;
    }
    if (field === "id") return `The id of ${where} ${message}`;
    return `${where[0]?.toUpperCase() ?? ""}${where.slice(1)} ${message}`;
  }

  private describeAgenda(path: string, message: string): string {
    const m = /^agenda\[(\d+)\](?:\.(\w+))?/.exec(path);
    if (!m) return `The agenda ${message}`;
    return `Line ${Number(m[1]) + 1} of the agenda${m[2] === "id" ? ": its number" : ""} ${message}`;
  }

  /** "entry 2 in Remuneration". */
  private entryName(register: Register, index: number): string {
    const entry = register.entries[index];
    if (!entry) return `entry ${index + 1}`;
    const n = register.entries.slice(0, index + 1).filter((e) => e.category === entry.category).length;
    return `entry ${n} in ${this.shortLabel(entry.category)}`;
  }

  private label(category: RegisterCategory): string {
    return this.report?.categories.find((c) => c.category === category)?.label ?? category;
  }

  /** "Remuneration" from "Category One: Remuneration". */
  private shortLabel(category: RegisterCategory): string {
    const label = this.label(category);
    return label.slice(label.indexOf(":") + 1).trim();
  }

  private problemsIn(category: RegisterCategory, report: RegisterReport): boolean {
    return report.problems.some((p) => {
      const m = /^register\.entries\[(\d+)\]/.exec(p.path);
      return m !== null && this.draft.register.entries[Number(m[1])]?.category === category;
    });
  }

  private status(category: RegisterCategory, report: RegisterReport): Status {
    if (this.problemsIn(category, report)) return "There is a problem";
    if (this.draft.sections[category] === "yes") return "Completed";
    if (this.draft.sections[category] === "no" || this.draft.register.entries.some((e) => e.category === category)) return "In progress";
    return "Incomplete";
  }

  private completed(report: RegisterReport): number {
    return report.categories.filter((c) => this.status(c.category, report) === "Completed").length;
  }

  // ---- navigation ----

  private open(category: RegisterCategory): void {
    this.errors = [];
    this.notice = "";
    this.view = { page: "category", category, form: null, done: this.draft.sections[category] ?? null };
    this.requestUpdate();
    void this.focusAfterUpdate("#category-title");
  }

  private back(category: RegisterCategory | null): void {
    this.errors = [];
    this.view = { page: "tasks" };
    this.requestUpdate();
    void this.focusAfterUpdate(category ? `#task-${category}` : "#title");
  }

  protected override async pick(path: string): Promise<void> {
    const m = /^register\.entries\[(\d+)\]/.exec(path);
    const entry = m ? this.draft.register.entries[Number(m[1])] : undefined;
    const view = this.view;
    if (m && entry && !(view.page === "category" && view.form?.index === Number(m[1]))) {
      this.view = { page: "category", category: entry.category, form: this.formFor(Number(m[1])), done: this.draft.sections[entry.category] ?? null };
      this.requestUpdate();
      await this.updateComplete;
    } else if (!m && !path.startsWith("sections.") && view.page === "category") {
      this.view = { page: "tasks" };
      this.requestUpdate();
      await this.updateComplete;
    }
    super.pick(path);
  }

  // ---- entries ----

  private formFor(index: number): EntryForm {
    const e = this.draft.register.entries[index];
    if (e) return { index, id: e.id, description: e.description, organisations: (e.organisations ?? []).join("\n"), keywords: (e.keywords ?? []).join("\n") };
    const ids = new Set(this.draft.register.entries.map((x) => x.id));
    let n = this.draft.register.entries.length + 1;
    while (ids.has(`r${n}`)) n++;
    return { index: this.draft.register.entries.length, id: `r${n}`, description: "", organisations: "", keywords: "" };
  }

  private startEntry(index: number | null): void {
    if (this.view.page !== "category") return;
    this.errors = [];
    this.notice = "";
    this.view.form = this.formFor(index ?? this.draft.register.entries.length);
    this.requestUpdate();
    void this.focusAfterUpdate("#entry-description");
  }

  private cancelEntry(): void {
    if (this.view.page !== "category") return;
    const index = this.view.form?.index ?? -1;
    this.errors = [];
    this.view.form = null;
    this.requestUpdate();
    void this.focusAfterUpdate(this.draft.register.entries[index] ? `#card-${index}` : "#add-entry");
  }

  private async saveEntry(): Promise<void> {
    const view = this.view;
    const engine = this.engine;
    if (view.page !== "category" || !view.form || !engine) return;
    const form = view.form;
    const entry: RegisterEntry = {
      id: form.id,
      category: view.category,
      description: form.description,
      organisations: lines(form.organisations),
      keywords: lines(form.keywords),
    };
    const entries = [...this.draft.register.entries];
    if (form.index < entries.length) entries[form.index] = entry;
    else entries.push(entry);
    const candidate: Register = { ...this.draft.register, entries };
    let problems: FieldError[];
    try {
      const at = `register.entries[${form.index}]`;
      problems = engine
        .validateRegister({ constitution: this.constitutionInput, register: candidate })
        .problems.filter((p) => p.path === "register.entries" || p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`))
        .map((p) => ({ path: p.path, message: this.describe(candidate, p.path, p.message) }));
    } catch (e) {
      problems = fieldErrors(e, "register");
    }
    if (problems.length) {
      await this.showErrors(problems, true);
      return;
    }
    this.draft.register = candidate;
    view.form = null;
    this.changed();
    void this.focusAfterUpdate(`#card-${form.index}`);
  }

  private removeEntry(index: number): void {
    const entry = this.draft.register.entries[index];
    if (!entry) return;
    this.draft.register = { ...this.draft.register, entries: this.draft.register.entries.filter((_, i) => i !== index) };
    this.changed();
    this.notice = `Removed the entry "${entry.description.split("\n")[0] ?? ""}".`;
    void this.focusAfterUpdate("#add-entry");
  }

  private async finishSection(): Promise<void> {
    const view = this.view;
    if (view.page !== "category" || !this.report) return;
    const path = `sections.${view.category}`;
    if (!view.done) {
      await this.showErrors([{ path, message: "Select yes if you have completed this section" }], true);
      return;
    }
    if (view.done === "yes" && this.problemsIn(view.category, this.report)) {
      await this.showErrors([{ path, message: "Correct the problems in this section before you mark it as completed" }], true);
      return;
    }
    this.draft.sections = { ...this.draft.sections, [view.category]: view.done };
    const category = view.category;
    this.changed();
    this.back(category);
  }

  // ---- member ----

  private setSeat(value: string, seats: readonly Seat[]): void {
    const seat = seats.find((s) => s.id === value);
    const register: Register = { member: this.draft.register.member, entries: this.draft.register.entries };
    if (seat) register.organisation = seat.organisation;
    else if (value === "other" && this.draft.register.organisation !== undefined) register.organisation = this.draft.register.organisation;
    this.draft.register = register;
    this.draft.seat = seat?.id ?? "";
    this.changed();
  }

  // ---- files ----

  private exportCsv(): void {
    const engine = this.engine;
    if (!engine) return;
    try {
      const { csv } = engine.registerToCsv(this.draft.register);
      download(`${slug(`register of interests ${this.draft.register.member}`)}.csv`, csv, "text/csv;charset=utf-8");
    } catch (e) {
      void this.showErrors(
        fieldErrors(e, "register").map((f) => ({ path: f.path, message: `The register cannot be exported yet: ${this.describe(this.draft.register, f.path, f.message)}` })),
        true,
      );
    }
  }

  private async importCsv(event: Event): Promise<void> {
    const file = await chosenFile(event);
    const engine = this.engine;
    if (!file || !engine) return;
    let register: Register;
    try {
      register = engine.registerFromCsv({ csv: file.text });
    } catch (e) {
      await this.showErrors(
        fieldErrors(e).map((f) => ({ path: "import-csv", message: `${file.name} could not be imported: ${f.path ? `${f.path}: ` : ""}${f.message}` })),
        true,
      );
      return;
    }
    const seats = this.rules?.membership ?? [];
    const current = seats.find((s) => s.id === this.draft.seat);
    const seat = current && current.organisation === register.organisation ? current : seats.find((s) => s.organisation === register.organisation);
    this.draft = { ...this.draft, register, seat: seat?.id ?? "", sections: {} };
    this.view = { page: "tasks" };
    this.changed();
    this.notice = `Imported ${plural(register.entries.length, "entry", "entries")} from ${file.name}. Check each section and mark it as completed.`;
  }

  private async importAgenda(event: Event): Promise<void> {
    const file = await chosenFile(event);
    if (!file) return;
    this.draft.agenda = file.text;
    this.changed();
    this.notice = `Read ${plural(agendaTitles(file.text).length, "agenda item")} from ${file.name}.`;
  }

  private requestCheck(item: ItemCheck): void {
    const start = item.start;
    const taken = !this.emit(
      "quorate-conflict-check-request",
      {
        constitution: this.constitutionInput,
        member: start.member,
        item: start.item,
        itemTitle: start.itemTitle,
        ...(start.category ? { category: start.category } : {}),
        answers: start.answers,
      },
      { cancelable: true },
    );
    this.requested = { item: item.item, taken };
    this.requestUpdate();
  }

  // ---- rendering ----

  protected renderBody(rules: Constitution): TemplateResult {
    const report = this.report;
    if (!report) return html``;
    const view = this.view;
    return view.page === "category" ? this.categoryPage(view) : this.tasksPage(rules, report);
  }

  private tasksPage(rules: Constitution, report: RegisterReport): TemplateResult {
    const level = this.level;
    const errors = this.allErrors;
    const register = this.draft.register;
    const seats = rules.membership ?? [];
    const memberError = errorAt(errors, "register.member");
    const seatError = errorAt(errors, "register.organisation");
    const otherOrganisation = register.organisation !== undefined && !seats.some((s) => s.id === this.draft.seat);
    const done = this.completed(report);
    return html`<p class="hint">
        Your register stays on this device: nothing you enter is sent anywhere. Export it as a spreadsheet (CSV) or a file (JSON) to keep a copy or
        to give it to the partnership's support staff.
      </p>
      <p class="hint">Register within one month of becoming a member, and register any change within one month of it. ${cites([MODEL_CODE])}</p>
      ${heading(level, 1, "About you")}
      <div class="field ${memberError ? "field-error-group" : ""}">
        <label for="member">Your name</label>
        <p class="hint" id="member-hint">As the minutes give it, for example "Cllr Jane Smith".</p>
        ${inlineError(memberError, "member-error")}
        <input
          type="text"
          id="member"
          class="wide"
          autocomplete="name"
          data-path="register.member"
          aria-describedby=${memberError ? "member-hint member-error" : "member-hint"}
          aria-invalid=${memberError ? "true" : "false"}
          .value=${register.member}
          @input=${(e: Event) => {
            this.draft.register = { ...this.draft.register, member: (e.target as HTMLInputElement).value };
            this.changed();
          }}
        />
      </div>
      <div class="field ${seatError ? "field-error-group" : ""}">
        <label for="seat">Your seat on the partnership</label>
        ${inlineError(seatError, "seat-error")}
        <select
          id="seat"
          data-path="register.organisation"
          aria-describedby=${seatError ? "seat-error" : nothing}
          @change=${(e: Event) => this.setSeat((e.target as HTMLSelectElement).value, seats)}
        >
          <option value="" ?selected=${!this.draft.seat && !otherOrganisation}>Choose your seat</option>
          ${seats.map((s) => html`<option value=${s.id} ?selected=${this.draft.seat === s.id}>${s.name}${s.name === s.organisation ? "" : ` (${s.organisation})`}</option>`)}
          ${otherOrganisation ? html`<option value="other" selected>${register.organisation}</option>` : nothing}
        </select>
      </div>
      ${heading(level, 1, "Your interests")}
      <p class="completed-count">You have completed ${done} of ${plural(report.categories.length, "section")}.</p>
      <ul class="task-list" part="task-list">
        ${report.categories.map((c) => {
          const status = this.status(c.category, report);
          const hint = c.entries ? plural(c.entries, "entry", "entries") : this.draft.sections[c.category] === "yes" ? "No interests to register" : "";
          return html`<li>
            <button type="button" class="task" id=${`task-${c.category}`} data-path=${`sections.${c.category}`} @click=${() => this.open(c.category)}>
              <span><span class="task-name">${c.label}</span>${hint ? html`<span class="task-hint">${hint}</span>` : nothing}</span>
              ${this.statusTag(status)}
            </button>
          </li>`;
        })}
      </ul>
      ${reasons("What the register is for", report.reasons)} ${reasons("Notes", report.notes, "notes")}
      ${heading(level, 1, "Keep a copy")}
      <p class="hint">The spreadsheet has one row per entry; it opens in Excel or LibreOffice and imports back exactly as it was.</p>
      <div class="actions no-print">
        <button type="button" class="secondary" @click=${() => this.exportCsv()}>Export register (CSV)</button>
        <label class="button secondary file"
          >Import register (CSV)<input type="file" accept="text/csv,.csv" data-path="import-csv" @change=${(e: Event) => this.importCsv(e)}
        /></label>
      </div>
      ${this.fileActions(register.member || rules.id, "register")} ${this.agendaSection(report)}
      ${citations([...new Set([...report.citations, ...(this.agendaReport?.citations ?? [])])])}`;
  }

  private statusTag(status: Status): TemplateResult {
    const tone = { Completed: "", Incomplete: "info", "In progress": "info", "There is a problem": "bad" }[status];
    return status === "Completed" ? html`<span class="status">${status}</span>` : html`<strong class="tag ${tone} status">${status}</strong>`;
  }

  private categoryPage(view: Extract<View, { page: "category" }>): TemplateResult {
    const level = this.level;
    const category = view.category;
    const register = this.draft.register;
    const indexed = register.entries.map((e, i) => [e, i] as const).filter(([e]) => e.category === category);
    const doneError = errorAt(this.allErrors, `sections.${category}`);
    return html`<button type="button" class="link back" @click=${() => this.back(category)}>Back to your interests</button>
      ${heading(level, 1, html`<span tabindex="-1" id="category-title">${this.label(category)}</span>`)}
      <p class="hint">${HINTS[category]} ${cites(this.rules?.interests?.register.categoriesCite)}</p>
      ${indexed.length
        ? indexed.map(([e, i], n) => this.card(e, i, n))
        : view.form
          ? nothing
          : html`<p>You have no entries in this section. If you have no interests of this kind, answer yes below: your register then says you have none.</p>`}
      ${view.form
        ? this.entryForm(view.form)
        : html`<p>
              <button type="button" class="secondary" id="add-entry" @click=${() => this.startEntry(null)}>
                ${indexed.length ? "Add another entry" : "Add an entry"}
              </button>
            </p>
            <fieldset class=${doneError ? "field-error-group" : ""} data-path=${`sections.${category}`} aria-describedby=${doneError ? "done-error" : nothing}>
              <legend>Have you completed this section?</legend>
              ${inlineError(doneError, "done-error")}
              <div class="choices-inline">
                ${(["yes", "no"] as const).map(
                  (v) =>
                    html`<label class="choice"
                      ><input
                        type="radio"
                        name="done"
                        value=${v}
                        .checked=${view.done === v}
                        @change=${() => {
                          view.done = v;
                          this.requestUpdate();
                        }}
                      />${v === "yes" ? "Yes" : "No, I'll come back to it"}</label
                    >`,
                )}
              </div>
            </fieldset>
            <button type="button" id="finish" @click=${() => this.finishSection()}>Save and return to your interests</button>`}`;
  }

  private card(e: RegisterEntry, i: number, n: number): TemplateResult {
    const title = `Entry ${n + 1}`;
    const first = e.description.split("\n")[0] ?? "";
    return html`<div class="card" part="entry">
      <div class="card-head">
        ${heading(this.level, 2, html`<span tabindex="-1" id=${`card-${i}`}>${title}</span>`, { className: "card-title" })}
        <ul class="card-actions">
          <li>
            <button type="button" class="link" @click=${() => this.startEntry(i)}>Change<span class="visually-hidden"> ${title.toLowerCase()}: ${first}</span></button>
          </li>
          <li>
            <button type="button" class="link" @click=${() => this.removeEntry(i)}>Remove<span class="visually-hidden"> ${title.toLowerCase()}: ${first}</span></button>
          </li>
        </ul>
      </div>
      <dl class="summary-list">
        <div>
          <dt>The interest</dt>
          <dd class="pre">${e.description}</dd>
        </div>
        <div>
          <dt>Organisations and people</dt>
          <dd>${e.organisations?.length ? e.organisations.join(", ") : html`<span class="muted">None</span>`}</dd>
        </div>
        <div>
          <dt>Keywords</dt>
          <dd>${e.keywords?.length ? e.keywords.join(", ") : html`<span class="muted">None</span>`}</dd>
        </div>
      </dl>
    </div>`;
  }

  private entryForm(form: EntryForm): TemplateResult {
    const errors = this.allErrors;
    const at = `register.entries[${form.index}]`;
    const field = (
      name: "description" | "organisations" | "keywords",
      label: string,
      hint: string,
    ): TemplateResult => {
      const error = errorAt(errors, `${at}.${name}`);
      const id = `entry-${name}`;
      return html`<div class="field ${error ? "field-error-group" : ""}">
        <label for=${id}>${label}</label>
        <p class="hint" id=${`${id}-hint`}>${hint}</p>
        ${inlineError(error, `${id}-error`)}
        <textarea
          id=${id}
          rows=${name === "description" ? 3 : 2}
          data-path=${`${at}.${name}`}
          aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid=${error ? "true" : "false"}
          .value=${form[name]}
          @input=${(e: Event) => {
            form[name] = (e.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
      </div>`;
    };
    const isNew = form.index >= this.draft.register.entries.length;
    return html`${heading(this.level, 2, isNew ? "Add an entry" : "Change the entry")}
      ${field("description", "The interest, in your words", 'For example "Director (unpaid), Clacks Business Ltd".')}
      ${field("organisations", "Organisations and people it is with (optional)", "One a line. The agenda check looks for these names in each item.")}
      ${field("keywords", "Other words that identify it (optional)", "One a line: a place, a project, a street.")}
      <div class="actions">
        <button type="button" id="save-entry" @click=${() => this.saveEntry()}>Save entry</button>
        <button type="button" class="secondary" @click=${() => this.cancelEntry()}>Cancel</button>
      </div>`;
  }

  private agendaSection(report: RegisterReport): TemplateResult {
    const level = this.level;
    const agendaError = errorAt(this.allErrors, "agenda");
    const agenda = this.agendaReport;
    const hasItems = agendaTitles(this.draft.agenda).length > 0;
    return html`<div part="agenda">
      ${heading(level, 1, "Check an agenda")}
      <div class="field ${agendaError ? "field-error-group" : ""}">
        <label for="agenda">Agenda item titles</label>
        <p class="hint" id="agenda-hint">One item a line; a number at the start ("4. Town Centre Fund") is kept as the item's number.</p>
        ${inlineError(agendaError, "agenda-error")}
        <textarea
          id="agenda"
          rows="5"
          data-path="agenda"
          aria-describedby=${agendaError ? "agenda-hint agenda-error" : "agenda-hint"}
          aria-invalid=${agendaError ? "true" : "false"}
          .value=${this.draft.agenda}
          @input=${(e: Event) => {
            this.draft.agenda = (e.target as HTMLTextAreaElement).value;
            this.requested = null;
            this.changed();
          }}
        ></textarea>
      </div>
      <div class="actions no-print">
        <label class="button secondary file"
          >Import agenda titles (text file)<input type="file" accept="text/plain,.txt,text/csv,.csv" data-path="import-agenda" @change=${(e: Event) => this.importAgenda(e)}
        /></label>
      </div>
      ${hasItems && !report.valid ? html`<p class="hint">The agenda is checked once your register has no problems.</p>` : nothing}
      ${agenda
        ? html`<div part="result">
            <p class="agenda-summary"><strong>${agenda.summary}</strong></p>
            ${reasons(
              "Notes",
              agenda.notes.filter((n) => !report.notes.some((r) => r.text === n.text)),
              "notes",
            )}
            ${agenda.items.map((item) => this.agendaItem(item))}
          </div>`
        : nothing}
    </div>`;
  }

  private agendaItem(item: ItemCheck): TemplateResult {
    const a = item.start.answers;
    const requested = this.requested?.item === item.item ? this.requested : null;
    return html`<div class="result agenda-item ${item.touched ? "warn" : ""}" part="agenda-item">
      ${heading(this.level, 2, `Item ${item.item}: ${item.title}`)}
      ${item.touched ? html`<strong class="tag warn">Names your register</strong>` : html`<strong class="tag">Nothing from your register</strong>`}
      <ul>
        ${item.reasons.map((r) => html`<li>${reason(r)}</li>`)}
      </ul>
      <p class="list-label">Where the conflict check starts</p>
      <dl class="summary-list starts">
        <div>
          <dt>Do you have a connection?</dt>
          <dd>${a.connection === "yes" ? "Yes" : a.connection === "no" ? "No" : a.connection === "unsure" ? "Not sure" : html`<span class="muted">Not answered yet</span>`}</dd>
        </div>
        ${a.connectionDescription
          ? html`<div>
              <dt>What the connection is</dt>
              <dd class="pre">${a.connectionDescription}</dd>
            </div>`
          : nothing}
        ${item.start.category
          ? html`<div>
              <dt>Register category</dt>
              <dd>${this.label(item.start.category)}</dd>
            </div>`
          : nothing}
      </dl>
      <button type="button" class="secondary" @click=${() => this.requestCheck(item)}>
        Start the conflict check<span class="visually-hidden"> for item ${item.item}</span>
      </button>
      ${requested
        ? html`<p class="request-status" role="status">
            ${requested.taken
              ? `The conflict check has item ${item.item}, with the answers above.`
              : `There is no conflict check on this page to take item ${item.item}: start one and give it the answers above.`}
          </p>`
        : nothing}
    </div>`;
  }
}

declare module "../base/events.js" {
  interface QuorateResults {
    "quorate-interests": InterestsResult;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "quorate-interests": Interests;
  }
}
