// <quorate-attendance>: the attendance register over a series of meetings. Seats down
// the side, meetings across; the engine flags repeated absence without apologies
// (flagged, never expelled) and checks how often the body met, with the clauses.
import { html, nothing, type TemplateResult } from "lit";
import { state } from "lit/decorators.js";
import type { AttendanceReport, AttendanceStatus, Body, CadenceRule, Constitution, Seat } from "quorate";
import { QuorateElement } from "../base/element.js";
import type { Engine } from "../base/engine.js";
import { errorAt, fieldErrors, type FieldError } from "../base/errors.js";
import { chosenFile, download, slug } from "../base/files.js";
import { cites, columnHeads, heading, inlineError, plural } from "../base/render.js";
import { classLabel, newSeatId, seatControls } from "../base/roster-editor.js";
import { CALENDAR_YEARS, MONTH_NAMES, checkDate, dateErrorAt, dateFieldError, dateInput, emptyDate, longDate, shortDate, type DateParts } from "../base/date-input.js";
import {
  EMPTY_LABEL,
  STATUSES,
  emptyCell,
  freshRegister,
  heldSeats,
  holderAt,
  registerFrom,
  registerFromCsv,
  registerInput,
  registerToCsv,
  startStatus,
  where,
  type HolderDraft,
  type RegisterDraft,
} from "./attendance/register.js";
import { attendanceResult, verdictOf } from "./attendance/result.js";
import { attendanceStyles } from "./attendance/styles.js";

/** The check of a date typed here: a register's dates are within `CALENDAR_YEARS`. */
const check = (parts: DateParts, name: string) => checkDate(parts, name, { within: CALENDAR_YEARS });

/** The line under a date input: its weekday, once it is a real date (kept, empty, until then). */
function thatIs(parts: DateParts): TemplateResult | null {
  const iso = check(parts, "The date").iso;
  return iso ? html`That is a <strong>${longDate(iso)}</strong>.` : null;
}

/** A body's cadence rule in words, for the summary of what the constitution says. */
function ruleWords(rule: CadenceRule): string {
  switch (rule.kind) {
    case "perQuarter":
      return rule.min === 1 ? "at least once a quarter" : `at least ${rule.min} times a quarter`;
    case "perYear":
      return rule.min === 1 ? "at least once a year" : `at least ${rule.min} times a year`;
    case "everyWeeks":
      return `at least every ${plural(rule.weeks, "week")}`;
    case "inMonth":
      return `in ${MONTH_NAMES[rule.month - 1] ?? `month ${rule.month}`} each year${rule.purpose ? ` (${rule.purpose})` : ""}`;
  }
}

/**
 * The attendance register of a body over its meetings: per meeting, each seat's
 * attendance; members flagged for consecutive absence without apologies or reasonable
 * excuse (flagged, never expelled: the body decides); members who joined or left part
 * way, a seat vacant between holders and a member who changed seats (a meeting before
 * someone joined is "not a member", never an absence); substitutes listed without the
 * member they replaced (reported as such, never credited to a seat); the body's
 * meeting-frequency rules checked, each breach explained; CSV and JSON in and out; a
 * print view of the flags and breaches.
 *
 * @attr preset - a preset id (default `clackmannanshire-2019`)
 * @attr heading-level - the level of the widget's heading (default 2)
 * @attr draft-key - keeps this instance's draft apart from others on the page
 * @prop constitution - your own constitution object, instead of a preset
 * @fires quorate-result - the attendance report (`AttendanceReport`), on every change
 * @csspart panel - the widget's box
 * @csspart register - the scrolling register table
 * @csspart seats - the seats editor
 * @csspart holders - who held which seat when (members who joined or left part way)
 * @csspart substitutes - substitutes listed without the member they replaced
 * @csspart result - the flags, breaches and attendance summary
 * @csspart csv-actions - CSV export and import
 * @csspart citations - the clauses used
 * @csspart actions - export, import and clear
 */
export class AttendanceRegister extends QuorateElement {
  static override styles = [...QuorateElement.styles, attendanceStyles];

  protected readonly tag = "quorate-attendance";
  protected readonly schemaVersion = 2;
  protected override readonly defaultPreset = "clackmannanshire-2019";

