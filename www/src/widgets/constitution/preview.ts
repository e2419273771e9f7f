// The preview: a sample meeting under the rules as written, through the engines. With
// every seat that counts in post, how many make the quorum (`checkQuorum`), then a
// meeting with the number present the user chooses (and whether those present meet the
// quorum's spread requirements), and who chairs when the Chair is absent (`checkChair`,
// step by step). Every answer is the engine's, with its reasons and clauses; the rules
// themselves are said in words above them ("the quorum also needs at least 1 member from
// each of Ward 1 and Ward 2"; "with the Chair absent, the Vice Chair takes the chair").
import { html, nothing, type TemplateResult } from "lit";
import type { Attendance, Ballot, ChairReport, Constitution, QuorumRule, QuorumReport, Seat, SeatClass, VoteReport } from "quorate";
import type { Engine } from "../../base/engine.js";
import { fieldErrors } from "../../base/errors.js";
import { citations, cites, heading, plural, reason, reasons } from "../../base/render.js";
import { chairSteps, describeSuccession } from "./chair.js";
import { numberField } from "./fields.js";
import { describeSpread } from "./quorum.js";

/** What the preview found: the engines' reports on the sample meetings. */
export interface Preview {
  /** Everyone in post present: the quorum the rules give (`required`) and from how many seats. */
  full: QuorumReport;
  /** The sample meeting: the chosen number of counting members present, in seat order. */
  sample: QuorumReport;
  /** How many counting members attend the sample meeting. */
  present: number;
  /** How many members in post count towards the quorum when present (the most the sample meeting can have). */
  counting: number;
  /** Who chairs the sample meeting when the Chair's seat is absent (null without a Chair's seat). */
  chair: ChairReport | null;
  /** A tied vote on an ordinary motion at a meeting of every seat (null with fewer than two voters). */
  vote: VoteReport | null;
}

/** Whether a seat has a vote (schema version 2: `votes: false`; a non-voting attendee never has). */
const hasVote = (s: Seat): boolean => s.votes !== false && s.class !== "nonVoting";

/** Whether the holder of a seat counts towards the quorum when present (the engine's rule). */
const counts = (q: QuorumRule | null, s: Seat): boolean =>
  q ? q.countingClasses.includes(s.class) && (!q.votingMembersOnly || hasVote(s)) : s.class !== "nonVoting";

/** Seats that count towards the quorum, in order (every seat where there is no quorum rule). */
function countingSeats(c: Constitution): string[] {
  return (c.membership ?? []).filter((s) => counts(c.quorum, s) && !s.vacant).map((s) => s.id);
}

/**
 * The attendance of a meeting where the first `n` of `present` come, members in post who
 * would count but for their lack of a vote come too (so the preview shows that they do not
 * count), and everyone else sends apologies.
 */
function attendance(c: Constitution, present: readonly string[], n: number): Attendance {
  const coming = new Set(present.slice(0, n));
  const q = c.quorum;
  const voteless = (s: Seat) => !!q?.votingMembersOnly && !s.vacant && q.countingClasses.includes(s.class) && !hasVote(s);
  return {
    members: (c.membership ?? []).map((s) => ({ seat: s.id, status: coming.has(s.id) || voteless(s) ? "present" : "apologies" })),
    substitutes: [],
  };
}

/**
 * Run the sample meetings on a copy of the constitution (the engine keeps one reader per
 * constitution object, so each preview gets a fresh object). Throws the engine's error.
 */
export function runPreview(engine: Engine, c: Constitution, chosen: number | null): Preview | null {
  if (!(c.membership ?? []).length) return null;
  const seats = countingSeats(c);
  const full = engine.checkQuorum({ constitution: structuredClone(c), attendance: attendance(c, seats, seats.length) });
  const present = Math.max(0, Math.min(seats.length, chosen ?? full.required ?? seats.length));
  const sample = engine.checkQuorum({ constitution: structuredClone(c), attendance: attendance(c, seats, present) });
  const chairSeat = (c.membership ?? []).find((s) => s.role === "chair");
  let chair: ChairReport | null = null;
  if (chairSeat) {
    const others = seats.filter((s) => s !== chairSeat.id);
    chair = engine.checkChair({ constitution: structuredClone(c), attendance: attendance(c, others, present) });
  }
  // A tie at a full meeting: half the voters for, half against (one abstains if they are odd).
  const rule = c.decisions.ordinary;
  const voters = rule ? (c.membership ?? []).filter((s) => rule.votingClasses.includes(s.class) && hasVote(s) && !s.vacant) : [];
  let vote: VoteReport | null = null;
  if (!rule || voters.length >= 2) {
    const half = Math.floor(voters.length / 2);
    const votes: Ballot[] = voters.map((s, i) => ({ seat: s.id, vote: i < half ? "for" : i < 2 * half ? "against" : "abstain" }));
    const everyone: Attendance = { members: (c.membership ?? []).map((s) => ({ seat: s.id, status: s.vacant ? "apologies" : "present" })), substitutes: [] };
    vote = engine.decideVote({ constitution: structuredClone(c), attendance: everyone, motion: { title: "A sample motion" }, votes });
  }
  return { full, sample, present, counting: seats.length, chair, vote };
}

