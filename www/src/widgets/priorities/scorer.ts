// Scorer mode: one partner scores every candidate against every criterion with radios
// (never a slider: WCAG 2.2 2.5.7), "don't know" allowed, through a task list of
// candidates. Their own result stays hidden until they say they have finished.
import { html, nothing, type TemplateResult } from "lit";
import type { CriteriaSet, GainAnswer, PriorityReport } from "quorate";
import { errorAt, type FieldError } from "../../base/errors.js";
import { citations, cites, heading, inlineError, plural } from "../../base/render.js";
import { MAX_LABELLED_POINTS, STATUS_LABEL, asksGain, candidateId, progress, type CandidateDraft, type PriorityState } from "./model.js";
import { portfolioResult, rankingTable } from "./results.js";

export interface View {
  state: PriorityState;
  set: CriteriaSet;
  level: number;
  errors: readonly FieldError[];
  changed: () => void;
  focus: (selector: string) => void;
}

const STATUS_TONE = { notStarted: "", inProgress: "info", completed: "ok" } as const;

/** Name and organisation: every scorecard carries them. */
export function whoScores(v: View): TemplateResult {
  const { state, errors } = v;
  const field = (key: "scorer" | "organisation", label: string, hint: string) => {
    const error = errorAt(errors, key);
    return html`<div class="field ${error ? "field-error-group" : ""}">
      <label for=${key}>${label}</label>
      <p class="hint" id=${`${key}-hint`}>${hint}</p>
      ${inlineError(error, `${key}-error`)}
      <input
        type="text"
        id=${key}
        class="wide"
        autocomplete=${key === "scorer" ? "name" : "organization"}
        data-path=${key}
        aria-describedby=${error ? `${key}-hint ${key}-error` : `${key}-hint`}
        aria-invalid=${error ? "true" : "false"}
        .value=${state[key]}
        @input=${(e: Event) => {
          state[key] = (e.target as HTMLInputElement).value;
          v.changed();
        }}
      />
    </div>`;
  };
  return html`<fieldset class="who">
    <legend>Who is scoring</legend>
    ${field("scorer", "Your name", "The same on every scorecard you send.")}
    ${field("organisation", "Your organisation", "Support is counted by organisation.")}
  </fieldset>`;
}

/** The candidates: add one; rename or describe them while scoring. */
export function addCandidate(v: View, label = "Add a candidate priority"): TemplateResult {
  const error = errorAt(v.errors, "candidate-name");
  const add = (e: Event) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector<HTMLInputElement>("#candidate-name");
    const name = input?.value.trim() ?? "";
    if (!name) {
      input?.focus();
      return;
    }
    v.state.candidates.push({ id: candidateId(name, v.state.candidates), name, description: "" });
    if (input) input.value = "";
    v.changed();
    v.focus("#candidate-name");
  };
  return html`<form class="add-candidate no-print" @submit=${add}>
    <div class="field ${error ? "field-error-group" : ""}">
      <label for="candidate-name">${label}</label>
      <p class="hint" id="candidate-name-hint">Its name, as the Board will know it; you can describe it once it is added.</p>
      ${inlineError(error, "candidate-name-error")}
      <div class="inline-form">
        <input type="text" id="candidate-name" autocomplete="off" data-path="candidate-name" aria-describedby="candidate-name-hint" />
        <button type="submit" class="secondary">Add candidate</button>
      </div>
    </div>
  </form>`;
}

/** The task list: each candidate, its status, and a link to score it. */
export function taskList(v: View): TemplateResult {
  const { state, set, level } = v;
  const done = state.candidates.filter((c) => progress(set, state.cards[c.id]).status === "completed").length;
  return html`<div class="tasks" part="tasks">
    ${heading(level, 1, "Candidates to score")}
    <p class="hint">${state.candidates.length ? `You have completed ${done} of ${plural(state.candidates.length, "candidate")}.` : "No candidates yet: add the candidate priorities the Board is choosing between."}</p>
    ${state.candidates.length
      ? html`<ul class="task-list">
          ${state.candidates.map((c) => {
            const p = progress(set, state.cards[c.id]);
            const error = errorAt(v.errors, `task.${c.id}`);
            return html`<li class=${error ? "field-error-group" : ""} data-candidate=${c.id}>
              <span class="task-name">
                <button type="button" class="link" data-path=${`task.${c.id}`} @click=${() => open(v, c.id)}>
                  ${c.name || "(no name)"}<span class="visually-hidden">: ${STATUS_LABEL[p.status]}</span>
                </button>
                <span class="sub">${p.answered} of ${p.total} answered</span>
              </span>
              <strong class="tag status ${STATUS_TONE[p.status]}" aria-hidden="true">${STATUS_LABEL[p.status]}</strong>
            </li>`;
          })}
        </ul>`
      : nothing}
    ${addCandidate(v)}
  </div>`;
}