  private register: RegisterDraft = freshRegister([], "");
  private report: AttendanceReport | null = null;
  /** Whether the seats editor and the period are open (their fields exist only then). */
  @state() private seatsOpen = false;
  @state() private periodOpen = false;
  @state() private holdersOpen = false;
  @state() private subsOpen = false;

  protected heading(): string {
    return `Attendance register: ${this.rules?.name ?? ""}`;
  }

  private get bodyIds(): string[] {
    return (this.rules?.bodies ?? []).map((b) => b.id);
  }

  protected restore(data: unknown): void {
    this.register = data === null ? freshRegister(this.rules?.membership ?? [], this.bodyIds[0] ?? "") : registerFrom(data, this.bodyIds);
    const r = this.register;
    this.seatsOpen = this.seatsChanged;
    this.periodOpen = [r.from, r.to].some((p) => p.day || p.month || p.year);
    this.holdersOpen = r.holders.length > 0;
    this.subsOpen = r.meetings.some((m) => m.unattributed.length > 0);
  }

  /** Version 1 kept no holders and no unattributed substitutes: none, then. */
  protected override migrate(data: unknown, version: number): unknown {
    if (version >= 2 || typeof data !== "object" || data === null) return data;
    const d = data as { meetings?: unknown };
    const meetings = Array.isArray(d.meetings) ? d.meetings.map((m: unknown) => (typeof m === "object" && m !== null ? { ...m, unattributed: [] } : m)) : d.meetings;
    return { ...data, meetings, holders: [] };
  }

  /** Whether the seats are no longer the constitution's. */
  private get seatsChanged(): boolean {
    return JSON.stringify(this.register.seats) !== JSON.stringify(this.rules?.membership ?? []);  }

  protected snapshot(): RegisterDraft {
    return this.register;
  }

  protected recompute(engine: Engine): FieldError[] {
    const errors: FieldError[] = [];
    // The period applies as it is typed; a date is checked once all three fields are filled.
    for (const [end, parts] of [
      ["from", this.register.from],
      ["to", this.register.to],
    ] as const) {
      const error = dateFieldError(end, check(parts, `The ${end === "from" ? "start" : "end"} of the period`));
      if (error && parts.day.trim() && parts.month.trim() && parts.year.trim()) errors.push(error);
    }
    this.register.holders.forEach((h, i) => {
      for (const end of ["joined", "left"] as const) {
        const parts = h[end];
        const error = dateFieldError(`holders[${i}].${end}`, check(parts, `The day ${h.name.trim() || `member ${i + 1}`} ${end}`));
        if (error && parts.day.trim() && parts.month.trim() && parts.year.trim()) errors.push(error);
      }
    });
    if (!this.register.meetings.length) {
      this.report = null;
      this.result = null;
      this.announce("");
      return errors;
    }
    try {
      const report = engine.attendanceReport(registerInput(this.register, this.constitutionInput));
      this.report = report;
      this.result = report;
      this.announce(`${verdictOf(report).text}. ${report.summary}`);
    } catch (e) {
      this.report = null;
      errors.push(...fieldErrors(e).map((f) => ({ path: f.path, message: this.explain(f) })));
    }
    return errors;
  }

  /** An engine error in the words of this form ("Seat 3: …", "The meeting on …"). */
  private explain(f: FieldError): string {
    const seat = /^roster\.seats\[(\d+)\]/.exec(f.path);
    if (seat) {
      const s = this.register.seats[Number(seat[1])];
      return `Seat ${Number(seat[1]) + 1}${s?.name ? ` (${s.name})` : ""}: ${f.message}`;
    }
    const meeting = /^meetings\[(\d+)\]\.attendance\.members\[(\d+)\]/.exec(f.path);
    if (meeting) {
      const m = this.register.meetings[Number(meeting[1])];
      const s = m ? heldSeats(this.register, m)[Number(meeting[2])] : undefined;
      return `${s?.name ?? "A seat"} on ${m ? longDate(m.date) : "a meeting"}: ${f.message}`;
    }
    const holder = /^holders\[(\d+)\]/.exec(f.path);
    if (holder) {
      const h = this.register.holders[Number(holder[1])];
      return `Member ${Number(holder[1]) + 1}${h?.name.trim() ? ` (${h.name.trim()})` : ""}: ${f.message}`;
    }
    const sub = /^meetings\[(\d+)\]\.unattributedSubstitutes\[(\d+)\]/.exec(f.path);
    if (sub) {
      const m = this.register.meetings[Number(sub[1])];
      return `Substitute ${Number(sub[2]) + 1} on ${m ? longDate(m.date) : "a meeting"}: ${f.message}`;
    }
    return f.message;
  }


