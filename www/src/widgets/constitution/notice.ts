// "Notice periods and local closures": the deadlines before (or after) a meeting, each
// counted in its own unit (Clackmannanshire B6.1: papers 5 working days before; B6.2:
// partners' papers 3 days before the papers are issued; Inverclyde 7.1: weeks), and the
// partnership's own closure days. SPEC 2.3: clear days, working days and calendar days
// are different rules, and each notice period names its unit. Schema version 2: a
// deadline after the meeting ("minutes shall be drawn up within fourteen days from the
// date of that meeting"), the time within which a meeting called on request is held
// (`from: "request"`), and an exception for urgency in the document's words
// (`unlessUrgent`). The closure days are shown read-only for now.
import { html, nothing, type TemplateResult } from "lit";
import type { Direction, NonWorkingDayRule, NoticePeriod, NoticeUnit } from "quorate";
import { heading, inlineError } from "../../base/render.js";
import { checkbox, citeField, idFor, notesEditor, numberField, radios, textField } from "./fields.js";
import type { Section, SectionContext } from "./model.js";
import { valueView } from "./readonly.js";

const UNITS: readonly (readonly [NoticeUnit, string])[] = [
  ["workingDays", "Working days (not weekends, Scottish bank holidays or closure days)"],
  ["clearDays", "Clear days (not counting the day of issue or the day of the meeting)"],
  ["calendarDays", "Calendar days"],
  ["weeks", "Weeks"],
];

const LANDING: readonly (readonly [NonWorkingDayRule, string])[] = [
  ["previousWorkingDay", "Moves back to the previous working day"],
  ["nextWorkingDay", "Moves on to the next working day"],
  ["keep", "Stays where it falls"],
];

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A stated exception for urgent meetings: notice "at least seven days before the day of
 * the meeting (except in case of urgency when shorter notice may be given)". Only notice
 * before the meeting can have one.
 */
