// "Chair": who holds the chair in the document's words, and who stands in when the
// Chair is absent (Clackmannanshire B1.8-B1.10: the members nominate one of their number;
// Inverclyde 4.3: the Vice Chair; schema version 2: several steps tried in order, "the Vice
// Chair, and failing that a member chosen by a simple majority of those present"), and
// (schema version 2) which kinds of seat may take the chair. The Chair's seat is marked in
// "Membership and seats".
import { html, nothing, type TemplateResult } from "lit";
import type { ChairAbsence, ChairRule, ChairStep, Constitution, SeatClass } from "quorate";
import { SEAT_CLASSES } from "../../base/roster-editor.js";
import { heading, inlineError } from "../../base/render.js";
import { checkboxes, citeField, idFor, notesEditor, radios, selectField, textField } from "./fields.js";
import type { Section, SectionContext } from "./model.js";

/** At most this many steps (the engine's `MAX_CHAIR_STEPS`). */
const MAX_STEPS = 8;

type StepKind = ChairStep["kind"];

/** The steps last switched off, so that choosing "several steps" again gives them back (this page's memory only). */
const setAside = new WeakMap<object, ChairStep[]>();

/** A fresh step of a kind, citing `cite`. */
function freshStep(kind: StepKind, cite: readonly string[]): ChairStep {
  switch (kind) {
    case "office":
      return { kind, role: "viceChair", cite: [...cite] };
    case "seat":
      return { kind, seat: "", cite: [...cite] };
    default:
      return { kind: "membersChoose", method: null, cite: [...cite] };
  }
}

/** The steps tried when the Chair is absent, as the engine reads the rule (`ChairRule::steps`). */
export function chairSteps(r: ChairRule): ChairStep[] {
  if (r.whenAbsent === "succession" && r.succession) return r.succession;
  if (r.whenAbsent === "viceChair") return [{ kind: "office", role: "viceChair", cite: r.absenceCite }];
  return [{ kind: "membersChoose", method: null, cite: r.absenceCite }];
}

/** One step in words: "the Vice Chair takes the chair". */
function stepWords(c: Constitution, s: ChairStep): string {
  switch (s.kind) {
    case "office":
      return s.role === "viceChair" ? "the Vice Chair takes the chair" : "the Chair takes the chair";
    case "seat": {
      const seat = (c.membership ?? []).find((x) => x.id === s.seat);
      return `${seat?.name || s.seat || "a seat not chosen yet"} takes the chair`;
    }
    default:
      return s.method?.trim() ? `the members present choose one of their number ${s.method.trim()}` : "the members present nominate one of their number";
  }
}

/**
 * Who chairs when the Chair is absent, in words: "With the Chair absent, the Vice Chair
 * takes the chair; failing that, the members present choose one of their number by a
 * simple majority of those present."
 */
export function describeSuccession(c: Constitution): string {
  const words = chairSteps(c.chair).map((s) => stepWords(c, s));
  if (!words.length) return "The constitution lists no step for the Chair's absence yet.";
  return `With the Chair absent, ${words.join("; failing that, ")}.`;
}

