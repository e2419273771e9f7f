// <quorate-papers-timeline>: every deadline before a meeting, drawn as a timeline, each
// with its rule, its clause and the weekends and holidays it skipped; or a year of
// meetings (listed, or by a rule) as a schedule with its cadence checks, a calendar
// file (.ics, stable UIDs) and a CSV. The engines do the counting: papersTimeline,
// meetingSchedule and scheduleIcs.
import { html, nothing, type TemplateResult } from "lit";
import type { Constitution, Deadline, MeetingScheduleInput, MeetingScheduleReport, PapersTimelineReport, WeekOfMonth, Weekday } from "quorate";
import { QuorateElement } from "../base/element.js";
import type { Engine } from "../base/engine.js";
import { errorAt, fieldErrors, type FieldError } from "../base/errors.js";
import { download } from "../base/files.js";
import { cites, inlineError } from "../base/render.js";
import { MONTH_NAMES, WEEKDAY_NAMES, checkDate, dateErrorAt, dateInput, longDate, today, type DateError, type DatePart, type DateParts } from "../base/date-input.js";
import { WEEKS, fit, fresh, type PapersTimelineDraft } from "./papers-timeline/draft.js";
import { scheduleResult } from "./papers-timeline/schedule.js";
import { timelineStyles } from "./papers-timeline/styles.js";
import { timelineResult } from "./papers-timeline/timeline.js";

export type { PapersTimelineDraft } from "./papers-timeline/draft.js";

/**
 * An engine error about a date, put beside the field it is about: "meeting: invalid date:
 * 0001-12-03: the year must be between 1900 and 2199" becomes "Date of the meeting: the
 * year must be between 1900 and 2199" (the engine's reason, without its field path).
 */
function plain(message: string, name: string): string {
  const reason = message.split(": ").at(-1) ?? message;
  return `${name}: ${reason}`;
}

/**
 * The deadlines before and after a meeting, as a timeline: pick a date (and a body) and
 * see every deadline with its rule, clause, and the weekends and holidays it skipped; for
 * a special meeting called on request, the latest date it may be held; for a meeting
 * called as urgent, the exceptions for urgency relied on. Or plan a
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
 * @csspart request - a meeting called on request: the latest date it may be held, and whether it is
 * @csspart schedule - the year's table of meetings and deadlines
 * @csspart result - the answer
 * @csspart actions - export, import and clear
 * @cssprop --quorate-timeline-line - the colour of the timeline's line (default the border colour)
 * @cssprop --quorate-timeline-dot - the colour of a deadline's marker (default the accent colour)
 */
export class PapersTimeline extends QuorateElement {
  static override styles = [...QuorateElement.styles, timelineStyles];

  protected readonly tag = "quorate-papers-timeline";
  // 2: the meeting called on request (and when), or as urgent. A version-1 state is a
  // version-2 one with none of these set (`fit` fills them in).
  protected readonly schemaVersion = 2;
  protected override readonly defaultPreset = "clackmannanshire-2019";

  private draft: PapersTimelineDraft = fresh();
  /** The user asked for the answer (pressed the button): errors show even when a date is incomplete. */
  private asked = false;
  /** "How is the meeting called?" is open: the user opened it, or a saved state sets it. */
  private callOpen = false;
  private timeline: PapersTimelineReport | null = null;
  private schedule: MeetingScheduleReport | null = null;
  private scheduleInput: MeetingScheduleInput | null = null;

  protected heading(): string {
    return `Papers timeline: ${this.rules?.name ?? ""}`;
  }

