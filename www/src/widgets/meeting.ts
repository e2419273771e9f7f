// <quorate-meeting>: the whole meeting, for the secretary. The seats and attendance, then,
// live beside them, the quorum, the chair, the agenda with its declarations, the votes,
// and the draft minute. Every answer is an engine's, with its clauses.
import { css, html, nothing, type TemplateResult } from "lit";
import { state } from "lit/decorators.js";
import type { AgendaReport, ChairReport, Constitution, MinuteReport, PersonRef, QuorumReport, Seat, SeatClass, VoteReport } from "quorate";
import { QuorateElement } from "../base/element.js";
import type { Engine } from "../base/engine.js";
import { fieldErrors, type FieldError } from "../base/errors.js";
import { download, slug } from "../base/files.js";
import { heading, inlineError } from "../base/render.js";
import { agendaItems, declarers, forgetSeat, freshItem, itemEditor } from "./meeting/agenda.js";
import { attendanceInput, attendanceTable, fitAttendance, quorumResult, quorumVerdict, seatName } from "./meeting/attendance.js";
import { chairSection, nominee } from "./meeting/chair.js";
import { copyMinute, detailsFields, minuteHtml, minuteSection, type Missing } from "./meeting/minute.js";
import { rosterInput, seatsOf } from "./meeting/roster.js";
import { classOptions, newSeatId, seatControls } from "../base/roster-editor.js";
import { fitMeeting, freshMeeting, isoDate, minuteItems, missingForMinute, remapItems, type MeetingDraft } from "./meeting/state.js";
import { consensusSection, decideItem, voteSection, votingRules, type ItemVote } from "./meeting/votes.js";

/** What `<quorate-meeting>` fires as `quorate-result`: every engine's report on the meeting. */
export interface MeetingResult {
  quorum: QuorumReport;
  chair: ChairReport | null;
  agenda: AgendaReport | null;
  /** Per agenda item, in order: the vote's report (null for an untitled item, or where no voting rule is set). */
  votes: (VoteReport | null)[];
  /** The draft minute; null until every declaration says by virtue of what. */
  minute: MinuteReport | null;
}

/**
 * The whole meeting, for the secretary: edit the seats, record attendance and
 * substitutes, and see live the quorum, who chairs, each agenda item's withdrawals and
 * quorum, the votes, and a draft minute to copy, download or print.
 *
 * @attr preset - a preset id (default `clackmannanshire-2019`)
 * @attr heading-level - the level of the widget's heading (default 2)
 * @attr draft-key - keeps this instance's draft apart from others on the page
 * @prop constitution - your own constitution object, instead of a preset
 * @fires quorate-result - a `MeetingResult` (quorum, chair, agenda, votes and minute reports), on every change
 * @csspart panel - the widget's box
 * @csspart roster - the seats and attendance table
 * @csspart result - the quorum answer
 * @csspart chair - the chair's answer
 * @csspart item - an agenda item (and its vote)
 * @csspart item-result - an item's quorum and who may vote
 * @csspart vote - an item's vote
 * @csspart vote-result - a vote's answer
 * @csspart moving - who moved and seconded an item's motion
 * @csspart roll-call - a roll-call vote's list, member by member
 * @csspart minute - the draft minute
 * @csspart actions - export, import and clear
 */
export class Meeting extends QuorateElement {
  static override styles = [
    ...QuorateElement.styles,
    css`
      .part {
        margin-top: 1.5em;
      }
      .item {
        border-top: 1px solid #b1b4b6;
        padding-top: 0.75em;
        margin-top: 1em;
      }
      .seat-editor,
      .add-seat {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1em;
        align-items: flex-end;
      }
      .field.compact {
        margin: 0;
      }
      .field.conditional {
        margin: 0.25em 0 0.75em 2em;
        border-left: 4px solid #b1b4b6;
        padding-left: 0.75em;
      }
      .pair {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5em;
      }
      .tally {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5em;
      }
      .minute {
        border: 1px solid #b1b4b6;
        padding: 0.5em 1em;
        background: #fff;
      }
      .minute-text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .details-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1em;
        margin-bottom: 1em;
      }
      .w8 {
        width: 9em;
      }
      .w16 {
        width: 16em;
      }
      .copied {
        font-weight: 700;
      }
      @media print {
        :host([printing]) .panel > :not(.minute-part),
        :host([printing]) .minute-part > :not(.minute) {
          display: none !important;
        }
      }
    `,
  ];

