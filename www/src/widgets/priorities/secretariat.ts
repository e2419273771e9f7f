// Secretariat mode: import many partners' exports at once (JSON or CSV files, or
// pasted), combined by `combineScorecards` with every duplicate, conflicting
// resubmission, unknown reference and off-scale score listed; then the what-if weights.
import { html, nothing, type TemplateResult } from "lit";
import type { CombineIssue, CombineReport, IssueKind } from "quorate";
import { errorAt } from "../../base/errors.js";
import { columnHeads, heading, inlineError, plural, reason } from "../../base/render.js";
import { criterionName, num } from "./model.js";
import type { View } from "./scorer.js";

export const ISSUE_LABEL: Record<IssueKind, string> = {
  duplicate: "Duplicate",
  conflictingDuplicate: "Conflicting resubmission",
  unknownCandidate: "Unknown candidate",
  unknownCriterion: "Unknown criterion",
  offScale: "Score off the scale",
  repeatedCriterion: "Criterion scored twice",
  incomplete: "No scorer or organisation",
};

export interface Importer {
  /** Files or pasted text to add as sources (each checked by the engine first). */
  add: (files: { name: string; text: string }[]) => void;
  /** Add, as candidates, the ids the imports score that are not candidates yet. */
  adoptCandidates: (ids: string[]) => void;
}

