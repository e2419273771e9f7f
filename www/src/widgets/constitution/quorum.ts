// "Quorum": how many must be present and who counts (Clackmannanshire B2.1: one half of
// the core members rounded down, plus one), or no quorum at all where the document sets
// none (Inverclyde: `null`, and the engines say so). A headcount is a fixed number, a
// fraction, or (schema version 2) the greater or the lesser of several ("one third of the
// current voting membership, or three voting members, whichever is the greater"). The
// fraction may be taken of other seats than those who count (`baseClasses`), and only
// members with a vote may count (`votingMembersOnly`). A composite quorum also needs a
// number of different organisations (SPEC 2.3), and (schema version 2) spread
// requirements say who must be among those counted: "at least one representative from
// each ward", "including at least one councillor".
import { html, nothing, type TemplateResult } from "lit";
import type { Headcount, QuorumBase, QuorumRule, Rounding, SeatClass, SpreadRequirement } from "quorate";
import { SEAT_CLASSES } from "../../base/roster-editor.js";
import { heading, inlineError, plural } from "../../base/render.js";
import { checkbox, checkboxes, citeField, idFor, notesEditor, numberField, radios, selectField } from "./fields.js";
import { seatGroups } from "./membership.js";
import type { Section, SectionContext } from "./model.js";

/** At most this many parts in "the greater of" (the engine's `MAX_HEADCOUNT_PARTS`). */
const MAX_PARTS = 8;

type Kind = Headcount["kind"];
type Fraction = Extract<Headcount, { kind: "fraction" }>;
type Several = Extract<Headcount, { kind: "greaterOf" | "lesserOf" }>;

const fraction = (): Fraction => ({ kind: "fraction", numerator: 1, denominator: 2, rounding: "down", plus: 1 });

/** The rule a quorum starts from when the user says there is one. */
const freshRule = (): QuorumRule => ({
  headcount: fraction(),
  base: "seats",
  countingClasses: ["core"],
  minOrganisations: null,
  cite: [],
});

/** The rule last switched off, so that switching back gives it again (this page's memory only). */
const setAside = new WeakMap<object, QuorumRule>();

/** A fresh headcount of a kind ("the greater of" starts as a fraction and a fixed number, to be filled in). */
function freshHeadcount(kind: Kind): Headcount {
  switch (kind) {
    case "fixed":
      return { kind, count: 1 };
    case "fraction":
      return fraction();
    default:
      return { kind, of: [fraction(), { kind: "fixed", count: 1 }] };
  }
}

/** "half, rounded down, plus 1", "7", "the greater of 1/3, rounded up, and 3". */
export function describeHeadcount(h: Headcount): string {
  switch (h.kind) {
    case "fixed":
      return `${h.count}`;
    case "fraction": {
      const frac = h.numerator === 1 && h.denominator === 2 ? "half" : `${h.numerator}/${h.denominator}`;
      return `${frac}, rounded ${h.rounding}${h.plus ? `, plus ${h.plus}` : ""}`;
    }
    default: {
      const which = h.kind === "greaterOf" ? (h.of.length === 2 ? "the greater" : "the greatest") : h.of.length === 2 ? "the lesser" : "the least";
      const parts = h.of.map((p) => (p.kind === "fixed" || p.kind === "fraction" ? describeHeadcount(p) : `(${describeHeadcount(p)})`));
      const list = parts.length > 1 ? `${parts.slice(0, -1).join("; ")} and ${parts[parts.length - 1]}` : parts.join("");
      return `${which} of ${list}`;
    }
  }
}

/** At most this many spread requirements (the engine's `MAX_SPREAD`). */
const MAX_SPREAD = 16;

type SpreadKind = SpreadRequirement["kind"];

