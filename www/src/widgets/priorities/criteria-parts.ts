// The parts of the criteria-set editor's form: about the set, the scale and what each
// point means, the groups, the criteria as summary cards (add, change, move, remove), the
// gates and the portfolio limit. Each edits the draft in place through the fields.
import { html, nothing, type TemplateResult } from "lit";
import type { Criterion, Gate } from "quorate";
import { slug } from "../../base/files.js";
import { heading, inlineError } from "../../base/render.js";
import { cites, copy, freshId, parseCites, type EditorFields } from "./criteria-fields.js";
import { MAX_LABELLED_POINTS, num, type EditorDraft } from "./model.js";
import { limitWords } from "./results.js";

export function aboutPart(f: EditorFields, draft: EditorDraft): TemplateResult {
  const set = draft.criteria;
  return html`<fieldset class="editor-part">
    <legend>${heading(f.host.level(), 2, "About the set", { className: "part-title" })}</legend>
    ${f.text({
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
    ${f.text({
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

export function scalePart(f: EditorFields, draft: EditorDraft): TemplateResult {
  const scale = draft.criteria.scale;
  const points: number[] = [];
  for (let n = scale.min; n <= scale.max && points.length <= MAX_LABELLED_POINTS; n++) points.push(n);
  const labelled = points.length <= MAX_LABELLED_POINTS;
  return html`<fieldset class="editor-part">
    <legend>${heading(f.host.level(), 2, "The scale", { className: "part-title" })}</legend>
    <p class="hint">Each criterion is scored in whole points from the lowest to the highest; scorers may also answer “don't know”.</p>
    <div class="inline-fields">
      ${f.number({ id: "scale-min", label: "Lowest point", path: "criteria.scale.min", value: scale.min, whole: true, set: (n) => (scale.min = n) })}
      ${f.number({ id: "scale-max", label: "Highest point", path: "criteria.scale.max", value: scale.max, whole: true, set: (n) => (scale.max = n) })}
    </div>
    ${labelled
      ? html`<fieldset class="labels">
          <legend>What each point means (optional)</legend>
          <div class="inline-fields">${points.map((n) => {
            const index = (scale.labels ?? []).findIndex((l) => l.value === n);
            const path = index >= 0 ? `criteria.scale.labels[${index}]` : `scale-point-${n}`;
            return f.text({
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
    ${labelProblems(f, draft)}
    ${f.text({
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
function labelProblems(f: EditorFields, draft: EditorDraft): TemplateResult | typeof nothing {
  const scale = draft.criteria.scale;
  const off = (scale.labels ?? []).map((l, i) => ({ l, i })).filter(({ l }) => l.value < scale.min || l.value > scale.max);
  if (!off.length) return nothing;
  return html`<ul class="off-scale">
    ${off.map(({ l, i }) => {
      const error = f.error(`criteria.scale.labels[${i}]`);
      return html`<li class=${error ? "field-error-group" : ""}>
        ${inlineError(error, `label-${i}-error`)} Point ${l.value} (“${l.label}”) is no longer on the scale.
        <button
          type="button"
          class="link"
          data-path=${`criteria.scale.labels[${i}]`}
          @click=${() => {
            scale.labels?.splice(i, 1);
            f.edit();
            void f.host.focus("#scale-max");
          }}
        >
          Remove this label
        </button>
      </li>`;
    })}
  </ul>`;
}

export function groupsPart(f: EditorFields, draft: EditorDraft): TemplateResult {
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
    f.edit();
    void f.host.focus("#add-group");
  };
  return html`<div class="editor-part groups">
    ${heading(f.host.level(), 2, "Groups of criteria (optional)", { className: "part-title" })}
    <p class="hint">Headings the criteria are shown under, as Inverclyde groups its collaborative-gain characteristics.</p>
    ${groups.length
      ? html`<ul class="group-list">
          ${groups.map(
            (g, i) => html`<li>
              ${f.text({ id: `group-${i}-name`, label: `Group ${i + 1}`, hint: `id ${g.id}`, path: `criteria.groups[${i}]`, value: g.name, set: (v) => (g.name = v) })}
              <button
                type="button"
                class="link"
                @click=${() => {
                  groups.splice(i, 1);
                  for (const c of set.criteria) if (c.group === g.id) delete c.group;
                  f.edit();
                  void f.host.focus(groups[i] ? `#group-${i}-name` : "#add-group");
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

export function criteriaPart(f: EditorFields, draft: EditorDraft): TemplateResult {
  const set = draft.criteria;
  const listError = f.error("criteria.criteria", true);
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
    f.edit();
    void f.host.focus(`#crit-${draft.open}-text`);
  };
  return html`<div class="editor-part criteria-list">
    ${heading(f.host.level(), 2, `Criteria (${set.criteria.length})`, { className: "part-title" })}
    <p class="hint">What every candidate is scored against. The weight is how much a criterion counts in the total: 0 shows it without counting it.</p>
    ${set.criteria.map((c, i) => card(f, draft, c, i))}
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

function move(f: EditorFields, draft: EditorDraft, i: number, by: -1 | 1): void {
  const list = draft.criteria.criteria;
  const j = i + by;
  const a = list[i];
  const b = list[j];
  if (!a || !b) return;
  list[i] = b;
  list[j] = a;
  if (draft.open === i) draft.open = j;
  else if (draft.open === j) draft.open = i;
  f.edit();
  const edge = (by < 0 && j === 0) || (by > 0 && j === list.length - 1);
  void f.host.focus(`#crit-${j}-${edge ? (by < 0 ? "down" : "up") : by < 0 ? "up" : "down"}`);
}

/** One criterion as a summary card, or its fields when it is open (or has a problem). */
function card(f: EditorFields, draft: EditorDraft, c: Criterion, i: number): TemplateResult {
  const set = draft.criteria;
  const at = `criteria.criteria[${i}]`;
  const problem = f.error(at);
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
      ${heading(f.host.level(), 3, title, { className: "card-title" })}
      <ul class="card-actions no-print">
        ${open
          ? nothing
          : action(`crit-${i}-change`, "Change", () => {
              draft.open = i;
              f.edit();
              void f.host.focus(`#crit-${i}-name`);
            })}
        ${action(`crit-${i}-up`, "Move up", () => move(f, draft, i, -1), i === 0)}
        ${action(`crit-${i}-down`, "Move down", () => move(f, draft, i, 1), i === last)}
        ${action(`crit-${i}-remove`, "Remove", () => {
          set.criteria.splice(i, 1);
          if (draft.open === i) draft.open = null;
          else if (draft.open !== null && draft.open > i) draft.open--;
          f.edit();
          void f.host.focus(set.criteria[i] ? `#crit-${i}-remove` : "#add-criterion");
        })}
      </ul>
    </div>
    ${open
      ? html`<div class="card-body" @input=${keepOpen} @change=${keepOpen}>
          ${f.text({ id: `crit-${i}-name`, label: "Name", path: `${at}.name`, value: c.name, set: (v) => (c.name = v) })}
          ${f.text({
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
                    f.edit();
                  }}
                >
                  <option value="" ?selected=${!c.group}>No group</option>
                  ${groups.map((g) => html`<option value=${g.id} ?selected=${c.group === g.id}>${g.name || g.id}</option>`)}
                </select>
              </div>`
            : nothing}
          ${f.number({ id: `crit-${i}-weight`, label: "Weight", path: `${at}.weight`, value: c.weight, whole: false, set: (n) => (c.weight = n) })}
          ${f.text({
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
          ${f.text({ id: `crit-${i}-cite`, label: "Clauses (optional)", hint: "Separate several with semicolons.", path: `${at}.cite`, value: cites(c.cite), set: (v) => (c.cite = parseCites(v)) })}
          <button
            type="button"
            class="secondary no-print"
            @click=${() => {
              draft.open = null;
              f.edit();
              void f.host.focus(`#crit-${i}-change`);
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

export function gatesPart(f: EditorFields, draft: EditorDraft): TemplateResult {
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
    f.edit();
    if (on) void f.host.focus(kind === "collaborativeGain" ? "#gate-question" : "#gate-criterion");
  };
  const supportCriterion = support?.kind === "support" ? support.criterion : "";
  const unknown = support && !set.criteria.some((c) => c.id === supportCriterion);
  const criterionError = f.error(`criteria.gates[${si}].criterion`);
  return html`<div class="editor-part gates-editor">
    ${heading(f.host.level(), 2, "Gates", { className: "part-title" })}
    <p class="hint">Questions a candidate must pass whatever its total; one that fails a gate is not proposed.</p>
    <div class="choices">
      <label class="choice"
        ><input type="checkbox" id="gate-gain" data-path=${gi >= 0 ? `criteria.gates[${gi}].kind` : "gate-gain"} .checked=${!!gain} @change=${(e: Event) => toggle("collaborativeGain", (e.target as HTMLInputElement).checked)} />Collaborative gain:
        each scorer answers a yes-or-no question, and more than half of the answers must be yes</label
      >
    </div>
    ${gain?.kind === "collaborativeGain"
      ? html`<div class="gate-fields">
          ${f.text({
            id: "gate-question",
            label: "The question each scorer answers",
            hint: "For example: would working in partnership add value the partners would not achieve on their own?",
            path: `criteria.gates[${gi}].question`,
            value: gain.question,
            area: true,
            set: (v) => (gain.question = v),
          })}
          ${f.text({ id: "gate-gain-cite", label: "Clauses (optional)", path: `criteria.gates[${gi}].cite`, value: cites(gain.cite), set: (v) => (gain.cite = parseCites(v)) })}
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
                f.edit();
              }}
            >
              ${unknown ? html`<option value=${supportCriterion} selected>${supportCriterion ? `${supportCriterion} (not in the criteria)` : "Choose a criterion"}</option>` : nothing}
              ${set.criteria.map((c) => html`<option value=${c.id} ?selected=${c.id === supportCriterion}>${c.name || c.id}</option>`)}
            </select>
          </div>
          ${f.number({
            id: "gate-min",
            label: "Lowest mean score that counts as support",
            hint: `On the scale ${set.scale.min} to ${set.scale.max}.`,
            path: `criteria.gates[${si}].minScore`,
            value: support.minScore,
            whole: true,
            set: (n) => (support.minScore = n),
          })}
          ${f.text({ id: "gate-support-cite", label: "Clauses (optional)", path: `criteria.gates[${si}].cite`, value: cites(support.cite), set: (v) => (support.cite = parseCites(v)) })}
        </div>`
      : nothing}
  </div>`;
}

export function portfolioPart(f: EditorFields, draft: EditorDraft): TemplateResult {
  const fallback = f.host.selection()?.portfolio ?? null;
  const limit = draft.portfolio;
  const choose = (own: boolean) => {
    if (own && !draft.portfolio) draft.portfolio = fallback ? copy(fallback) : { min: 1, max: 1, cite: [] };
    if (!own) draft.portfolio = null;
    f.edit();
  };
  const unset = fallback ? `The constitution's: ${limitWords(fallback)}` : "No limit: rank the candidates but propose no portfolio";
  return html`<fieldset class="editor-part portfolio-editor">
    <legend>${heading(f.host.level(), 2, "How many priorities at a time", { className: "part-title" })}</legend>
    <div class="choices">
      <label class="choice"><input type="radio" name="portfolio" value="none" .checked=${!limit} @change=${() => choose(false)} />${unset}</label>
      <label class="choice"
        ><input type="radio" name="portfolio" value="own" data-path="options.portfolio" .checked=${!!limit} @change=${() => choose(true)} />${fallback ? "Our own limit" : "A limit"}</label
      >
    </div>
    ${limit
      ? html`<div class="inline-fields">
            ${f.number({ id: "portfolio-min", label: "Fewest", path: "options.portfolio.min", value: limit.min, whole: true, set: (n) => (limit.min = n) })}
            ${f.number({ id: "portfolio-max", label: "Most", path: "options.portfolio.max", value: limit.max, whole: true, set: (n) => (limit.max = n) })}
          </div>
          ${f.text({ id: "portfolio-cite", label: "Clauses (optional)", path: "options.portfolio.cite", value: cites(limit.cite), set: (v) => (limit.cite = parseCites(v)) })}`
      : nothing}
  </fieldset>`;
}
