// Sensitivity: for each weight, how far it must move before the proposed portfolio
// changes and which candidate would enter or leave, as one small SVG bar chart per
// weight (drawn with Lit's `svg` templates: classes and attributes, no inline style),
// the data in a table beside them with a CSV download.
import { html, nothing, svg, type TemplateResult } from "lit";
import type { CriteriaSet, PortfolioChange, PriorityReport, SensitivityReport, WeightSensitivity } from "quorate";
import { toCsv } from "../../base/csv.js";
import { download, slug } from "../../base/files.js";
import { heading, reasons } from "../../base/render.js";
import { criterionName, num } from "./model.js";
import { namesOf } from "./results.js";

const HALF = 90; // chart units for a 100% move
const MID = 100;

const pct = (n: number) => `${Math.abs(Math.round(n))}%`;

function changeWords(report: PriorityReport, c: PortfolioChange | null, rising: boolean): string {
  if (!c) return rising ? "no rise changes the portfolio" : "no fall changes the portfolio";
  const who = [c.entering.length ? `${namesOf(report, c.entering)} would enter` : "", c.leaving.length ? `${namesOf(report, c.leaving)} would leave` : ""]
    .filter(Boolean)
    .join(" and ");
  return `${rising ? "rising" : "falling"} by ${pct(c.changePercent)} (to ${num(c.to)})${who ? `: ${who}` : ""}`;
}

/** The chart's title: the takeaway for one weight. */
export function takeaway(report: PriorityReport, w: WeightSensitivity, set: CriteriaSet): string {
  const name = criterionName(set, w.criterion);
  const nearest = [w.down, w.up].filter((c): c is PortfolioChange => c !== null).sort((a, b) => Math.abs(a.changePercent) - Math.abs(b.changePercent))[0];
  if (!nearest) return `${name}: no change of this weight alone changes the portfolio`;
  const rising = nearest.changePercent > 0;
  return `${name}: the portfolio changes if its weight ${changeWords(report, nearest, rising)}${nearest.withinRange ? " — within the range tested" : ""}`;
}

function bar(c: PortfolioChange | null, rising: boolean): TemplateResult | typeof nothing {
  if (!c) return nothing;
  const size = Math.min(1, Math.abs(c.changePercent) / 100) * HALF;
  const x = rising ? MID : MID - size;
  const beyond = Math.abs(c.changePercent) > 100;
  return svg`<rect class=${`bar ${c.withinRange ? "within" : "outside"}`} x=${x} y="8" width=${Math.max(size, 1)} height="14"></rect>
    ${beyond ? svg`<polygon class="bar outside" points=${`${MID + HALF},6 ${MID + HALF + 8},15 ${MID + HALF},24`}></polygon>` : nothing}`;
}

function chart(report: PriorityReport, s: SensitivityReport, w: WeightSensitivity, set: CriteriaSet, i: number): TemplateResult {
  const band = Math.min(1, s.range) * HALF;
  const title = takeaway(report, w, set);
  const desc = `Weight ${num(w.weight)}, tested from ${num(w.low)} to ${num(w.high)}. Falling: ${changeWords(report, w.down, false)}. Rising: ${changeWords(report, w.up, true)}. Bars to the left are falls, to the right rises, the full half-width is 100%.`;
  return html`<figure class="sens" data-criterion=${w.criterion}>
    <figcaption><strong>${criterionName(set, w.criterion)}</strong> <span class="sub">weight ${num(w.weight)}</span></figcaption>
    <svg class="sens-chart" role="img" tabindex="0" viewBox="0 0 208 30" aria-labelledby=${`sens-t-${i} sens-d-${i}`}>
      <title id=${`sens-t-${i}`}>${title}</title>
      <desc id=${`sens-d-${i}`}>${desc}</desc>
      <g aria-hidden="true">
        ${svg`<rect class="range-band" x=${MID - band} y="3" width=${band * 2} height="24"></rect>`}
        ${svg`<line class="track" x1=${MID - HALF} x2=${MID + HALF} y1="15" y2="15"></line>`}
        ${bar(w.down, false)} ${bar(w.up, true)}
        ${svg`<line class="axis" x1=${MID} x2=${MID} y1="2" y2="28"></line>`}
      </g>
    </svg>
    <p class="sens-words">
      <span class="down">${w.down ? `−${pct(w.down.changePercent)}` : "no fall"}</span> ·
      <span class="up">${w.up ? `+${pct(w.up.changePercent)}` : "no rise"}</span>
    </p>
  </figure>`;
}

