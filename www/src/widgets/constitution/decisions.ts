// "Decisions and majorities": consensus first, then the rule for ordinary decisions and
// any special majorities (Clackmannanshire B4.1: a simple majority of the core members
// with the Chair's casting vote; B11.1: two thirds of the members to amend the
// framework; Inverclyde 4.3: consensus, no voting rule). Each majority says who votes,
// what the votes are measured against, the threshold and the tie rule (SPEC 2.3). Then
// motions (schema version 2): whether a motion, and an amendment, must be moved and
// seconded, and when a vote is taken by roll call.
import { html, nothing, type TemplateResult } from "lit";
import type { Comparison, DecisionRules, MajorityBase, MajorityRule, SeatClass, TieRule } from "quorate";
import { SEAT_CLASSES } from "../../base/roster-editor.js";
import { heading } from "../../base/render.js";
import { checkbox, checkboxes, citeField, idFor, notesEditor, numberField, radios, textField } from "./fields.js";
import type { Section, SectionContext } from "./model.js";

const simpleMajority = (): MajorityRule => ({
  votingClasses: ["core"],
  base: "votesCast",
  threshold: { comparison: "moreThan", numerator: 1, denominator: 2 },
  tie: "castingVote",
  cite: [],
});

const BASES: readonly (readonly [MajorityBase, string])[] = [
  ["votesCast", "Votes cast, for and against (abstentions left out)"],
  ["votesCastAndAbstentions", "Votes cast, counting abstentions"],
  ["membersPresent", "The voting members present"],
  ["allMembers", "The whole voting membership, present or not"],
];

/** "more than 1/2 of votes cast", for the task list. */
export function describeMajority(r: MajorityRule): string {
  const t = r.threshold;
  return `${t.comparison === "moreThan" ? "more than" : "at least"} ${t.numerator}/${t.denominator} of ${BASES.find(([b]) => b === r.base)?.[1].toLowerCase() ?? r.base}`;
}

const setAside = new WeakMap<object, MajorityRule>();