  protected readonly tag = "quorate-meeting";
  protected readonly schemaVersion = 1;
  protected override readonly defaultPreset = "clackmannanshire-2019";

  private draft: MeetingDraft = freshMeeting([]);
  /** The roster editor is open. */
  @state() private editing = false;
  /** The seat being added (validated when added, not as typed). */
  @state() private adding: { name: string; organisation: string; class: SeatClass; error: boolean } = { name: "", organisation: "", class: "core", error: false };
  @state() private copied = "";

  private quorum: QuorumReport | null = null;
  private chair: ChairReport | null = null;
  private agenda: AgendaReport | null = null;
  private votes: (ItemVote | null)[] = [];
  private consensus: VoteReport | null = null;
  private minute: MinuteReport | null = null;
  private missing: Missing[] = [];

  protected heading(): string {
    return `Meeting: ${this.rules?.name ?? ""}`;
  }

  private get membership(): readonly Seat[] {
    return this.rules?.membership ?? [];
  }

  private get seats(): readonly Seat[] {
    return seatsOf(this.draft.seats, this.membership);
  }

  protected restore(data: unknown): void {
    this.draft = data === null ? freshMeeting(this.membership) : fitMeeting(this.membership, data);
    this.editing = false;
    this.copied = "";
  }

  protected snapshot(): MeetingDraft {
    return this.draft;
  }

  protected recompute(engine: Engine, rules: Constitution): FieldError[] {
    const d = this.draft;
    const errors: FieldError[] = [];
    d.seats?.forEach((s, i) => {
      if (!s.name.trim()) errors.push({ path: `roster.seats[${i}].name`, message: `Enter the name of seat ${i + 1}` });
    });
    const base = { constitution: this.constitutionInput, roster: rosterInput(d.seats), attendance: attendanceInput(d.attendance) };
    this.chair = this.agenda = this.minute = this.consensus = null;
    this.votes = [];
    try {
      this.quorum = engine.checkQuorum(base);
      this.chair = engine.checkChair(base);
    } catch (e) {
      this.quorum = null;
      this.result = null;
      return [...errors, ...fieldErrors(e)];
    }
    const quorum = this.quorum;
    const people = declarers(quorum);
    const present = new Set(people.map((p) => p.seat));
    const list = agendaItems(d.items, present);
    try {
      this.agenda = engine.checkAgenda({ ...base, items: list.map((x) => x.item) });
    } catch (e) {
      errors.push(...remapItems(fieldErrors(e), list.map((x) => x.index)));
    }
    const everyone: PersonRef[] = quorum.people.filter((p) => p.present).map((p) => p.person);
    if (votingRules(rules)) {
      for (const { index, item } of list) {
        const r = decideItem({ engine, ...base, item: d.items[index] ?? freshItem(), index, present: everyone, conflicts: item.conflicts ?? [] });
        this.votes[index] = r.vote;
        errors.push(...r.errors);
      }
    } else {
      try {
        this.consensus = engine.decideVote({ ...base, motion: {}, votes: [] });
      } catch (e) {
        errors.push(...fieldErrors(e));
      }
    }
    const nameOf = (seat: string) => people.find((p) => p.seat === seat)?.name ?? seat;
    this.missing = missingForMinute(d.items, present, nameOf);
    if (!this.missing.length && !errors.length) {
      try {
        this.minute = engine.draftMinute({
          ...base,
          meeting: { chairedBy: nominee(this.chair, d.chairedBy), date: isoDate(d.details), time: d.details.time.trim() || null, place: d.details.place.trim() || null },
          items: minuteItems(d.items, present, this.votes),
        });
      } catch (e) {
        errors.push(...remapItems(fieldErrors(e), list.map((x) => x.index)));
      }
    }
    this.result = {
      quorum,
      chair: this.chair,
      agenda: this.agenda,
      votes: d.items.map((_, i) => this.votes[i]?.report ?? null),
      minute: this.minute,
    };
    const inquorate = this.agenda?.inquorateItems ?? [];
    const v = quorumVerdict(quorum);
    this.announce(`${v.text}.${inquorate.length ? ` Not quorate for item ${inquorate.join(", ")}.` : ""}`);
    return errors;
  }

  // ---- roster editing ----

  private startEditing(): void {
    this.draft.seats ??= this.membership.map((s) => ({ ...s }));
    this.editing = true;
    this.changed();
    void this.focusAfterUpdate("#seat-name-0");
  }