const CSV_HEAD = ["criterion", "name", "weight", "tested from", "tested to", "falls by %", "on a fall enters", "on a fall leaves", "rises by %", "on a rise enters", "on a rise leaves", "changes within range"];

/** The table's data as CSV (through the base writer: quoted, formula-guarded, with a byte-order mark). */
export function sensitivityCsv(report: PriorityReport, s: SensitivityReport, set: CriteriaSet): string {
  const rows = s.weights.map((w) => [
    w.criterion,
    criterionName(set, w.criterion),
    num(w.weight),
    num(w.low),
    num(w.high),
    w.down ? num(Math.abs(w.down.changePercent)) : "",
    w.down ? namesOf(report, w.down.entering) : "",
    w.down ? namesOf(report, w.down.leaving) : "",
    w.up ? num(w.up.changePercent) : "",
    w.up ? namesOf(report, w.up.entering) : "",
    w.up ? namesOf(report, w.up.leaving) : "",
    w.changesWithinRange ? "yes" : "no",
  ]);
  return toCsv([CSV_HEAD, ...rows]);
}

export function sensitivityResult(report: PriorityReport, set: CriteriaSet, level: number): TemplateResult {
  const s = report.sensitivity;
  if (!s) {
    return html`<div class="sensitivity" part="sensitivity">
      ${heading(level, 1, "Sensitivity to the weights")}
      <p>There is no proposed portfolio to test yet.</p>
    </div>`;
  }
  const who = (c: PortfolioChange | null) =>
    c
      ? html`${c.entering.length ? html`<span class="enters">${namesOf(report, c.entering)} enters</span>` : nothing}${c.entering.length && c.leaving.length ? "; " : ""}${c.leaving.length
          ? html`<span class="leaves">${namesOf(report, c.leaving)} leaves</span>`
          : nothing}`
      : html`<span class="muted">no change</span>`;
  return html`<div class="sensitivity" part="sensitivity">
    ${heading(level, 1, "Sensitivity to the weights")}
    <p class="sens-summary">
      ${s.stable ? `No single weight moving by up to ±${pct(s.range * 100)} changes the proposed portfolio.` : `Some weight moving by up to ±${pct(s.range * 100)} changes the proposed portfolio.`}
    </p>
    ${reasons("Notes", s.reasons)}
    ${s.analysed
      ? html`<p class="hint">
            Each chart shows how far one weight must fall (bar to the left) or rise (to the right) before the portfolio changes; the shaded band is
            the ±${pct(s.range * 100)} tested, and a red bar is a change inside it. The data is in the table after the charts.
          </p>
          <div class="sens-grid">${s.weights.map((w, i) => chart(report, s, w, set, i))}</div>
          <table class="stack sens-table">
            <caption>
              How far each weight must move before the portfolio changes
            </caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight (tested range)</th>
                <th scope="col">Must fall by</th>
                <th scope="col">Then</th>
                <th scope="col">Must rise by</th>
                <th scope="col">Then</th>
              </tr>
            </thead>
            <tbody>
              ${s.weights.map(
                (w) => html`<tr data-criterion=${w.criterion}>
                  <th scope="row">${criterionName(set, w.criterion)}</th>
                  <td data-label="Weight (tested range)">${num(w.weight)} (${num(w.low)}–${num(w.high)})</td>
                  <td data-label="Must fall by" class="down">${w.down ? pct(w.down.changePercent) : "–"}</td>
                  <td data-label="Then">${who(w.down)}</td>
                  <td data-label="Must rise by" class="up">${w.up ? pct(w.up.changePercent) : "–"}</td>
                  <td data-label="Then">${who(w.up)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <div class="actions no-print">
            <button type="button" class="secondary" @click=${() => download(`sensitivity-${slug(set.id)}.csv`, sensitivityCsv(report, s, set), "text/csv")}>
              Download this table (CSV)
            </button>
          </div>`
      : nothing}
  </div>`;
}
