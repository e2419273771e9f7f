// The criteria set in force: the constitution's (Inverclyde), or a partnership's own,
// written in the editor (criteria-editor.ts) or opened as a JSON file in the engines'
// shape. Where the constitution sets no method (Clackmannanshire), the widget says so,
// with the clauses, and asks for one.
import { html, nothing, type TemplateResult } from "lit";
import type { CriteriaSet, PriorityCriteriaReport } from "quorate";
import { errorAt } from "../../base/errors.js";
import { downloadJson, slug } from "../../base/files.js";
import { cites, heading, inlineError, plural, reasons } from "../../base/render.js";
import type { StartFrom } from "./criteria-editor.js";
import type { PriorityState } from "./model.js";
import { limitWords } from "./results.js";

export interface CriteriaView {
  state: PriorityState;
  criteria: PriorityCriteriaReport;
  set: CriteriaSet | null;
  level: number;
  errors: readonly { path: string; message: string }[];
  choose: (e: Event) => void;
  drop: () => void;
  /** Open the editor. */
  start: (from: StartFrom) => void;
  /** Whether to offer the Inverclyde set as a starting point (not where it is the constitution's). */
  offerInverclyde: boolean;
  /** Whether "Use a different criteria set" is open (its controls exist only then). */
  open: boolean;
  toggle: (open: boolean) => void;
}

export function criteriaSection(v: CriteriaView): TemplateResult {
  const { state, criteria, set, level } = v;
  const own = state.own;
  const error = errorAt(v.errors, "criteria");
  const selection = criteria.selection;
  // The limit in force: the set's own, else the constitution's (as the engine takes it);
  // a file downloaded holds only the set's own, so that it is the file that was opened.
  const limit = own?.portfolio ?? selection?.portfolio ?? null;
  const fileLimit = own ? own.portfolio : (selection?.portfolio ?? null);
  const chooser = html`<div class="field ${error ? "field-error-group" : ""} no-print">
    ${inlineError(error, "criteria-error")}
    <label class="button secondary file"
      >${own ? "Use another criteria set file (JSON)" : "Use a criteria set file (JSON)"}<input
        type="file"
        accept="application/json,.json"
        data-path="criteria"
        aria-describedby=${error ? "criteria-error" : nothing}
        @change=${v.choose}
    /></label>
    <p class="hint">
      A criteria set as the Quorate engines take it: <code>{ id, name, scale: { min, max, labels }, criteria: [{ id, name, text, weight, cite }], gates }</code>,
      or <code>{ portfolio: { min, max }, criteria: { … } }</code> to set a portfolio limit too.
    </p>
  </div>`;
  const download = set
    ? html`<button
        type="button"
        class="secondary no-print"
        @click=${() => downloadJson(`criteria-${slug(set.id)}.json`, fileLimit ? { portfolio: fileLimit, criteria: set } : set)}
      >
        Download this criteria set (JSON)
      </button>`
    : nothing;
  const starts = (words: { blank: string; copy?: string }) => html`<div class="actions no-print starts">
    ${words.copy ? html`<button type="button" id="edit-copy" @click=${() => v.start("copy")}>${words.copy}</button>` : nothing}
    <button type="button" class=${words.copy ? "secondary" : ""} id="edit-blank" @click=${() => v.start("blank")}>${words.blank}</button>
    ${v.offerInverclyde
      ? html`<button type="button" class="secondary" id="edit-inverclyde" @click=${() => v.start("inverclyde")}>Start from the Inverclyde set</button>`
      : nothing}
  </div>`;
  if (!set) {
    return html`<div class="result warn no-method" part="criteria" tabindex="-1">
      ${heading(level, 1, "This constitution sets no method for choosing priorities")}
      <p>${criteria.summary} ${cites(criteria.citations)}</p>
      ${reasons("What the constitution says", criteria.notes, "notes")}
      <p>
        To score candidates, give your partnership's own criteria set: write it here, start from the Inverclyde Alliance's set and change it to what
        your partnership has decided, or use a file. Quorate does not borrow another partnership's criteria.
      </p>
      ${starts({ blank: "Write our criteria set" })} ${chooser}
    </div>`;
  }
  return html`<div class="criteria-in-force" part="criteria" tabindex="-1">
    <p>
      ${own ? html`<strong>Your own criteria set</strong> (from ${own.from}): ` : html`<strong>The constitution's criteria:</strong> `} ${set.name}:
      ${plural(set.criteria.length, "criterion", "criteria")} scored ${set.scale.min}–${set.scale.max}, ${plural((set.gates ?? []).length, "gate")},
      ${limitWords(limit)}${own ? nothing : html` ${cites(criteria.citations)}`}.
    </p>
    ${own ? nothing : reasons("Notes on the method", criteria.notes, "notes")}
    <details class="no-print" ?open=${v.open || !!error} @toggle=${(e: Event) => v.toggle((e.target as HTMLDetailsElement).open)}>
      <summary>Change the criteria set</summary>
      ${v.open || error
        ? html`${starts({ copy: own ? "Change our criteria set" : "Change a copy of this set", blank: "Write a new criteria set" })} ${chooser}
            <div class="actions">
              ${download}
              ${own
                ? html`<button type="button" class="secondary" @click=${v.drop}>
                    ${selection ? "Go back to the constitution's criteria" : "Stop using this criteria set"}
                  </button>`
                : nothing}
            </div>`
        : nothing}
    </details>
  </div>`;
}
