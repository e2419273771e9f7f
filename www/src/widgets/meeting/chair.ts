// Who chairs: the Chair, the Vice Chair standing in, or, when the rules leave it to the
// meeting, the member it nominates (never a substitute, B1.10), as `checkChair` says.
import { html, nothing, type TemplateResult } from "lit";
import type { ChairReport } from "quorate";
import { citations, reason, reasons, verdict } from "../../base/render.js";

/** The nominee to send on: only someone the engine says may be nominated. */
export function nominee(report: ChairReport | null, chosen: string | null): string | null {
  if (!report || report.chairedBy || !chosen) return null;
  return report.mayBeNominated.some((p) => p.seat === chosen && !p.substitute) ? chosen : null;
}

/** The chair's verdict in a few words. */
export function chairVerdict(report: ChairReport, chosen: string | null): { text: string; tone: "ok" | "warn" } {
  if (report.chairedBy) return { text: `Chaired by ${report.chairedBy.name}`, tone: "ok" };
  const picked = report.mayBeNominated.find((p) => p.seat === chosen);
  if (picked) return { text: `Chaired by ${picked.name} (nominated)`, tone: "ok" };
  return { text: "The meeting must nominate a chair", tone: "warn" };
}

export function chairSection(opts: {
  report: ChairReport;
  chosen: string | null;
  onChoose: (seat: string) => void;
}): TemplateResult {
  const { report, chosen, onChoose } = opts;
  const v = chairVerdict(report, chosen);
  const nominating = !report.chairedBy && report.mayBeNominated.length > 0;
  return html`<div class="result ${v.tone}" part="chair">
    ${verdict(v.text, v.tone)}
    <p>${reason(report.reason)}</p>
    ${nominating
      ? html`<fieldset class="field" data-path="meeting.chairedBy">
          <legend>Who did the meeting nominate to chair?</legend>
          <p class="hint" id="nominate-hint">Members present may be nominated; substitutes may not.</p>
          <div class="choices">
            ${report.mayBeNominated.map(
              (p, i) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name="chair-nominee"
                    id=${`nominee-${i}`}
                    aria-describedby="nominate-hint"
                    .checked=${chosen === p.seat}
                    @change=${() => onChoose(p.seat)}
                  />
                  ${p.name} <span class="sub">${p.organisation}</span></label
                >`,
            )}
          </div>
        </fieldset>`
      : nothing}
    ${report.notEligible.length
      ? html`<div class="reasons">
          <p class="list-label">May not take the chair</p>
          <ul class="not-eligible">
            ${report.notEligible.map((n) => html`<li>${reason(n.reason)}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${report.chairPresent
      ? nothing
      : reasons(
          "Who was tried, in order",
          report.succession.filter((s) => s.outcome !== "notReached").map((s) => s.reason),
        )}
    ${reasons("Warnings", report.warnings, "warnings")} ${citations(report.citations)}
  </div>`;
}
