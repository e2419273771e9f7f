// The criteria set in force: the constitution's (Inverclyde), or a partnership's own,
// imported as a JSON file in the engines' shape. Where the constitution sets no method
// (Clackmannanshire), the widget says so, with the clauses, and asks for one.
import { html, nothing, type TemplateResult } from "lit";
import type { CriteriaSet, PriorityCriteriaReport } from "quorate";
import { errorAt } from "../../base/errors.js";
import { downloadJson, slug } from "../../base/files.js";
import { cites, heading, inlineError, plural, reasons } from "../../base/render.js";
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
  /** Whether "Use a different criteria set" is open (its controls exist only then). */
  open: boolean;
  toggle: (open: boolean) => void;
}

export function criteriaSection(v: CriteriaView): TemplateResult {
  const { state, criteria, set, level } = v;
  const own = state.own;
  const error = errorAt(v.errors, "criteria");
  const selection = criteria.selection;
  const limit = own ? own.portfolio : (selection?.portfolio ?? null);
  const chooser = html`<div class="field ${error ? "field-error-group" : ""} no-print">
    ${inlineError(error, "criteria-error")}
    <label class="button secondary file"
      >${own ? "Use another criteria set (JSON)" : "Use our own criteria set (JSON)"}<input
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
        @click=${() => downloadJson(`criteria-${slug(set.id)}.json`, limit ? { portfolio: limit, criteria: set } : set)}
      >
        Download this criteria set (JSON)
      </button>`
    : nothing;
  if (!set) {
    return html`<div class="result warn no-method" part="criteria">
      ${heading(level, 1, "This constitution sets no method for choosing priorities")}
      <p>${criteria.summary} ${cites(criteria.citations)}</p>
      ${reasons("What the constitution says", criteria.notes, "notes")}
      <p>To score candidates, give your partnership's own criteria set. Quorate does not borrow another partnership's criteria.</p>
      ${chooser}
    </div>`;
  }
  return html`<div class="criteria-in-force" part="criteria">
    <p>
      ${own ? html`<strong>Your own criteria set</strong> (from ${own.from}): ` : html`<strong>The constitution's criteria:</strong> `} ${set.name}:
      ${plural(set.criteria.length, "criterion", "criteria")} scored ${set.scale.min}–${set.scale.max}, ${plural((set.gates ?? []).length, "gate")},
      ${limitWords(limit)} ${own ? nothing : cites(criteria.citations)}.
    </p>
    ${own ? nothing : reasons("Notes on the method", criteria.notes, "notes")}
    <details class="no-print" ?open=${v.open || !!error} @toggle=${(e: Event) => v.toggle((e.target as HTMLDetailsElement).open)}>
      <summary>Use a different criteria set</summary>
      ${v.open || error
        ? html`${chooser}
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