  private addSeat(): void {
    const a = this.adding;
    if (!a.name.trim()) {
      this.adding = { ...a, error: true };
      void this.focusAfterUpdate("#new-seat-name");
      return;
    }
    const seats = (this.draft.seats ??= this.membership.map((s) => ({ ...s })));
    const seat: Seat = { id: newSeatId(seats), name: a.name.trim(), organisation: a.organisation.trim(), class: a.class };
    seats.push(seat);
    this.draft.attendance = fitAttendance(seats, this.draft.attendance);
    this.adding = { name: "", organisation: "", class: "core", error: false };
    this.changed();
    this.notice = `Added the seat ${seat.name}${seat.organisation ? ` (${seat.organisation})` : ""}.`;
    void this.focusAfterUpdate("#new-seat-name");
  }

  private removeSeat(i: number): void {
    const seats = this.draft.seats;
    const seat = seats?.[i];
    if (!seats || !seat) return;
    seats.splice(i, 1);
    this.draft.attendance = fitAttendance(seats, this.draft.attendance);
    forgetSeat(this.draft.items, seat.id);
    if (this.draft.chairedBy === seat.id) this.draft.chairedBy = null;
    this.changed();
    this.notice = `Removed the seat ${seatName(seat)}${seat.organisation ? ` (${seat.organisation})` : ""}.`;
    void this.focusAfterUpdate(seats.length ? `#seat-name-${Math.min(i, seats.length - 1)}` : "#new-seat-name");
  }

  private resetSeats(): void {
    const gone = (this.draft.seats ?? []).filter((s) => !this.membership.some((m) => m.id === s.id));
    for (const s of gone) forgetSeat(this.draft.items, s.id);
    this.draft.seats = null;
    this.draft.attendance = fitAttendance(this.membership, this.draft.attendance);
    this.editing = false;
    this.changed();
    this.notice = "The seats are the constitution's membership again.";
    void this.focusAfterUpdate("#edit-seats");
  }

  // ---- the minute ----

  private minuteFile(ext: string): string {
    return `${slug(`minute ${this.rules?.id ?? ""}`)}.${ext}`;
  }

  private async copy(): Promise<void> {
    if (!this.minute) return;
    this.copied = await copyMinute(this.minute.text, this.renderRoot as ShadowRoot);
  }

  private async print(): Promise<void> {
    this.toggleAttribute("printing", true);
    await this.updateComplete;
    window.print();
    this.toggleAttribute("printing", false);
  }

  // ---- rendering ----

