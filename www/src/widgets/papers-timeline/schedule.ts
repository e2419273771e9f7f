// A year of meetings: the schedule as a table (each meeting and its deadlines), the
// cadence checks, and the calendar (.ics) and CSV downloads.
import { html, nothing, type TemplateResult } from "lit";
import type { Deadline, MeetingScheduleReport, Weekday } from "quorate";
import { toCsv } from "../../base/csv.js";
import { WEEKDAY_NAMES, longDate } from "../../base/date-input.js";
import { download } from "../../base/files.js";
import { cites, citations, heading, reason, reasons, verdict } from "../../base/render.js";

/** A year of meetings: each meeting with its deadlines as a table, the cadence checks, and the downloads. */
export function scheduleResult(report: MeetingScheduleReport, level: number, clauses: (d: Deadline) => string[], onIcs: () => void): TemplateResult {
  const columns: { id: string; name: string; cite: string[] }[] = [];
  for (const m of report.meetings) {
    for (const dl of m.deadlines) {
      if (!columns.some((c) => c.id === dl.id)) columns.push({ id: dl.id, name: dl.name, cite: clauses(dl) });
    }
  }
  const met = report.cadenceMet;
  const tone = met === false ? "bad" : met === true ? (report.warnings.length ? "warn" : "ok") : "neutral";
  const label = met === false ? "Cadence not met" : met === true ? "Cadence met" : "Cadence not judged";
  return html`<div class="result ${tone}" part="result">
    ${heading(level, 1, `Meetings of the ${report.body.name} in ${report.period.from.slice(0, 4)}`, { className: "result-title" })}
    ${verdict(label, tone === "warn" ? "ok" : tone)}
    <p class="summary">${report.summary}</p>
    ${reasons("Warnings", report.warnings, "warnings")}
    <div class="scroll" part="schedule">
      <table class="stack">
        <caption>
          Meetings and their deadlines
        </caption>
        <thead>
          <tr>
            <th scope="col">Meeting</th>
            ${columns.map((c) => html`<th scope="col">${c.name} ${cites(c.cite)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${report.meetings.map(
            (m) => html`<tr>
              <th scope="row">
                <time datetime=${m.date}>${longDate(m.date, m.weekday)}</time>
                ${m.workingDay ? nothing : html` <span class="tag warn">Not a working day</span>`}
                ${m.warnings.map((w) => html`<span class="sub">${reason(w)}</span>`)}
              </th>
              ${columns.map((c) => {
                const dl = m.deadlines.find((x) => x.id === c.id);
                return html`<td data-label=${c.name} class="deadline-cell">
                  ${dl
                    ? html`<time datetime=${dl.date}>${longDate(dl.date, dl.weekday)}</time>${dl.afterMeeting ? html` <span class="tag info">After the meeting</span>` : nothing}${dl.approximately
                          ? html` <span class="tag info">About</span>`
                          : nothing}${dl.moved
                          ? html` <span class="tag warn">Moved</span>`
                          : nothing}
                        ${dl.skipped.some((s) => s.kind !== "weekend")
                          ? html`<span class="sub">Skipped ${dl.skipped.filter((s) => s.kind !== "weekend").map((s, i) => html`${i ? ", " : ""}${s.name}`)}</span>`
                          : nothing}`
                    : html`<span class="muted">—</span>`}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${heading(level, 2, "Cadence checks")}
    ${report.cadence.length
      ? html`<ul class="cadence">
          ${report.cadence.map(
            (c) => html`<li>
              <span class="tag ${c.met === false ? "bad" : c.met ? "ok" : ""}">${c.met === false ? "Not met" : c.met ? "Met" : "Not judged"}</span>
              ${reason(c.reason)}
              ${c.breaches.length
                ? html`<ul>
                    ${c.breaches.map((b) => html`<li>${reason(b.reason)}</li>`)}
                  </ul>`
                : nothing}
            </li>`,
          )}
        </ul>`
      : html`<p>The constitution sets no cadence rule for the ${report.body.name}.</p>`}
    <div class="actions no-print">
      <button type="button" class="secondary" @click=${() => onIcs()}>Download calendar (.ics)</button>
      <button type="button" class="secondary" @click=${() => downloadCsv(report)}>Download schedule (CSV)</button>
    </div>
    <p class="hint">The calendar has an all-day event for each meeting and each deadline; Outlook and Google Calendar import it. Importing a newer copy updates the same events rather than adding them twice.</p>
    ${reasons("Notes", report.notes, "notes")} ${citations(report.citations)}
  </div>`;
}

/** The schedule as a spreadsheet: one row per meeting and one per deadline, with the clauses. */
function downloadCsv(report: MeetingScheduleReport): void {
  const rows: string[][] = [["Meeting", "Meeting weekday", "What is due", "Date", "Weekday", "Rule", "Approximately", "Moved", "Skipped", "Clauses"]];
  for (const m of report.meetings) {
    const day = (w: Weekday) => WEEKDAY_NAMES.find(([x]) => x === w)?.[1] ?? w;
    rows.push([m.date, day(m.weekday), "Meeting", m.date, day(m.weekday), "", "", "", "", m.warnings.map((w) => w.text).join("; ")]);
    for (const dl of m.deadlines) {
      rows.push([
        m.date,
        day(m.weekday),
        dl.name,
        dl.date,
        day(dl.weekday),
        dl.rule,
        dl.approximately ? "yes" : "no",
        dl.moved ? `yes, from ${dl.counted}` : "no",
        dl.skipped.map((s) => `${s.date} ${s.name}`).join("; "),
        dl.reason.cite.join("; "),
      ]);
    }
  }
  download(`${report.constitution}-${report.body.id}-${report.period.from.slice(0, 4)}.csv`, toCsv(rows), "text/csv;charset=utf-8");
}