function urgency(ctx: SectionContext, p: NoticePeriod, at: string): TemplateResult | typeof nothing {
  const { c, errors } = ctx;
  const u = p.unlessUrgent;
  const allowed = p.from !== "request" && !(p.direction === "after" && (p.from ?? "meeting") === "meeting");
  if (!allowed && !u) return nothing;
  return html`${checkbox({
      path: `${at}.unlessUrgent`,
      label: "The document states an exception for urgent meetings",
      hint: 'Such as "except in case of urgency": a meeting called as urgent then relies on it, rather than its notice being late.',
      checked: !!u,
      onChange: (on) => {
        if (on) p.unlessUrgent = { words: "", cite: [] };
        else delete p.unlessUrgent;
        ctx.changed();
        if (on) ctx.focus(`#${idFor(`${at}.unlessUrgent.words`)}`);
      },
    })}
    ${u
      ? html`<div class="conditional">
          ${inlineError(errors.find((e) => e.path === `${at}.unlessUrgent`), `${idFor(`${at}.unlessUrgent`)}-error`)}
          ${textField({
            path: `${at}.unlessUrgent.words`,
            label: "The exception, in the document's words",
            hint: 'e.g. "except in case of urgency when shorter notice may be given".',
            value: u.words,
            errors,
            onInput: (v) => ((u.words = v), ctx.changed()),
          })}
          ${citeField({
            path: `${at}.unlessUrgent.cite`,
            label: "Clauses of the exception (optional: left empty, the notice period's own)",
            value: u.cite,
            errors,
            id: c.id,
            onInput: (v) => ((u.cite = v), ctx.changed()),
          })}
        </div>`
      : nothing}`;
}

export const notice: Section = {
  id: "notice",
  title: "Notice periods and local closures",
  paths: ["noticePeriods", "localClosures"],
  editable: true,
  summary: (c) => {
    const n = c.noticePeriods?.length ?? 0;
    const l = c.localClosures?.length ?? 0;
    return `${n ? count(n, "notice period", "notice periods") : "No notice period"}; ${l ? count(l, "closure day", "closure days") : "no local closure days"}`;
  },
  render: (ctx) => {
    const { c, errors } = ctx;
    const periods = c.noticePeriods ?? [];
    // A period from the request is the latest date for the meeting, not a deadline to count from.
    const others = (i: number) => periods.filter((q, j) => j !== i && q.from !== "request").map((p) => p.id);
    const add = () => {
      const fresh: NoticePeriod = { id: `notice-${periods.length + 1}`, name: "", unit: "workingDays", count: 5, direction: "before", from: "meeting", cite: [] };
      c.noticePeriods = [...periods, fresh];
      ctx.changed();
      ctx.focus(`#${idFor(`noticePeriods[${periods.length}].name`)}`);
    };
    return html`<p class="hint">
        Each deadline your document sets before a meeting (papers issued, agenda items in), after it (minutes drawn up), or after another deadline,
        with the unit it is counted in; and the time within which a meeting called on request must be held.
      </p>
      ${periods.length ? nothing : html`<p>The constitution sets no notice period: the papers timeline says so.</p>`}
      ${periods.map((p, i) => {
        const at = `noticePeriods[${i}]`;
        return html`<div class="card">
          <div class="card-head">
            ${heading(ctx.level, 1, p.name || `Notice period ${i + 1}`, { className: "card-title" })}
            <button
              type="button"
              class="link"
              @click=${() => {
                const rest = periods.filter((_, j) => j !== i);
                c.noticePeriods = rest.length ? rest : null;
                ctx.changed();
                ctx.focus("#add-notice");
              }}
            >
              Remove<span class="visually-hidden"> notice period ${i + 1}</span>
            </button>
          </div>
          <div class="card-body">
            ${textField({
              path: `${at}.name`,
              label: "What is due",
              hint: 'e.g. "Full set of papers issued to members", "Minutes drawn up" (after the meeting), "Special meeting held" (counted from the request).',
              value: p.name,
              errors,
              onInput: (v) => ((p.name = v), ctx.changed()),
            })}
            ${numberField({ path: `${at}.count`, label: "How many", value: p.count, errors, onInput: (v) => ((p.count = v ?? 0), ctx.changed()) })}
            ${radios<NoticeUnit>({ path: `${at}.unit`, legend: "Counted in", value: p.unit, options: UNITS, errors, onChange: (v) => ((p.unit = v), ctx.changed()) })}
            ${radios<Direction>({
              path: `${at}.direction`,
              legend: "Before or after",
              value: p.direction ?? "before",
              options: [
                ["before", "Before"],
                ["after", "After"],
              ],
              errors,
              inline: true,
              onChange: (v) => ((p.direction = v), ctx.changed()),
            })}
            ${radios<string>({
              path: `${at}.from`,
              legend: "Counted from",
              value: p.from ?? "meeting",
              options: [
                ["meeting", "The meeting"],
                ["request", "The request for a meeting: a meeting called on request must be held within this time"],
                ...others(i).map((id) => [id, `The deadline "${periods.find((q) => q.id === id)?.name || id}"`] as const),
              ],
              errors,
              onChange: (v) => {
                p.from = v;
                // "Within 14 days of the request" is always after it.
                if (v === "request") p.direction = "after";
                ctx.changed();
              },
            })}
            ${p.unit === "workingDays"
              ? nothing
              : radios<NonWorkingDayRule>({
                  path: `${at}.onNonWorkingDay`,
                  legend: "A deadline that lands on a weekend, bank holiday or closure day",
                  value: p.onNonWorkingDay ?? "previousWorkingDay",
                  options: LANDING,
                  errors,
                  onChange: (v) => ((p.onNonWorkingDay = v), ctx.changed()),
                })}
            ${urgency(ctx, p, at)}
            ${checkbox({
              path: `${at}.approximately`,
              label: 'The document says "approximately"',
              checked: p.approximately === true,
              onChange: (on) => ((p.approximately = on), ctx.changed()),
            })}
            <p class="hint">
              Applies to:
              ${p.bodies?.length ? p.bodies.map((id) => c.bodies.find((b) => b.id === id)?.name || id).join(", ") : "every body"} (edit in the JSON file for now).
            </p>
            ${textField({
              path: `${at}.id`,
              label: "Id",
              hint: "Short, without spaces: another deadline counted from this one names it.",
              value: p.id,
              errors,
              wide: false,
              onInput: (v) => ((p.id = v), ctx.changed()),
            })}
            ${citeField({ path: `${at}.cite`, value: p.cite, errors, id: c.id, onInput: (v) => ((p.cite = v), ctx.changed()) })}
          </div>
        </div>`;
      })}
      <p><button type="button" class="secondary" id="add-notice" @click=${add}>${periods.length ? "Add another notice period" : "Add a notice period"}</button></p>
      ${heading(ctx.level, 1, "Local closure days")}
      <div class="inset" data-path="localClosures" tabindex="-1">
        <p><strong>You cannot change the closure days here yet: edit them in the JSON file for now.</strong> They are kept exactly as they are.</p>
      </div>
      ${c.localClosures?.length ? valueView(c.localClosures) : html`<p>The constitution lists no local closure days.</p>`}
      ${notesEditor(ctx, ["notice", "calendar"], "notice")}`;
  },
};
