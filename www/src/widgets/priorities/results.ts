// The answers both modes show from a `PriorityReport`: the method in words, the ranking
// (ties as ties), the gates with why a candidate fails, and the proposed portfolio with a
// tie on the boundary left to the Board.
import { html, nothing, type TemplateResult } from "lit";
import type { CandidateResult, CriteriaSet, Gate, GateKind, PortfolioLimit, PriorityReport } from "quorate";
import { cites, heading, plural, reason, reasons } from "../../base/render.js";
import { num } from "./model.js";

export const GATE_NAME: Record<GateKind, string> = {
  collaborativeGain: "Collaborative gain",
  support: "Support from most partners",
};

const nameOf = (report: PriorityReport, id: string): string => report.candidates.find((c) => c.candidate === id)?.name ?? id;
export const namesOf = (report: PriorityReport, ids: readonly string[]): string => ids.map((id) => nameOf(report, id)).join(", ");

function gateWords(gate: Gate, set: CriteriaSet): TemplateResult {
  if (gate.kind === "collaborativeGain") {
    return html`<strong>Collaborative gain:</strong> more than half of the scorers who answer yes or no must say yes to “${gate.question}” (“don't know” counts neither way) ${cites(gate.cite)}`;
  }
  const criterion = set.criteria.find((c) => c.id === gate.criterion)?.name ?? gate.criterion;
  return html`<strong>Support from most partners:</strong> more than half of the organisations that scored it must give it, on average across their scorers, at least
    ${gate.minScore} on ${criterion} ${cites(gate.cite)}`;
}

export function limitWords(limit: PortfolioLimit | null | undefined): string {
  if (!limit) return "no portfolio limit is set, so no portfolio is proposed";
  return limit.min === limit.max ? `${plural(limit.max, "priority", "priorities")} at a time` : `${limit.min} to ${limit.max} priorities at a time`;
}

/** How the result is worked out, stated on the page. */
export function methodStatement(set: CriteriaSet, report: PriorityReport | null, aggregate: "mean" | "median", level: number): TemplateResult {
  const scale = set.scale;
  const limit = report?.portfolio.limit ?? null;
  const weighted = set.criteria.some((c) => c.weight !== set.criteria[0]?.weight);
  return html`<div class="method" part="method">
    ${heading(level, 1, "How the result is worked out")}
    <ul>
      <li>
        Each criterion is scored from ${scale.min} to ${scale.max}${scale.labels?.length
          ? html` (${scale.labels.map((l, i) => html`${i ? ", " : ""}${l.value} ${l.label}`)})`
          : nothing}, or “don't know”, which is left out and never counted as zero ${cites(scale.cite)}.
      </li>
      <li>
        A candidate's score on a criterion is the <strong>${aggregate}</strong> of the partners' answers; its total is the
        <strong>weighted mean</strong> of those scores on the same scale (${weighted ? "weights as set below" : "every criterion weighs the same unless you change a weight below"}).
      </li>
      ${(set.gates ?? []).map((g) => html`<li>A gate, whatever the total: ${gateWords(g, set)}.</li>`)}
      <li>
        The proposed portfolio is the best candidates that pass every gate: ${limitWords(limit)} ${cites(limit?.cite)}. Equal totals share a
        rank; a tie on the boundary of the portfolio is left to the Board.
      </li>
    </ul>
  </div>`;
}

function rankText(c: CandidateResult): TemplateResult {
  if (c.rank === null) return html`<span class="muted">Not scored</span>`;
  return html`${c.rank}${c.tied ? html` <strong class="tag info">Tie</strong>` : nothing}`;
}

function portfolioText(report: PriorityReport, c: CandidateResult): TemplateResult {
  const p = report.portfolio;
  if (c.inPortfolio) return html`<strong class="tag ok">Proposed</strong>`;
  if (p.tiedAtBoundary.includes(c.candidate)) return html`<strong class="tag warn">Tied on the boundary</strong>`;
  if (p.heldBackByGates.includes(c.candidate)) return html`<strong class="tag bad">Held back by a gate</strong>`;
  return html`<span class="muted">Not proposed</span>`;
}

