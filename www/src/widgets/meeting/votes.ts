// The votes: per item, who moved and seconded the motion (required where the constitution
// says "every motion shall be moved and seconded"), who asked for a roll call, For /
// Against / Abstain / Not voting for each person who may vote on the motion, the casting
// vote on a tie where the rule gives one, and `decideVote`'s answer (carried, not carried
// or not put, votes required, "N more needed", ballots refused and why, the roll call).
import { html, nothing, type TemplateResult } from "lit";
import type { Attendance, Ballot, Constitution, PersonRef, Proposer, RefusedBallot, Roster, RollCallVote, VoteChoice, VoteReport } from "quorate";
import type { Engine } from "../../base/engine.js";
import { fieldErrors, type FieldError } from "../../base/errors.js";
import { citations, heading, reason, reasons, verdict } from "../../base/render.js";
import { itemId, personLabel, type ItemDraft } from "./agenda.js";

/** What the votes section knows about one item's motion. */
export interface ItemVote {
  /** Who may vote on this motion (the engine accepted their ballot). */
  voters: PersonRef[];
  /** Those present whose ballot the engine would refuse, and why. */
  barred: RefusedBallot[];
  /** The tally ties and the rule gives the Chair a casting vote. */
  tie: boolean;
  report: VoteReport;
}

const CHOICES: readonly [VoteChoice | "", string][] = [
  ["for", "For"],
  ["against", "Against"],
  ["abstain", "Abstain"],
  ["", "Not voting"],
];

/** Whether the constitution has any voting rule (Inverclyde decides by consensus). */
export const votingRules = (rules: Constitution): boolean => rules.decisions.ordinary !== null || (rules.decisions.special ?? []).length > 0;

const ballotOf = (p: PersonRef, vote: VoteChoice): Ballot => ({ seat: p.seat, by: p.substitute ? "substitute" : "member", vote });
const sameVoter = (p: PersonRef, b: { seat: string; by: string }) => b.seat === p.seat && (b.by === "substitute") === p.substitute;

/**
 * Decide one item's vote. Who may vote is the engine's answer, not the widget's: every
 * person present is put to `decideVote` once, and those it accepts are the voters.
 */
export function decideItem(opts: {
  engine: Engine;
  constitution: Constitution | string;
  roster: Roster | null;
  attendance: Attendance;
  item: ItemDraft;
  index: number;
  present: readonly PersonRef[];
  conflicts: string[];
}): { vote: ItemVote | null; errors: FieldError[] } {
  const { engine, constitution, roster, attendance, item, index, present, conflicts } = opts;
  const motion = { title: item.title, rule: item.vote.rule || null, conflicts, ...motionPeople(item) };
  const base = { constitution, roster, attendance, motion };
  try {
    const probe = engine.decideVote({ ...base, votes: present.map((p) => ballotOf(p, "abstain")) });
    // A motion not put (no valid mover or seconder) counts no ballot: who may vote is then
    // who may move, the same people (the engine's answer either way).
    const notPut = probe.outcome === "notPut";
    const voters = notPut ? probe.mayMove : probe.accepted.map((a) => a.person);
    const votes = item.vote.ballots.filter((b) => voters.some((p) => sameVoter(p, b))).map((b) => ({ seat: b.seat, by: b.by, vote: b.vote }));
    let report = engine.decideVote({ ...base, votes });
    const tie = report.outcome === "tieAwaitingCastingVote";
    if (tie && item.vote.casting) report = engine.decideVote({ ...base, votes, castingVote: item.vote.casting });
    return { vote: { voters, barred: notPut ? [] : probe.refused, tie, report }, errors: [] };
  } catch (e) {
    return { vote: null, errors: fieldErrors(e, `items[${index}].vote`) };
  }
}

/** The mover, seconder and roll-call requests, as `decideVote` and `draftMinute` take them. */
export function motionPeople(item: ItemDraft): { mover: Proposer | null; seconder: Proposer | null; rollCallRequestedBy: string[] } {
  return { mover: item.vote.mover, seconder: item.vote.seconder, rollCallRequestedBy: item.vote.rollCallBy };
}

/** The ballots to send on (the minute's vote): those of people who may vote. */
export function ballotsFor(item: ItemDraft, vote: ItemVote): Ballot[] {
  return item.vote.ballots.filter((b) => vote.voters.some((p) => sameVoter(p, b))).map((b) => ({ seat: b.seat, by: b.by, vote: b.vote }));
}

export function voteVerdict(report: VoteReport): { text: string; tone: "ok" | "bad" | "warn" | "neutral" } {
  switch (report.outcome) {
    case "carried":
      return { text: "Carried", tone: "ok" };
    case "notCarried":
      return { text: "Not carried", tone: "bad" };
    case "tieAwaitingCastingVote":
      return { text: "Tied: the Chair's casting vote decides", tone: "warn" };
    case "inquorate":
      return { text: "Not quorate: no decision", tone: "bad" };
    case "notPut":
      return { text: "Not put to the vote", tone: "warn" };
    default:
      return { text: "No voting rule", tone: "neutral" };
  }
}

