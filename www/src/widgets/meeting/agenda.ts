// The agenda: items with titles, the members who declare a conflict on each (picked from
// those present), and per item, as `checkAgenda` says, who withdraws, who may vote and
// whether the item is still quorate.
import { html, nothing, type TemplateResult } from "lit";
import type { AgendaItem, BallotBy, ItemReport, PersonRef, Proposer, QuorumReport, VoteChoice } from "quorate";
import { errorAt, type FieldError } from "../../base/errors.js";
import { citations, heading, inlineError, reason, verdict } from "../../base/render.js";

/** A vote being recorded on an item. */
export interface VoteDraft {
  /** A special majority's id, or "" for an ordinary decision. */
  rule: string;
  ballots: { seat: string; by: BallotBy; vote: VoteChoice }[];
  /** The Chair's casting vote, sent only while the tally ties. */
  casting: VoteChoice | null;
  /** Who moved and who seconded the motion (decisions.moverAndSeconder). */
  mover: Proposer | null;
  seconder: Proposer | null;
  /** The seats whose members asked for a roll call (decisions.rollCall). */
  rollCallBy: string[];
}

/** An item as the secretary records it. */
export interface ItemDraft {
  title: string;
  /** Seats whose member (or substitute) declared a conflict, and by virtue of what. */
  conflicts: { seat: string; byVirtueOf: string }[];
  /** What was agreed, in the clerk's words (for the minute). */
  decision: string;
  vote: VoteDraft;
}

export const freshItem = (): ItemDraft => ({ title: "", conflicts: [], decision: "", vote: { rule: "", ballots: [], casting: null, mover: null, seconder: null, rollCallBy: [] } });

const CHOICES: readonly VoteChoice[] = ["for", "against", "abstain"];

/** Saved items made safe: anything of the wrong shape is dropped. */
export function fitItems(saved: unknown): ItemDraft[] {
  if (!Array.isArray(saved)) return [];
  return saved.slice(0, 100).map((raw: unknown) => {
    const v = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const vote = (typeof v.vote === "object" && v.vote !== null ? v.vote : {}) as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === "string" ? x : "");
    const choice = (x: unknown) => CHOICES.find((c) => c === x) ?? null;
    const conflicts = (Array.isArray(v.conflicts) ? v.conflicts : [])
      .filter((c: { seat?: unknown }) => typeof c?.seat === "string")
      .map((c: { seat: string; byVirtueOf?: unknown }) => ({ seat: c.seat, byVirtueOf: str(c.byVirtueOf) }));
    const ballots = (Array.isArray(vote.ballots) ? vote.ballots : []).flatMap((b: { seat?: unknown; by?: unknown; vote?: unknown }) => {
      const c = choice(b?.vote);
      return typeof b?.seat === "string" && c ? [{ seat: b.seat, by: (b.by === "substitute" ? "substitute" : "member") as BallotBy, vote: c }] : [];
    });
    const proposer = (x: unknown): Proposer | null => {
      const p = (typeof x === "object" && x !== null ? x : {}) as { seat?: unknown; by?: unknown };
      return typeof p.seat === "string" ? { seat: p.seat, by: p.by === "substitute" ? "substitute" : "member" } : null;
    };
    const rollCallBy = (Array.isArray(vote.rollCallBy) ? vote.rollCallBy : []).filter((x): x is string => typeof x === "string");
    return {
      title: str(v.title),
      conflicts,
      decision: str(v.decision),
      vote: { rule: str(vote.rule), ballots, casting: choice(vote.casting), mover: proposer(vote.mover), seconder: proposer(vote.seconder), rollCallBy },
    };
  });
}

/** Drop what refers to a removed seat. */
export function forgetSeat(items: ItemDraft[], seat: string): void {
  for (const item of items) {
    item.conflicts = item.conflicts.filter((c) => c.seat !== seat);
    item.vote.ballots = item.vote.ballots.filter((b) => b.seat !== seat);
    if (item.vote.mover?.seat === seat) item.vote.mover = null;
    if (item.vote.seconder?.seat === seat) item.vote.seconder = null;
    item.vote.rollCallBy = item.vote.rollCallBy.filter((s) => s !== seat);
  }
}

/** The people present who may declare (one per seat: the member, or their substitute). */
export function declarers(quorum: QuorumReport | null): PersonRef[] {
  const bySeat = new Map<string, PersonRef>();
  for (const p of quorum?.people ?? []) {
    if (!p.present) continue;
    const held = bySeat.get(p.person.seat);
    if (!held || (held.substitute && !p.person.substitute)) bySeat.set(p.person.seat, p.person);
  }
  return [...bySeat.values()];
}

/** The item's number on the agenda. */
export const itemId = (i: number): string => String(i + 1);

/** The items the engines see: those with a title, numbered by position; conflicts of those present. */
export function agendaItems(items: readonly ItemDraft[], present: ReadonlySet<string>): { index: number; item: AgendaItem }[] {
  return items.flatMap((it, index) =>
    it.title.trim() ? [{ index, item: { id: itemId(index), title: it.title, conflicts: it.conflicts.filter((c) => present.has(c.seat)).map((c) => c.seat) } }] : [],
  );
}

export function personLabel(p: PersonRef): string {
  return p.substitute ? `${p.name} (substitute)` : p.name;
}