export const decisions: Section = {
  id: "decisions",
  title: "Decisions and majorities",
  paths: ["decisions"],
  editable: true,
  needs: (c) => ((c.membership ?? []).length ? null : "Add the seats first: a majority is of the members who vote"),
  summary: (c) => {
    const d = c.decisions;
    const parts = [d.consensusFirst ? "Consensus first" : "", d.ordinary ? `ordinary decisions by ${describeMajority(d.ordinary)}` : "no voting rule"];
    const special = d.special?.length ?? 0;
    const seconded = d.moverAndSeconder ? `; motions${d.moverAndSeconder.amendments ? " and amendments" : ""} moved and seconded` : "";
    const roll = d.rollCall ? (d.rollCall.when === "always" ? "; every vote by roll call" : `; a roll call if ${d.rollCall.requestedBy ?? "?"} ask`) : "";
    return `${parts.filter(Boolean).join("; ")}${special ? `; ${special} special majorit${special === 1 ? "y" : "ies"}` : ""}${seconded}${roll}`;
  },
  render: (ctx) => {
    const { c, errors } = ctx;
    const d = c.decisions;
    const special = d.special ?? [];
    return html`${checkbox({
        path: "decisions.consensusFirst",
        label: "Consensus is sought first; a vote is the fallback",
        checked: d.consensusFirst,
        onChange: (on) => {
          d.consensusFirst = on;
          ctx.changed();
        },
      })}
      ${citeField({
        path: "decisions.consensusCite",
        label: "Clauses on consensus",
        value: d.consensusCite,
        errors,
        id: c.id,
        onInput: (v) => {
          d.consensusCite = v;
          ctx.changed();
        },
      })}
      ${heading(ctx.level, 1, "Ordinary decisions")}
      ${radios<"yes" | "no">({
        path: "decisions.ordinary",
        legend: "Does the constitution set a voting rule for ordinary decisions?",
        value: d.ordinary ? "yes" : "no",
        options: [
          ["yes", "Yes"],
          ["no", "No, decisions are by consensus only"],
        ],
        errors: [],
        inline: true,
        onChange: (v) => {
          if (v === "yes" && !d.ordinary) d.ordinary = setAside.get(d) ?? simpleMajority();
          if (v === "no" && d.ordinary) {
            setAside.set(d, d.ordinary);
            d.ordinary = null;
          }
          ctx.changed();
        },
      })}
      ${d.ordinary ? majorityFields(ctx, "decisions.ordinary", d.ordinary) : nothing}
      ${heading(ctx.level, 1, "Special majorities")}
      <p class="hint">For named kinds of decision, e.g. amending the constitution by two thirds of the members.</p>
      ${special.map(
        (s, i) => html`<div class="card">
          <div class="card-head">
            ${heading(ctx.level, 2, s.name || `Special majority ${i + 1}`, { className: "card-title" })}
            <button
              type="button"
              class="link"
              @click=${() => {
                d.special = special.filter((_, j) => j !== i);
                ctx.changed();
                ctx.focus("#add-special");
              }}
            >
              Remove<span class="visually-hidden"> special majority ${i + 1}</span>
            </button>
          </div>
          <div class="card-body">
            ${textField({
              path: `decisions.special[${i}].name`,
              label: "Kind of decision",
              hint: 'e.g. "Amendment to the Governance Framework".',
              value: s.name,
              errors,
              onInput: (v) => {
                s.name = v;
                ctx.changed();
              },
            })}
            ${textField({
              path: `decisions.special[${i}].id`,
              label: "Id",
              hint: "Short, without spaces: a motion names its kind by it.",
              value: s.id,
              errors,
              wide: false,
              onInput: (v) => {
                s.id = v;
                ctx.changed();
              },
            })}
            ${majorityFields(ctx, `decisions.special[${i}].rule`, s.rule)}
          </div>
        </div>`,
      )}
      <p>
        <button
          type="button"
          class="secondary"
          id="add-special"
          @click=${() => {
            (d.special ??= special).push({ id: `special-${special.length + 1}`, name: "", rule: { ...simpleMajority(), threshold: { comparison: "atLeast", numerator: 2, denominator: 3 }, tie: "motionFalls" } });
            ctx.changed();
            ctx.focus(`#${idFor(`decisions.special[${special.length - 1}].name`)}`);
          }}
        >
          Add a special majority
        </button>
      </p>
      ${motionFields(ctx, d)}
      ${notesEditor(ctx, ["voting", "decisions"], "voting")}`;
  },
};

type Seconding = "none" | "motions" | "motionsAndAmendments";
type RollCall = "none" | "always" | "onRequest";

/** Moved and seconded, and the roll call (schema version 2), each with its clauses. */
function motionFields(ctx: SectionContext, d: DecisionRules): TemplateResult {
  const { errors } = ctx;
  const m = d.moverAndSeconder ?? null;
  const r = d.rollCall ?? null;
  const seconding: Seconding = m ? (m.amendments ? "motionsAndAmendments" : "motions") : "none";
  const mCite = () =>
    m
      ? citeField({
          path: "decisions.moverAndSeconder.cite",
          label: "Clauses on moving and seconding",
          value: m.cite,
          errors,
          id: ctx.c.id,
          onInput: (v) => {
            m.cite = v;
            ctx.changed();
          },
        })
      : nothing;
  const rFields = () =>
    r
      ? html`${r.when === "onRequest"
          ? numberField({
              path: "decisions.rollCall.requestedBy",
              label: "How many members must ask",
              hint: 'The number in "if N members so request".',
              value: r.requestedBy,
              errors,
              onInput: (v) => {
                if (v === null) delete r.requestedBy;
                else r.requestedBy = v;
                ctx.changed();
              },
            })
          : nothing}
        ${citeField({
          path: "decisions.rollCall.cite",
          label: "Clauses on the roll call",
          value: r.cite,
          errors,
          id: ctx.c.id,
          onInput: (v) => {
            r.cite = v;
            ctx.changed();
          },
        })}`
      : nothing;
  return html`${heading(ctx.level, 1, "Motions")}
    ${radios<Seconding>({
      path: "decisions.moverAndSeconder",
      legend: "Must a motion be moved and seconded before it is put?",
      hint: 'e.g. "Every motion and amendment shall be moved and seconded. A motion which is not seconded shall not be put to the meeting." Members with a vote move and second; the mover may not second.',
      value: seconding,
      options: [
        ["none", "No, the constitution does not say so"],
        ["motions", 'Motions ("every motion shall be moved and seconded")'],
        ["motionsAndAmendments", 'Motions and amendments ("every motion and amendment")'],
      ],
      errors,
      reveal: (v) => (v === "none" ? nothing : mCite()),
      onChange: (v) => {
        if (v === "none") delete d.moverAndSeconder;
        else d.moverAndSeconder = { amendments: v === "motionsAndAmendments", cite: m?.cite ?? [] };
        ctx.changed();
      },
    })}
    ${radios<RollCall>({
      path: "decisions.rollCall",
      legend: "When is a vote taken by roll call (each member's vote in the minute)?",
      hint: 'e.g. "If at least three members present so request, the vote shall be taken by calling the roll, and the names of those voting for and against shall be recorded in the minute."',
      value: r ? r.when : "none",
      options: [
        ["none", "The constitution does not say: votes are minuted as totals"],
        ["always", 'Always ("all votes shall be taken by roll call")'],
        ["onRequest", 'When a number of members ask ("if N members so request")'],
      ],
      errors,
      reveal: (v) => (v === "none" ? nothing : rFields()),
      onChange: (v) => {
        if (v === "none") delete d.rollCall;
        else if (v === "always") d.rollCall = { when: "always", cite: r?.cite ?? [] };
        else d.rollCall = { when: "onRequest", requestedBy: r?.requestedBy ?? 3, cite: r?.cite ?? [] };
        ctx.changed();
      },
    })}`;
}

/** The controls of one majority rule at `path`. */
function majorityFields(ctx: SectionContext, path: string, r: MajorityRule): TemplateResult {
  const { errors } = ctx;
  const t = r.threshold;
  return html`${checkboxes<SeatClass>({
      path: `${path}.votingClasses`,
      legend: "Who votes",
      value: r.votingClasses,
      options: SEAT_CLASSES,
      errors,
      onChange: (v) => {
        r.votingClasses = v;
        ctx.changed();
      },
    })}
    ${radios<Comparison>({
      path: `${path}.threshold.comparison`,
      legend: "The votes for must be",
      value: t.comparison,
      options: [
        ["moreThan", 'More than the fraction ("a simple majority": more than one half)'],
        ["atLeast", 'At least the fraction ("a two-thirds majority": at least two thirds)'],
      ],
      errors,
      onChange: (v) => {
        t.comparison = v;
        ctx.changed();
      },
    })}
    <div class="fraction">
      ${numberField({
        path: `${path}.threshold.numerator`,
        label: "Numerator",
        value: t.numerator,
        errors,
        onInput: (v) => {
          t.numerator = v ?? 0;
          ctx.changed();
        },
      })}
      ${numberField({
        path: `${path}.threshold.denominator`,
        label: "Denominator",
        value: t.denominator,
        errors,
        onInput: (v) => {
          t.denominator = v ?? 0;
          ctx.changed();
        },
      })}
    </div>
    ${radios<MajorityBase>({
      path: `${path}.base`,
      legend: "Of what",
      value: r.base,
      options: BASES,
      errors,
      onChange: (v) => {
        r.base = v;
        ctx.changed();
      },
    })}
    ${radios<TieRule>({
      path: `${path}.tie`,
      legend: "On an equality of votes",
      value: r.tie,
      options: [
        ["castingVote", "The Chair has a casting vote"],
        ["motionFalls", "The motion falls"],
      ],
      errors,
      onChange: (v) => {
        r.tie = v;
        ctx.changed();
      },
    })}
    ${citeField({
      path: `${path}.cite`,
      value: r.cite,
      errors,
      id: ctx.c.id,
      onInput: (v) => {
        r.cite = v;
        ctx.changed();
      },
    })}`;
}