/** The preview's words: "With 10 voting members in post the quorum is 4", with the engine's reasons. */
export function previewView(o: {
  level: number;
  c: Constitution;
  preview: Preview | null;
  problem: string | null;
  chosen: number | null;
  onPresent: (n: number | null) => void;
}): TemplateResult {
  const { level, c, preview } = o;
  const head = heading(level, 1, "Preview: a sample meeting under these rules");
  // The sample meeting's setting stays while the rules are being put right.
  const field =
    (c.membership ?? []).length && c.quorum
      ? numberField({
          path: "preview.present",
          label: "How many of the members who count attend the sample meeting",
          hint: `${preview ? `Between 0 and ${preview.counting}; t` : "T"}he others send apologies. Leave empty for exactly the quorum.`,
          value: o.chosen,
          optional: true,
          errors: [],
          onInput: o.onPresent,
        })
      : nothing;
  if (o.problem) return html`<section class="preview" part="preview">${head} ${field}<p>${o.problem}</p></section>`;
  if (!preview) {
    return html`<section class="preview" part="preview">
      ${head}
      <p>Add the seats in "Membership and seats" to see a sample meeting.</p>
    </section>`;
  }
  const { full, sample, chair, vote } = preview;
  const q = c.quorum;
  const headline =
    full.required === null
      ? "This constitution sets no quorum: a meeting is never refused as inquorate, and the tools say so."
      : `With ${baseWords(q, full.countingSeats)}, the quorum is ${full.required}.`;
  const voteless = (c.membership ?? []).filter((s) => !hasVote(s) && s.class !== "nonVoting");
  const tone = sample.quorate === null ? "neutral" : sample.quorate ? "ok" : "bad";
  return html`<section class="preview" part="preview">
    ${head}
    <p class="headline" id="preview-headline"><strong>${headline}</strong> ${cites(full.citations)}</p>
    ${q?.spread?.length
      ? html`<ul class="plain" id="preview-spread">
          ${q.spread.map((r) => html`<li>The quorum also needs ${describeSpread(r)}. ${cites(r.cite)}</li>`)}
        </ul>`
      : nothing}
    ${reasons("Notes", full.notes, "notes")}
    ${voteless.length
      ? html`<p class="hint" id="preview-voteless">
          ${plural(voteless.length, "seat has", "seats have")} no vote: ${voteless.map((s) => s.name || s.id).join(", ")}.
          ${q?.votingMembersOnly ? "They attend the sample meeting and do not count towards the quorum." : "They are left out of the sample vote."}
        </p>`
      : nothing}
    ${field}
    <div class="result ${tone}" id="preview-result">
      <p class="summary"><strong>${sample.summary}</strong></p>
      ${reasons("Who must be among those counted", sample.spread.map((check) => check.reason))}
      ${reasons("Things the secretary should know", sample.warnings, "warnings")}
      <details>
        <summary>Who counts at the sample meeting, and why</summary>
        <ul>
          ${sample.people.map((p) => html`<li>${reason(p.reason)}</li>`)}
        </ul>
      </details>
      ${citations(sample.citations)}
    </div>
    ${chair
      ? html`<div class="result" id="preview-chair">
          <p id="preview-succession"><strong>${describeSuccession(c)}</strong> ${cites([...new Set(chairSteps(c.chair).flatMap((s) => s.cite))])}</p>
          <p><strong>At the sample meeting, without the Chair:</strong> ${reason(chair.reason)}</p>
          ${reasons(
            "Who was tried, in order",
            chair.succession.filter((s) => s.outcome !== "notReached").map((s) => s.reason),
          )}
          ${reasons("Things the secretary should know", chair.warnings, "warnings")} ${citations(chair.citations)}
        </div>`
      : html`<p class="hint">Mark the Chair's seat in "Membership and seats" to see who chairs when the Chair is absent.</p>`}
    ${vote
      ? html`<div class="result" id="preview-vote">
          <p><strong>A tied vote on an ordinary motion, every member present:</strong> ${vote.summary}</p>
          ${reasons("Why", vote.reasons)} ${citations(vote.citations)}
        </div>`
      : nothing}
  </section>`;
}

const CLASS_WORDS: Record<SeatClass, string> = { core: "core", other: "other", nonVoting: "non-voting" };

/**
 * The seats the quorum is reckoned from, as the headline says them: "8 seats that count",
 * "4 members in post who count" (schema version 1's rules), "10 voting members in post",
 * "6 core members" where the fraction is taken of other seats than those who count.
 */
function baseWords(q: QuorumRule | null, n: number): string {
  const inPost = q?.base === "membersInPost";
  const voting = q?.votingMembersOnly === true;
  const base = q?.baseClasses;
  const apart = !!q && !!base && !(base.length === q.countingClasses.length && base.every((b) => q.countingClasses.includes(b)));
  if (!voting && !apart) return plural(n, inPost ? "member in post who counts" : "seat that counts", inPost ? "members in post who count" : "seats that count");
  const kinds = apart && base ? `${base.map((b) => CLASS_WORDS[b]).join(" and ")} ` : "";
  const what = `${voting ? "voting " : ""}${kinds}`;
  return inPost ? plural(n, `${what}member in post`, `${what}members in post`) : plural(n, `${what}seat`, `${what}seats`);
}

/** The engine's refusal of a preview, in words. */
export function previewProblem(e: unknown): string {
  return `The sample meeting cannot run: ${fieldErrors(e)
    .map((f) => f.message)
    .join("; ")}`;
}