  protected restore(data: unknown): void {
    this.draft = data === null ? fresh() : fit(data);
    this.asked = false;
    const d = this.draft;
    this.callOpen = d.onRequest || d.urgent || Object.values(d.calledOn).some((v) => v.trim() !== "");
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

  /** An optional date of the one-meeting form: its ISO date, or the error to show (if any). */
  private optionalDate(value: DateParts, name: string, path: string, required: boolean): { iso: string | null; errors: FieldError[] } {
    const blank = !value.day.trim() && !value.month.trim() && !value.year.trim();
    if (blank && !required) return { iso: null, errors: [] };
    const check = checkDate(value, name);
    if (check.iso) return { iso: check.iso, errors: [] };
    const show = check.error && (check.complete || this.asked);
    return { iso: null, errors: show && check.error ? [{ path: `${path}.${check.error.parts[0] ?? "day"}`, message: check.error.message }] : [] };
  }

  private computeOne(engine: Engine, body: string | null): FieldError[] {
    const d = this.draft;
    const check = checkDate(d.meeting, "Date of the meeting");
    const requested = d.onRequest ? this.optionalDate(d.requested, "Date the request was received", "requested", true) : { iso: null, errors: [] };
    const called = this.optionalDate(d.calledOn, "Date the meeting is called", "calledOn", false);
    const errors: FieldError[] = [];
    if (!check.iso && check.error && (check.complete || this.asked)) errors.push({ path: `meeting.${check.error.parts[0] ?? "day"}`, message: check.error.message });
    errors.push(...requested.errors, ...called.errors);
    if (!check.iso || errors.length || (d.onRequest && !requested.iso)) return errors;
    try {
      const report = engine.papersTimeline({
        constitution: this.constitutionInput,
        meeting: check.iso,
        body,
        requested: requested.iso ?? undefined,
        calledOn: called.iso ?? undefined,
        urgent: d.urgent,
      });
      this.timeline = report;
      this.result = report;
      this.announce(report.summary);
      return [];
    } catch (e) {
      const names: Record<string, string> = { meeting: "Date of the meeting", requested: "Date the request was received", calledOn: "Date the meeting is called" };
      return fieldErrors(e).map((f) => {
        const field = Object.keys(names).find((k) => f.path.startsWith(k));
        return field ? { path: field, message: plain(f.message, names[field] ?? field) } : f;
      });
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
      const mapped = fieldErrors(e).map((f) =>
        f.path.startsWith("rule.year") || f.path.startsWith("period")
          ? { path: "year", message: plain(f.message, "Year of the meetings") }
          : { path: f.path.replace(/^meetings\[(\d+)\]/, "dates[$1]"), message: f.message },
      );
      // The year is both the period's and the rule's: one field, one error (the first).
      return mapped.filter((f, i) => mapped.findIndex((g) => g.path === f.path) === i);
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
    const own: Record<string, [DateParts, string]> = {
      meeting: [this.draft.meeting, "Date of the meeting"],
      requested: [this.draft.requested, "Date the request was received"],
      calledOn: [this.draft.calledOn, "Date the meeting is called"],
    };
    const mine = own[path];
    const check = mine ? checkDate(mine[0], mine[1]) : null;
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
      ${this.renderCall(errors)}
      <div class="actions"><button type="button" @click=${() => this.ask()}>Show the deadlines</button></div>
      ${report ? timelineResult(report, this.level, (d) => this.clauses(d)) : nothing}`;
  }

  /** How the meeting is called: on request (and when the request came), as urgent, and on which day. */
  private renderCall(errors: readonly FieldError[]): TemplateResult {
    const d = this.draft;
    const report = this.timeline;
    return html`<details class="call-details" ?open=${this.callOpen} @toggle=${(e: Event) => (this.callOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>A special meeting on request, an urgent meeting, or the day it is called</summary>
      <fieldset class="field call">
      <legend>How is the meeting called?</legend>
      <p class="hint">Leave these as they are for an ordinary meeting.</p>
      <div class="field">
        <label class="choice"
          ><input
            type="checkbox"
            id="on-request"
            data-path="onRequest"
            aria-controls=${d.onRequest ? "requested-reveal" : nothing}
            .checked=${d.onRequest}
            @change=${(e: Event) => this.set("onRequest", (e.target as HTMLInputElement).checked)}
          />It is a special meeting called on request (a requisition)</label
        >
        ${d.onRequest
          ? html`<div class="conditional" id="requested-reveal">
              ${dateInput({
                id: "requested",
                legend: "Date the request was received",
                hint: "The constitution may say how soon the meeting must then be held.",
                value: d.requested,
                path: "requested",
                error: this.dateError(errors, "requested", ["day", "month", "year"]),
                confirmed: report?.request ? longDate(report.request.requested, report.request.requestedWeekday) : undefined,
                onInput: () => this.changed(),
              })}
            </div>`
          : nothing}
      </div>
      <div class="field">
        <label class="choice"
          ><input type="checkbox" id="urgent" data-path="urgent" .checked=${d.urgent} @change=${(e: Event) => this.set("urgent", (e.target as HTMLInputElement).checked)} />It is
          called as urgent</label
        >
        <p class="hint check-hint">Where a notice period says “except in case of urgency”, the exception is then relied on.</p>
      </div>
      ${dateInput({
        id: "called",
        legend: "Date the meeting is called (optional)",
        hint: "The day its notice goes out: any deadline before that day is late.",
        value: d.calledOn,
        path: "calledOn",
        error: this.dateError(errors, "calledOn", ["day", "month", "year"]),
        onInput: () => this.changed(),
      })}
    </fieldset>
    </details>`;
  }

  /** The clauses of a deadline's own notice period (the holiday law is cited beside each holiday). */
  private clauses(d: Deadline): string[] {
    return this.rules?.noticePeriods?.find((p) => p.id === d.id)?.cite ?? d.reason.cite;
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
      ${this.schedule ? scheduleResult(this.schedule, this.level, (d) => this.clauses(d), () => this.downloadIcs()) : nothing}`;
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