  // --- Changes the secretary makes -------------------------------------------------

  private addMeeting(): void {
    const r = this.register;
    const read = check(r.adding, "The date of the meeting");
    const iso = read.iso;
    const error = dateFieldError("adding", read);
    if (!iso || error) {
      if (error) void this.showErrors([error], true);
      return;
    }
    if (r.meetings.some((m) => m.date === iso)) {
      void this.showErrors([{ path: "adding", message: `There is already a meeting on ${longDate(iso)}: enter another date` }], true);
      return;
    }
    const statuses: Record<string, AttendanceStatus> = {};
    for (const s of r.seats) statuses[s.id] = startStatus(s);
    r.meetings.push({ date: iso, statuses, unattributed: [] });
    r.meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    r.adding = emptyDate();
    this.changed();
    this.notice = `Added the meeting on ${longDate(iso)}, with everyone present: change those who were not.`;
    void this.focusAfterUpdate("#adding-day");
  }

  private removeMeeting(date: string): void {
    this.register.meetings = this.register.meetings.filter((m) => m.date !== date);
    this.changed();
    this.notice = `Removed the meeting on ${longDate(date)}.`;
    void this.focusAfterUpdate(this.register.meetings.length ? "#register" : "#adding-day");
  }

  private setStatus(date: string, seat: string, status: AttendanceStatus): void {
    const m = this.register.meetings.find((x) => x.date === date);
    if (m) m.statuses[seat] = status;
    this.changed();
  }

  private addSeat(): void {
    const r = this.register;
    const id = newSeatId(r.seats);
    const seat: Seat = { id, name: `New seat ${id.slice("seat-".length)}`, organisation: "", class: "other" };
    r.seats.push(seat);
    for (const m of r.meetings) m.statuses[seat.id] = startStatus(seat);
    this.changed();
    void this.focusAfterUpdate(`#seat-name-${r.seats.length - 1}`);
  }

  private removeSeat(i: number): void {
    const r = this.register;
    const [gone] = r.seats.splice(i, 1);
    if (gone) {
      for (const m of r.meetings) delete m.statuses[gone.id];
      r.holders = r.holders.filter((h) => h.seat !== gone.id);
    }
    this.changed();
    this.notice = gone ? `Removed the seat ${gone.name}.` : "";
    void this.focusAfterUpdate("#add-seat");
  }

  private resetSeats(): void {
    const membership = this.rules?.membership ?? [];
    const r = this.register;
    r.seats = membership.map((s) => ({ ...s }));
    for (const m of r.meetings) {
      const statuses: Record<string, AttendanceStatus> = {};
      for (const s of r.seats) statuses[s.id] = m.statuses[s.id] ?? startStatus(s);
      m.statuses = statuses;
    }
    this.changed();
    this.notice = "The seats are the constitution's again.";
  }

  private addHolder(): void {
    const r = this.register;
    const seat = r.seats.find((s) => !s.vacant) ?? r.seats[0];
    r.holders.push({ seat: seat?.id ?? "", name: "", joined: emptyDate(), left: emptyDate() });
    this.changed();
    void this.focusAfterUpdate(`#holder-seat-${r.holders.length - 1}`);
  }

  private removeHolder(i: number): void {
    const [gone] = this.register.holders.splice(i, 1);
    this.changed();
    this.notice = gone ? `Removed ${gone.name.trim() || `member ${i + 1}`} from who held the seats.` : "";
    void this.focusAfterUpdate("#add-holder");
  }