/** "Ward 1, Ward 2 and Ward 3". */
const andList = (items: readonly string[]): string => (items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}` : (items[0] ?? ""));

/**
 * A spread requirement in words, after "the quorum also needs": "at least 1 member from
 * each of Ward 1, Ward 2 and Ward 3", "at least 1 member from Councillors", "members from
 * at least 4 different organisations".
 */
export function describeSpread(r: SpreadRequirement): string {
  switch (r.kind) {
    case "eachGroup":
      return r.groups.length === 1
        ? `at least ${plural(r.atLeast, "member")} from ${r.groups[0]}`
        : `at least ${plural(r.atLeast, "member")} from each of ${r.groups.length ? andList(r.groups) : "the groups (none chosen yet)"}`;
    case "including":
      return `at least ${plural(r.atLeast, "member")} from ${r.group ?? r.organisation ?? "a group or organisation not chosen yet"}`;
    default:
      return `members from at least ${plural(r.atLeast, "different organisation")}`;
  }
}

/** Whether a headcount takes a fraction anywhere (then its base matters). */
const hasFraction = (h: Headcount): boolean => (h.kind === "fraction" ? true : h.kind === "fixed" ? false : h.of.some(hasFraction));

const sameClasses = (a: readonly SeatClass[], b: readonly SeatClass[]) => a.length === b.length && a.every((x) => b.includes(x));

export const quorum: Section = {
  id: "quorum",
  title: "Quorum",
  paths: ["quorum"],
  editable: true,
  needs: (c) => ((c.membership ?? []).length ? null : "Add the seats first: a quorum is reckoned from them"),
  summary: (c) => {
    const q = c.quorum;
    if (!q) return "Sets no quorum";
    const of = !hasFraction(q.headcount) ? "members present" : q.base === "seats" ? "of the seats that count" : "of the members in post";
    const voting = q.votingMembersOnly ? ", voting members only" : "";
    const spread = (q.spread ?? []).map((r) => `; ${describeSpread(r)}`).join("");
    return `${describeHeadcount(q.headcount)} ${of}${voting}${q.minOrganisations ? `, from at least ${plural(q.minOrganisations, "organisation")}` : ""}${spread}`;
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

/** The numerator, denominator, rounding and "plus" of a fraction at `path`. */
function fractionFields(ctx: SectionContext, path: string, h: Fraction): TemplateResult {
  const { errors } = ctx;
  return html`<div class="fraction">
      ${numberField({
        path: `${path}.numerator`,
        label: "Numerator",
        value: h.numerator,
        errors,
        onInput: (v) => {
          h.numerator = v ?? 0;
          ctx.changed();
        },
      })}
      ${numberField({
        path: `${path}.denominator`,
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
      path: `${path}.rounding`,
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
      path: `${path}.plus`,
      label: "Plus",
      hint: '"One half plus one" adds 1; "one third" adds 0.',
      value: h.plus,
      errors,
      onInput: (v) => {
        h.plus = v ?? 0;
        ctx.changed();
      },
    })}`;
}

/** A fixed number at `path`. */
function fixedField(ctx: SectionContext, path: string, h: Extract<Headcount, { kind: "fixed" }>, label: string): TemplateResult {
  return numberField({
    path: `${path}.count`,
    label,
    value: h.count,
    errors: ctx.errors,
    onInput: (v) => {
      h.count = v ?? 0;
      ctx.changed();
    },
  });
}

/**
 * The parts of "the greater of" / "the lesser of": each a fixed number or a fraction, added
 * and removed (2 to 8). A part that is itself "the greater of …" is shown read-only and
 * kept exactly as it was imported.
 */
function partsEditor(ctx: SectionContext, path: string, h: Several): TemplateResult {
  const which = h.kind === "greaterOf" ? "greater" : "lesser";
  const add = () => {
    h.of.push({ kind: "fixed", count: 1 });
    ctx.changed();
    ctx.focus(`#${idFor(`${path}.of[${h.of.length - 1}].kind`)}-1`); // its "A fixed number", chosen
  };
  return html`<p class="hint">The quorum is the ${which} of these parts, each worked out on its own.</p>
    ${h.of.map((part, i) => {
      const at = `${path}.of[${i}]`;
      const remove =
        h.of.length > 2
          ? html`<button
              type="button"
              class="link"
              @click=${() => {
                h.of.splice(i, 1);
                ctx.changed();
                ctx.focus(".add-part");
              }}
            >
              Remove<span class="visually-hidden"> part ${i + 1}</span>
            </button>`
          : nothing;
      const body =
        part.kind === "fixed" || part.kind === "fraction"
          ? radios<"fixed" | "fraction">({
              path: `${at}.kind`,
              legend: "This part is",
              value: part.kind,
              options: [
                ["fraction", "A fraction of the members"],
                ["fixed", "A fixed number"],
              ],
              errors: ctx.errors,
              reveal: (k) => (k === "fixed" && part.kind === "fixed" ? fixedField(ctx, at, part, "Members") : part.kind === "fraction" ? fractionFields(ctx, at, part) : nothing),
              onChange: (k) => {
                if (k === part.kind) return;
                h.of[i] = freshHeadcount(k);
                ctx.changed();
              },
            })
          : html`<p>${describeHeadcount(part)}</p>
              <p class="hint">A rule nested this deep is shown read-only and kept as it is: edit it in the JSON file for now.</p>`;
      return html`<div class="card part" data-part=${at}>
        <div class="card-head">${heading(ctx.level, 1, `Part ${i + 1}`, { className: "card-title" })} ${remove}</div>
        <div class="card-body">${body}</div>
      </div>`;
    })}
    ${h.of.length < MAX_PARTS ? html`<p><button type="button" class="secondary add-part" @click=${add}>Add another part</button></p>` : nothing}`;
}

