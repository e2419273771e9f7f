// <quorate-papers-timeline>: every deadline before a meeting, drawn as a timeline, each
// with its rule, its clause and the weekends and holidays it skipped; or a year of
// meetings (listed, or by a rule) as a schedule with its cadence checks, a calendar
// file (.ics, stable UIDs) and a CSV. The engines do the counting: papersTimeline,
// meetingSchedule and scheduleIcs.
import { css, html, nothing, svg, type TemplateResult } from "lit";
import type {
  Constitution,
  Deadline,
  MeetingScheduleInput,
  MeetingScheduleReport,
  NonWorkingDay,
  PapersTimelineReport,
  WeekOfMonth,
  Weekday,
} from "quorate";
import { QuorateElement } from "../base/element.js";
import type { Engine } from "../base/engine.js";
import { errorAt, fieldErrors, type FieldError } from "../base/errors.js";
import { toCsv } from "../base/csv.js";
import { download } from "../base/files.js";
import { cites, citations, heading, inlineError, reason, reasons, verdict } from "../base/render.js";
import { MONTH_NAMES, WEEKDAY_NAMES, checkDate, dateErrorAt, dateInput, emptyDate, longDate, today, type DateError, type DatePart, type DateParts } from "../base/date-input.js";

type Mode = "one" | "year";
type How = "rule" | "dates";

/** The widget's state, as drafts and exports keep it. */
export interface PapersTimelineDraft {
  mode: Mode;
  /** The body's id; empty for the constitution's first body. */
  body: string;
  meeting: DateParts;
  year: string;
  how: How;
  week: WeekOfMonth;
  weekday: Weekday;
  months: number[];
  dates: { day: string; month: string }[];
}

const WEEKS: readonly [WeekOfMonth, string][] = [
  ["first", "First"],
  ["second", "Second"],
  ["third", "Third"],
  ["fourth", "Fourth"],
  ["last", "Last"],
];

const fresh = (): PapersTimelineDraft => ({
  mode: "one",
  body: "",
  meeting: emptyDate(),
  year: "",
  how: "rule",
  week: "first",
  weekday: "thursday",
  months: [3, 6, 9, 12],
  dates: [{ day: "", month: "" }],
});

const text = (v: unknown, fallback = ""): string => (typeof v === "string" ? v.slice(0, 200) : fallback);

/** A saved state made safe: anything not of the right shape takes the fresh value. */
function fit(saved: unknown): PapersTimelineDraft {
  const base = fresh();
  if (typeof saved !== "object" || saved === null) return base;
  const v = saved as Record<string, unknown>;
  const m = (typeof v.meeting === "object" && v.meeting !== null ? v.meeting : {}) as Record<string, unknown>;
  const months = Array.isArray(v.months) ? [...new Set(v.months.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= 12))].sort((a, b) => a - b) : base.months;
  const dates = Array.isArray(v.dates)
    ? v.dates
        .filter((d): d is Record<string, unknown> => typeof d === "object" && d !== null)
        .slice(0, 60)
        .map((d) => ({ day: text(d.day), month: text(d.month) }))
    : base.dates;
  return {
    mode: v.mode === "year" ? "year" : "one",
    body: text(v.body),
    meeting: { day: text(m.day), month: text(m.month), year: text(m.year) },
    year: text(v.year),
    how: v.how === "dates" ? "dates" : "rule",
    week: WEEKS.find(([w]) => w === v.week)?.[0] ?? base.week,
    weekday: WEEKDAY_NAMES.find(([w]) => w === v.weekday)?.[0] ?? base.weekday,
    months,
    dates: dates.length ? dates : base.dates,
  };
}

/** "Saturday 28 November 2026 (weekend)", "Monday 30 November 2026 (St Andrew's Day)". */
function skippedDay(d: NonWorkingDay): TemplateResult {
  const why = d.kind === "weekend" ? "weekend" : d.kind === "localClosure" ? `${d.name}, office closed` : d.name;
  return html`<time datetime=${d.date}>${longDate(d.date, d.weekday)}</time> (${why})${d.kind === "weekend" ? nothing : html` ${cites(d.reason.cite)}`}`;
}

function skippedLine(d: Deadline): TemplateResult | typeof nothing {
  const passed = d.skipped.filter((s) => !(d.moved && s.date === d.counted));
  if (!passed.length) return nothing;
  return html`<p class="skipped"><span class="label">Skipped:</span> ${passed.map((s, i) => html`${i ? "; " : ""}${skippedDay(s)}`)}</p>`;
}

