// "Quorum": how many must be present and who counts (Clackmannanshire B2.1: one half of
// the core members rounded down, plus one), or no quorum at all where the document sets
// none (Inverclyde: `null`, and the engines say so). A composite quorum also needs a
// number of different organisations (SPEC 2.3).
import { html, nothing } from "lit";
import type { Headcount, QuorumBase, QuorumRule, Rounding, SeatClass } from "quorate";
import { SEAT_CLASSES } from "../../base/roster-editor.js";
import { checkboxes, citeField, notesEditor, numberField, radios } from "./fields.js";
import type { Section } from "./model.js";

/** The rule a quorum starts from when the user says there is one. */
const freshRule = (): QuorumRule => ({
  headcount: { kind: "fraction", numerator: 1, denominator: 2, rounding: "down", plus: 1 },
  base: "seats",
  countingClasses: ["core"],
  minOrganisations: null,
  cite: [],
});

/** The rule last switched off, so that switching back gives it again (this page's memory only). */
const setAside = new WeakMap<object, QuorumRule>();

/** "Half, rounded down, plus 1", "7". */
export function describeHeadcount(h: Headcount): string {
  if (h.kind === "fixed") return `${h.count}`;
  const frac = h.numerator === 1 && h.denominator === 2 ? "half" : `${h.numerator}/${h.denominator}`;
  return `${frac}, rounded ${h.rounding}${h.plus ? `, plus ${h.plus}` : ""}`;
}

export const quorum: Section = {
  id: "quorum",
  title: "Quorum",
  paths: ["quorum"],
  editable: true,
  needs: (c) => ((c.membership ?? []).length ? null : "Add the seats first: a quorum is reckoned from them"),
  summary: (c) => {
    const q = c.quorum;
    if (!q) return "Sets no quorum";
    const of = q.headcount.kind === "fixed" ? "members present" : q.base === "seats" ? "of the seats that count" : "of the members in post";
    return `${describeHeadcount(q.headcount)} ${of}${q.minOrganisations ? `, from at least ${q.minOrganisations} organisations` : ""}`;
  },
  render: (ctx) => {
    const { c } = ctx;
    const q = c.quorum;
    const toggle = (on: boolean) => {
      if (on && !c.quorum) c.quorum = setAside.get(c) ?? freshRule();
      if (!on && c.quorum) {
        setAside.set(c, c.quorum);
        c.quorum = null;
      }
      ctx.changed();
    };
    return html`${radios<"yes" | "no">({
        path: "quorum",
        legend: "Does the constitution set a quorum?",
        hint: "If your document names no number that must be present, say no: the tools then say that it sets no quorum, and never invent one.",
        value: q ? "yes" : "no",
        options: [
          ["yes", "Yes"],
          ["no", "No, it sets no quorum"],
        ],
        errors: [],
        inline: true,
        onChange: (v) => toggle(v === "yes"),
      })}
      ${q ? ruleFields(ctx, q) : nothing} ${notesEditor(ctx, ["quorum"], "quorum")}`;
  },
};

function ruleFields(ctx: Parameters<Section["render"]>[0], q: QuorumRule) {
  const { errors } = ctx;
  const h = q.headcount;
  const setKind = (kind: "fixed" | "fraction") => {
    if (kind === h.kind) return;
    q.headcount = kind === "fixed" ? { kind: "fixed", count: 1 } : { kind: "fraction", numerator: 1, denominator: 2, rounding: "down", plus: 1 };
    ctx.changed();
  };
  return html`${radios<"fixed" | "fraction">({
      path: "quorum.headcount",
      legend: "How many must be present",
      value: h.kind,
      options: [
        ["fraction", "A fraction of the members, e.g. one half plus one"],
        ["fixed", "A fixed number, e.g. 7"],
      ],
      errors,
      onChange: setKind,
    })}
    ${h.kind === "fixed"
      ? numberField({
          path: "quorum.headcount.count",
          label: "Members who must be present",
          value: h.count,
          errors,
          onInput: (v) => {
            h.count = v ?? 0;
            ctx.changed();
          },
        })
      : html`<div class="fraction">
            ${numberField({
              path: "quorum.headcount.numerator",
              label: "Numerator",
              value: h.numerator,
              errors,
              onInput: (v) => {
                h.numerator = v ?? 0;
                ctx.changed();
              },
            })}
            ${numberField({
              path: "quorum.headcount.denominator",
              label: "Denominator",
              value: h.denominator,
              errors,
              onInput: (v) => {
                h.denominator = v ?? 0;
                ctx.changed();
              },
            })}
          </div>
          ${radios<Rounding>({
            path: "quorum.headcount.rounding",
            legend: "Rounding the fraction",
            value: h.rounding,
            options: [
              ["down", "Down (one half of 9 is 4)"],
              ["up", "Up (one half of 9 is 5)"],
            ],
            errors,
            inline: true,
            onChange: (v) => {
              h.rounding = v;
              ctx.changed();
            },
          })}
          ${numberField({
            path: "quorum.headcount.plus",
            label: "Plus",
            hint: '"One half plus one" adds 1; "one third" adds 0.',
            value: h.plus,
            errors,
            onInput: (v) => {
              h.plus = v ?? 0;
              ctx.changed();
            },
          })}
          ${radios<QuorumBase>({
            path: "quorum.base",
            legend: "A fraction of which seats",
            value: q.base,
            options: [
              ["seats", "Every seat that counts, filled or vacant"],
              ["membersInPost", "Only the members in post (vacancies lower the quorum)"],
            ],
            errors,
            onChange: (v) => {
              q.base = v;
              ctx.changed();
            },
          })}`}
    ${checkboxes<SeatClass>({
      path: "quorum.countingClasses",
      legend: "Who counts towards the quorum",
      hint: "Select every kind of seat that counts. A substitute counts only for an absent member.",
      value: q.countingClasses,
      options: SEAT_CLASSES,
      errors,
      onChange: (v) => {
        q.countingClasses = v;
        ctx.changed();
      },
    })}
    ${numberField({
      path: "quorum.minOrganisations",
      label: "Different organisations that must be present",
      hint: 'For a composite quorum, e.g. "7 members drawn from at least 4 different organisations". Leave empty if your document sets none.',
      value: q.minOrganisations,
      optional: true,
      errors,
      onInput: (v) => {
        q.minOrganisations = v;
        ctx.changed();
      },
    })}
    ${citeField({
      path: "quorum.cite",
      value: q.cite,
      errors,
      id: ctx.c.id,
      onInput: (v) => {
        q.cite = v;
        ctx.changed();
      },
    })}`;
}
