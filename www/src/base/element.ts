// `QuorateElement`: the base every Quorate widget extends. It owns what every widget
// does the same way, so that a widget's own file holds only its tool:
//
// - the engine gate: one WebAssembly load per page, and a plain alert saying what the
//   host page must allow when it cannot load;
// - the constitution, from the `preset` attribute or the `constitution` property,
//   validated before use, its problems in the error summary;
// - `heading-level` (the host owns the <h1>), drafts per instance (`draft-key` or `id`),
//   export and import in one JSON envelope, "Clear my answers";
// - the error summary that focuses the field an error names, a notification banner,
//   and a live region that announces only the verdict;
// - typed `quorate-*` events that cross the shadow boundary.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import type { Constitution, ConstitutionSource } from "quorate";
import { DraftController } from "./drafts.js";
import { loadEngine, EngineLoadError, type Engine } from "./engine.js";
import { fieldErrors, focusPath, type FieldError } from "./errors.js";
import { chosenFile, downloadJson, envelope, openEnvelope, slug } from "./files.js";
import { banner, errorSummary, heading } from "./render.js";
import { baseStyles } from "./styles.js";
import type { QuorateEventMap, QuorateResults } from "./events.js";

/**
 * What every Quorate widget has (not a tag of its own): the attributes, properties,
 * event, theme and parts below are inherited by each widget, whose own JSDoc adds its
 * particular ones.
 *
 * @fires quorate-result - the widget's answer changed: `detail` is its result (each widget's type, in `QuorateResults`), with every citation. Bubbles and is composed.
 * @cssprop --quorate-font - the font (default: the page's own)
 * @cssprop --quorate-text - the text colour (default `#0b0c0c`)
 * @cssprop --quorate-muted - hints and secondary text (default `#505a5f`)
 * @cssprop --quorate-background - the panel's background (default `#fff`)
 * @cssprop --quorate-accent - links and the main buttons (default `#1d70b8`)
 * @cssprop --quorate-ok - a favourable verdict (default `#00703c`)
 * @cssprop --quorate-bad - an unfavourable verdict and errors (default `#d4351c`)
 * @cssprop --quorate-warn - warnings (default `#f47738`)
 * @cssprop --quorate-border - borders and rules (default `#b1b4b6`)
 * @cssprop --quorate-focus - the focus indicator (default `#fd0`)
 * @csspart panel - the widget's box
 * @csspart error-summary - "There is a problem": every error, each linking to its field
 * @csspart banner - the notification banner (imported, cleared, a draft set aside)
 * @csspart citations - the clauses an answer used
 * @csspart actions - export, import and clear
 */
export abstract class QuorateElement extends LitElement {
  static override styles = [baseStyles];

  /** A preset id: `clackmannanshire-2019` or `inverclyde-mou`. */
  @property({ reflect: true }) preset: string | null = null;

  /** Your own constitution object, instead of a preset (validated before use). */
  @property({ attribute: false }) constitution: Constitution | null = null;

  /** The level of the widget's heading (1–6; default 2: the host page owns the <h1>). */
  @property({ attribute: "heading-level", type: Number }) headingLevel = 2;

  /** Keeps this instance's draft apart from other instances of the same widget (else `id`). */
  @property({ attribute: "draft-key" }) draftKey: string | null = null;

  /** The widget's tag: names its drafts, exports and events. */
  protected abstract readonly tag: string;
  /** The version of the widget's draft and export shape. */
  protected abstract readonly schemaVersion: number;
  /** The preset a widget uses when neither `preset` nor `constitution` is set (none by default). */
  protected readonly defaultPreset: string | null = null;

  /** The engine, once loaded. */
  protected engine: Engine | null = null;
  /** The constitution in force, as an object (a preset resolved), once valid. */
  @state() protected rules: Constitution | null = null;
  /** Problems that stop the widget: the engine did not load, or the constitution is invalid. */
  @state() private fatal: { title: string; errors: FieldError[] } | null = null;
  /** Errors from the user's last action (an import), for the error summary and the fields. */
  @state() protected errors: FieldError[] = [];
  /** Errors from the last recompute: the engine refused the state as it stands. */
  protected liveErrors: FieldError[] = [];
  /** The widget's answer, fired as `quorate-result` whenever it changes. */
  protected result: QuorateResults[keyof QuorateResults] | null = null;
  #emitted: unknown = null;
  /** The notification banner's text. */
  @state() protected notice = "";
  /** What the live region says: the verdict and summary only. */
  @state() private announcement = "";