  private addSubstitute(date: string): void {
    const m = this.register.meetings.find((x) => x.date === date);
    if (!m) return;
    m.unattributed.push({ name: "", organisation: "" });
    this.changed();
    const j = this.register.meetings.indexOf(m);
    void this.focusAfterUpdate(`#sub-name-${j}-${m.unattributed.length - 1}`);
  }

  private removeSubstitute(date: string, k: number): void {
    const m = this.register.meetings.find((x) => x.date === date);
    const [gone] = m ? m.unattributed.splice(k, 1) : [];
    this.changed();
    this.notice = gone ? `Removed the substitute ${gone.name.trim()} from the meeting on ${longDate(date)}.` : "";
    void this.focusAfterUpdate(`#add-sub-${this.register.meetings.findIndex((x) => x.date === date)}`);
  }

  private exportCsv(): void {
    download(`${slug(`attendance ${this.rules?.id ?? ""}`)}.csv`, registerToCsv(this.register), "text/csv;charset=utf-8");
  }

  private async importCsv(event: Event): Promise<void> {
    const file = await chosenFile(event);
    if (!file) return;
    const read = registerFromCsv(file.text);
    if ("problems" in read) {
      const shown = read.problems.slice(0, 20).map((p) => ({ path: "csv", message: `${file.name}: ${where(p)}` }));
      if (read.problems.length > 20) shown.push({ path: "csv", message: `${file.name}: and ${plural(read.problems.length - 20, "more problem")}` });
      await this.showErrors(shown, true);
      return;
    }
    const engine = this.engine;
    const before = structuredClone(this.register);
    this.register = { ...this.register, seats: read.seats, meetings: read.meetings, holders: [] };
    const problems = engine ? this.recompute(engine).filter((e) => !/^(from|to)\b/.test(e.path)) : [];
    if (problems.length) {
      this.register = before;
      await this.showErrors(
        problems.map((p) => ({ path: "csv", message: `${file.name} could not be imported: ${p.message}` })),
        true,
      );
      return;
    }
    this.changed();
    this.notice = `Imported ${file.name}: ${plural(read.seats.length, "seat")}, ${plural(read.meetings.length, "meeting")}.`;
  }

  private print(): void {
    window.print();
  }

  // --- Rendering --------------------------------------------------------------------

  protected renderBody(rules: Constitution): TemplateResult {
    const r = this.register;
    const errors = this.allErrors;
    return html`${this.renderRules(rules)}
      <div class="no-print">
        ${heading(this.level, 1, "Meetings")}
        <div class="add-row">
          ${dateInput({
            id: "adding",
            legend: "Add a meeting",
            hint: "For example, 5 3 2026 or 5 March 2026",
            value: r.adding,
            path: "adding",
            error: dateErrorAt(errors, "adding"),
            confirmed: thatIs(r.adding),
            onInput: () => this.changed(),
            onEnter: () => this.addMeeting(),
          })}
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.addMeeting()}>Add meeting</button>
        </div>
        ${this.renderRegister(errors)} ${this.renderHolders(errors)} ${this.renderSubstitutes(errors)} ${this.renderSeats(errors)}
        ${this.renderPeriod(errors)}
      </div>
      ${this.report ? attendanceResult(this.report, rules, this.register.seats, this.level, () => this.print()) : html`<p class="hint no-print">Add a meeting to see the flags and the meeting frequency checks.</p>`}
      <div class="actions no-print" part="csv-actions">
        <button type="button" class="secondary" @click=${() => this.exportCsv()}>Export the register (CSV)</button>
        <label class="button secondary file"
          >Import a register (CSV)<input type="file" accept="text/csv,.csv" data-path="csv" @change=${(e: Event) => this.importCsv(e)}
        /></label>
      </div>
      ${this.fileActions(rules.id, "register")}`;
  }

