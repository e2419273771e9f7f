// The criteria-set editor: a secretary writes the partnership's own criteria set (or
// changes a copy of the constitution's, or starts from the Inverclyde set) as form
// fields and summary cards: the set's name, the scale and what each point means, the
// groups, each criterion (add, change, move, remove) with its weight, the gates and the
// portfolio limit. The draft is the engine's `CriteriaSet` and `PortfolioLimit` exactly,
// kept in the widget's draft; the engine checks it before it is used, and its problems
// go to the error summary, each linked to its field (`data-path` is the engine's path).
import { html, nothing, type TemplateResult } from "lit";
import type { CriteriaSet } from "quorate";
import type { Engine } from "../../base/engine.js";
import { fieldErrors, type FieldError } from "../../base/errors.js";
import { chosenFile, downloadJson, slug } from "../../base/files.js";
import { heading, plural } from "../../base/render.js";
import { editableSet, readOwnMethod, type EditorDraft, type OwnMethod } from "./model.js";
import { copy, EditorFields, fieldName, type EditorHost } from "./criteria-fields.js";
import { aboutPart, criteriaPart, gatesPart, groupsPart, portfolioPart, scalePart } from "./criteria-parts.js";

export type { EditorHost } from "./criteria-fields.js";

export type StartFrom = "blank" | "copy" | "inverclyde";

/** Where a set written from nothing comes from, as the set in force names it ("from this page"). */
const NEW_SET = "this page";

/** The editor: its draft lives in the widget's state; its field checks and flags here. */
export class CriteriaEditor {
  /** The form's fields (and the numbers they caught). */
  private readonly fields: EditorFields;
  /** Whether the user has asked to use the set: from then on its problems are shown as they change. */
  private checked = false;

  constructor(private readonly host: EditorHost) {
    this.fields = new EditorFields(host);
  }

  get draft(): EditorDraft | null {
    return this.host.state().editor;
  }

  /** Forget the field checks (the state was replaced: a draft restored, an import, a clear). */
  reset(): void {
    this.fields.numbers.clear();
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
    const local = [...this.fields.numbers].map(([path, message]) => ({ path, message }));
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
    return [...local, ...found.filter((f) => !this.fields.numbers.has(f.path))];
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
      ${[aboutPart, scalePart, groupsPart, criteriaPart, gatesPart, portfolioPart].map((part) => part(this.fields, draft))}
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
}