/** Choose or paste partners' exports; the list of what is imported. */
export function importSection(v: View, report: CombineReport | null, importer: Importer): TemplateResult {
  const { state, level } = v;
  const pasteError = errorAt(v.errors, "paste");
  const choose = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    const read = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    input.value = "";
    importer.add(read);
  };
  const paste = (e: Event) => {
    e.preventDefault();
    const area = (e.target as HTMLFormElement).querySelector<HTMLTextAreaElement>("#paste");
    const text = area?.value ?? "";
    if (!text.trim()) return;
    let n = state.sources.length + 1;
    while (state.sources.some((s) => s.name === `Pasted ${n}`)) n++;
    importer.add([{ name: `Pasted ${n}`, text }]);
    if (area) area.value = "";
  };
  const counts = new Map((report?.sources ?? []).map((s) => [s.source, s]));
  return html`<div class="imports" part="imports">
    ${heading(level, 1, "Partners' scorecards")}
    <p class="hint">Each partner sends the file from “Download my scorecard” (JSON or CSV). Choose them all at once; nothing leaves this device.</p>
    <div class="actions no-print">
      <label class="button file" id="choose-label"
        >Choose scorecard files (JSON or CSV)<input
          type="file"
          multiple
          accept="application/json,.json,text/csv,.csv"
          data-path="sources"
          @change=${choose}
      /></label>
    </div>
    <form class="no-print" @submit=${paste}>
      <div class="field ${pasteError ? "field-error-group" : ""}">
        <label for="paste">Or paste a scorecard export</label>
        <p class="hint" id="paste-hint">The JSON or CSV text of one partner's file.</p>
        ${inlineError(pasteError, "paste-error")}
        <textarea id="paste" data-path="paste" aria-describedby="paste-hint"></textarea>
      </div>
      <button type="submit" class="secondary">Add pasted scorecards</button>
    </form>
    ${state.sources.length
      ? html`<table class="stack sources">
          <caption>
            Imported: ${plural(state.sources.length, "file")}
          </caption>
          ${columnHeads(["File", "Scorecards", "Counted", { hidden: "Remove" }])}
          <tbody>
            ${state.sources.map((s, i) => {
              const c = counts.get(s.name);
              return html`<tr>
                <th scope="row">${s.name}</th>
                <td data-label="Scorecards">${c ? c.scorecards : "–"}</td>
                <td data-label="Counted">${c ? c.kept : "–"}</td>
                <td>
                  <button
                    type="button"
                    class="link no-print"
                    @click=${() => {
                      state.sources.splice(i, 1);
                      v.changed();
                      v.focus("#choose-label input");
                    }}
                  >
                    Remove<span class="visually-hidden"> ${s.name}</span>
                  </button>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>`
      : nothing}
    ${report ? issuesTable(v, report, importer) : nothing}
  </div>`;
}

function issueRow(v: View, issue: CombineIssue): TemplateResult {
  return html`<tr class="issue" data-kind=${issue.kind}>
    <th scope="row"><strong class="tag ${issue.kind === "duplicate" ? "info" : "warn"}">${ISSUE_LABEL[issue.kind]}</strong></th>
    <td data-label="File">${issue.source}, scorecard ${issue.index + 1}</td>
    <td data-label="Scorer">${issue.scorer || "–"}</td>
    <td data-label="Candidate">${issue.candidate || "–"}</td>
    <td data-label="Criterion">${issue.criterion ? criterionName(v.set, issue.criterion) : "–"}</td>
    <td data-label="What happens">${reason(issue.reason)}</td>
  </tr>`;
}

/** Every problem in the imports, never dropped silently. */
export function issuesTable(v: View, report: CombineReport, importer: Importer): TemplateResult {
  const unknown = [...new Set(report.issues.filter((i) => i.kind === "unknownCandidate").map((i) => i.candidate))].filter((id) => id.trim());
  return html`<div class="issues" part="issues">
    <p class="import-summary">${report.summary}</p>
    ${report.issues.length
      ? html`${heading(v.level, 2, `${plural(report.issues.length, "problem")} in the imports`)}
          <table class="stack issues-table">
            <caption>
              Nothing is dropped silently: each of these is set aside or counted once, as it says
            </caption>
            <thead>
              <tr>
                <th scope="col">Problem</th>
                <th scope="col">File</th>
                <th scope="col">Scorer</th>
                <th scope="col">Candidate</th>
                <th scope="col">Criterion</th>
                <th scope="col">What happens</th>
              </tr>
            </thead>
            <tbody>
              ${report.issues.map((i) => issueRow(v, i))}
            </tbody>
          </table>
          ${unknown.length
            ? html`<p>
                <button type="button" class="secondary" @click=${() => importer.adoptCandidates(unknown)}>
                  Add ${unknown.length === 1 ? "the candidate" : `the ${unknown.length} candidates`} these files score: ${unknown.join(", ")}
                </button>
              </p>`
            : nothing}`
      : nothing}
  </div>`;
}

/** The candidates' list as the secretariat keeps it: rename, or remove. */
export function candidateList(v: View): TemplateResult {
  const { state, level } = v;
  return html`<div class="candidates" part="candidates">
    ${heading(level, 1, "Candidates")}
    ${state.candidates.length
      ? html`<ul class="candidate-list">
          ${state.candidates.map(
            (c, i) => html`<li>
              <label class="visually-hidden" for=${`cand-${i}`}>Name of candidate ${i + 1} (id ${c.id})</label>
              <input
                type="text"
                id=${`cand-${i}`}
                autocomplete="off"
                .value=${c.name}
                @input=${(e: Event) => {
                  c.name = (e.target as HTMLInputElement).value;
                  v.changed();
                }}
              />
              <span class="sub">id ${c.id}</span>
              <button
                type="button"
                class="link no-print"
                @click=${() => {
                  state.candidates.splice(i, 1);
                  v.changed();
                  v.focus("#candidate-name");
                }}
              >
                Remove<span class="visually-hidden"> ${c.name}</span>
              </button>
            </li>`,
          )}
        </ul>`
      : html`<p class="hint">No candidates yet. Add them with the same names the partners used, or import the files and add the candidates they score.</p>`}
  </div>`;
}

/** The weights (number inputs, recomputed live), the aggregate and the range tested. */
export function weightsEditor(v: View, weightErrors: Map<string, string>, report: CombineReport | null): TemplateResult {
  const { state, set, level } = v;
  const used = new Map((report?.result.weights ?? []).map((w) => [w.criterion, w.weight]));
  return html`<div class="weights" part="weights">
    ${heading(level, 1, "Weights and method")}
    <p class="hint">Change a weight to see the result recomputed; the set's own weight is shown beside it. 0 shows a criterion without counting it.</p>
    <fieldset class="no-print">
      <legend>Combine partners' answers on each criterion by</legend>
      <div class="choices-inline">
        ${(["mean", "median"] as const).map(
          (a) => html`<label class="choice"
            ><input
              type="radio"
              name="aggregate"
              value=${a}
              .checked=${state.aggregate === a}
              @change=${() => {
                state.aggregate = a;
                v.changed();
              }}
            />${a === "mean" ? "Mean" : "Median"}</label
          >`,
        )}
      </div>
    </fieldset>
    <div class="field">
      <label for="range">Range tested for each weight (± %)</label>
      <input
        type="number"
        id="range"
        class="short"
        min="1"
        max="95"
        step="1"
        .value=${String(state.range)}
        @change=${(e: Event) => {
          const n = Number((e.target as HTMLInputElement).value);
          if (Number.isFinite(n) && n >= 1 && n <= 95) state.range = n;
          v.changed();
        }}
      />
    </div>
    <table class="stack weights-table">
      <caption>
        Weights
      </caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Set's weight</th>
          <th scope="col">Weight used</th>
        </tr>
      </thead>
      <tbody>
        ${set.criteria.map((c, i) => {
          const message = weightErrors.get(c.id);
          const error = message ? { path: `weights.${c.id}`, message } : errorAt(v.errors, `options.weights`);
          const id = `weight-${i}`;
          return html`<tr data-criterion=${c.id}>
            <th scope="row" id=${`${id}-name`}>${c.name}</th>
            <td data-label="Set's weight">${num(c.weight)}</td>
            <td data-label="Weight used" class=${message ? "field-error-group" : ""}>
              ${message ? inlineError(error, `${id}-error`) : nothing}
              <input
                type="number"
                id=${id}
                class="short"
                min="0"
                step="any"
                data-path=${`weights.${c.id}`}
                aria-labelledby=${`${id}-name`}
                aria-describedby=${message ? `${id}-error` : nothing}
                aria-invalid=${message ? "true" : "false"}
                .value=${num(state.weights[c.id] ?? used.get(c.id) ?? c.weight)}
                @input=${(e: Event) => {
                  const raw = (e.target as HTMLInputElement).value.trim();
                  const n = Number(raw);
                  if (raw === "" || !Number.isFinite(n) || n < 0) {
                    weightErrors.set(c.id, `Enter a weight of 0 or more for ${c.name}`);
                  } else {
                    weightErrors.delete(c.id);
                    if (n === c.weight) delete state.weights[c.id];
                    else state.weights[c.id] = n;
                  }
                  v.changed();
                }}
              />
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${Object.keys(state.weights).length
      ? html`<button
          type="button"
          class="secondary no-print"
          @click=${() => {
            state.weights = {};
            weightErrors.clear();
            v.changed();
          }}
        >
          Use the set's weights again
        </button>`
      : nothing}
  </div>`;
}
