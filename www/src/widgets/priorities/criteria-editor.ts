// The criteria-set editor: a secretary writes the partnership's own criteria set (or
// changes a copy of the constitution's, or starts from the Inverclyde set) as form
// fields and summary cards: the set's name, the scale and what each point means, the
// groups, each criterion (add, change, move, remove) with its weight, the gates and the
// portfolio limit. The draft is the engine's `CriteriaSet` and `PortfolioLimit` exactly,
// kept in the widget's draft; the engine checks it before it is used, and its problems
// go to the error summary, each linked to its field (`data-path` is the engine's path).
import { html, nothing, type TemplateResult } from "lit";
import type { ConstitutionSource, CriteriaSet, Criterion, Gate, PrioritySelection } from "quorate";
import type { Engine } from "../../base/engine.js";
import { errorAt, fieldErrors, type FieldError } from "../../base/errors.js";
import { chosenFile, downloadJson, slug } from "../../base/files.js";
import { heading, inlineError, plural } from "../../base/render.js";
import { MAX_LABELLED_POINTS, editableSet, num, readOwnMethod, type EditorDraft, type OwnMethod, type PriorityState } from "./model.js";
import { limitWords } from "./results.js";

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

export type StartFrom = "blank" | "copy" | "inverclyde";

/** Where a set written from nothing comes from, as the set in force names it ("from this page"). */
const NEW_SET = "this page";


const copy = <T>(v: T): T => structuredClone(v);
const cites = (list: readonly string[] | undefined) => (list ?? []).join("; ");
const parseCites = (text: string) =>
  text
    .split(";")
    .map((c) => c.trim())
    .filter(Boolean);