/** The move off a non-working day, in words, from where the count landed. */
function movedLine(d: Deadline): TemplateResult | typeof nothing {
  if (!d.moved) return nothing;
  const landed = d.skipped.find((s) => s.date === d.counted);
  const which = d.date < d.counted ? "the working day before" : "the next working day";
  return html`<p class="moved">
    <span class="label">Moved:</span> the count landed on ${landed ? skippedDay(landed) : html`<time datetime=${d.counted}>${longDate(d.counted)}</time>`}, not a
    working day, so the deadline is ${which}.
  </p>`;
}

/**
 * An engine error about a date, put beside the field it is about: "meeting: invalid date:
 * 0001-12-03: the year must be between 1900 and 2199" becomes "Date of the meeting: the
 * year must be between 1900 and 2199" (the engine's reason, without its field path).
 */
function plain(message: string, name: string): string {
  const reason = message.split(": ").at(-1) ?? message;
  return `${name}: ${reason}`;
}

const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const shortDate = (iso: string): string => `${Number(iso.slice(8, 10))} ${(MONTH_NAMES[Number(iso.slice(5, 7)) - 1] ?? "").slice(0, 3)}`;

/**
 * A small picture of the run-up to the meeting: each deadline and the meeting on one
 * line, the weekends and holidays passed over shaded. The list below is the data; the
 * picture's title says the takeaway and its description lists every date.
 */
function overview(report: PapersTimelineReport): TemplateResult | typeof nothing {
  const first = report.deadlines[0];
  if (!first) return nothing;
  const meeting = dayNumber(report.meeting);
  const days = [...report.deadlines.map((d) => dayNumber(d.date)), meeting];
  const start = Math.min(...days);
  const span = Math.max(1, Math.max(...days) - start);
  const x = (iso: string) => 3 + (94 * (dayNumber(iso) - start)) / span;
  const points: { date: string; names: string[]; meeting: boolean }[] = [];
  for (const d of report.deadlines) {
    const at = points.find((p) => p.date === d.date);
    if (at) at.names.push(d.name);
    else points.push({ date: d.date, names: [d.name], meeting: false });
  }
  points.push({ date: report.meeting, names: [`the meeting of the ${report.body.name}`], meeting: true });
  points.sort((a, b) => a.date.localeCompare(b.date));
  const skipped = [...new Map(report.deadlines.flatMap((d) => d.skipped).map((s) => [s.date, s])).values()].filter(
    (s) => dayNumber(s.date) >= start && dayNumber(s.date) <= meeting,
  );
  const lead = meeting - dayNumber(first.date);
  const title = `The first deadline is ${longDate(first.date, first.weekday)}, ${lead} days before the meeting on ${longDate(report.meeting, report.meetingWeekday)}`;
  const desc = `${points.map((p) => `${longDate(p.date)}: ${p.names.join(" and ")}`).join("; ")}. ${skipped.length} weekend days and holidays passed over are shaded.`;
  let below = true;
  let last = -100;
  const labels = points.map((p, i) => {
    const at = x(p.date);
    if (at - last < 25) below = !below;
    last = at;
    const anchor = i === 0 ? "start" : i === points.length - 1 ? "end" : "middle";
    const tx = i === 0 ? Math.max(0, at - 3) : i === points.length - 1 ? Math.min(100, at + 3) : at;
    return { p, at, below, anchor, tx };
  });
  return html`<svg class="overview" role="img" aria-labelledby="overview-title overview-desc" part="overview">
    <title id="overview-title">${title}</title>
    <desc id="overview-desc">${desc}</desc>
    ${skipped.map((s) => svg`<rect class="skip" x="${x(s.date) - 47 / span}%" y="1.6em" width="${94 / span}%" height="1.8em"></rect>`)}
    <line class="axis" x1="3%" x2="97%" y1="2.5em" y2="2.5em"></line>
    ${labels.map(
      (l) => svg`<circle class=${l.p.meeting ? "dot meeting" : "dot"} cx="${l.at}%" cy="2.5em" r="0.45em"></circle>
        <text x="${l.tx}%" y=${l.below ? "4.7em" : "1.1em"} text-anchor=${l.anchor}>${shortDate(l.p.date)}</text>`,
    )}
  </svg>`;
}