/** The ranking table: best first, ties as ties. */
export function rankingTable(report: PriorityReport, caption: string): TemplateResult {
  return html`<div class="scroll" part="ranking">
    <table class="stack ranking">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Candidate</th>
          <th scope="col">Weighted score (${report.scale.min}–${report.scale.max})</th>
          <th scope="col">Scorecards</th>
          <th scope="col">Gates</th>
          <th scope="col">Portfolio</th>
        </tr>
      </thead>
      <tbody>
        ${report.candidates.map(
          (c) => html`<tr data-candidate=${c.candidate}>
            <td data-label="Rank" class="rank">${rankText(c)}</td>
            <th scope="row">${c.name}</th>
            <td data-label="Weighted score" class="total">${num(c.total)}</td>
            <td data-label="Scorecards">${c.scorecards} from ${plural(c.organisations, "organisation")}</td>
            <td data-label="Gates" class="gates">
              ${c.passesGates
                ? html`<strong class="tag ok">Passes</strong>`
                : html`<strong class="tag bad">Fails</strong> ${c.gates
                      .filter((g) => !g.passed)
                      .map((g) => GATE_NAME[g.gate])
                      .join(", ")}`}
            </td>
            <td data-label="Portfolio" class="in-portfolio">${portfolioText(report, c)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Every gate for every candidate, and why a candidate fails. */
export function gatesResult(report: PriorityReport, level: number): TemplateResult | typeof nothing {
  if (!report.candidates.some((c) => c.gates.length)) return nothing;
  const failing = report.candidates.filter((c) => !c.passesGates);
  return html`<div class="gates-result" part="gates">
    ${heading(level, 1, "Gates")}
    <p>
      ${failing.length
        ? `${plural(failing.length, "candidate")} ${failing.length === 1 ? "fails" : "fail"} a gate and cannot be proposed, whatever the total.`
        : "Every candidate passes the gates."}
    </p>
    <ul class="gate-list">
      ${report.candidates.map(
        (c) => html`<li data-candidate=${c.candidate}>
          <strong>${c.name}</strong>
          <ul>
            ${c.gates.map(
              (g) => html`<li class=${g.passed ? "passed" : "failed"}>
                <strong class="tag ${g.passed ? "ok" : "bad"}">${g.passed ? "Passes" : "Fails"}</strong> ${GATE_NAME[g.gate]}: ${reason(g.reason)}
              </li>`,
            )}
          </ul>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** The proposed portfolio within the limit; a tie on the boundary is said to be the Board's. */
export function portfolioResult(report: PriorityReport, level: number, title = "Proposed portfolio"): TemplateResult {
  const p = report.portfolio;
  const tie = p.tiedAtBoundary.length > 0;
  const tone = !p.limit ? "warn" : tie ? "warn" : "ok";
  return html`<div class="result ${tone} portfolio" part="portfolio">
    ${heading(level, 1, title)}
    <p>Limit: ${limitWords(p.limit)} ${cites(p.limit?.cite)}.</p>
    ${p.proposed.length
      ? html`<ol class="proposed">
          ${p.proposed.map((id) => html`<li data-candidate=${id}>${nameOf(report, id)}</li>`)}
        </ol>`
      : html`<p class="proposed-none">No candidate is proposed yet.</p>`}
    ${tie
      ? html`<p class="boundary-tie">
          <strong>A tie on the boundary, for the Board to decide:</strong> ${namesOf(report, p.tiedAtBoundary)} tie for
          ${plural(p.placesForTied, "place")}. The tool does not choose between them.
        </p>`
      : nothing}
    ${p.heldBackByGates.length
      ? html`<p class="held-back">Held back by a gate, though ranked inside the limit: ${namesOf(report, p.heldBackByGates)}.</p>`
      : nothing}
    ${reasons("Why", p.reasons)}
  </div>`;
}