/** A new id from a name, unused among `taken` ("child-poverty", "child-poverty-2"). */
function freshId(name: string, taken: readonly { id: string }[], fallback: string): string {
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

/** The editor: its draft lives in the widget's state; its field checks and flags here. */
export class CriteriaEditor {
  /** Fields whose text is not a number (path → message); the draft keeps the last number. */
  private readonly numbers = new Map<string, string>();
  /** Whether the user has asked to use the set: from then on its problems are shown as they change. */
  private checked = false;

  constructor(private readonly host: EditorHost) {}

  get draft(): EditorDraft | null {
    return this.host.state().editor;
  }

  /** Forget the field checks (the state was replaced: a draft restored, an import, a clear). */
  reset(): void {
    this.numbers.clear();
    this.checked = false;
  }

  /** Open the editor on a new set, a copy of the set in force, or the Inverclyde set. */
  start(from: StartFrom): void {
    const state = this.host.state();
    const selection = this.host.selection();
    let draft: EditorDraft;
    if (from === "copy" && (state.own || selection)) {
      const own = state.own;
      draft = own
        ? { criteria: copy(own.criteria), portfolio: own.portfolio ? copy(own.portfolio) : null, from: own.from, open: null }
        : { criteria: copy(selection?.criteria as CriteriaSet), portfolio: null, from: "a copy of the constitution's set", open: null };
    } else if (from === "inverclyde") {
      const engine = this.host.engine();
      const inverclyde = engine?.priorityCriteria("inverclyde-mou").selection;
      if (!inverclyde) return;
      draft = { criteria: copy(inverclyde.criteria), portfolio: copy(inverclyde.portfolio), from: "a copy of the Inverclyde set", open: null };
    } else {
      draft = { criteria: { id: "", name: "", scale: { min: 0, max: 4, labels: [] }, groups: [], criteria: [], gates: [] }, portfolio: null, from: NEW_SET, open: null };
    }
    this.reset();
    state.editor = draft;
    this.host.changed();
    void this.host.focus("#set-name");
  }

  /** The problems with the draft: numbers that are not numbers, then the engine's, each named. */
  check(engine: Engine): FieldError[] {
    const draft = this.draft;
    if (!draft || !this.checked) return [];
    return this.problems(engine, draft);
  }

  private problems(engine: Engine, draft: EditorDraft): FieldError[] {
    const local = [...this.numbers].map(([path, message]) => ({ path, message }));
    let found: FieldError[] = [];
    try {
      engine.scorePriorities({
        constitution: this.host.constitution(),
        criteria: draft.criteria,
        candidates: [],
        options: draft.portfolio ? { portfolio: draft.portfolio } : {},
      });
    } catch (e) {
      found = fieldErrors(e).map((p) => ({ path: p.path, message: p.path ? `${fieldName(p.path, draft.criteria)}: ${p.message}` : p.message }));
    }
    return [...local, ...found.filter((f) => !this.numbers.has(f.path))];
  }

  /** "Use this criteria set": checked by the engine; used when it passes, else its problems in the summary. */
  async use(): Promise<void> {
    const draft = this.draft;
    const engine = this.host.engine();
    if (!draft || !engine) return;
    this.checked = true;
    if (this.problems(engine, draft).length) {
      this.host.update();
      await this.host.focus(".error-summary");
      return;
    }
    const state = this.host.state();
    state.own = { criteria: copy(draft.criteria), portfolio: draft.portfolio ? copy(draft.portfolio) : null, from: draft.from };
    state.editor = null;
    state.finished = false;
    this.reset();
    this.host.changed();
    this.host.say(`Now scoring with ${draft.criteria.name}: ${plural(draft.criteria.criteria.length, "criterion", "criteria")}.`);
    void this.host.focus(".criteria-in-force");
  }

  /** Close the editor without using the draft. */
  cancel(): void {
    const state = this.host.state();
    state.editor = null;
    this.reset();
    this.host.changed();
    this.host.say("The criteria set you were writing has been discarded.");
    void this.host.focus(".criteria-in-force, .no-method");
  }

  download(): void {
    const draft = this.draft;
    if (!draft) return;
    const set = draft.criteria;
    downloadJson(`criteria-${slug(set.id || set.name) || "draft"}.json`, draft.portfolio ? { portfolio: draft.portfolio, criteria: set } : set);
  }

  /**
   * A criteria-set file: used at once when the engine accepts it and `apply` is set;
   * otherwise opened in the editor with its problems shown; refused only when it is not
   * shaped like a criteria set at all.
   */
  async openFile(e: Event, apply: boolean, path: string): Promise<void> {
    const file = await chosenFile(e);
    const engine = this.host.engine();
    if (!file || !engine) return;
    let own: OwnMethod;
    try {
      let value: unknown;
      try {
        value = JSON.parse(file.text);
      } catch {
        throw new Error("Choose a JSON file: this one is not JSON");
      }
      own = readOwnMethod(value, file.name);
      if (!editableSet(own.criteria)) {
        // The engine names what is wrong with its shape.
        engine.scorePriorities({ constitution: this.host.constitution(), criteria: own.criteria, candidates: [] });
        throw new Error("this is not a criteria set");
      }
    } catch (err) {
      await this.host.fail(fieldErrors(err).map((p) => ({ path, message: `${file.name} could not be used as a criteria set: ${p.path ? `${p.path}: ` : ""}${p.message}` })));
      return;
    }
    const state = this.host.state();
    const draft: EditorDraft = { ...own, open: null };
    this.reset();
    if (apply && !this.problems(engine, draft).length) {
      state.own = own;
      state.editor = null;
      state.finished = false;
      this.host.changed();
      this.host.say(`Now scoring with ${own.criteria.name} from ${file.name}.`);
      return;
    }
    state.editor = draft;
    this.checked = apply;
    this.host.changed();
    if (apply) {
      await this.host.focus(".error-summary");
    } else {
      this.host.say(`Opened ${file.name} in the editor.`);
      void this.host.focus("#set-name");
    }
  }

  // ---- rendering ----

  render(): TemplateResult | typeof nothing {
    const draft = this.draft;
    if (!draft) return nothing;
    const level = this.host.level();
    const set = draft.criteria;
    const foreign = this.foreignCites(draft);
    return html`<div class="criteria-editor" part="criteria-editor">
      ${heading(level, 1, set.name.trim() ? `Criteria set: ${set.name}` : "Your criteria set", { id: "editor-heading", className: "editor-title" })}
      <p class="hint">
        ${draft.from === NEW_SET ? "A new set." : `Started from ${draft.from}.`} Everything you enter is kept on this device as you type. When the set is ready, use it: it is checked first, and
        partners score with it.
      </p>
      ${foreign.length
        ? html`<div class="result warn foreign-cites">
            <p>
              Some clauses cited are another partnership's (${foreign.join(", ")}). Change the criteria to what your partnership has decided, and cite
              your own documents, before you use the set.
            </p>
          </div>`
        : nothing}
      ${this.about(draft)} ${this.scale(draft)} ${this.groups(draft)} ${this.criteria(draft)} ${this.gates(draft)} ${this.portfolio(draft)}
      <div class="actions no-print editor-actions">
        <button type="button" id="use-set" @click=${() => void this.use()}>Use this criteria set</button>
        <button type="button" class="secondary" @click=${() => this.download()}>Download this criteria set (JSON)</button>
        <label class="button secondary file"
          >Open a criteria set file (JSON)<input type="file" accept="application/json,.json" data-path="editor-file" @change=${(e: Event) => void this.openFile(e, false, "editor-file")}
        /></label>
        <button type="button" class="secondary" @click=${() => this.cancel()}>Discard this draft</button>
      </div>
    </div>`;
  }

  /** Clauses cited in the draft whose document is not this constitution's. */
  private foreignCites(draft: EditorDraft): string[] {
    const own = this.host.constitutionId();
    const set = draft.criteria;
    const all = [
      ...(set.scale.cite ?? []),
      ...(set.groups ?? []).flatMap((g) => g.cite ?? []),
      ...set.criteria.flatMap((c) => c.cite),
      ...(set.gates ?? []).flatMap((g) => g.cite),
      ...(draft.portfolio?.cite ?? []),
    ];
    return [...new Set(all.map((c) => c.split(" ")[0] ?? "").filter((doc) => doc && doc !== own))];
  }

  private edit(): void {
    this.host.changed();
  }

  private error(path: string, exact = false): FieldError | undefined {
    const errors = this.host.errors();
    return exact ? errors.find((e) => e.path === path) : errorAt(errors, path);
  }

  /** A labelled text input (or textarea) bound to one string of the draft. */
  private text(o: { id: string; label: string; hint?: string; path: string; value: string; set: (v: string) => void; area?: boolean; wide?: boolean; medium?: boolean; exact?: boolean }): TemplateResult {
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
  private number(o: { id: string; label: string; hint?: string; path: string; value: number; whole: boolean; set: (n: number) => void }): TemplateResult {
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

  private about(draft: EditorDraft): TemplateResult {
    const set = draft.criteria;
    return html`<fieldset class="editor-part">
      <legend>${heading(this.host.level(), 2, "About the set", { className: "part-title" })}</legend>
      ${this.text({
        id: "set-name",
        label: "Name of the criteria set",
        hint: "As the Board knows it, for example “Community Plan priority criteria 2026”.",
        path: "criteria.name",
        value: set.name,
        set: (v) => {
          if (!set.id || set.id === slug(set.name)) set.id = slug(v);
          set.name = v;
        },
      })}
      ${this.text({
        id: "set-id",
        label: "Short id",
        hint: "Letters, numbers and hyphens; made from the name unless you change it.",
        path: "criteria.id",
        value: set.id,
        wide: false,
        medium: true,
        set: (v) => (set.id = v),
      })}
    </fieldset>`;
  }

  private scale(draft: EditorDraft): TemplateResult {
    const scale = draft.criteria.scale;
    const points: number[] = [];
    for (let n = scale.min; n <= scale.max && points.length <= MAX_LABELLED_POINTS; n++) points.push(n);
    const labelled = points.length <= MAX_LABELLED_POINTS;
    return html`<fieldset class="editor-part">
      <legend>${heading(this.host.level(), 2, "The scale", { className: "part-title" })}</legend>
      <p class="hint">Each criterion is scored in whole points from the lowest to the highest; scorers may also answer “don't know”.</p>
      <div class="inline-fields">
        ${this.number({ id: "scale-min", label: "Lowest point", path: "criteria.scale.min", value: scale.min, whole: true, set: (n) => (scale.min = n) })}
        ${this.number({ id: "scale-max", label: "Highest point", path: "criteria.scale.max", value: scale.max, whole: true, set: (n) => (scale.max = n) })}
      </div>
      ${labelled
        ? html`<fieldset class="labels">
            <legend>What each point means (optional)</legend>
            <div class="inline-fields">${points.map((n) => {
              const index = (scale.labels ?? []).findIndex((l) => l.value === n);
              const path = index >= 0 ? `criteria.scale.labels[${index}]` : `scale-point-${n}`;
              return this.text({
                id: `scale-label-${n}`,
                label: `Point ${n}`,
                path,
                value: index >= 0 ? (scale.labels?.[index]?.label ?? "") : "",
                wide: false,
                set: (v) => {
                  const labels = (scale.labels ??= []);
                  const at = labels.findIndex((l) => l.value === n);
                  const label = labels[at];
                  if (label && v.trim()) label.label = v;
                  else if (label) labels.splice(at, 1);
                  else if (v.trim()) labels.push({ value: n, label: v });
                },
              });
            })}</div>
          </fieldset>`
        : html`<p class="hint">A scale of more than ${MAX_LABELLED_POINTS} points is scored with a list; its points are not labelled here.</p>`}
      ${this.labelProblems(draft)}
      ${this.text({
        id: "scale-cite",
        label: "Clauses for the scale (optional)",
        hint: "Where your documents set it, for example “our-partnership 4.2”; separate several with semicolons.",
        path: "criteria.scale.cite",
        value: cites(scale.cite),
        set: (v) => (scale.cite = parseCites(v)),
      })}
    </fieldset>`;
  }

  /** Labels off the scale (after the scale was shortened): shown so each can be removed. */
  private labelProblems(draft: EditorDraft): TemplateResult | typeof nothing {
    const scale = draft.criteria.scale;
    const off = (scale.labels ?? []).map((l, i) => ({ l, i })).filter(({ l }) => l.value < scale.min || l.value > scale.max);
    if (!off.length) return nothing;
    return html`<ul class="off-scale">
      ${off.map(({ l, i }) => {
        const error = this.error(`criteria.scale.labels[${i}]`);
        return html`<li class=${error ? "field-error-group" : ""}>
          ${inlineError(error, `label-${i}-error`)} Point ${l.value} (“${l.label}”) is no longer on the scale.
          <button
            type="button"
            class="link"
            data-path=${`criteria.scale.labels[${i}]`}
            @click=${() => {
              scale.labels?.splice(i, 1);
              this.edit();
              void this.host.focus("#scale-max");
            }}
          >
            Remove this label
          </button>
        </li>`;
      })}
    </ul>`;
  }

  private groups(draft: EditorDraft): TemplateResult {
    const set = draft.criteria;
    const groups = set.groups ?? [];
    const add = (e: Event) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).querySelector<HTMLInputElement>("#add-group");
      const name = input?.value.trim() ?? "";
      if (!name) {
        input?.focus();
        return;
      }
      (set.groups ??= []).push({ id: freshId(name, groups, "group"), name, cite: [] });
      if (input) input.value = "";
      this.edit();
      void this.host.focus("#add-group");
    };
    return html`<div class="editor-part groups">
      ${heading(this.host.level(), 2, "Groups of criteria (optional)", { className: "part-title" })}
      <p class="hint">Headings the criteria are shown under, as Inverclyde groups its collaborative-gain characteristics.</p>
      ${groups.length
        ? html`<ul class="group-list">
            ${groups.map(
              (g, i) => html`<li>
                ${this.text({ id: `group-${i}-name`, label: `Group ${i + 1}`, hint: `id ${g.id}`, path: `criteria.groups[${i}]`, value: g.name, set: (v) => (g.name = v) })}
                <button
                  type="button"
                  class="link"
                  @click=${() => {
                    groups.splice(i, 1);
                    for (const c of set.criteria) if (c.group === g.id) delete c.group;
                    this.edit();
                    void this.host.focus(groups[i] ? `#group-${i}-name` : "#add-group");
                  }}
                >
                  Remove<span class="visually-hidden"> group ${i + 1}, ${g.name}</span>
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
      <form class="no-print" @submit=${add}>
        <div class="field">
          <label for="add-group">Add a group</label>
          <div class="inline-form">
            <input type="text" id="add-group" autocomplete="off" data-path="criteria.groups" />
            <button type="submit" class="secondary">Add group</button>
          </div>
        </div>
      </form>
    </div>`;
  }

  private criteria(draft: EditorDraft): TemplateResult {
    const set = draft.criteria;
    const listError = this.error("criteria.criteria", true);
    const add = (e: Event) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).querySelector<HTMLInputElement>("#add-criterion");
      const name = input?.value.trim() ?? "";
      if (!name) {
        input?.focus();
        return;
      }
      const criterion: Criterion = { id: freshId(name, set.criteria, "criterion"), name, text: "", weight: 1, cite: [] };
      set.criteria.push(criterion);
      draft.open = set.criteria.length - 1;
      if (input) input.value = "";
      this.edit();
      void this.host.focus(`#crit-${draft.open}-text`);
    };
    return html`<div class="editor-part criteria-list">
      ${heading(this.host.level(), 2, `Criteria (${set.criteria.length})`, { className: "part-title" })}
      <p class="hint">What every candidate is scored against. The weight is how much a criterion counts in the total: 0 shows it without counting it.</p>
      ${set.criteria.map((c, i) => this.card(draft, c, i))}
      <form class="no-print" @submit=${add}>
        <div class="field ${listError ? "field-error-group" : ""}">
          <label for="add-criterion">Add a criterion</label>
          <p class="hint" id="add-criterion-hint">Its name; you can say what it asks once it is added.</p>
          ${inlineError(listError, "add-criterion-error")}
          <div class="inline-form">
            <input
              type="text"
              id="add-criterion"
              autocomplete="off"
              data-path="criteria.criteria"
              aria-describedby=${listError ? "add-criterion-hint add-criterion-error" : "add-criterion-hint"}
              aria-invalid=${listError ? "true" : "false"}
            />
            <button type="submit" class="secondary">Add criterion</button>
          </div>
        </div>
      </form>
    </div>`;
  }

  private move(draft: EditorDraft, i: number, by: -1 | 1): void {
    const list = draft.criteria.criteria;
    const j = i + by;
    const a = list[i];
    const b = list[j];
    if (!a || !b) return;
    list[i] = b;
    list[j] = a;
    if (draft.open === i) draft.open = j;
    else if (draft.open === j) draft.open = i;
    this.edit();
    const edge = (by < 0 && j === 0) || (by > 0 && j === list.length - 1);
    void this.host.focus(`#crit-${j}-${edge ? (by < 0 ? "down" : "up") : by < 0 ? "up" : "down"}`);
  }

  /** One criterion as a summary card, or its fields when it is open (or has a problem). */
  private card(draft: EditorDraft, c: Criterion, i: number): TemplateResult {
    const set = draft.criteria;
    const at = `criteria.criteria[${i}]`;
    const problem = this.error(at);
    const open = draft.open === i || !!problem;
    const title = `${i + 1}. ${c.name.trim() || "(no name)"}`;
    const spoken = `criterion ${i + 1}, ${c.name}`;
    const groups = set.groups ?? [];
    const groupName = groups.find((g) => g.id === c.group)?.name;
    const last = set.criteria.length - 1;
    // A card open for its problem stays open while it is put right (before the field's own
    // handler runs: capture), so that the field being typed in does not close under the cursor.
    const keepOpen = { handleEvent: () => (draft.open = i), capture: true };
    const action = (id: string, words: string, onClick: () => void, disabled = false) =>
      html`<li><button type="button" class="link" id=${id} ?disabled=${disabled} @click=${onClick}>${words}<span class="visually-hidden"> ${spoken}</span></button></li>`;
    return html`<div class="card criterion-card ${problem ? "has-error" : ""}" data-criterion=${c.id}>
      <div class="card-head">
        ${heading(this.host.level(), 3, title, { className: "card-title" })}
        <ul class="card-actions no-print">
          ${open
            ? nothing
            : action(`crit-${i}-change`, "Change", () => {
                draft.open = i;
                this.edit();
                void this.host.focus(`#crit-${i}-name`);
              })}
          ${action(`crit-${i}-up`, "Move up", () => this.move(draft, i, -1), i === 0)}
          ${action(`crit-${i}-down`, "Move down", () => this.move(draft, i, 1), i === last)}
          ${action(`crit-${i}-remove`, "Remove", () => {
            set.criteria.splice(i, 1);
            if (draft.open === i) draft.open = null;
            else if (draft.open !== null && draft.open > i) draft.open--;
            this.edit();
            void this.host.focus(set.criteria[i] ? `#crit-${i}-remove` : "#add-criterion");
          })}
        </ul>
      </div>
      ${open
        ? html`<div class="card-body" @input=${keepOpen} @change=${keepOpen}>
            ${this.text({ id: `crit-${i}-name`, label: "Name", path: `${at}.name`, value: c.name, set: (v) => (c.name = v) })}
            ${this.text({
              id: `crit-${i}-text`,
              label: "What it asks",
              hint: "Your documents' words, shown to every scorer.",
              path: `${at}.text`,
              value: c.text,
              area: true,
              set: (v) => (c.text = v),
            })}
            ${groups.length
              ? html`<div class="field">
                  <label for=${`crit-${i}-group`}>Group</label>
                  <select
                    id=${`crit-${i}-group`}
                    data-path=${`${at}.group`}
                    @change=${(e: Event) => {
                      const v = (e.target as HTMLSelectElement).value;
                      if (v) c.group = v;
                      else delete c.group;
                      this.edit();
                    }}
                  >
                    <option value="" ?selected=${!c.group}>No group</option>
                    ${groups.map((g) => html`<option value=${g.id} ?selected=${c.group === g.id}>${g.name || g.id}</option>`)}
                  </select>
                </div>`
              : nothing}
            ${this.number({ id: `crit-${i}-weight`, label: "Weight", path: `${at}.weight`, value: c.weight, whole: false, set: (n) => (c.weight = n) })}
            ${this.text({
              id: `crit-${i}-id`,
              label: "Short id",
              hint: "Scorecards name the criterion by it: change it only before partners score.",
              path: `${at}.id`,
              value: c.id,
              wide: false,
              medium: true,
              set: (v) => {
                for (const g of set.gates ?? []) if (g.kind === "support" && g.criterion === c.id) g.criterion = v;
                c.id = v;
              },
            })}
            ${this.text({ id: `crit-${i}-cite`, label: "Clauses (optional)", hint: "Separate several with semicolons.", path: `${at}.cite`, value: cites(c.cite), set: (v) => (c.cite = parseCites(v)) })}
            <button
              type="button"
              class="secondary no-print"
              @click=${() => {
                draft.open = null;
                this.edit();
                void this.host.focus(`#crit-${i}-change`);
              }}
            >
              Done<span class="visually-hidden"> with ${spoken}</span>
            </button>
          </div>`
        : html`<dl class="summary-list">
            <div>
              <dt>What it asks</dt>
              <dd>${c.text || html`<span class="muted">Not given</span>`}</dd>
            </div>
            ${groups.length
              ? html`<div>
                  <dt>Group</dt>
                  <dd>${groupName ?? html`<span class="muted">No group</span>`}</dd>
                </div>`
              : nothing}
            <div>
              <dt>Weight</dt>
              <dd class="weight">${num(c.weight)}</dd>
            </div>
            <div>
              <dt>Clauses</dt>
              <dd>${c.cite.length ? c.cite.join("; ") : html`<span class="muted">None</span>`}</dd>
            </div>
          </dl>`}
    </div>`;
  }

  private gates(draft: EditorDraft): TemplateResult {
    const set = draft.criteria;
    const gates = set.gates ?? [];
    const gi = gates.findIndex((g) => g.kind === "collaborativeGain");
    const si = gates.findIndex((g) => g.kind === "support");
    const gain = gates[gi];
    const support = gates[si];
    const toggle = (kind: Gate["kind"], on: boolean) => {
      const list = (set.gates ??= []);
      const at = list.findIndex((g) => g.kind === kind);
      if (!on && at >= 0) list.splice(at, 1);
      if (on && at < 0) {
        const mid = Math.ceil((set.scale.min + set.scale.max) / 2);
        list.push(kind === "collaborativeGain" ? { kind, question: "", cite: [] } : { kind, criterion: set.criteria[0]?.id ?? "", minScore: mid, cite: [] });
      }
      this.edit();
      if (on) void this.host.focus(kind === "collaborativeGain" ? "#gate-question" : "#gate-criterion");
    };
    const supportCriterion = support?.kind === "support" ? support.criterion : "";
    const unknown = support && !set.criteria.some((c) => c.id === supportCriterion);
    const criterionError = this.error(`criteria.gates[${si}].criterion`);
    return html`<div class="editor-part gates-editor">
      ${heading(this.host.level(), 2, "Gates", { className: "part-title" })}
      <p class="hint">Questions a candidate must pass whatever its total; one that fails a gate is not proposed.</p>
      <div class="choices">
        <label class="choice"
          ><input type="checkbox" id="gate-gain" data-path=${gi >= 0 ? `criteria.gates[${gi}].kind` : "gate-gain"} .checked=${!!gain} @change=${(e: Event) => toggle("collaborativeGain", (e.target as HTMLInputElement).checked)} />Collaborative gain:
          each scorer answers a yes-or-no question, and more than half of the answers must be yes</label
        >
      </div>
      ${gain?.kind === "collaborativeGain"
        ? html`<div class="gate-fields">
            ${this.text({
              id: "gate-question",
              label: "The question each scorer answers",
              hint: "For example: would working in partnership add value the partners would not achieve on their own?",
              path: `criteria.gates[${gi}].question`,
              value: gain.question,
              area: true,
              set: (v) => (gain.question = v),
            })}
            ${this.text({ id: "gate-gain-cite", label: "Clauses (optional)", path: `criteria.gates[${gi}].cite`, value: cites(gain.cite), set: (v) => (gain.cite = parseCites(v)) })}
          </div>`
        : nothing}
      <div class="choices">
        <label class="choice"
          ><input type="checkbox" id="gate-support" data-path=${si >= 0 ? `criteria.gates[${si}].kind` : "gate-support"} .checked=${!!support} @change=${(e: Event) => toggle("support", (e.target as HTMLInputElement).checked)} />Support from
          most partners: more than half of the organisations must score it at least a given mean on one criterion</label
        >
      </div>
      ${support?.kind === "support"
        ? html`<div class="gate-fields">
            <div class="field ${criterionError ? "field-error-group" : ""}">
              <label for="gate-criterion">The criterion that shows support</label>
              ${inlineError(criterionError, "gate-criterion-error")}
              <select
                id="gate-criterion"
                data-path=${`criteria.gates[${si}].criterion`}
                aria-describedby=${criterionError ? "gate-criterion-error" : nothing}
                aria-invalid=${criterionError ? "true" : "false"}
                @change=${(e: Event) => {
                  support.criterion = (e.target as HTMLSelectElement).value;
                  this.edit();
                }}
              >
                ${unknown ? html`<option value=${supportCriterion} selected>${supportCriterion ? `${supportCriterion} (not in the criteria)` : "Choose a criterion"}</option>` : nothing}
                ${set.criteria.map((c) => html`<option value=${c.id} ?selected=${c.id === supportCriterion}>${c.name || c.id}</option>`)}
              </select>
            </div>
            ${this.number({
              id: "gate-min",
              label: "Lowest mean score that counts as support",
              hint: `On the scale ${set.scale.min} to ${set.scale.max}.`,
              path: `criteria.gates[${si}].minScore`,
              value: support.minScore,
              whole: true,
              set: (n) => (support.minScore = n),
            })}
            ${this.text({ id: "gate-support-cite", label: "Clauses (optional)", path: `criteria.gates[${si}].cite`, value: cites(support.cite), set: (v) => (support.cite = parseCites(v)) })}
          </div>`
        : nothing}
    </div>`;
  }

  private portfolio(draft: EditorDraft): TemplateResult {
    const fallback = this.host.selection()?.portfolio ?? null;
    const limit = draft.portfolio;
    const choose = (own: boolean) => {
      if (own && !draft.portfolio) draft.portfolio = fallback ? copy(fallback) : { min: 1, max: 1, cite: [] };
      if (!own) draft.portfolio = null;
      this.edit();
    };
    const unset = fallback ? `The constitution's: ${limitWords(fallback)}` : "No limit: rank the candidates but propose no portfolio";
    return html`<fieldset class="editor-part portfolio-editor">
      <legend>${heading(this.host.level(), 2, "How many priorities at a time", { className: "part-title" })}</legend>
      <div class="choices">
        <label class="choice"><input type="radio" name="portfolio" value="none" .checked=${!limit} @change=${() => choose(false)} />${unset}</label>
        <label class="choice"
          ><input type="radio" name="portfolio" value="own" data-path="options.portfolio" .checked=${!!limit} @change=${() => choose(true)} />${fallback ? "Our own limit" : "A limit"}</label
        >
      </div>
      ${limit
        ? html`<div class="inline-fields">
              ${this.number({ id: "portfolio-min", label: "Fewest", path: "options.portfolio.min", value: limit.min, whole: true, set: (n) => (limit.min = n) })}
              ${this.number({ id: "portfolio-max", label: "Most", path: "options.portfolio.max", value: limit.max, whole: true, set: (n) => (limit.max = n) })}
            </div>
            ${this.text({ id: "portfolio-cite", label: "Clauses (optional)", path: "options.portfolio.cite", value: cites(limit.cite), set: (v) => (limit.cite = parseCites(v)) })}`
        : nothing}
    </fieldset>`;
  }
}