  protected readonly drafts = new DraftController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    loadEngine().then(
      (engine) => {
        this.engine = engine;
        this.resolveConstitution();
      },
      (e: unknown) => {
        const message = e instanceof EngineLoadError ? e.message : `The Quorate engine could not start: ${String(e)}`;
        this.fatal = { title: "This tool cannot run on this page", errors: [{ path: "", message }] };
      },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.engine && (changed.has("preset") || changed.has("constitution"))) this.resolveConstitution();
    if (this.engine && this.rules) this.liveErrors = this.recompute(this.engine, this.rules);
  }

  protected override updated(): void {
    if (this.result !== this.#emitted) {
      this.#emitted = this.result;
      if (this.result) this.emit("quorate-result", this.result);
    }
  }

  /** Every error to show: the last action's, then the engine's on the current state. */
  protected get allErrors(): FieldError[] {
    return [...this.errors, ...this.liveErrors];
  }

  /** What engine calls take as `constitution`: the preset id, or the custom object. */
  protected get constitutionInput(): ConstitutionSource {
    return this.constitution ?? this.rules?.id ?? "";
  }

  /** Names the constitution in drafts and exports: a preset id, or `custom:<id>`. */
  protected get constitutionKey(): string {
    return this.constitution ? `custom:${this.constitution.id}` : (this.rules?.id ?? "");
  }

  private resolveConstitution(): void {
    const engine = this.engine;
    if (!engine) return;
    this.errors = [];
    let rules: Constitution;
    try {
      if (this.constitution) {
        const check = engine.validateConstitution(this.constitution);
        if (!check.valid) {
          this.fail("This constitution cannot be used", check.problems.map((p) => ({ path: "", message: `${p.path ? `${p.path}: ` : ""}${p.message}` })));
          return;
        }
        rules = this.constitution;
      } else {
        const id = this.preset ?? this.defaultPreset;
        if (!id) {
          this.fail("This tool needs a constitution", [
            {
              path: "",
              message:
                'Add preset="clackmannanshire-2019" or preset="inverclyde-mou" to the element, or set its constitution property to your own constitution.',
            },
          ]);
          return;
        }
        rules = engine.preset(id);
      }
    } catch (e) {
      // Each problem's message is without its path (the path is beside it): put it in front once.
      this.fail("This constitution cannot be used", fieldErrors(e).map((f) => ({ path: "", message: `${f.path ? `${f.path}: ` : ""}${f.message}` })));
      return;
    }
    this.fatal = null;
    this.rules = rules;
    this.drafts.use({
      widget: this.tag,
      instance: this.draftKey ?? this.id ?? "",
      constitution: this.constitutionKey,
      schemaVersion: this.schemaVersion,
      legacyKey: (this.draftKey ?? this.id) ? null : this.legacyDraftKey(rules),
    });
    const draft = this.drafts.load();
    try {
      this.restore(draft ? this.migrate(draft.data, draft.schemaVersion) : null);
    } catch {
      this.drafts.setAside();
      this.restore(null);
    }
    this.notice = this.drafts.notice;
  }

  private fail(title: string, errors: FieldError[]): void {
    this.rules = null;
    this.fatal = { title, errors };
  }

  /** The widget's heading text. */
  protected abstract heading(): string;
  /** Set the widget's state from a draft or an import (`data` unknown: check it), or afresh (null). */
  protected abstract restore(data: unknown): void;
  /** The widget's state, as drafts and exports keep it. */
  protected abstract snapshot(): unknown;
  /**
   * Compute the widget's answers from its state (set `result`, `announce` the verdict)
   * before each render; return the engine's errors on the state as it stands.
   */
  protected abstract recompute(engine: Engine, rules: Constitution): FieldError[];
  /** The widget's own content, once the engine and the constitution are ready. */
  protected abstract renderBody(rules: Constitution, engine: Engine): TemplateResult;

  /** Keep the state as a draft (debounced); call after every change the user makes. */
  protected changed(): void {
    this.errors = [];
    this.drafts.save(this.snapshot());
    this.requestUpdate();
  }

  /** "Clear my answers": the draft is removed and the widget starts afresh. */
  protected clearAnswers(): void {
    this.drafts.clear();
    this.errors = [];
    this.restore(null);
    this.notice = "Your answers have been cleared from this device.";
  }

  /** Show errors in the summary; when the user has just acted, move focus to it. */
  protected async showErrors(errors: FieldError[], focus: boolean): Promise<void> {
    this.errors = errors;
    if (!focus || !errors.length) return;
    this.notice = ""; // a banner never shows together with an error summary
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(".error-summary")?.focus();
  }

  /** After the next render, focus the control matching `selector` (a row just added, say). */
  protected async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Announce the verdict in the live region (only that, not the whole result). */
  protected announce(text: string): void {
    if (text !== this.announcement) this.announcement = text;
  }

  /**
   * Dispatch a typed `quorate-*` event that bubbles out of the shadow root; false when a
   * listener called `preventDefault()` on a cancelable one.
   */
  protected emit<K extends keyof QuorateEventMap>(name: K, detail: QuorateEventMap[K]["detail"], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /** Download the state as this widget's JSON envelope. */
  protected exportJson(name: string): void {
    const file = `${slug(`${this.tag.replace(/^quorate-/, "")} ${name}`)}.json`;
    downloadJson(file, envelope(this.tag, this.schemaVersion, this.constitutionKey, this.snapshot()));
  }

  /** Import a chosen JSON envelope: errors go to the summary, and nothing changes. */
  protected async importJson(event: Event): Promise<void> {
    const file = await chosenFile(event);
    const engine = this.engine;
    const rules = this.rules;
    if (!file || !engine || !rules) return;
    const before = structuredClone(this.snapshot());
    let problems: FieldError[];
    try {
      const { data, schemaVersion } = openEnvelope(file.text, this.tag, this.schemaVersion, (value) => this.isLegacyExport(value));
      this.restore(this.migrate(data, schemaVersion));
      problems = this.recompute(engine, rules);
    } catch (e) {
      problems = fieldErrors(e);
    }
    if (problems.length) {
      this.restore(before);
      this.liveErrors = this.recompute(engine, rules);
      await this.showErrors(
        problems.map((p) => ({ path: "import", message: `${file.name} could not be imported: ${p.message}` })),
        true,
      );
      return;
    }
    this.changed();
    this.notice = `Imported ${file.name}.`;
  }

  /**
   * Turn a draft or export of an older schema version into the current shape, for
   * `restore()`. Version 0 is a widget's data from before the envelope (see
   * `legacyDraftKey` and `isLegacyExport`); a widget that changes its shape bumps
   * `schemaVersion` and converts each older version here, so that files people saved
   * keep opening (tests/fixtures/widgets/ holds saved files of each older version).
   */
  protected migrate(data: unknown, _version: number): unknown {
    return data;
  }

  /** Where this widget kept its draft before drafts were versioned (version 0), if it did. */
  protected legacyDraftKey(_rules: Constitution): string | null {
    return null;
  }

  /** Whether an imported file without an envelope is this widget's version-0 export. */
  protected isLegacyExport(_value: unknown): boolean {
    return false;
  }

  /** Focus the field an error names (the error summary's links). */
  protected pick(path: string): void {
    if (!focusPath(this.renderRoot, path)) this.renderRoot.querySelector<HTMLElement>(".error-summary")?.focus();
  }

  /** The standard actions row: export, import, clear. */
  protected fileActions(name: string, what = "answers"): TemplateResult {
    return html`<div class="actions no-print" part="actions">
      <button type="button" class="secondary" @click=${() => this.exportJson(name)}>Export ${what} (JSON)</button>
      <label class="button secondary file"
        >Import ${what} (JSON)<input type="file" accept="application/json,.json" data-path="import" @change=${(e: Event) => this.importJson(e)}
      /></label>
      <button type="button" class="secondary" @click=${() => this.clearAnswers()}>Clear my answers</button>
    </div>`;
  }

  protected override render(): TemplateResult {
    const level = this.level;
    const rules = this.rules;
    const engine = this.engine;
    let body: TemplateResult;
    if (this.fatal) {
      body = html`<div class="alert" role="alert">
        ${heading(level, 1, this.fatal.title)}
        <ul>
          ${this.fatal.errors.map((e) => html`<li>${e.message}</li>`)}
        </ul>
      </div>`;
    } else if (!rules || !engine) {
      body = html`<p class="hint">Loading…</p>`;
    } else {
      body = html`${this.allErrors.length ? nothing : banner(level, this.notice, () => (this.notice = ""))}
      ${errorSummary(level, this.allErrors, (path) => this.pick(path))} ${this.renderBody(rules, engine)}`;
    }
    return html`<section class="panel" part="panel" aria-labelledby="title">
      ${heading(level, 0, this.rules ? this.heading() : "Quorate", { id: "title", className: "title" })} ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  /** The heading level of the widget's own heading, for sub-headings. */
  protected get level(): number {
    return this.headingLevel >= 1 && this.headingLevel <= 6 ? Math.floor(this.headingLevel) : 2;
  }
}