  private renderRules(rules: Constitution): TemplateResult {
    const bodies = rules.bodies ?? [];
    const body: Body | undefined = bodies.find((b) => b.id === this.register.body) ?? bodies[0];
    const absence = rules.absence;
    return html`<div class="field no-print">
        <label for="body">Body</label>
        <p class="hint" id="body-hint">Its meeting frequency rules are the ones checked.</p>
        <select
          id="body"
          data-path="body"
          aria-describedby="body-hint"
          .value=${this.register.body}
          @change=${(e: Event) => {
            this.register.body = (e.target as HTMLSelectElement).value;
            this.changed();
          }}
        >
          ${bodies.map((b) => html`<option value=${b.id} ?selected=${b.id === this.register.body}>${b.name}</option>`)}
        </select>
      </div>
      <details class="no-print">
        <summary>What the ${rules.name} rules say</summary>
        <ul>
          <li>
            ${absence
              ? html`A member who misses ${plural(absence.consecutiveMeetings, "consecutive meeting")} without apologies or a reasonable
                excuse ${absence.consequence} ${cites(absence.cite)}. This tool only flags it; the decision is the body's.`
              : "This constitution sets no rule on repeated absence, so nobody is flagged."}
          </li>
          ${body?.cadence?.length
            ? body.cadence.map((c) => html`<li>The ${body.name} meets ${ruleWords(c)} ${cites(c.cite)}.</li>`)
            : html`<li>This constitution sets no meeting frequency for the ${body?.name ?? "body"}.</li>`}
        </ul>
      </details>`;
  }

  private renderRegister(errors: readonly FieldError[]): TemplateResult {
    const r = this.register;
    if (!r.meetings.length) return html`<p class="hint">No meetings yet: add the first above.</p>`;
    const flagged = new Set(this.report?.seats.filter((s) => s.flagged).map((s) => s.member.seat) ?? []);
    const anySubs = r.meetings.some((m) => m.unattributed.some((u) => u.name.trim()));
    const anyEmpty = r.meetings.some((m) => heldSeats(r, m).length < r.seats.length);
    return html`<p class="list-label register-label" id="register-caption">
        Attendance register (${plural(r.meetings.length, "meeting")}, ${plural(r.seats.length, "seat")})
      </p>
      <div class="scroll register" part="register" id="register" role="region" tabindex="0" aria-labelledby="register-caption register-scrolls">
      <span class="visually-hidden" id="register-scrolls">, scrolls sideways</span>
      <table aria-labelledby="register-caption" aria-describedby=${anyEmpty || anySubs ? "register-legend" : nothing}>
        <thead>
          <tr>
            <th scope="col">Seat</th>
            ${r.meetings.map(
              (m) =>
                html`<th scope="col">
                  <span id=${`date-${m.date}`}>${shortDate(m.date)}</span>
                  <button type="button" class="link remove" @click=${() => this.removeMeeting(m.date)}>
                    Remove<span class="visually-hidden"> the meeting on ${longDate(m.date)}</span>
                  </button>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${r.seats.map((s) => {
            const holders = r.holders.filter((h) => h.seat === s.id && h.name.trim());
            return html`<tr>
              <th scope="row">
                ${s.name}${flagged.has(s.id) ? html` <strong class="tag warn">Flagged</strong>` : nothing}
                <span class="sub">${s.organisation}${s.organisation ? " · " : ""}${classLabel(s.class)}${s.vacant ? " · vacant" : ""}</span>
                ${holders.map((h) => html`<span class="sub holder-line">${h.name.trim()}${this.span(h)}</span>`)}
              </th>
              ${r.meetings.map((m, j) => this.renderCell(errors, s, m, j, holders.length > 0))}
            </tr>`;
          })}
        </tbody>
        ${anySubs
          ? html`<tfoot>
              <tr>
                <th scope="row">Substitutes, member replaced not recorded</th>
                ${r.meetings.map(
                  (m) =>
                    html`<td class="unattributed">
                      ${m.unattributed
                        .filter((u) => u.name.trim())
                        .map((u) => html`<span class="sub-name">${u.name.trim()}${u.organisation.trim() ? `, ${u.organisation.trim()}` : ""} (sub)</span>`)}
                    </td>`,
                )}
              </tr>
            </tfoot>`
          : nothing}
      </table>
    </div>
    ${anyEmpty || anySubs ? this.renderLegend(anySubs) : nothing}`;
  }

  /** A holder's dates in the register's row heading: ", joined 19 May 2026", ", left 30 June 2026". */
  private span(h: HolderDraft): string {
    const day = (p: DateParts) => check(p, "The date").iso;
    const joined = day(h.joined);
    const left = day(h.left);
    const words = [joined ? `joined ${longDate(joined).replace(/^\w+ /, "")}` : "", left ? `left ${longDate(left).replace(/^\w+ /, "")}` : ""].filter(Boolean);
    return words.length ? `, ${words.join(", ")}` : "";
  }

  /** One seat at one meeting: its status, or what the register says when nobody held the seat. */
  private renderCell(errors: readonly FieldError[], s: Seat, m: RegisterDraft["meetings"][number], j: number, dated: boolean): TemplateResult {
    const r = this.register;
    const holder = holderAt(r, s, m.date);
    if (holder === null) {
      const kind = emptyCell(r, s, m.date);
      return html`<td class=${kind === "notMember" ? "not-member" : "vacant"}>
        ${dated ? html`<span class="cell-holder blank"></span>` : nothing}
        <span class="empty-cell">${EMPTY_LABEL[kind]}<span class="visually-hidden">: ${s.name}, ${longDate(m.date)}</span></span>
      </td>`;
    }
    const k = heldSeats(r, m).indexOf(s);
    const path = `meetings[${j}].attendance.members[${k}].status`;
    const err = errorAt(errors, `meetings[${j}].attendance.members[${k}]`);
    const value = m.statuses[s.id] ?? startStatus(s);
    return html`<td>
      ${dated && holder ? html`<span class="cell-holder">${holder.name.trim()}</span>` : nothing}
      <select
        aria-label=${`${s.name}, ${longDate(m.date)}`}
        data-path=${path}
        aria-invalid=${err ? "true" : "false"}
        .value=${value}
        @change=${(e: Event) => this.setStatus(m.date, s.id, (e.target as HTMLSelectElement).value as AttendanceStatus)}
      >
        ${STATUSES.map(([v, label]) => html`<option value=${v} ?selected=${v === value}>${label}</option>`)}
      </select>
    </td>`;
  }

  private renderLegend(subs: boolean): TemplateResult {
    return html`<div class="legend" id="register-legend">
      <p class="list-label">Key to the register</p>
      <dl>
        <div><dt><span class="swatch not-member">${EMPTY_LABEL.notMember}</span></dt><dd>a meeting before the member joined: never counted as an absence, and a run of absences does not continue across it</dd></div>
        <div><dt><span class="swatch vacant">${EMPTY_LABEL.vacant}</span></dt><dd>nobody held the seat at that meeting (after a member left, or a seat marked vacant)</dd></div>
        <div><dt><span class="swatch absent">Absent</span></dt><dd>a member absent without apologies or excuse: counts towards repeated absence</dd></div>
        ${subs
          ? html`<div><dt><span class="swatch">(sub)</span></dt><dd>a substitute listed without the member they replaced: credited to no seat</dd></div>`
          : nothing}
      </dl>
    </div>`;
  }

  private renderHolders(errors: readonly FieldError[]): TemplateResult {
    const r = this.register;
    return html`<details class="holders" part="holders" ?open=${this.holdersOpen} @toggle=${(e: Event) => (this.holdersOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>Members who joined or left part way (${plural(r.holders.length, "entry", "entries")})</summary>
      ${this.holdersOpen
        ? html`<p class="hint">
              For each member appointed, withdrawn or moved to another seat during these meetings, give the seat and the days they joined and left
              (leave one empty when it is outside these meetings). A meeting before they joined or after they left is "not a member", never an
              absence. A seat listed here is vacant at a meeting none of its members covers; a seat not listed is held throughout by its roster
              member. A member who changed seats has one entry per seat, under the same name.
            </p>
            ${r.holders.map((h, i) => this.renderHolder(errors, h, i))}
            <div class="actions">
              <button type="button" class="secondary" id="add-holder" @click=${() => this.addHolder()}>Add a member who joined or left</button>
            </div>`
        : nothing}
    </details>`;
  }

  private renderHolder(errors: readonly FieldError[], h: HolderDraft, i: number): TemplateResult {
    const r = this.register;
    const at = `holders[${i}]`;
    const seatErr = errorAt(errors, `${at}.seat`);
    const nameErr = errorAt(errors, `${at}.name`);
    const onInput = () => this.changed();
    const who = h.name.trim() || `member ${i + 1}`;
    return html`<fieldset class="holder" aria-labelledby=${`holder-legend-${i}`}>
      <legend id=${`holder-legend-${i}`}>Member ${i + 1}${h.name.trim() ? `: ${h.name.trim()}` : ""}</legend>
      <div class="holder-row">
        <div class="field compact ${seatErr ? "field-error-group" : ""}">
          <label for=${`holder-seat-${i}`}>Seat</label>
          ${inlineError(seatErr, `holder-seat-${i}-error`)}
          <select
            id=${`holder-seat-${i}`}
            data-path=${`${at}.seat`}
            aria-invalid=${seatErr ? "true" : "false"}
            aria-describedby=${seatErr ? `holder-seat-${i}-error` : nothing}
            .value=${h.seat}
            @change=${(e: Event) => {
              h.seat = (e.target as HTMLSelectElement).value;
              this.changed();
            }}
          >
            ${r.seats.map((s) => html`<option value=${s.id} ?selected=${s.id === h.seat}>${s.name}</option>`)}
          </select>
        </div>
        <div class="field compact ${nameErr ? "field-error-group" : ""}">
          <label for=${`holder-name-${i}`}>Member's name</label>
          ${inlineError(nameErr, `holder-name-${i}-error`)}
          <input
            type="text"
            id=${`holder-name-${i}`}
            autocomplete="off"
            data-path=${`${at}.name`}
            aria-invalid=${nameErr ? "true" : "false"}
            aria-describedby=${nameErr ? `holder-name-${i}-error` : nothing}
            .value=${h.name}
            @input=${(e: Event) => {
              h.name = (e.target as HTMLInputElement).value;
              this.changed();
            }}
          />
        </div>
      </div>
      <div class="holder-row">
        ${dateInput({ id: `holder-joined-${i}`, legend: "Joined", hint: "Empty: before these meetings", value: h.joined, path: `${at}.joined`, error: dateErrorAt(errors, `${at}.joined`), confirmed: thatIs(h.joined), onInput })}
        ${dateInput({ id: `holder-left-${i}`, legend: "Left", hint: "Empty: still a member", value: h.left, path: `${at}.left`, error: dateErrorAt(errors, `${at}.left`), confirmed: thatIs(h.left), onInput })}
      </div>
      <button type="button" class="link" @click=${() => this.removeHolder(i)}>Remove<span class="visually-hidden"> ${who}</span></button>
    </fieldset>`;
  }

  private renderSubstitutes(errors: readonly FieldError[]): TemplateResult {
    const r = this.register;
    const count = r.meetings.reduce((n, m) => n + m.unattributed.length, 0);
    return html`<details class="subs" part="substitutes" ?open=${this.subsOpen} @toggle=${(e: Event) => (this.subsOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>Substitutes listed without whom they replace (${plural(count, "substitute")})</summary>
      ${this.subsOpen
        ? html`<p class="hint">
              Where the minute lists a substitute ("Also in attendance: J Bloggs (sub)") without saying which member they came for, enter them
              here. They are reported as "substitute, member replaced not recorded": never credited to a seat, and where they could change a run
              of absences the register says it cannot tell. A substitute whose member is known is that member's seat: choose the status of the
              seat instead.
            </p>
            ${r.meetings.length
              ? r.meetings.map(
                  (m, j) => html`<fieldset class="sub-meeting">
                    <legend>${longDate(m.date)}</legend>
                    ${m.unattributed.map((u, k) => {
                      const at = `meetings[${j}].unattributedSubstitutes[${k}]`;
                      const nameErr = errorAt(errors, `${at}.name`);
                      return html`<div class="holder-row">
                        <div class="field compact ${nameErr ? "field-error-group" : ""}">
                          <label for=${`sub-name-${j}-${k}`}>Substitute's name</label>
                          ${inlineError(nameErr, `sub-name-${j}-${k}-error`)}
                          <input
                            type="text"
                            id=${`sub-name-${j}-${k}`}
                            autocomplete="off"
                            data-path=${`${at}.name`}
                            aria-invalid=${nameErr ? "true" : "false"}
                            aria-describedby=${nameErr ? `sub-name-${j}-${k}-error` : nothing}
                            .value=${u.name}
                            @input=${(e: Event) => {
                              u.name = (e.target as HTMLInputElement).value;
                              this.changed();
                            }}
                          />
                        </div>
                        <div class="field compact">
                          <label for=${`sub-org-${j}-${k}`}>Organisation (as the minute gives it)</label>
                          <input
                            type="text"
                            id=${`sub-org-${j}-${k}`}
                            autocomplete="off"
                            data-path=${`${at}.organisation`}
                            .value=${u.organisation}
                            @input=${(e: Event) => {
                              u.organisation = (e.target as HTMLInputElement).value;
                              this.changed();
                            }}
                          />
                        </div>
                        <button type="button" class="link" @click=${() => this.removeSubstitute(m.date, k)}>
                          Remove<span class="visually-hidden"> the substitute ${u.name.trim()} on ${longDate(m.date)}</span>
                        </button>
                      </div>`;
                    })}
                    <button type="button" class="secondary" id=${`add-sub-${j}`} @click=${() => this.addSubstitute(m.date)}>
                      Add a substitute<span class="visually-hidden"> on ${longDate(m.date)}</span>
                    </button>
                  </fieldset>`,
                )
              : html`<p class="hint">Add a meeting first.</p>`}`
        : nothing}
    </details>`;
  }

  private renderSeats(errors: readonly FieldError[]): TemplateResult {
    const r = this.register;
    const changedSeats = this.seatsChanged;
    return html`<details class="seats" part="seats" ?open=${this.seatsOpen} @toggle=${(e: Event) => (this.seatsOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>Change the seats (${plural(r.seats.length, "seat")})</summary>
      ${this.seatsOpen ? this.renderSeatsTable(errors, changedSeats) : nothing}
    </details>`;
  }

  private renderSeatsTable(errors: readonly FieldError[], changedSeats: boolean): TemplateResult {
    const r = this.register;
    return html`<p class="hint">Add the officers and others your register records, rename a seat, or remove one. A seat removed is removed from every meeting.</p>
      <table class="stack seats-table">
        <caption class="visually-hidden">
          Seats
        </caption>
        ${columnHeads(["Name", "Organisation", "Class", { hidden: "Remove" }])}
        <tbody>
          ${r.seats.map((s, i) => {
            const c = seatControls({ seat: s, index: i, errors, layout: "row", removable: r.seats.length > 1, onChange: () => this.changed(), onRemove: () => this.removeSeat(i) });
            return html`<tr>
              <td data-label="Name">${c.name}</td>
              <td data-label="Organisation">${c.organisation}</td>
              <td data-label="Class">${c.class}</td>
              <td>${c.remove}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" class="secondary" id="add-seat" @click=${() => this.addSeat()}>Add a seat</button>
        ${changedSeats
          ? html`<button type="button" class="secondary" @click=${() => this.resetSeats()}>Use the constitution's seats</button>`
          : nothing}
      </div>`;
  }

  private renderPeriod(errors: readonly FieldError[]): TemplateResult {
    const r = this.register;
    const onInput = () => this.changed();
    return html`<details class="period" ?open=${this.periodOpen} @toggle=${(e: Event) => (this.periodOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>Check the meeting frequency over a set period</summary>
      ${this.periodOpen
        ? html`<p class="hint">
              Left empty, the period runs from the first meeting to the last. A rule such as "4 times a year" can only be judged over a whole year.
            </p>
            ${dateInput({ id: "from", legend: "Start of the period", hint: "For example, 1 1 2026", value: r.from, path: "from", error: dateErrorAt(errors, "from"), confirmed: thatIs(r.from), onInput })}
            ${dateInput({ id: "to", legend: "End of the period", hint: "For example, 31 12 2026", value: r.to, path: "to", error: dateErrorAt(errors, "to"), confirmed: thatIs(r.to), onInput })}`
        : nothing}
    </details>`;
  }


}

declare module "../base/events.js" {
  interface QuorateResults {
    "quorate-attendance": AttendanceReport;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "quorate-attendance": AttendanceRegister;
  }
}
