// What `checkGift` decided, as the member reads it: the verdict, the rule that decided
// it with its clauses, every reason that applied, the constitution's notes, and the
// register entry to copy, download or add to the log.
import { html, nothing, type TemplateResult } from "lit";
import type { GiftOutcome, GiftReport, GiftRuleId, GiftsRule } from "quorate";
import { citations, cites, heading, reason, reasons, verdict } from "../../base/render.js";

/** The verdict's words and tone for each outcome. */
export function giftVerdict(outcome: GiftOutcome): { text: string; tone: "ok" | "bad" | "warn" | "neutral" } {
  switch (outcome) {
    case "neverAccept":
      return { text: "Never accept", tone: "bad" };
    case "refuse":
      return { text: "Refuse", tone: "bad" };
    case "mayAccept":
      return { text: "You may accept", tone: "ok" };
    case "acceptForPartnership":
      return { text: "Accept for the partnership", tone: "ok" };
    case "seekAdvice":
      return { text: "Seek advice", tone: "warn" };
    case "noRule":
      return { text: "No gifts rule", tone: "neutral" };
    case "moreAnswersNeeded":
      return { text: "More answers needed", tone: "neutral" };
  }
}

/** Each rule's name, and where the constitution keeps its clauses. */
export function ruleOf(id: GiftRuleId, g: GiftsRule): { name: string; cite: readonly string[] } {
  switch (id) {
    case "neverSeek":
      return { name: "Never canvass or seek gifts or hospitality", cite: g.neverSeek };
    case "interestedGiver":
      return { name: "Never accept from someone who stands to gain from a decision, or who is seeking business", cite: g.interestedGiver ?? [] };
    case "suspicionOfInfluence":
      return { name: "Never accept what could give rise to a reasonable suspicion of influence", cite: g.suspicionOfInfluence ?? [] };
    case "repeatedHospitality":
      return { name: "Never accept repeated hospitality from the same source", cite: g.repeatedHospitality ?? [] };
    case "onBehalfOfPartnership":
      return { name: "Gifts received on behalf of the partnership", cite: g.onBehalfOfPartnership ?? [] };
    case "trivialGifts":
      return { name: "Isolated trivial gifts and inexpensive seasonal gifts", cite: g.trivialGifts?.cite ?? [] };
    case "normalHospitality":
      return { name: "Normal hospitality of your role that it would be inappropriate to refuse", cite: g.normalHospitality ?? [] };
    case "refuseByDefault":
      return { name: "It is usually appropriate to refuse", cite: g.refuseByDefault };
    case "advice":
      return { name: "When you are uncertain, seek advice", cite: g.advice.cite };
  }
}

/** The outcome: verdict, deciding rule, reasons, notes, and the register entry with its actions. */
export function giftOutcome(
  report: GiftReport,
  rule: GiftsRule,
  level: number,
  actions: { onCopy: () => void; onDownload: () => void; onLog: () => void },
): TemplateResult {
  const v = giftVerdict(report.outcome);
  const decided = report.decidedBy ? ruleOf(report.decidedBy, rule) : null;
  const record = report.record;
  return html`<div class="result ${v.tone === "neutral" ? "" : v.tone}" part="result">
    ${heading(level, 1, "What to do", { className: "outcome-heading" })}
    <p>${verdict(v.text, v.tone)}</p>
    <p class="summary">${report.summary}</p>
    ${decided ? html`<p class="decided"><strong>The rule that decided it:</strong> ${decided.name} ${cites(decided.cite)}</p>` : nothing}
    ${reasons("Every reason that applied", report.reasons)} ${reasons("How this constitution is read", report.notes, "notes")}
    ${record
      ? html`${heading(level, 2, "For the register of interests")}
          <p class="entry" part="entry">${record.entry} ${cites(record.cite)}</p>
          <div class="actions no-print">
            <button type="button" class="secondary" @click=${actions.onCopy}>Copy the entry</button>
            <button type="button" class="secondary" @click=${actions.onDownload}>Download the entry (text)</button>
            <button type="button" @click=${actions.onLog}>Add to my log</button>
          </div>`
      : nothing}
    ${citations(report.citations)}
  </div>`;
}

/** Inverclyde and any constitution with no gifts rule: said plainly, with the constitution's notes. */
export function noGiftsRule(report: GiftReport, level: number): TemplateResult {
  return html`<div class="result" part="result">
    ${heading(level, 1, report.summary)}
    <p>${verdict("No gifts rule", "neutral")}</p>
    ${report.notes.length
      ? report.notes.map((n) => html`<p class="note">${reason(n)}</p>`)
      : html`<p>Quorate does not borrow another partnership's rule: follow your own organisation's code of conduct.</p>`}
    <p>You can still keep your own log of offers below, for your organisation's code.</p>
    ${citations(report.citations)}
  </div>`;
}
