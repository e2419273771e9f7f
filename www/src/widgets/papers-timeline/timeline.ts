// One meeting's run-up: a small picture of the deadlines and the meeting, then each
// deadline with its rule, its clause, and the weekends and holidays it passed over.
import { html, nothing, svg, type TemplateResult } from "lit";
import type { Deadline, NonWorkingDay, PapersTimelineReport } from "quorate";
import { MONTH_NAMES, longDate } from "../../base/date-input.js";
import { cites, citations, heading, reason, reasons, verdict } from "../../base/render.js";

/** "Saturday 28 November 2026 (weekend)", "Monday 30 November 2026 (St Andrew's Day)". */
function skippedDay(d: NonWorkingDay): TemplateResult {
  const why = d.kind === "weekend" ? "weekend" : d.kind === "localClosure" ? `${d.name}, office closed` : d.name;
  return html`<time datetime=${d.date}>${longDate(d.date, d.weekday)}</time> (${why})${d.kind === "weekend" ? nothing : html` ${cites(d.reason.cite)}`}`;
}

function skippedLine(d: Deadline): TemplateResult | typeof nothing {
  const passed = d.skipped.filter((s) => !(d.moved && s.date === d.counted));
  if (!passed.length) return nothing;
  return html`<p class="skipped"><span class="label">Skipped:</span> ${passed.map((s, i) => html`${i ? "; " : ""}${skippedDay(s)}`)}</p>`;
}

/** The move off a non-working day, in words, from where the count landed. */
function movedLine(d: Deadline): TemplateResult | typeof nothing {
  if (!d.moved) return nothing;
  const landed = d.skipped.find((s) => s.date === d.counted);
  const which = d.date < d.counted ? "the working day before" : "the next working day";
  return html`<p class="moved">
    <span class="label">Moved:</span> the count landed on ${landed ? skippedDay(landed) : html`<time datetime=${d.counted}>${longDate(d.counted)}</time>`}, not a
    working day, so the deadline is ${which}.
  </p>`;
}

const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const shortDate = (iso: string): string => `${Number(iso.slice(8, 10))} ${(MONTH_NAMES[Number(iso.slice(5, 7)) - 1] ?? "").slice(0, 3)}`;

/**
 * A small picture of the run-up to the meeting: each deadline and the meeting on one
 * line, the weekends and holidays passed over shaded. The list below is the data; the
 * picture's title says the takeaway and its description lists every date.
 */
function overview(report: PapersTimelineReport): TemplateResult | typeof nothing {
  const first = report.deadlines[0];
  if (!first) return nothing;
  const meeting = dayNumber(report.meeting);
  const days = [...report.deadlines.map((d) => dayNumber(d.date)), meeting];
  const start = Math.min(...days);
  const span = Math.max(1, Math.max(...days) - start);
  const x = (iso: string) => 3 + (94 * (dayNumber(iso) - start)) / span;
  const points: { date: string; names: string[]; meeting: boolean }[] = [];
  for (const d of report.deadlines) {
    const at = points.find((p) => p.date === d.date);
    if (at) at.names.push(d.name);
    else points.push({ date: d.date, names: [d.name], meeting: false });
  }
  points.push({ date: report.meeting, names: [`the meeting of the ${report.body.name}`], meeting: true });
  points.sort((a, b) => a.date.localeCompare(b.date));
  const skipped = [...new Map(report.deadlines.flatMap((d) => d.skipped).map((s) => [s.date, s])).values()].filter(
    (s) => dayNumber(s.date) >= start && dayNumber(s.date) <= meeting,
  );
  const lead = meeting - dayNumber(first.date);
  const title = `The first deadline is ${longDate(first.date, first.weekday)}, ${lead} days before the meeting on ${longDate(report.meeting, report.meetingWeekday)}`;
  const desc = `${points.map((p) => `${longDate(p.date)}: ${p.names.join(" and ")}`).join("; ")}. ${skipped.length} weekend days and holidays passed over are shaded.`;
  let below = true;
  let last = -100;
  const labels = points.map((p, i) => {
    const at = x(p.date);
    if (at - last < 25) below = !below;
    last = at;
    const anchor = i === 0 ? "start" : i === points.length - 1 ? "end" : "middle";
    const tx = i === 0 ? Math.max(0, at - 3) : i === points.length - 1 ? Math.min(100, at + 3) : at;
    return { p, at, below, anchor, tx };
  });
  return html`<svg class="overview" role="img" aria-labelledby="overview-title overview-desc" part="overview">
    <title id="overview-title">${title}</title>
    <desc id="overview-desc">${desc}</desc>
    ${skipped.map((s) => svg`<rect class="skip" x="${x(s.date) - 47 / span}%" y="1.6em" width="${94 / span}%" height="1.8em"></rect>`)}
    <line class="axis" x1="3%" x2="97%" y1="2.5em" y2="2.5em"></line>
    ${labels.map(
      (l) => svg`<circle class=${l.p.meeting ? "dot meeting" : "dot"} cx="${l.at}%" cy="2.5em" r="0.45em"></circle>
        <text x="${l.tx}%" y=${l.below ? "4.7em" : "1.1em"} text-anchor=${l.anchor}>${shortDate(l.p.date)}</text>`,
    )}
  </svg>`;
}

/** The deadlines before one meeting: the picture, then each deadline with its rule and clause. */
export function timelineResult(report: PapersTimelineReport, level: number, clauses: (d: Deadline) => string[]): TemplateResult {
  const tone = report.warnings.length ? "warn" : report.status === "deadlines" ? "ok" : "neutral";
  return html`<div class="result ${tone}" part="result">
    ${heading(level, 1, `Deadlines before the meeting on ${longDate(report.meeting, report.meetingWeekday)}`, { className: "result-title" })}
    ${report.status === "deadlines" ? nothing : verdict("No notice period", "neutral")}
    <p class="summary">${report.summary}</p>
    ${reasons("Warnings", report.warnings, "warnings")}
    ${report.deadlines.length
      ? html`<p class="key" aria-hidden="true">
            <span class="swatch deadline"></span>Deadline&emsp;<span class="swatch meeting"></span>Meeting&emsp;<span class="swatch skip"></span>Weekend or holiday passed over
          </p>
          ${overview(report)}
          <ol class="timeline" part="timeline">
          ${report.deadlines.map(
            (d) => html`<li class=${d.moved ? "moved" : ""}>
              <p class="when"><time datetime=${d.date}>${longDate(d.date, d.weekday)}</time>${d.approximately ? html` <span class="tag info">About</span>` : nothing}${d.moved ? html` <span class="tag warn">Moved</span>` : nothing}</p>
              <p class="what">${d.name}</p>
              <p class="rule"><span class="label">Rule:</span> ${d.rule} ${cites(clauses(d))}</p>
              ${d.approximately ? html`<p class="approx">The document says “approximately”: this date is a guide.</p>` : nothing} ${skippedLine(d)} ${movedLine(d)}
              <details>
                <summary>How this date is worked out<span class="visually-hidden">: ${d.name}</span></summary>
                <p>${reason(d.reason)}</p>
              </details>
            </li>`,
          )}
          <li class="meeting">
            <p class="when"><time datetime=${report.meeting}>${longDate(report.meeting, report.meetingWeekday)}</time></p>
            <p class="what">The meeting of the ${report.body.name}</p>
          </li>
        </ol>`
      : nothing}
    ${reasons("Notes", report.notes, "notes")} ${citations(report.citations)}
  </div>`;
}