function open(v: View, id: string | null): void {
  const from = v.state.current;
  v.state.current = id;
  v.changed();
  v.focus(id ? "#candidate-title" : from && v.state.candidates.some((c) => c.id === from) ? `[data-path="${CSS.escape(`task.${from}`)}"]` : "#candidate-name");
}

/** One candidate's scoring page: its name and description, the gain question, each criterion. */
export function scoringPage(v: View, candidate: CandidateDraft): TemplateResult {
  const { state, set, level } = v;
  const index = state.candidates.indexOf(candidate);
  const card = (state.cards[candidate.id] ??= { gain: null, scores: {} });
  const p = progress(set, card);
  const next = state.candidates[index + 1];
  const setGain = (g: GainAnswer) => {
    card.gain = g;
    v.changed();
  };
  const setScore = (criterion: string, score: number | null) => {
    card.scores[criterion] = score;
    v.changed();
  };
  const points: number[] = [];
  for (let n = set.scale.min; n <= set.scale.max && points.length <= MAX_LABELLED_POINTS; n++) points.push(n);
  // A long scale (0–100, say) is a list rather than a row of radios: every point stays reachable.
  const long = points.length > MAX_LABELLED_POINTS;
  const label = (n: number) => set.scale.labels?.find((l) => l.value === n)?.label;
  const gainGate = (set.gates ?? []).find((g) => g.kind === "collaborativeGain");
  const groups = set.groups?.length ? set.groups : [{ id: "", name: "Criteria" }];
  const inGroup = (g: string) => set.criteria.filter((c) => (set.groups?.length ? (c.group ?? "") === g : true));
  const ungrouped = set.groups?.length ? set.criteria.filter((c) => !set.groups?.some((g) => g.id === c.group)) : [];
  const criterionField = (c: CriteriaSet["criteria"][number]) => {
    const name = `score-${c.id}`;
    const value = c.id in card.scores ? card.scores[c.id] : undefined;
    return html`<fieldset class="criterion" data-path=${`cards.${candidate.id}.${c.id}`} data-criterion=${c.id}>
      <legend>${c.name}</legend>
      <p class="hint" id=${`${name}-hint`}>${c.text} ${cites(c.cite)}</p>
      ${long ? scoreList(set, name, value, (n) => setScore(c.id, n)) : html`<div class="choices-inline">
        ${points.map(
          (n) => html`<label class="choice"
            ><input type="radio" name=${name} value=${String(n)} .checked=${value === n} @change=${() => setScore(c.id, n)} />${n}${label(n) ? ` ${label(n)}` : ""}</label
          >`,
        )}
        <label class="choice"><input type="radio" name=${name} value="dontKnow" .checked=${value === null} @change=${() => setScore(c.id, null)} />Don't know</label>
      </div>`}
    </fieldset>`;
  };
  return html`<div class="scoring" part="scoring">
    <p class="no-print"><button type="button" class="link" id="back" @click=${() => open(v, null)}>Back to the candidates</button></p>
    ${heading(level, 1, html`Score: ${candidate.name || "(no name)"}`, { id: "candidate-heading" })}
    <p class="hint" id="candidate-progress">${p.answered} of ${p.total} answered · ${STATUS_LABEL[p.status]}</p>
    <div class="field">
      <label for="candidate-title">Name of the candidate</label>
      <input
        type="text"
        id="candidate-title"
        class="wide"
        autocomplete="off"
        .value=${candidate.name}
        @input=${(e: Event) => {
          candidate.name = (e.target as HTMLInputElement).value;
          v.changed();
        }}
      />
    </div>
    <div class="field">
      <label for="candidate-description">What it is (optional)</label>
      <textarea
        id="candidate-description"
        .value=${candidate.description}
        @input=${(e: Event) => {
          candidate.description = (e.target as HTMLTextAreaElement).value;
          v.changed();
        }}
      ></textarea>
    </div>
    ${gainGate && gainGate.kind === "collaborativeGain" && asksGain(set)
      ? html`<fieldset class="criterion gain" data-path=${`cards.${candidate.id}.collaborativeGain`}>
          <legend>Collaborative gain</legend>
          <p class="hint">${gainGate.question} ${cites(gainGate.cite)}</p>
          <div class="choices-inline">
            ${(
              [
                ["yes", "Yes"],
                ["no", "No"],
                ["dontKnow", "Don't know"],
              ] as const
            ).map(
              ([g, words]) => html`<label class="choice"><input type="radio" name="gain" value=${g} .checked=${card.gain === g} @change=${() => setGain(g)} />${words}</label>`,
            )}
          </div>
        </fieldset>`
      : nothing}
    ${groups.map((g) => {
      const list = inGroup(g.id);
      if (!list.length) return nothing;
      return html`<div class="group">${heading(level, 2, g.name)} ${list.map(criterionField)}</div>`;
    })}
    ${ungrouped.map(criterionField)}
    <div class="actions no-print">
      ${next
        ? html`<button type="button" @click=${() => open(v, next.id)}>Next candidate: ${next.name || "(no name)"}</button>`
        : html`<button type="button" @click=${() => open(v, null)}>Back to the candidates</button>`}
      <button
        type="button"
        class="warning"
        @click=${() => {
          state.candidates.splice(index, 1);
          delete state.cards[candidate.id];
          open(v, null);
        }}
      >
        Remove this candidate
      </button>
    </div>
  </div>`;
}

