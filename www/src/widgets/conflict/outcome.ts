// The outcome of a conflict check: what to do, why (with clauses), the wording for the
// minute with Copy, and the answers it rests on.
import { html, nothing, type TemplateResult } from "lit";
import type { AssessmentReport } from "quorate";
import { citations, heading, reasons, verdict } from "../../base/render.js";
import type { QuestionFlow } from "../../base/question-flow.js";
import { OUTCOMES } from "./model.js";

/** What the Copy button last did, shown beside it. */
export type CopyStatus = "" | "copied" | "selected";

export function outcomeVerdict(report: AssessmentReport): { text: string; tone: "ok" | "bad" | "warn" | "neutral" } {
  if (report.status === "noRule") return { text: "This constitution sets no conflict-of-interest rule", tone: "neutral" };
  return report.outcome ? OUTCOMES[report.outcome] : { text: "More answers are needed", tone: "neutral" };
}

export function outcomePage(opts: {
  report: AssessmentReport;
  level: number;
  flow: QuestionFlow;
  copy: CopyStatus;
  onCopy: (minute: HTMLElement | null) => void;
  /** The buttons after the outcome: "Back to the agenda", "Check another item". */
  after: TemplateResult;
}): TemplateResult {
  const { report, level, flow, copy, onCopy } = opts;
  const v = outcomeVerdict(report);
  const take = report.mayTakePart === true ? "You may take part in the discussion and vote on this item." : report.mayTakePart === false ? "Take no part in the discussion or the vote on this item." : "";
  return html`<div class="result ${v.tone === "neutral" ? "" : v.tone} outcome" part="result">
      ${heading(level, 1, html`<span class="outcome-title">${verdict(v.text, v.tone)}</span>`, { className: "outcome-heading" })}
      <p>${report.summary}</p>
      ${take ? html`<p><strong>${take}</strong></p>` : nothing}
      ${reasons("Why", report.reasons)}
    </div>
    ${report.declaration
      ? html`${heading(level, 1, "For the minute")}
          <p class="hint" id="minute-hint">Read this out when declarations of interest are called for, or send it to the clerk.</p>
          <blockquote class="minute" id="minute" part="minute" aria-describedby="minute-hint">${report.declaration}</blockquote>
          <div class="actions no-print">
            <button type="button" class="secondary" id="copy" @click=${(e: Event) => onCopy((e.currentTarget as HTMLElement).closest(".panel")?.querySelector<HTMLElement>("#minute") ?? null)}>
              Copy the wording
            </button>
            <span class="copy-status" role="status">${copy === "copied" ? "Copied" : copy === "selected" ? "The wording is selected: press Ctrl+C (or ⌘C) to copy it" : ""}</span>
          </div>`
      : nothing}
    ${heading(level, 1, "Your answers")} ${flow.checkAnswers(level, { changeable: false })}
    <div class="actions no-print">
      <button type="button" class="secondary" id="change-answers" @click=${() => flow.review()}>Change your answers</button>
      <button type="button" class="secondary" id="print" @click=${() => print()}>Print</button>
      ${opts.after}
    </div>
    ${reasons("What the constitution says", report.notes, "notes")} ${citations(report.citations)}`;
}

/** Copy the minute wording; where the clipboard is refused, select the text for the member to copy. */
export async function copyMinute(el: HTMLElement | null, text: string): Promise<CopyStatus> {
  try {
    if (!navigator.clipboard) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    return "copied";
  } catch {
    const selection = getSelection();
    if (el && selection) {
      const range = document.createRange();
      range.selectNodeContents(el);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return "selected";
  }
}