/**
 * The deadlines before a meeting, as a timeline: pick a date (and a body) and see every
 * deadline with its rule, clause, and the weekends and holidays it skipped. Or plan a
 * year: dates listed or made by a rule, the schedule with its cadence checks, and a
 * calendar file (.ics) for Outlook or Google Calendar, and a CSV.
 *
 * @attr preset - a preset id (default `clackmannanshire-2019`)
 * @attr heading-level - the level of the widget's heading (default 2)
 * @attr draft-key - keeps this instance's draft apart from others on the page
 * @prop constitution - your own constitution object, instead of a preset
 * @fires quorate-result - the `PapersTimelineReport` (one meeting) or `MeetingScheduleReport` (a year), on every change
 * @csspart panel - the widget's box
 * @csspart timeline - the list of deadlines drawn as a timeline
 * @csspart overview - the small picture of the run-up to the meeting (an SVG; the list is its data)
 * @csspart schedule - the year's table of meetings and deadlines
 * @csspart result - the answer
 * @csspart actions - export, import and clear
 * @cssprop --quorate-timeline-line - the colour of the timeline's line (default the border colour)
 * @cssprop --quorate-timeline-dot - the colour of a deadline's marker (default the accent colour)
 */
export class PapersTimeline extends QuorateElement {
  static override styles = [
    ...QuorateElement.styles,
    css`
      .weekday {
        font-weight: 700;
      }
      .w4 {
        width: 5em;
      }
      .rule-fields {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5em;
      }
      .months {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(7.5em, 1fr));
        gap: 0 1em;
      }
      ol.dates {
        list-style: none;
        padding: 0;
        margin: 0 0 1em;
      }
      ol.dates > li {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: 0 1em;
        border-bottom: 1px solid var(--quorate-border, #b1b4b6);
        margin-bottom: 0.75em;
      }
      ol.dates .date-field {
        margin-bottom: 0.5em;
      }
      ol.dates button.link {
        margin-bottom: 1em;
      }
      svg.overview {
        display: block;
        width: 100%;
        height: 5.5em;
        margin: 0.5em 0 0.25em;
        overflow: visible;
      }
      svg.overview .axis {
        stroke: var(--quorate-text, #0b0c0c);
        stroke-width: 2;
      }
      svg.overview .skip {
        fill: #d7d7d7;
      }
      svg.overview .dot {
        fill: var(--quorate-background, #fff);
        stroke: var(--quorate-timeline-dot, var(--quorate-accent, #1d70b8));
        stroke-width: 3;
      }
      svg.overview .dot.meeting {
        fill: var(--quorate-text, #0b0c0c);
        stroke: var(--quorate-text, #0b0c0c);
      }
      svg.overview text {
        fill: var(--quorate-text, #0b0c0c);
        font-size: 0.875em;
      }
      .key {
        font-size: 0.875em;
        margin: 0.5em 0 0;
      }
      .swatch {
        display: inline-block;
        width: 0.9em;
        height: 0.9em;
        vertical-align: -0.1em;
        margin-inline-end: 0.3em;
        border: 1px solid #505a5f;
      }
      .swatch.skip {
        background: #d7d7d7;
      }
      .swatch.deadline {
        border: 3px solid var(--quorate-timeline-dot, var(--quorate-accent, #1d70b8));
        border-radius: 50%;
      }
      .swatch.meeting {
        background: var(--quorate-text, #0b0c0c);
        border-radius: 50%;
      }
      ol.timeline {
        list-style: none;
        padding: 0;
        margin: 1em 0 1.25em 0.75em;
      }
      ol.timeline > li {
        position: relative;
        padding: 0 0 1.25em 1.75em;
        border-left: 0.25em solid var(--quorate-timeline-line, var(--quorate-border, #b1b4b6));
      }
      ol.timeline > li:last-child {
        border-left-color: transparent;
        padding-bottom: 0;
      }
      ol.timeline > li::before {
        content: "";
        position: absolute;
        left: -0.75em;
        top: 0.15em;
        width: 1.25em;
        height: 1.25em;
        border-radius: 50%;
        background: var(--quorate-background, #fff);
        border: 0.25em solid var(--quorate-timeline-dot, var(--quorate-accent, #1d70b8));
      }
      ol.timeline > li.moved::before {
        border-color: var(--quorate-warn, #f47738);
      }
      ol.timeline > li.meeting::before {
        background: var(--quorate-text, #0b0c0c);
        border-color: var(--quorate-text, #0b0c0c);
      }
      .when {
        font-weight: 700;
        font-size: 1.125em;
        margin: 0 0 0.15em;
      }
      .what {
        margin: 0 0 0.25em;
      }
      .rule,
      .skipped,
      .moved,
      .approx {
        margin: 0 0 0.25em;
      }
      .label {
        font-weight: 700;
      }
      .deadline-cell .tag {
        margin-inline-start: 0.25em;
      }
      .cadence > li {
        margin-bottom: 0.5em;
      }
      .result-title:focus {
        outline: none;
      }
      .result-title:focus-visible {
        outline: 3px solid var(--quorate-focus, #fd0);
      }
      @media (forced-colors: active) {
        ol.timeline > li {
          border-left-color: CanvasText;
        }
        ol.timeline > li::before {
          border-color: CanvasText;
        }
      }
    `,
  ];

