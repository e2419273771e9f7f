// Disagreement: the spread of partners' scores (highest minus lowest) for every
// candidate on every criterion, as a table with the number in each cell and a legend
// of swatches (never colour alone), sorted so the largest disagreements come first;
// then the engine's list of where to start the discussion.
import { html, nothing, type TemplateResult } from "lit";
import type { CriteriaSet, PriorityReport } from "quorate";
import { heading, plural, reason } from "../../base/render.js";
import { criterionName, num } from "./model.js";

/** The swatch band (0 = all agree … 4 = the whole scale apart) of a spread. */
export function band(range: number | null, span: number): number | null {
  if (range === null) return null;
  if (range <= 0 || span <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((range / span) * 4 - 1e-9)));
}

function bandWords(k: number, span: number): string {
  if (k === 0) return "0: all agree";
  const lo = (span * (k - 1)) / 4;
  const hi = (span * k) / 4;
  return Number.isInteger(lo) && hi - lo === 1 ? `${hi}` : `more than ${num(lo)}, up to ${num(hi)}`;
}

/** Each candidate's spread per criterion, by id (looked up once for the whole map). */
function spreads(report: PriorityReport): Map<string, Map<string, number | null>> {
  return new Map(report.candidates.map((c) => [c.candidate, new Map(c.criteria.map((r) => [r.criterion, r.range ?? null]))]));
}

/** Rows (criteria) and columns (candidates), each ordered by its largest spread. */
export function heatOrder(report: PriorityReport, set: CriteriaSet, table = spreads(report)): { criteria: string[]; candidates: string[] } {
  const spread = (cand: string, crit: string) => table.get(cand)?.get(crit) ?? -1;
  const cands = report.candidates.map((c) => c.candidate);
  const crits = set.criteria.map((c) => c.id);
  const rowMax = new Map(crits.map((k) => [k, Math.max(-1, ...cands.map((c) => spread(c, k)))]));
  const colMax = new Map(cands.map((c) => [c, Math.max(-1, ...crits.map((k) => spread(c, k)))]));
  return {
    criteria: [...crits].sort((a, b) => (rowMax.get(b) ?? -1) - (rowMax.get(a) ?? -1)),
    candidates: [...cands].sort((a, b) => (colMax.get(b) ?? -1) - (colMax.get(a) ?? -1)),
  };
}

export function heatMap(report: PriorityReport, set: CriteriaSet, level: number): TemplateResult {
  const span = report.scale.max - report.scale.min;
  const table = spreads(report);
  const order = heatOrder(report, set, table);
  const byId = new Map(report.candidates.map((c) => [c.candidate, c]));
  return html`<div class="disagreement" part="disagreement">
    ${heading(level, 1, "Where partners disagree: discuss these")}
    <p>
      ${report.disagreementCount
        ? `Partners' scores differ on ${plural(report.disagreementCount, "candidate and criterion pair", "candidate and criterion pairs")}. The largest differences are listed first; averaging would hide them.`
        : "Partners' scores do not differ anywhere yet."}
    </p>
    ${report.disagreements.length
      ? html`<ol class="discuss">
          ${report.disagreements.map(
            (d) => html`<li data-candidate=${d.candidate} data-criterion=${d.criterion}>
              <strong>Spread <span class="spread">${num(d.range)}</span>:</strong> ${reason(d.reason)}
            </li>`,
          )}
        </ol>`
      : nothing}
    <p class="list-label" id="heat-key">Key: spread of scores (highest minus lowest), in points on the ${report.scale.min}–${report.scale.max} scale</p>
    <ul class="heat-legend" aria-labelledby="heat-key">
      ${[0, 1, 2, 3, 4].map((k) => html`<li><span class="swatch heat-${k}" aria-hidden="true"></span>${bandWords(k, span)}</li>`)}
      <li><span class="swatch heat-none" aria-hidden="true"></span>– : no scores</li>
    </ul>
    <table class="stack heat-map">
      <caption>
        Spread of partners' scores per criterion (rows) and candidate (columns), largest first
      </caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          ${order.candidates.map((id) => html`<th scope="col" data-candidate=${id}>${byId.get(id)?.name ?? id}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${order.criteria.map(
          (k) => html`<tr data-criterion=${k}>
            <th scope="row">${criterionName(set, k)}</th>
            ${order.candidates.map((id) => {
              const range = table.get(id)?.get(k) ?? null;
              const b = band(range, span);
              return html`<td data-label=${byId.get(id)?.name ?? id} data-candidate=${id} class="heat heat-${b ?? "none"}">
                ${range === null ? html`–<span class="visually-hidden"> no scores</span>` : num(range)}
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