  protected renderBody(rules: Constitution): TemplateResult {
    const level = this.level;
    const d = this.draft;
    const errors = this.allErrors;
    const quorum = this.quorum;
    const people = declarers(quorum);
    return html`<p class="hint">Record the meeting as it happens. Each answer below updates as you go, with the clauses behind it.</p>
      <section class="part" aria-labelledby="attendance-title">
        ${heading(level, 1, "Seats and attendance", { id: "attendance-title" })}
        ${attendanceTable({
          seats: this.seats,
          attendance: d.attendance,
          errors,
          onChange: () => this.changed(),
          focus: (s) => void this.focusAfterUpdate(s),
          editSeat: this.editing && d.seats
            ? (seat, i) => {
                const c = seatControls({ seat, index: i, errors, layout: "fields", describedBy: `seat-${i}`, onChange: () => this.changed(), onRemove: () => this.removeSeat(i) });
                return html`<div class="seat-editor">${c.name} ${c.organisation} ${c.class} ${c.remove}</div>`;
              }
            : undefined,
        })}
        ${this.editing ? this.renderAddSeat() : nothing}
        <div class="actions no-print">
          ${this.editing
            ? html`<button type="button" class="secondary" @click=${() => { this.editing = false; void this.focusAfterUpdate("#edit-seats"); }}>Finish changing the seats</button>`
            : html`<button type="button" class="secondary" id="edit-seats" @click=${() => this.startEditing()}>Change the seats</button>`}
          ${d.seats ? html`<button type="button" class="secondary" @click=${() => this.resetSeats()}>Reset to the constitution's membership</button>` : nothing}
        </div>
      </section>
      <section class="part">${quorum ? quorumResult(quorum, level) : nothing}</section>
      <section class="part" aria-labelledby="chair-title">
        ${heading(level, 1, "Chair", { id: "chair-title" })}
        ${this.chair
          ? chairSection({
              report: this.chair,
              chosen: d.chairedBy,
              onChoose: (seat) => {
                d.chairedBy = seat;
                this.changed();
              },
            })
          : nothing}
      </section>
      <section class="part" aria-labelledby="agenda-title">
        ${heading(level, 1, "Agenda", { id: "agenda-title" })}
        ${d.items.length ? nothing : html`<p class="hint">Add the items of business, then record who declares a conflict on each.</p>`}
        ${d.items.map((item, i) =>
          itemEditor({
            item,
            index: i,
            report: this.agenda?.items.find((r) => r.id === String(i + 1)),
            people,
            errors,
            level,
            onChange: () => this.changed(),
            onRemove: () => this.removeItem(i),
            focus: (s) => void this.focusAfterUpdate(s),
          }),
        )}
        <button type="button" class="secondary" id="add-item" @click=${() => this.addItem()}>Add an agenda item</button>
      </section>
      <section class="part" aria-labelledby="votes-title">
        ${heading(level, 1, "Votes", { id: "votes-title" })} ${this.renderVotes(rules)}
      </section>
      <section class="part minute-part" aria-labelledby="minute-title">
        ${heading(level, 1, "Draft minute", { id: "minute-title" })}
        <div class="no-print">${detailsFields(d.details, errors, () => this.changed())}</div>
        ${minuteSection({
          report: this.minute,
          missing: this.missing,
          level,
          copied: this.copied,
          onPick: (path) => this.pick(path),
          onCopy: () => void this.copy(),
          onText: () => this.minute && download(this.minuteFile("txt"), this.minute.text, "text/plain;charset=utf-8"),
          onHtml: () => this.minute && download(this.minuteFile("html"), minuteHtml(this.minute), "text/html;charset=utf-8"),
          onPrint: () => void this.print(),
        })}
      </section>
      ${this.fileActions(rules.id, "meeting")}`;
  }

  private renderAddSeat(): TemplateResult {
    const a = this.adding;
    const error = a.error ? { path: "new-seat", message: "Enter the name of the seat to add" } : undefined;
    const set = (patch: Partial<typeof a>) => (this.adding = { ...a, ...patch });
    return html`<fieldset class="field add-seat-group ${error ? "field-error-group" : ""}">
      <legend>Add a seat</legend>
      ${inlineError(error, "new-seat-error")}
      <div class="add-seat">
        <div class="field compact">
          <label for="new-seat-name">Seat name</label>
          <input type="text" id="new-seat-name" autocomplete="off" aria-invalid=${error ? "true" : "false"} aria-describedby=${error ? "new-seat-error" : nothing}
            .value=${a.name} @input=${(e: Event) => set({ name: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="field compact">
          <label for="new-seat-org">Organisation</label>
          <input type="text" id="new-seat-org" autocomplete="off" .value=${a.organisation} @input=${(e: Event) => set({ organisation: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="field compact">
          <label for="new-seat-class">Class</label>
          <select id="new-seat-class" @change=${(e: Event) => set({ class: (e.target as HTMLSelectElement).value as SeatClass })}>
            ${classOptions(a.class)}
          </select>
        </div>
        <button type="button" @click=${() => this.addSeat()}>Add the seat</button>
      </div>
    </fieldset>`;
  }

  private addItem(): void {
    this.draft.items.push(freshItem());
    this.changed();
    void this.focusAfterUpdate(`#title-${this.draft.items.length - 1}`);
  }

  private removeItem(i: number): void {
    const [gone] = this.draft.items.splice(i, 1);
    this.changed();
    this.notice = `Removed item ${i + 1}${gone?.title.trim() ? `: ${gone.title}` : ""}. The items after it are renumbered.`;
    void this.focusAfterUpdate("#add-item");
  }

  private renderVotes(rules: Constitution): TemplateResult {
    if (this.consensus) return consensusSection(this.consensus);
    const d = this.draft;
    const titled = d.items.map((item, i) => ({ item, i, vote: this.votes[i] })).filter((x) => x.item.title.trim() && x.vote);
    if (!titled.length) return html`<p class="hint">Give an agenda item a title to record a vote on it.</p>`;
    return html`${titled.map(({ item, i, vote }) =>
      vote ? voteSection({ rules, item, index: i, vote, level: this.level, onChange: () => this.changed() }) : nothing,
    )}`;
  }
}

declare module "../base/events.js" {
  interface QuorateResults {
    "quorate-meeting": MeetingResult;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "quorate-meeting": Meeting;
  }
}
