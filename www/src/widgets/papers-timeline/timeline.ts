// One meeting's run-up and follow-up: a small picture of the deadlines and the meeting,
// then each deadline (before the meeting, the meeting, after it) with its rule, its
// clause, any exception for urgency, and the weekends and holidays it passed over; and,
// for a meeting called on request, the latest date it may be held.
import { html, nothing, svg, type TemplateResult } from "lit";
import type { Deadline, NonWorkingDay, PapersTimelineReport, RequestCheck } from "quorate";
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
  const end = Math.max(...days);
  const skipped = [...new Map(report.deadlines.flatMap((d) => d.skipped).map((s) => [s.date, s])).values()].filter(
    (s) => dayNumber(s.date) >= start && dayNumber(s.date) <= end,
  );
  const lead = meeting - dayNumber(first.date);
  const last = report.deadlines.at(-1);
  const firstText =
    lead > 0
      ? `The first deadline is ${longDate(first.date, first.weekday)}, ${lead} days before the meeting on ${longDate(report.meeting, report.meetingWeekday)}`
      : `The meeting is on ${longDate(report.meeting, report.meetingWeekday)}`;
  const after = last?.afterMeeting ? `; the last, ${longDate(last.date, last.weekday)}, is ${dayNumber(last.date) - meeting} days after it` : "";
  const title = `${firstText}${after}`;
  const desc = `${points.map((p) => `${longDate(p.date)}: ${p.names.join(" and ")}`).join("; ")}. ${skipped.length} weekend days and holidays passed over are shaded.`;
  let below = true;
  let previous = -100;
  const labels = points.map((p, i) => {
    const at = x(p.date);
    if (at - previous < 25) below = !below;
    previous = at;
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

/** A notice period's exception for urgent meetings, beside its deadline: stated, or relied on. */
function urgencyLine(d: Deadline): TemplateResult | typeof nothing {
  const u = d.urgency;
  if (!u) return nothing;
  return html`<p class="exception">
    <span class="label">${u.reliedOn ? "Exception relied on:" : "Exception:"}</span> “${u.words}” ${cites(u.cite)}${u.reliedOn
      ? html`. The meeting is called as urgent, so this notice is not late.`
      : nothing}
  </p>`;
}

/** One deadline on the timeline. */
function deadlineItem(d: Deadline, clauses: (d: Deadline) => string[]): TemplateResult {
  const classes = [d.moved ? "moved" : "", d.afterMeeting ? "after" : "", d.late ? "late" : ""].filter(Boolean).join(" ");
  return html`<li class=${classes}>
    <p class="when">
      <time datetime=${d.date}>${longDate(d.date, d.weekday)}</time>${d.afterMeeting ? html` <span class="tag info after">After the meeting</span>` : nothing}${d.approximately
        ? html` <span class="tag info about">About</span>`
        : nothing}${d.moved ? html` <span class="tag warn">Moved</span>` : nothing}${d.late ? html` <span class="tag bad">Late</span>` : nothing}${d.urgency?.reliedOn
        ? html` <span class="tag info urgent">Urgent</span>`
        : nothing}
    </p>
    <p class="what">${d.name}</p>
    <p class="rule"><span class="label">Rule:</span> ${d.rule} ${cites(clauses(d))}</p>
    ${urgencyLine(d)} ${d.approximately ? html`<p class="approx">The document says “approximately”: this date is a guide.</p>` : nothing} ${skippedLine(d)}
    ${movedLine(d)}
    <details>
      <summary>How this date is worked out<span class="visually-hidden">: ${d.name}</span></summary>
      <p>${reason(d.reason)}</p>
    </details>
  </li>`;
}

/** A meeting called on request: the latest date it may be held, and whether it is held by then. */
function requestResult(r: RequestCheck, level: number, meeting: string, clauses: (d: Deadline) => string[]): TemplateResult {
  const tone = r.met === true ? "ok" : r.met === false ? "bad" : "neutral";
  const label = r.met === true ? "Held in time" : r.met === false ? "Held too late" : "No time limit";
  return html`<div class="request" part="request">
    ${heading(level, 2, "Called on request")}
    ${verdict(label, tone)}
    <dl class="request-dates">
      <dt>Request received</dt>
      <dd><time datetime=${r.requested}>${longDate(r.requested, r.requestedWeekday)}</time></dd>
      ${r.latest
        ? html`<dt>Latest date for the meeting</dt>
            <dd><time datetime=${r.latest}>${longDate(r.latest, r.latestWeekday ?? undefined)}</time> ${cites(r.limits[0] ? clauses(r.limits[0]) : r.reason.cite)}</dd>`
        : nothing}
      <dt>Meeting</dt>
      <dd><time datetime=${meeting}>${longDate(meeting)}</time></dd>
    </dl>
    <p class="request-reason">${r.reason.text}</p>
    ${r.limits.map(
      (l) => html`<p class="rule"><span class="label">Rule:</span> ${l.name}, ${l.rule} ${cites(clauses(l))}</p>
        <details>
          <summary>How the latest date is worked out<span class="visually-hidden">: ${l.name}</span></summary>
          <p>${reason(l.reason)}</p>
        </details>`,
    )}
  </div>`;
}

/** The deadlines of one meeting: the picture, then each deadline with its rule and clause, in date order around the meeting. */
export function timelineResult(report: PapersTimelineReport, level: number, clauses: (d: Deadline) => string[]): TemplateResult {
  const late = report.deadlines.some((d) => d.late) || report.request?.met === false;
  const tone = late ? "bad" : report.warnings.length ? "warn" : report.status === "deadlines" ? "ok" : "neutral";
  const before = report.deadlines.filter((d) => !d.afterMeeting);
  const after = report.deadlines.filter((d) => d.afterMeeting);
  const title = after.length ? "Deadlines before and after the meeting on" : "Deadlines before the meeting on";
  return html`<div class="result ${tone}" part="result">
    ${heading(level, 1, `${title} ${longDate(report.meeting, report.meetingWeekday)}`, { className: "result-title" })}
    ${report.status === "deadlines" ? nothing : verdict("No notice period", "neutral")}
    ${report.onTime === false ? verdict("Notice is late", "bad") : report.onTime === true ? verdict("Notice in time", "ok") : nothing}
    <p class="summary">${report.summary}</p>
    ${reasons("Warnings", report.warnings, "warnings")} ${report.request ? requestResult(report.request, level, report.meeting, clauses) : nothing}
    ${report.deadlines.length
      ? html`<p class="key" aria-hidden="true">
            <span class="swatch deadline"></span>Deadline&emsp;<span class="swatch meeting"></span>Meeting&emsp;<span class="swatch skip"></span>Weekend or holiday passed over
          </p>
          ${overview(report)}
          <ol class="timeline" part="timeline">
            ${before.map((d) => deadlineItem(d, clauses))}
            <li class="meeting">
              <p class="when"><time datetime=${report.meeting}>${longDate(report.meeting, report.meetingWeekday)}</time></p>
              <p class="what">The meeting of the ${report.body.name}</p>
            </li>
            ${after.map((d) => deadlineItem(d, clauses))}
          </ol>`
      : nothing}
    ${reasons("Notes", report.notes, "notes")} ${citations(report.citations)}
  </div>`;
}