/** One item's editor (title, declarations, decision) beside its result. */
export function itemEditor(opts: {
  item: ItemDraft;
  index: number;
  report: ItemReport | undefined;
  people: readonly PersonRef[];
  errors: readonly FieldError[];
  level: number;
  onChange: () => void;
  onRemove: () => void;
  focus: (selector: string) => void;
}): TemplateResult {
  const { item, index: i, report, people, errors, level, onChange, onRemove, focus } = opts;
  const titleError = errorAt(errors, `items[${i}].title`);
  const toggle = (seat: string, on: boolean) => {
    item.conflicts = item.conflicts.filter((c) => c.seat !== seat);
    if (on) item.conflicts.push({ seat, byVirtueOf: "" });
    onChange();
    if (on) focus(`#virtue-${i}-${CSS.escape(seat)}`);
  };
  return html`<div class="item" part="item">
    ${heading(level, 2, `Item ${itemId(i)}${item.title.trim() ? `: ${item.title}` : ""}`, { className: "item-title" })}
    <div class="field ${titleError ? "field-error-group" : ""}">
      <label for=${`title-${i}`}>Title of item ${itemId(i)}</label>
      ${inlineError(titleError, `title-error-${i}`)}
      <input
        type="text"
        id=${`title-${i}`}
        autocomplete="off"
        data-path=${`items[${i}].title`}
        aria-invalid=${titleError ? "true" : "false"}
        aria-describedby=${titleError ? `title-error-${i}` : nothing}
        .value=${item.title}
        @input=${(e: Event) => {
          item.title = (e.target as HTMLInputElement).value;
          onChange();
        }}
      />
    </div>
    ${item.title.trim() ? declarations(item, i, people, errors, toggle, onChange) : html`<p class="hint">Enter a title to check this item.</p>`}
    ${report ? itemResult(report) : nothing}
    ${item.title.trim()
      ? html`<div class="field">
          <label for=${`decision-${i}`}>What was agreed on item ${itemId(i)} (for the minute; optional)</label>
          <textarea
            id=${`decision-${i}`}
            data-path=${`items[${i}].decision`}
            .value=${item.decision}
            @input=${(e: Event) => {
              item.decision = (e.target as HTMLTextAreaElement).value;
              onChange();
            }}
          ></textarea>
        </div>`
      : nothing}
    <button type="button" class="secondary" @click=${onRemove}>Remove item ${itemId(i)}</button>
  </div>`;
}

function declarations(
  item: ItemDraft,
  i: number,
  people: readonly PersonRef[],
  errors: readonly FieldError[],
  toggle: (seat: string, on: boolean) => void,
  onChange: () => void,
): TemplateResult {
  if (!people.length) return html`<p class="hint">Record who is present to take declarations of interest.</p>`;
  return html`<fieldset class="field" data-path=${`items[${i}].conflicts`}>
    <legend>Who declared a conflict of interest on item ${itemId(i)}?</legend>
    <div class="choices">
      ${people.map((p) => {
        const k = item.conflicts.findIndex((x) => x.seat === p.seat);
        const c = item.conflicts[k];
        const path = `items[${i}].declarations[${k}].byVirtueOf`;
        const error = c ? errorAt(errors, path) : undefined;
        const id = `virtue-${i}-${p.seat}`;
        return html`<label class="choice"
            ><input type="checkbox" .checked=${!!c} @change=${(e: Event) => toggle(p.seat, (e.target as HTMLInputElement).checked)} />
            ${personLabel(p)}</label
          >
          ${c
            ? html`<div class="field conditional ${error ? "field-error-group" : ""}">
                <label for=${id}>${p.name} declared an interest by virtue of</label>
                ${inlineError(error, `${id}-error`)}
                <input
                  type="text"
                  id=${id}
                  autocomplete="off"
                  placeholder="being a director of …"
                  data-path=${path}
                  aria-invalid=${error ? "true" : "false"}
                  aria-describedby=${error ? `${id}-error` : nothing}
                  .value=${c.byVirtueOf}
                  @input=${(e: Event) => {
                    c.byVirtueOf = (e.target as HTMLInputElement).value;
                    onChange();
                  }}
                />
              </div>`
            : nothing}`;
      })}
    </div>
  </fieldset>`;
}

/** The item's answer: still quorate or not, who withdraws, who may vote and who not. */
export function itemResult(report: ItemReport): TemplateResult {
  const tone = report.inquorate ? "bad" : "ok";
  return html`<div class="result ${tone}" part="item-result">
    ${verdict(report.inquorate ? "Not quorate for this item" : report.quorum.status === "noQuorumRule" ? "No quorum rule" : "Quorate for this item", report.inquorate ? "bad" : report.quorum.status === "noQuorumRule" ? "neutral" : "ok")}
    <p class="summary">${report.summary}</p>
    ${report.withdrawn.length ? html`<p>Withdraws: ${report.withdrawn.map(personLabel).join(", ")}</p>` : nothing}
    <p>May vote: ${report.mayVote.length ? report.mayVote.map(personLabel).join(", ") : "nobody"}</p>
    ${report.mayNotVote.length
      ? html`<details>
          <summary>Who may not vote, and why</summary>
          <ul>
            ${report.mayNotVote.map((n) => html`<li>${reason(n.reason)}</li>`)}
          </ul>
        </details>`
      : nothing}
    ${citations(report.citations)}
  </div>`;
}