/** One item's vote: motion type, a radio group per voter, the casting vote on a tie, the answer. */
export function voteSection(opts: {
  rules: Constitution;
  item: ItemDraft;
  index: number;
  vote: ItemVote;
  level: number;
  onChange: () => void;
}): TemplateResult {
  const { rules, item, index: i, vote, level, onChange } = opts;
  const special = rules.decisions.special ?? [];
  const r = vote.report;
  const v = voteVerdict(r);
  const choiceOf = (p: PersonRef) => item.vote.ballots.find((b) => sameVoter(p, b))?.vote ?? "";
  const setChoice = (p: PersonRef, c: VoteChoice | "") => {
    item.vote.ballots = item.vote.ballots.filter((b) => !sameVoter(p, b));
    if (c) item.vote.ballots.push({ seat: p.seat, by: p.substitute ? "substitute" : "member", vote: c });
    onChange();
  };
  return html`<div class="item" part="vote">
    ${heading(level, 2, `Item ${itemId(i)}: ${item.title}`, { className: "item-title" })}
    <div class="field">
      <label for=${`rule-${i}`}>Type of decision</label>
      <select
        id=${`rule-${i}`}
        data-path=${`items[${i}].vote.motion.rule`}
        @change=${(e: Event) => {
          item.vote.rule = (e.target as HTMLSelectElement).value;
          onChange();
        }}
      >
        <option value="" ?selected=${!item.vote.rule} ?disabled=${!rules.decisions.ordinary}>Ordinary decision</option>
        ${special.map((s) => html`<option value=${s.id} ?selected=${item.vote.rule === s.id}>${s.name} (special majority)</option>`)}
      </select>
    </div>
    ${movingFields(rules, item, i, vote, onChange)}
    ${r.outcome === "notPut"
      ? nothing
      : vote.voters.length
      ? html`<table class="stack votes" data-path=${`items[${i}].vote.votes`}>
          <caption>
            Votes on item ${itemId(i)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Voter</th>
              <th scope="col">Vote</th>
            </tr>
          </thead>
          <tbody>
            ${vote.voters.map((p, k) => {
              const name = `vote-${i}-${k}`;
              return html`<tr>
                <th scope="row" id=${`${name}-who`}>${personLabel(p)}</th>
                <td data-label="Vote">
                  <div class="choices-inline" role="radiogroup" aria-labelledby=${`${name}-who`}>
                    ${CHOICES.map(
                      ([c, label]) =>
                        html`<label class="choice"
                          ><input type="radio" name=${name} .checked=${choiceOf(p) === c} @change=${() => setChoice(p, c)} />${label}</label
                        >`,
                    )}
                  </div>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>`
      : html`<p>Nobody present may vote on this motion.</p>`}
    ${vote.tie
      ? html`<fieldset class="field casting" data-path=${`items[${i}].vote.castingVote`}>
          <legend>The votes are equal. How did the Chair use the casting vote?</legend>
          <div class="choices-inline">
            ${CHOICES.slice(0, 2).map(
              ([c, label]) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name=${`casting-${i}`}
                    .checked=${item.vote.casting === c}
                    @change=${() => {
                      item.vote.casting = c || null;
                      onChange();
                    }}
                  />${label}</label
                >`,
            )}
          </div>
        </fieldset>`
      : nothing}
    ${voteResult(r, v, vote.barred)}
  </div>`;
}

const keyOf = (p: { seat: string; by?: string | null } | PersonRef): string =>
  `${p.seat}|${"substitute" in p ? (p.substitute ? "substitute" : "member") : (p.by ?? "member")}`;

/**
 * Who moved and seconded (picked from those the engine says may move), and, where the
 * constitution has a roll-call rule, who asked for one.
 */
function movingFields(rules: Constitution, item: ItemDraft, i: number, vote: ItemVote, onChange: () => void): TemplateResult {
  const seconding = rules.decisions.moverAndSeconder ?? null;
  const roll = rules.decisions.rollCall ?? null;
  const people = vote.report.mayMove.length ? vote.report.mayMove : vote.voters;
  const pick = (role: "mover" | "seconder", label: string) => {
    const current = item.vote[role];
    const known = current && !people.some((p) => keyOf(p) === keyOf(current));
    return html`<div class="field">
      <label for=${`${role}-${i}`}>${label}</label>
      <select
        id=${`${role}-${i}`}
        data-path=${`items[${i}].vote.motion.${role}.seat`}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          const [seat, by] = value.split("|");
          item.vote[role] = seat ? { seat, by: by === "substitute" ? "substitute" : "member" } : null;
          onChange();
        }}
      >
        <option value="" ?selected=${!current}>Not recorded</option>
        ${people.map((p) => html`<option value=${keyOf(p)} ?selected=${!!current && keyOf(current) === keyOf(p)}>${personLabel(p)}</option>`)}
        ${known && current ? html`<option value=${keyOf(current)} selected>${current.seat} (may not move or second)</option>` : nothing}
      </select>
    </div>`;
  };
  const requested = new Set(item.vote.rollCallBy);
  return html`<fieldset class="field moving" part="moving">
      <legend>Moved and seconded</legend>
      ${seconding
        ? html`<p class="hint">
            ${seconding.amendments ? "Every motion and amendment" : "Every motion"} must be moved and seconded by members who may vote on it
            (${seconding.cite.join(", ")}).
          </p>`
        : html`<p class="hint">This constitution does not require a mover and seconder; record them for the minute if you wish.</p>`}
      <div class="pair">${pick("mover", "Moved by")} ${pick("seconder", "Seconded by")}</div>
    </fieldset>
    ${roll?.when === "onRequest"
      ? html`<fieldset class="field roll-call-request" data-path=${`items[${i}].vote.motion.rollCallRequestedBy`}>
          <legend>Who asked for a roll call?</legend>
          <p class="hint">The vote is by roll call where ${roll.requestedBy ?? 1} member${roll.requestedBy === 1 ? "" : "s"} ask (${roll.cite.join(", ")}).</p>
          <div class="choices-inline">
            ${people.map(
              (p) =>
                html`<label class="choice"
                  ><input
                    type="checkbox"
                    .checked=${requested.has(p.seat)}
                    @change=${(e: Event) => {
                      const on = (e.target as HTMLInputElement).checked;
                      item.vote.rollCallBy = on ? [...item.vote.rollCallBy.filter((s) => s !== p.seat), p.seat] : item.vote.rollCallBy.filter((s) => s !== p.seat);
                      onChange();
                    }}
                  />${personLabel(p)}</label
                >`,
            )}
          </div>
        </fieldset>`
      : roll?.when === "always"
      ? html`<p class="hint">Every vote is taken by roll call (${roll.cite.join(", ")}): each member's vote goes in the minute.</p>`
      : nothing}`;
}

const ROLL_WORDS: Record<RollCallVote, string> = { for: "For", against: "Against", abstained: "Abstained", didNotVote: "Did not vote" };

/** The roll call, as the engine lists it: each person entitled to vote, in the order of the sederunt. */
function rollCall(r: VoteReport): TemplateResult | typeof nothing {
  if (!r.rollCall) return nothing;
  return html`<table class="stack roll-call" part="roll-call">
    <caption>
      Roll call
    </caption>
    <thead>
      <tr>
        <th scope="col">Member</th>
        <th scope="col">Vote</th>
      </tr>
    </thead>
    <tbody>
      ${r.rollCall.map((e) => html`<tr><th scope="row">${personLabel(e.person)}</th><td data-label="Vote">${ROLL_WORDS[e.vote]}</td></tr>`)}
    </tbody>
  </table>`;
}

function voteResult(r: VoteReport, v: ReturnType<typeof voteVerdict>, barred: readonly RefusedBallot[]): TemplateResult {
  return html`<div class="result ${v.tone}" part="vote-result">
    ${verdict(v.text, v.tone)}
    <p class="summary">${r.summary}</p>
    ${r.outcome === "notPut"
      ? nothing
      : html`<dl class="summary-list tally">
          <div><dt>For</dt><dd>${r.tally.for}</dd></div>
          <div><dt>Against</dt><dd>${r.tally.against}</dd></div>
          <div><dt>Abstentions</dt><dd>${r.tally.abstain}</dd></div>
          ${r.required !== null ? html`<div><dt>Votes for required</dt><dd>${r.required}</dd></div>` : nothing}
          ${r.moreNeeded ? html`<div><dt>Votes still needed</dt><dd>${r.moreNeeded} more needed</dd></div>` : nothing}
        </dl>`}
    ${r.mover ? html`<p class="moved">Moved by ${personLabel(r.mover)}${r.seconder ? html`, seconded by ${personLabel(r.seconder)}` : nothing}.</p>` : nothing}
    ${rollCall(r)} ${reasons("Why", r.reasons)} ${reasons("Warnings", r.warnings, "warnings")}
    ${r.outcome !== "notPut" && (barred.length || r.refused.length)
      ? html`<div class="reasons refused">
          <p class="list-label">Ballots refused</p>
          <ul>
            ${[...r.refused, ...barred].map((b) => html`<li>${reason(b.reason)}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${citations(r.citations)}
  </div>`;
}

/** Where no voting rule is set: the engine's words, not a vote. */
export function consensusSection(report: VoteReport): TemplateResult {
  return html`<div class="result neutral" part="vote-result">
    ${verdict("Decided by consensus", "neutral")}
    <p class="summary">${report.summary}</p>
    ${reasons("Why", report.reasons)} ${reasons("Notes", report.warnings, "notes")} ${citations(report.citations)}
  </div>`;
}