  protected readonly tag = "quorate-papers-timeline";
  protected readonly schemaVersion = 1;
  protected override readonly defaultPreset = "clackmannanshire-2019";

  private draft: PapersTimelineDraft = fresh();
  /** The user asked for the answer (pressed the button): errors show even when a date is incomplete. */
  private asked = false;
  private timeline: PapersTimelineReport | null = null;
  private schedule: MeetingScheduleReport | null = null;
  private scheduleInput: MeetingScheduleInput | null = null;

  protected heading(): string {
    return `Papers timeline: ${this.rules?.name ?? ""}`;
  }

  protected restore(data: unknown): void {
    this.draft = data === null ? fresh() : fit(data);
    this.asked = false;
  }

  protected snapshot(): PapersTimelineDraft {
    return this.draft;
  }

  /** The body the user chose, if the constitution has it; else the first body. */
  private bodyId(rules: Constitution): string | null {
    const bodies = rules.bodies ?? [];
    return bodies.find((b) => b.id === this.draft.body)?.id ?? bodies[0]?.id ?? null;
  }

  protected recompute(engine: Engine, rules: Constitution): FieldError[] {
    this.timeline = null;
    this.schedule = null;
    this.scheduleInput = null;
    this.result = null;
    const body = this.bodyId(rules);
    return this.draft.mode === "one" ? this.computeOne(engine, body) : this.computeYear(engine, body);
  }

  private computeOne(engine: Engine, body: string | null): FieldError[] {
    const check = checkDate(this.draft.meeting, "Date of the meeting");
    if (!check.iso) {
      if (check.error && (check.complete || this.asked)) return [{ path: `meeting.${check.error.parts[0] ?? "day"}`, message: check.error.message }];
      return [];
    }
    try {
      const report = engine.papersTimeline({ constitution: this.constitutionInput, meeting: check.iso, body });
      this.timeline = report;
      this.result = report;
      this.announce(report.summary);
      return [];
    } catch (e) {
      return fieldErrors(e).map((f) => (f.path.startsWith("meeting") ? { path: "meeting", message: plain(f.message, "Date of the meeting") } : f));
    }
  }

  private computeYear(engine: Engine, body: string | null): FieldError[] {
    const d = this.draft;
    const y = d.year.trim();
    const show = (e: FieldError, complete: boolean) => (complete || this.asked ? [e] : []);
    if (!y) return show({ path: "year", message: "Enter the year of the meetings" }, false);
    if (!/^\d{4}$/.test(y)) return show({ path: "year", message: "Year of the meetings must be a year with 4 numbers, like 2026" }, true);
    const year = Number(y);
    const input: MeetingScheduleInput = { constitution: this.constitutionInput, body, period: { from: `${y}-01-01`, to: `${y}-12-31` } };
    if (d.how === "rule") {
      if (!d.months.length) return [{ path: "rule.months", message: "Select at least one month for the rule" }];
      input.rule = { kind: "monthly", year, week: d.week, weekday: d.weekday, months: d.months };
    } else {
      const meetings: string[] = [];
      const errors: FieldError[] = [];
      d.dates.forEach((row, i) => {
        const c = checkDate({ ...row, year: y }, `Meeting ${i + 1}`, { year });
        if (c.iso) meetings.push(c.iso);
        else if (c.error && (c.complete || (this.asked && (row.day.trim() || row.month.trim()))))
          errors.push({ path: `dates[${i}].${c.error.parts[0] ?? "day"}`, message: c.error.message });
      });
      if (errors.length) return errors;
      if (!meetings.length) return show({ path: "dates", message: "Enter at least one meeting date" }, false);
      input.meetings = meetings;
    }
    try {
      const report = engine.meetingSchedule(input);
      this.schedule = report;
      this.scheduleInput = input;
      this.result = report;
      this.announce(report.summary);
      return [];
    } catch (e) {
      return fieldErrors(e).map((f) =>
        f.path.startsWith("rule.year") || f.path.startsWith("period")
          ? { path: "year", message: plain(f.message, "Year of the meetings") }
          : { path: f.path.replace(/^meetings\[(\d+)\]/, "dates[$1]"), message: f.message },
      );
    }
  }