/** A score on a long scale as a list: each point, and "don't know". */
function scoreList(set: CriteriaSet, name: string, value: number | null | undefined, choose: (n: number | null) => void): TemplateResult {
  const options: TemplateResult[] = [];
  for (let n = set.scale.min; n <= set.scale.max; n++) {
    const label = set.scale.labels?.find((l) => l.value === n)?.label;
    options.push(html`<option value=${String(n)} ?selected=${value === n}>${n}${label ? ` ${label}` : ""}</option>`);
  }
  return html`<label class="visually-hidden" for=${name}>Score</label>
    <select
      id=${name}
      name=${name}
      aria-describedby=${`${name}-hint`}
      @change=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        if (v === "dontKnow") choose(null);
        else if (v !== "") choose(Number(v));
      }}
    >
      <option value="" ?selected=${value === undefined}>Choose a score</option>
      ${options}
      <option value="dontKnow" ?selected=${value === null}>Don't know</option>
    </select>`;
}

/** Why the partner cannot finish yet, one error per thing to do. */
export function finishProblems(state: PriorityState, set: CriteriaSet): FieldError[] {
  const errors: FieldError[] = [];
  if (!state.scorer.trim()) errors.push({ path: "scorer", message: "Enter your name" });
  if (!state.organisation.trim()) errors.push({ path: "organisation", message: "Enter your organisation" });
  if (!state.candidates.length) errors.push({ path: "candidate-name", message: "Add at least one candidate priority" });
  for (const c of state.candidates) {
    const p = progress(set, state.cards[c.id]);
    if (p.status !== "completed") {
      errors.push({
        path: `task.${c.id}`,
        message: `Score “${c.name || c.id}” on every question (${p.answered} of ${p.total} answered); choose “Don't know” where you cannot say`,
      });
    }
  }
  return errors;
}

/** The partner's own result, once they have finished; before that, why it is hidden. */
export function ownResult(v: View, report: PriorityReport | null, finish: () => void): TemplateResult {
  const { state, level } = v;
  if (!state.finished || !report) {
    return html`<div class="own-result hidden-result" part="result">
      ${heading(level, 1, "Your result")}
      <p>
        Your own ranking is shown once you have scored every candidate, so that you score each on its merits first (people scoring in a
        group are pulled towards scores they have already seen).
      </p>
      <button type="button" class="no-print" id="finish" @click=${finish}>I have finished scoring: show my result</button>
    </div>`;
  }
  return html`<div class="own-result" part="result">
    ${heading(level, 1, "Your result")}
    <p class="summary">${report.summary}</p>
    ${rankingTable(report, "Your ranking of the candidates")} ${portfolioResult(report, level, "The portfolio your scores propose")}
    <p class="hint">The Board's result combines every partner's scorecards; the secretariat imports yours with the others.</p>
    ${citations(report.citations)}
  </div>`;
}