function ruleFields(ctx: SectionContext, q: QuorumRule): TemplateResult {
  const { errors } = ctx;
  const h = q.headcount;
  const setKind = (kind: Kind) => {
    if (kind === h.kind) return;
    q.headcount = freshHeadcount(kind);
    ctx.changed();
  };
  const reveal = (kind: Kind) => {
    if (kind === "fixed" && h.kind === "fixed") return fixedField(ctx, "quorum.headcount", h, "Members who must be present");
    if (kind === "fraction" && h.kind === "fraction") return fractionFields(ctx, "quorum.headcount", h);
    if ((kind === "greaterOf" || kind === "lesserOf") && (h.kind === "greaterOf" || h.kind === "lesserOf")) return partsEditor(ctx, "quorum.headcount", h);
    return nothing;
  };
  const apart = q.baseClasses !== undefined && q.baseClasses !== null;
  return html`${radios<Kind>({
      path: "quorum.headcount",
      legend: "How many must be present",
      value: h.kind,
      options: [
        ["fraction", "A fraction of the members, e.g. one half plus one"],
        ["fixed", "A fixed number, e.g. 7"],
        ["greaterOf", 'The greater of several, e.g. "one third, or three, whichever is the greater"'],
        ["lesserOf", 'The lesser of several, e.g. "one half, but never more than eight"'],
      ],
      errors,
      reveal,
      onChange: setKind,
    })}
    ${hasFraction(h)
      ? radios<QuorumBase>({
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
        })
      : nothing}
    ${checkboxes<SeatClass>({
      path: "quorum.countingClasses",
      legend: "Who counts towards the quorum when present",
      hint: "Select every kind of seat that counts. A substitute counts only for an absent member.",
      value: q.countingClasses,
      options: SEAT_CLASSES,
      errors,
      onChange: (v) => {
        q.countingClasses = v;
        ctx.changed();
      },
    })}
    ${hasFraction(h)
      ? radios<"same" | "apart">({
          path: "quorum.baseClasses",
          legend: "Is the fraction taken of the same kinds of seat as count?",
          hint: 'Say no for "one third of the elected members" where co-opted members present also count.',
          value: apart ? "apart" : "same",
          options: [
            ["same", "Yes, of the seats that count"],
            ["apart", "No, of other kinds of seat"],
          ],
          errors,
          reveal: (v) =>
            v === "apart"
              ? checkboxes<SeatClass>({
                  path: "quorum.baseClasses[]",
                  legend: "The fraction is taken of",
                  value: q.baseClasses ?? [],
                  options: SEAT_CLASSES,
                  errors,
                  onChange: (classes) => {
                    q.baseClasses = classes;
                    ctx.changed();
                  },
                })
              : nothing,
          onChange: (v) => {
            if (v === "apart") q.baseClasses = sameClasses(q.countingClasses, ["core"]) ? ["core"] : [...q.countingClasses];
            else delete q.baseClasses;
            ctx.changed();
          },
        })
      : nothing}
    ${checkbox({
      path: "quorum.votingMembersOnly",
      label: "Only members with a vote count",
      hint: 'For "one third of the current voting membership": a seat without a vote is left out of the fraction and does not count when present.',
      checked: q.votingMembersOnly === true,
      onChange: (on) => {
        if (on) q.votingMembersOnly = true;
        else delete q.votingMembersOnly;
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
    })}
    ${spreadEditor(ctx, q)}`;
}

/** A fresh requirement of a kind, keeping how many and the clauses of the one it replaces. */
function freshSpread(kind: SpreadKind, groups: readonly string[], atLeast: number, cite: readonly string[]): SpreadRequirement {
  switch (kind) {
    case "eachGroup":
      return { kind, groups: [...groups], atLeast, cite: [...cite] };
    case "including":
      return { kind, group: groups[0] ?? null, organisation: groups.length ? null : "", atLeast, cite: [...cite] };
    default:
      return { kind: "organisations", atLeast, cite: [...cite] };
  }
}

/**
 * Who must be among those counted (`quorum.spread`, GOV.UK "add another"): each
 * requirement's kind, the groups or organisation it names (from the seats' own), how many,
 * and its clauses.
 */