export const chair: Section = {
  id: "chair",
  title: "Chair",
  paths: ["chair"],
  editable: true,
  summary: (c) => (c.chair.holder ? `${c.chair.holder}. ${describeSuccession(c)}` : "No holder named yet"),
  render: (ctx) => {
    const { c, errors } = ctx;
    const r = c.chair;
    const chairSeat = (c.membership ?? []).find((s) => s.role === "chair");
    return html`${textField({
        path: "chair.holder",
        label: "Who holds the chair, in the document's words",
        hint: 'e.g. "the Leader of Clackmannanshire Council".',
        value: r.holder,
        errors,
        onInput: (v) => {
          r.holder = v;
          ctx.changed();
        },
      })}
      <p class="hint">
        ${chairSeat
          ? `The Chair's seat: ${chairSeat.name || chairSeat.id} (marked in "Membership and seats").`
          : 'No seat is marked as the Chair\'s yet: mark it in "Membership and seats" so that a meeting knows when the Chair is absent.'}
      </p>
      ${citeField({
        path: "chair.cite",
        value: r.cite,
        errors,
        id: c.id,
        onInput: (v) => {
          r.cite = v;
          ctx.changed();
        },
      })}
      ${radios<"any" | "some">({
        path: "chair.eligibleClasses",
        legend: "Who may take the chair",
        hint: 'A seat marked "may not take the chair or hold office" in "Membership and seats" never may.',
        value: r.eligibleClasses ? "some" : "any",
        options: [
          ["any", "Any member of the body (every kind of seat but non-voting attendees)"],
          ["some", "Only members of some kinds of seat"],
        ],
        errors,
        reveal: (v) =>
          v === "some"
            ? checkboxes<SeatClass>({
                path: "chair.eligibleClasses[]",
                legend: "Members of these kinds of seat may take the chair",
                value: r.eligibleClasses ?? [],
                options: SEAT_CLASSES,
                errors,
                onChange: (classes) => {
                  r.eligibleClasses = classes;
                  ctx.changed();
                },
              })
            : nothing,
        onChange: (v) => {
          if (v === "some") r.eligibleClasses = ["core"];
          else delete r.eligibleClasses;
          ctx.changed();
        },
      })}
      ${radios<ChairAbsence>({
        path: "chair.whenAbsent",
        legend: "When the Chair is absent",
        value: r.whenAbsent,
        options: [
          ["membersNominate", "The members present nominate one of their number"],
          ["viceChair", "The Vice Chair takes the chair"],
          ["succession", 'Several steps, tried in order, e.g. "the Vice Chair, and failing that a member chosen by those present"'],
        ],
        errors,
        reveal: (v) => (v === "succession" ? stepsEditor(ctx, r) : nothing),
        onChange: (v) => {
          if (v === "succession" && !r.succession) {
            r.succession = setAside.get(r) ?? [freshStep("office", r.absenceCite), freshStep("membersChoose", r.absenceCite)];
          } else if (v !== "succession" && r.succession) {
            setAside.set(r, r.succession);
            delete r.succession;
          }
          r.whenAbsent = v;
          ctx.changed();
        },
      })}
      ${citeField({
        path: "chair.absenceCite",
        label: "Clauses for the Chair's absence",
        value: r.absenceCite,
        errors,
        id: c.id,
        onInput: (v) => {
          r.absenceCite = v;
          ctx.changed();
        },
      })}
      <p class="hint" id="chair-in-words">${describeSuccession(c)}</p>
      ${notesEditor(ctx, ["chair"], "chair")}`;
  },
};

/**
 * The steps of a succession (GOV.UK "add another"): each step's kind, what it needs (the
 * seat; how the members choose, in the document's words) and its clauses; steps added,
 * removed and moved up or down with buttons, focus following the step moved.
 */
function stepsEditor(ctx: SectionContext, r: ChairRule): TemplateResult {
  const { c, errors } = ctx;
  const steps = r.succession ?? [];
  const seats = c.membership ?? [];
  const listError = errors.find((e) => e.path === "chair.succession");
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    const step = steps[i];
    if (!step || j < 0 || j >= steps.length) return;
    steps.splice(i, 1);
    steps.splice(j, 0, step);
    ctx.changed();
    // The same button on the step moved, or its other one where it reached an end.
    const same = by < 0 ? j > 0 : j < steps.length - 1;
    ctx.focus(`#step-${j}-${(by < 0) === same ? "up" : "down"}`);
  };
  const add = () => {
    const last = steps[steps.length - 1];
    // A new step goes before a last "the members choose", which always settles who chairs.
    const at = last?.kind === "membersChoose" ? steps.length - 1 : steps.length;
    steps.splice(at, 0, freshStep(last?.kind === "membersChoose" ? "seat" : "membersChoose", r.absenceCite));
    ctx.changed();
    ctx.focus(`#${idFor(`chair.succession[${at}].kind`)}-${at === steps.length - 1 ? 2 : 1}`);
  };
  return html`<div class="steps" data-path="chair.succession">
    <p class="hint">Each step is tried in turn: the first who is present and may take the chair does. The members choosing always comes last, so a step added goes before it.</p>
    ${inlineError(listError, "chair-succession-error")}
    <ol class="step-list">
      ${steps.map((step, i) => {
        const at = `chair.succession[${i}]`;
        const own = errors.find((e) => e.path === at);
        const kinds: (readonly [StepKind, string])[] = [
          ["office", "The Vice Chair"],
          ["seat", "The member in a named seat, e.g. the Depute Leader of the Council"],
          ["membersChoose", "A member the members present choose"],
        ];
        const reveal = (k: StepKind): TemplateResult | typeof nothing => {
          if (k === "seat" && step.kind === "seat") {
            const options: [string, string][] = seats.map((s) => [s.id, `${s.name || s.id}${s.organisation ? ` (${s.organisation})` : ""}`]);
            if (step.seat && !seats.some((s) => s.id === step.seat)) options.push([step.seat, `${step.seat} (not a seat of the membership)`]);
            return selectField({
              path: `${at}.seat`,
              label: "Which seat",
              placeholder: "Choose a seat",
              value: step.seat,
              options,
              errors,
              onChange: (v) => {
                step.seat = v;
                ctx.changed();
              },
            });
          }
          if (k === "membersChoose" && step.kind === "membersChoose") {
            return textField({
              path: `${at}.method`,
              label: "How the members choose, in the document's words (optional)",
              hint: 'e.g. "by a simple majority of those present". Leave it empty where the meeting simply nominates.',
              value: step.method ?? "",
              errors,
              onInput: (v) => {
                step.method = v.trim() ? v : null;
                ctx.changed();
              },
            });
          }
          if (k === "office" && step.kind === "office" && step.role !== "viceChair") {
            return html`<p class="hint">This step names the Chair's own office; choose "The Vice Chair" or another kind of step.</p>`;
          }
          return nothing;
        };
        const n = i + 1;
        return html`<li class="card step" data-path=${at}>
          <div class="card-head">
            ${heading(ctx.level, 1, `Step ${n}`, { className: "card-title" })}
            <span class="step-actions">
              ${i > 0
                ? html`<button type="button" class="link" id=${`step-${i}-up`} @click=${() => move(i, -1)}>
                    Move up<span class="visually-hidden"> step ${n}</span>
                  </button>`
                : nothing}
              ${i < steps.length - 1
                ? html`<button type="button" class="link" id=${`step-${i}-down`} @click=${() => move(i, 1)}>
                    Move down<span class="visually-hidden"> step ${n}</span>
                  </button>`
                : nothing}
              ${steps.length > 1
                ? html`<button
                    type="button"
                    class="link"
                    id=${`step-${i}-remove`}
                    @click=${() => {
                      steps.splice(i, 1);
                      ctx.changed();
                      ctx.focus("#add-step");
                    }}
                  >
                    Remove<span class="visually-hidden"> step ${n}</span>
                  </button>`
                : nothing}
            </span>
          </div>
          <div class="card-body">
            ${inlineError(own, `${idFor(at)}-error`)}
            ${radios<StepKind>({
              path: `${at}.kind`,
              legend: `Who is tried at step ${n}`,
              value: step.kind,
              options: kinds,
              errors,
              reveal,
              onChange: (k) => {
                if (k === step.kind) return;
                steps[i] = freshStep(k, step.cite);
                ctx.changed();
              },
            })}
            ${citeField({
              path: `${at}.cite`,
              label: `Clauses for step ${n}`,
              value: step.cite,
              errors,
              id: c.id,
              onInput: (v) => {
                step.cite = v;
                ctx.changed();
              },
            })}
          </div>
        </li>`;
      })}
    </ol>
    ${steps.length < MAX_STEPS ? html`<p><button type="button" class="secondary" id="add-step" @click=${add}>Add a step</button></p>` : nothing}
  </div>`;
}