  /** "Show the deadlines": errors show now, and focus moves to them or to the answer. */
  private async ask(): Promise<void> {
    this.asked = true;
    this.errors = [];
    this.requestUpdate();
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(this.liveErrors.length ? ".error-summary" : ".result-title");
    // The answer's heading takes focus only from here (tabindex -1: never a tab stop).
    if (target && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target?.focus();
  }

  private set<K extends keyof PapersTimelineDraft>(key: K, value: PapersTimelineDraft[K]): void {
    this.draft[key] = value;
    this.changed();
  }

  protected override clearAnswers(): void {
    super.clearAnswers();
    this.asked = false;
  }

  protected renderBody(rules: Constitution): TemplateResult {
    const d = this.draft;
    const bodies = rules.bodies ?? [];
    const errors = this.allErrors;
    return html`<p class="hint">Enter a meeting date to see every deadline before it, or plan a year of meetings. The dates follow the constitution's notice rules.</p>
      ${this.rulesInForce(rules)}
      <fieldset class="field">
        <legend>What do you want to plan?</legend>
        <div class="choices-inline">
          ${(
            [
              ["one", "One meeting"],
              ["year", "A year of meetings"],
            ] as const
          ).map(
            ([v, label]) => html`<label class="choice"
              ><input type="radio" name="mode" value=${v} .checked=${d.mode === v} @change=${() => { this.asked = false; this.set("mode", v); }} />${label}</label
            >`,
          )}
        </div>
      </fieldset>
      ${bodies.length > 1
        ? html`<div class="field">
            <label for="body">Which body is meeting?</label>
            <select id="body" data-path="body" @change=${(e: Event) => this.set("body", (e.target as HTMLSelectElement).value)}>
              ${bodies.map((b) => html`<option value=${b.id} ?selected=${b.id === this.bodyId(rules)}>${b.name}</option>`)}
            </select>
          </div>`
        : nothing}
      ${d.mode === "one" ? this.renderOne(errors) : this.renderYear(errors)} ${this.fileActions(rules.id, "answers")}`;
  }

  /** The notice periods that apply to the chosen body, with their clauses, before any date. */
  private rulesInForce(rules: Constitution): TemplateResult {
    const body = this.bodyId(rules);
    const periods = (rules.noticePeriods ?? []).filter((p) => !p.bodies?.length || (body !== null && p.bodies.includes(body)));
    const name = rules.bodies?.find((b) => b.id === body)?.name ?? "this body";
    if (!periods.length) return html`<p class="hint rules-in-force">The constitution sets no notice period for the ${name}.</p>`;
    return html`<details class="rules-in-force">
      <summary>The notice rules for the ${name}</summary>
      <ul>
        ${periods.map((p) => html`<li>${p.name} ${cites(p.cite)}</li>`)}
      </ul>
    </details>`;
  }

  private dateError(errors: readonly FieldError[], path: string, parts: readonly DatePart[]): DateError | null {
    const e = dateErrorAt(errors, path, parts);
    // The meeting's own check knows every part at fault ("must include a day and month").
    const check = path === "meeting" ? checkDate(this.draft.meeting, "Date of the meeting") : null;
    return e && check?.error && check.error.message === e.message ? { message: e.message, parts: check.error.parts } : e;
  }

  private renderOne(errors: readonly FieldError[]): TemplateResult {
    const report = this.timeline;
    return html`${dateInput({
        id: "meeting",
        legend: "Date of the meeting",
        hint: "For example, 3 12 2026 or 3 Dec 2026",
        value: this.draft.meeting,
        path: "meeting",
        error: this.dateError(errors, "meeting", ["day", "month", "year"]),
        confirmed: report ? longDate(report.meeting, report.meetingWeekday) : undefined,
        onInput: () => this.changed(),
      })}
      <div class="actions"><button type="button" @click=${() => this.ask()}>Show the deadlines</button></div>
      ${report ? this.renderTimeline(report) : nothing}`;
  }

  /** The clauses of a deadline's own notice period (the holiday law is cited beside each holiday). */
  private clauses(d: Deadline): string[] {
    return this.rules?.noticePeriods?.find((p) => p.id === d.id)?.cite ?? d.reason.cite;
  }

  private renderTimeline(report: PapersTimelineReport): TemplateResult {
    const tone = report.warnings.length ? "warn" : report.status === "deadlines" ? "ok" : "neutral";
    return html`<div class="result ${tone}" part="result">
      ${heading(this.level, 1, `Deadlines before the meeting on ${longDate(report.meeting, report.meetingWeekday)}`, { className: "result-title" })}
      ${report.status === "deadlines" ? nothing : verdict("No notice period", "neutral")}
      <p class="summary">${report.summary}</p>
      ${reasons("Warnings", report.warnings, "warnings")}
      ${report.deadlines.length
        ? html`<p class="key" aria-hidden="true">
              <span class="swatch deadline"></span>Deadline&emsp;<span class="swatch meeting"></span>Meeting&emsp;<span class="swatch skip"></span>Weekend or holiday passed over
            </p>
            ${overview(report)}
            <ol class="timeline" part="timeline">
            ${report.deadlines.map(
              (d) => html`<li class=${d.moved ? "moved" : ""}>
                <p class="when"><time datetime=${d.date}>${longDate(d.date, d.weekday)}</time>${d.approximately ? html` <span class="tag info">About</span>` : nothing}${d.moved ? html` <span class="tag warn">Moved</span>` : nothing}</p>
                <p class="what">${d.name}</p>
                <p class="rule"><span class="label">Rule:</span> ${d.rule} ${cites(this.clauses(d))}</p>
                ${d.approximately ? html`<p class="approx">The document says “approximately”: this date is a guide.</p>` : nothing} ${skippedLine(d)} ${movedLine(d)}
                <details>
                  <summary>How this date is worked out<span class="visually-hidden">: ${d.name}</span></summary>
                  <p>${reason(d.reason)}</p>
                </details>
              </li>`,
            )}
            <li class="meeting">
              <p class="when"><time datetime=${report.meeting}>${longDate(report.meeting, report.meetingWeekday)}</time></p>
              <p class="what">The meeting of the ${report.body.name}</p>
            </li>
          </ol>`
        : nothing}
      ${reasons("Notes", report.notes, "notes")} ${citations(report.citations)}
    </div>`;
  }

  private renderYear(errors: readonly FieldError[]): TemplateResult {
    const d = this.draft;
    const yearError = errorAt(errors, "year");
    const monthsError = errorAt(errors, "rule.months");
    const listError = errors.find((e) => e.path === "dates");
    const weekdayOf = (i: number): string | null => {
      const y = d.year.trim();
      const row = d.dates[i];
      if (!row || !/^\d{4}$/.test(y)) return null;
      const c = checkDate({ ...row, year: y }, "Meeting", { year: Number(y) });
      const m = c.iso ? this.schedule?.meetings.find((s) => s.date === c.iso) : undefined;
      return m ? longDate(m.date, m.weekday) : null;
    };
    return html`<div class="field ${yearError ? "field-error-group" : ""}">
        <label for="year">Year of the meetings</label>
        <p class="hint" id="year-hint">For example, 2026</p>
        ${inlineError(yearError, "year-error")}
        <input
          type="text"
          id="year"
          class="w4"
          inputmode="numeric"
          autocomplete="off"
          data-path="year"
          aria-describedby=${yearError ? "year-hint year-error" : "year-hint"}
          aria-invalid=${yearError ? "true" : "false"}
          .value=${d.year}
          @input=${(e: Event) => this.set("year", (e.target as HTMLInputElement).value)}
        />
      </div>
      <fieldset class="field">
        <legend>How are the dates set?</legend>
        <div class="choices">
        ${(
          [
            ["rule", "By a rule, like “the first Thursday of March, June, September and December”"],
            ["dates", "I will list the dates"],
          ] as const
        ).map(
          ([v, label]) => html`<label class="choice"><input type="radio" name="how" value=${v} .checked=${d.how === v} @change=${() => this.set("how", v)} />${label}</label>`,
        )}
        </div>
      </fieldset>
      ${d.how === "rule"
        ? html`<fieldset class="field">
            <legend>The rule</legend>
            <div class="rule-fields">
              <div class="field">
                <label for="week">Which one</label>
                <select id="week" data-path="rule.week" @change=${(e: Event) => this.set("week", (e.target as HTMLSelectElement).value as WeekOfMonth)}>
                  ${WEEKS.map(([v, label]) => html`<option value=${v} ?selected=${d.week === v}>${label}</option>`)}
                </select>
              </div>
              <div class="field">
                <label for="weekday">Day of the week</label>
                <select id="weekday" data-path="rule.weekday" @change=${(e: Event) => this.set("weekday", (e.target as HTMLSelectElement).value as Weekday)}>
                  ${WEEKDAY_NAMES.map(([v, label]) => html`<option value=${v} ?selected=${d.weekday === v}>${label}</option>`)}
                </select>
              </div>
            </div>
            <fieldset class="${monthsError ? "field-error-group" : ""}" data-path="rule.months" aria-describedby=${monthsError ? "months-error" : nothing}>
              <legend>In which months</legend>
              ${inlineError(monthsError, "months-error")}
              <div class="months">
                ${MONTH_NAMES.map(
                  (name, i) => html`<label class="choice"
                    ><input
                      type="checkbox"
                      value=${i + 1}
                      .checked=${d.months.includes(i + 1)}
                      @change=${(e: Event) => {
                        const on = (e.target as HTMLInputElement).checked;
                        this.set("months", on ? [...new Set([...d.months, i + 1])].sort((a, b) => a - b) : d.months.filter((m) => m !== i + 1));
                      }}
                    />${name}</label
                  >`,
                )}
              </div>
            </fieldset>
          </fieldset>`
        : html`<div class="field ${listError ? "field-error-group" : ""}">
            <p class="list-label" id="dates-label">Meeting dates</p>
            ${inlineError(listError, "dates-error")}
            <ol class="dates" aria-labelledby="dates-label">
              ${d.dates.map(
                (row, i) => html`<li>
                  ${this.rowInput(row, i, errors, weekdayOf(i))}
                  ${d.dates.length > 1
                    ? html`<button type="button" class="link" id=${`remove-${i}`} @click=${() => this.removeDate(i)}>
                        Remove<span class="visually-hidden"> meeting ${i + 1}</span>
                      </button>`
                    : nothing}
                </li>`,
              )}
            </ol>
            <button type="button" class="secondary" id="add-date" data-path="dates" aria-describedby=${listError ? "dates-error" : nothing} @click=${() => this.addDate()}>
              Add a meeting date
            </button>
          </div>`}
      <div class="actions"><button type="button" @click=${() => this.ask()}>Show the schedule</button></div>
      ${this.schedule ? this.renderSchedule(this.schedule) : nothing}`;
  }

  /** One listed date: day and month (the year is the year field's). */
  private rowInput(row: { day: string; month: string }, i: number, errors: readonly FieldError[], confirmed: string | null): TemplateResult {
    const value: DateParts = { day: row.day, month: row.month, year: "" };
    return dateInput({
      id: `date-${i}`,
      legend: `Meeting ${i + 1}`,
      value,
      path: `dates[${i}]`,
      withYear: false,
      error: this.dateError(errors, `dates[${i}]`, ["day", "month"]),
      confirmed: confirmed ?? undefined,
      onInput: () => {
        row.day = value.day;
        row.month = value.month;
        this.changed();
      },
    });
  }

  private addDate(): void {
    this.draft.dates.push({ day: "", month: "" });
    this.changed();
    void this.focusAfterUpdate(`#date-${this.draft.dates.length - 1}-day`);
  }

  private removeDate(i: number): void {
    this.draft.dates.splice(i, 1);
    this.changed();
    void this.focusAfterUpdate(this.draft.dates.length > i ? `#remove-${i}` : "#add-date");
  }

  private renderSchedule(report: MeetingScheduleReport): TemplateResult {
    const columns: { id: string; name: string; cite: string[] }[] = [];
    for (const m of report.meetings) {
      for (const dl of m.deadlines) {
        if (!columns.some((c) => c.id === dl.id)) columns.push({ id: dl.id, name: dl.name, cite: this.clauses(dl) });
      }
    }
    const met = report.cadenceMet;
    const tone = met === false ? "bad" : met === true ? (report.warnings.length ? "warn" : "ok") : "neutral";
    const label = met === false ? "Cadence not met" : met === true ? "Cadence met" : "Cadence not judged";
    return html`<div class="result ${tone}" part="result">
      ${heading(this.level, 1, `Meetings of the ${report.body.name} in ${report.period.from.slice(0, 4)}`, { className: "result-title" })}
      ${verdict(label, tone === "warn" ? "ok" : tone)}
      <p class="summary">${report.summary}</p>
      ${reasons("Warnings", report.warnings, "warnings")}
      <div class="scroll" part="schedule">
        <table class="stack">
          <caption>
            Meetings and their deadlines
          </caption>
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              ${columns.map((c) => html`<th scope="col">${c.name} ${cites(c.cite)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${report.meetings.map(
              (m) => html`<tr>
                <th scope="row">
                  <time datetime=${m.date}>${longDate(m.date, m.weekday)}</time>
                  ${m.workingDay ? nothing : html` <span class="tag warn">Not a working day</span>`}
                  ${m.warnings.map((w) => html`<span class="sub">${reason(w)}</span>`)}
                </th>
                ${columns.map((c) => {
                  const dl = m.deadlines.find((x) => x.id === c.id);
                  return html`<td data-label=${c.name} class="deadline-cell">
                    ${dl
                      ? html`<time datetime=${dl.date}>${longDate(dl.date, dl.weekday)}</time>${dl.approximately ? html` <span class="tag info">About</span>` : nothing}${dl.moved
                            ? html` <span class="tag warn">Moved</span>`
                            : nothing}
                          ${dl.skipped.some((s) => s.kind !== "weekend")
                            ? html`<span class="sub">Skipped ${dl.skipped.filter((s) => s.kind !== "weekend").map((s, i) => html`${i ? ", " : ""}${s.name}`)}</span>`
                            : nothing}`
                      : html`<span class="muted">—</span>`}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${heading(this.level, 2, "Cadence checks")}
      ${report.cadence.length
        ? html`<ul class="cadence">
            ${report.cadence.map(
              (c) => html`<li>
                <span class="tag ${c.met === false ? "bad" : c.met ? "ok" : ""}">${c.met === false ? "Not met" : c.met ? "Met" : "Not judged"}</span>
                ${reason(c.reason)}
                ${c.breaches.length
                  ? html`<ul>
                      ${c.breaches.map((b) => html`<li>${reason(b.reason)}</li>`)}
                    </ul>`
                  : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p>The constitution sets no cadence rule for the ${report.body.name}.</p>`}
      <div class="actions no-print">
        <button type="button" class="secondary" @click=${() => this.downloadIcs()}>Download calendar (.ics)</button>
        <button type="button" class="secondary" @click=${() => this.downloadCsv(report)}>Download schedule (CSV)</button>
      </div>
      <p class="hint">The calendar has an all-day event for each meeting and each deadline; Outlook and Google Calendar import it. Importing a newer copy updates the same events rather than adding them twice.</p>
      ${reasons("Notes", report.notes, "notes")} ${citations(report.citations)}
    </div>`;
  }

  private downloadIcs(): void {
    const engine = this.engine;
    const input = this.scheduleInput;
    if (!engine || !input) return;
    try {
      const file = engine.scheduleIcs({ schedule: input, generatedOn: today() });
      download(file.filename, file.ics, "text/calendar;charset=utf-8");
    } catch (e) {
      void this.showErrors(fieldErrors(e), true);
    }
  }

  private downloadCsv(report: MeetingScheduleReport): void {
    const rows: string[][] = [["Meeting", "Meeting weekday", "What is due", "Date", "Weekday", "Rule", "Approximately", "Moved", "Skipped", "Clauses"]];
    for (const m of report.meetings) {
      const day = (w: Weekday) => WEEKDAY_NAMES.find(([x]) => x === w)?.[1] ?? w;
      rows.push([m.date, day(m.weekday), "Meeting", m.date, day(m.weekday), "", "", "", "", m.warnings.map((w) => w.text).join("; ")]);
      for (const dl of m.deadlines) {
        rows.push([
          m.date,
          day(m.weekday),
          dl.name,
          dl.date,
          day(dl.weekday),
          dl.rule,
          dl.approximately ? "yes" : "no",
          dl.moved ? `yes, from ${dl.counted}` : "no",
          dl.skipped.map((s) => `${s.date} ${s.name}`).join("; "),
          dl.reason.cite.join("; "),
        ]);
      }
    }
    download(`${report.constitution}-${report.body.id}-${report.period.from.slice(0, 4)}.csv`, toCsv(rows), "text/csv;charset=utf-8");
  }
}

declare module "../base/events.js" {
  interface QuorateResults {
    "quorate-papers-timeline": PapersTimelineReport | MeetingScheduleReport;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "quorate-papers-timeline": PapersTimeline;
  }
}
