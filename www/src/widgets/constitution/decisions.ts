// "Decisions and majorities": consensus first, then the rule for ordinary decisions and
// any special majorities (Clackmannanshire B4.1: a simple majority of the core members
// with the Chair's casting vote; B11.1: two thirds of the members to amend the
// framework; Inverclyde 4.3: consensus, no voting rule). Each majority says who votes,
// what the votes are measured against, the threshold and the tie rule (SPEC 2.3).
import { html, nothing, type TemplateResult } from "lit";
import type { Comparison, MajorityBase, MajorityRule, SeatClass, TieRule } from "quorate";
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
    return `${parts.filter(Boolean).join("; ")}${special ? `; ${special} special majorit${special === 1 ? "y" : "ies"}` : ""}`;
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
      ${notesEditor(ctx, ["voting", "decisions"], "voting")}`;
  },
};

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