function spreadEditor(ctx: SectionContext, q: QuorumRule): TemplateResult {
  const { c, errors } = ctx;
  const spread = q.spread ?? [];
  const seats = c.membership ?? [];
  const groups = seatGroups(seats);
  const organisations = [...new Set(seats.map((s) => s.organisation).filter((o) => o.trim()))];
  const add = () => {
    (q.spread ??= spread).push(freshSpread("eachGroup", groups, 1, q.cite));
    ctx.changed();
    ctx.focus(`#${idFor(`quorum.spread[${(q.spread ?? []).length - 1}].kind`)}-0`);
  };
  const noGroups = html`<p class="hint">No seat has a ward or group yet: give the seats theirs in "Membership and seats".</p>`;
  return html`<div class="spread" data-path="quorum.spread">
    ${heading(ctx.level, 1, "Who must be among those counted")}
    <p class="hint">
      Where your document also says who must be there: "at least one representative from each ward", "including at least one councillor and one
      member from the health board". Add none where it says nothing of the kind.
    </p>
    ${inlineError(
      errors.find((e) => e.path === "quorum.spread"),
      "quorum-spread-error",
    )}
    ${spread.map((r, i) => {
      const at = `quorum.spread[${i}]`;
      const n = i + 1;
      const reveal = (k: SpreadKind): TemplateResult | typeof nothing => {
        if (k === "eachGroup" && r.kind === "eachGroup") {
          const options = [...new Set([...groups, ...r.groups])].map((g) => [g, g] as const);
          return html`${options.length
            ? checkboxes<string>({
                path: `${at}.groups`,
                legend: "From each of these groups",
                value: r.groups,
                options,
                errors,
                within: true,
                onChange: (v) => {
                  r.groups = v;
                  ctx.changed();
                },
              })
            : noGroups}`;
        }
        if (k === "including" && r.kind === "including") {
          const byGroup = r.organisation === null || r.organisation === undefined;
          const field = byGroup ? "group" : "organisation";
          const names = byGroup ? groups : organisations;
          const value = (byGroup ? r.group : r.organisation) ?? "";
          const options = [...new Set([...names, ...(value ? [value] : [])])].map((g) => [g, g] as const);
          return html`${radios<"group" | "organisation">({
              path: `${at}.from`,
              legend: "From",
              value: field,
              options: [
                ["group", 'A group, e.g. "councillors" or a ward'],
                ["organisation", 'An organisation, e.g. "the health board"'],
              ],
              errors,
              inline: true,
              onChange: (v) => {
                if (v === "group") {
                  r.group = groups[0] ?? "";
                  r.organisation = null;
                } else {
                  r.organisation = organisations[0] ?? "";
                  r.group = null;
                }
                ctx.changed();
              },
            })}
            ${byGroup && !groups.length
              ? noGroups
              : selectField({
                  path: `${at}.${field}`,
                  label: byGroup ? "Which group" : "Which organisation",
                  placeholder: byGroup ? "Choose a group" : "Choose an organisation",
                  value,
                  options,
                  errors,
                  onChange: (v) => {
                    if (byGroup) r.group = v;
                    else r.organisation = v;
                    ctx.changed();
                  },
                })}`;
        }
        return nothing;
      };
      return html`<div class="card requirement" data-path=${at}>
        <div class="card-head">
          ${heading(ctx.level, 2, `Requirement ${n}`, { className: "card-title" })}
          <button
            type="button"
            class="link"
            id=${`spread-${i}-remove`}
            @click=${() => {
              spread.splice(i, 1);
              if (!spread.length) delete q.spread;
              ctx.changed();
              ctx.focus("#add-spread");
            }}
          >
            Remove<span class="visually-hidden"> requirement ${n}</span>
          </button>
        </div>
        <div class="card-body">
          ${inlineError(
            errors.find((e) => e.path === at),
            `${idFor(at)}-error`,
          )}
          ${radios<SpreadKind>({
            path: `${at}.kind`,
            legend: "Those counted must include",
            value: r.kind,
            options: [
              ["eachGroup", 'Some from each of several groups, e.g. "at least one representative from each ward"'],
              ["including", 'Some from one group or organisation, e.g. "including at least one councillor"'],
              ["organisations", 'Members of several different organisations, e.g. "drawn from at least 4 different organisations"'],
            ],
            errors,
            reveal,
            onChange: (k) => {
              if (k === r.kind) return;
              spread[i] = freshSpread(k, groups, r.atLeast, r.cite);
              ctx.changed();
            },
          })}
          ${numberField({
            path: `${at}.atLeast`,
            label: r.kind === "eachGroup" ? "How many from each group, at least" : r.kind === "including" ? "How many from it, at least" : "How many different organisations, at least",
            value: r.atLeast,
            errors,
            onInput: (v) => {
              r.atLeast = v ?? 0;
              ctx.changed();
            },
          })}
          ${citeField({
            path: `${at}.cite`,
            label: `Clauses for requirement ${n}`,
            value: r.cite,
            errors,
            id: c.id,
            onInput: (v) => {
              r.cite = v;
              ctx.changed();
            },
          })}
        </div>
      </div>`;
    })}
    ${spread.length < MAX_SPREAD
      ? html`<p><button type="button" class="secondary" id="add-spread" @click=${add}>${spread.length ? "Add another requirement" : "Add a requirement"}</button></p>`
      : nothing}
  </div>`;
}
