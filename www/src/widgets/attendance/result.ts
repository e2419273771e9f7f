// The attendance register's answer: members flagged for repeated absence (flagged, never
// expelled) and runs the register cannot judge, the substitutes listed without the member
// replaced, the body's meeting-frequency rules checked with each breach, and each
// member's and each seat's attendance over the meetings.
import { html, nothing, type TemplateResult } from "lit";
import type { AttendanceReport, CadenceCheck, Constitution, MemberRecord, Seat } from "quorate";
import { cites, citations, columnHeads, heading, plural, reason, reasons, verdict } from "../../base/render.js";

/** The verdict in a line: the flags and breaches counted, or that there are none. */
export function verdictOf(report: AttendanceReport): { text: string; tone: "ok" | "warn" | "neutral" } {
  const breaches = report.cadence.reduce((n, c) => n + c.breaches.length, 0);
  if (!report.flags.length && !breaches && !report.cannotTell.length) {
    return report.cadence.some((c) => c.met === null)
      ? { text: "No flags; some meeting frequency rules cannot be judged yet", tone: "neutral" }
      : { text: "No flags or breaches", tone: "ok" };
  }
  const parts = [];
  if (report.flags.length) parts.push(`${plural(report.flags.length, "member")} flagged`);
  if (report.cannotTell.length) parts.push(`${plural(report.cannotTell.length, "absence run")} the register cannot judge`);
  if (breaches) parts.push(plural(breaches, "meeting frequency breach", "meeting frequency breaches"));
  return { text: parts.join(", "), tone: "warn" };
}

/** " (Leader of the third main party)": the seats a member held, where their name is not the seat's. */
function seatsOf(m: MemberRecord, seats: readonly Seat[]): string {
  const names = [...new Set(m.terms.map((t) => seats.find((s) => s.id === t.seat)?.name ?? t.seat))];
  return names.length === 1 && names[0] === m.name ? "" : ` (${names.join(", then ")})`;
}

/** One meeting-frequency rule checked: met, not met or not judgeable, and each breach. */
function cadenceCheck(c: CadenceCheck): TemplateResult {
  const tag =
    c.met === true
      ? html`<strong class="tag ok">Met</strong>`
      : c.met === false
        ? html`<strong class="tag bad">Not met</strong>`
        : html`<strong class="tag">Cannot be judged</strong>`;
  return html`<li class="check">
    ${tag} ${reason(c.reason)}
    ${c.breaches.length
      ? html`<ul>
          ${c.breaches.map((b) => html`<li class="breach">${reason(b.reason)}</li>`)}
        </ul>`
      : nothing}
  </li>`;
}

/** The answer: who is flagged for repeated absence, the meeting-frequency checks, each seat's attendance. */
export function attendanceResult(report: AttendanceReport, rules: Constitution, seats: readonly Seat[], level: number, onPrint: () => void): TemplateResult {
  const v = verdictOf(report);
  const absence = rules.absence;
  return html`<div class="result ${v.tone}" part="result">
    ${heading(level, 1, "Flags and meeting frequency")} ${verdict(v.text, v.tone)}
    <p class="summary">${report.summary}</p>
    ${heading(level, 2, "Flagged for repeated absence")}
    ${absence
      ? html`<p class="flag-rule">
          Flagged, never expelled: a member flagged here ${absence.consequence} ${cites(absence.cite)}. Quorate only flags it; whether to act
          is for the body to decide, by its own vote.
        </p>`
      : nothing}
    ${report.flags.length
      ? html`<ul class="flags">
          ${report.flags.map((f) => html`<li class="flag">${reason(f.reason)}</li>`)}
        </ul>`
      : html`<p class="no-flags">${absence ? "Nobody is flagged." : "Nobody is flagged: this constitution sets no rule on repeated absence."}</p>`}
    ${report.cannotTell.length
      ? html`${heading(level, 2, "The register cannot tell")}
          <ul class="cannot-tell">
            ${report.cannotTell.map((f) => html`<li class="unsure">${reason(f.reason)}</li>`)}
          </ul>`
      : nothing}
    ${report.unattributedSubstitutes.length
      ? html`${heading(level, 2, "Substitutes, member replaced not recorded")}
          <ul class="unattributed-list">
            ${report.unattributedSubstitutes.map((u) => html`<li>${reason(u.reason)}</li>`)}
          </ul>`
      : nothing}
    <details class="members-details" ?open=${report.members.some((m) => m.notMember > 0)}>
      <summary>Each member's attendance, over the meetings held while a member</summary>
      <ul class="members">
        ${report.members.map(
          (m) => html`<li>
            <strong>${m.name}</strong>${seatsOf(m, seats)}${m.flagged ? html` <strong class="tag warn">Flagged</strong>` : nothing}: ${m.summary}
          </li>`,
        )}
      </ul>
    </details>
    ${heading(level, 2, `How often the ${report.body} met`)}
    ${report.cadence.length
      ? html`<ul class="checks">
          ${report.cadence.map((c) => cadenceCheck(c))}
        </ul>`
      : html`<p>No meeting frequency rule to check.</p>`}
    ${reasons("Notes", report.notes, "notes")}
    <details class="no-print">
      <summary>Each seat's attendance</summary>
      <table class="stack summary-table">
        <caption class="visually-hidden">
          Each seat's attendance over ${plural(report.meetings, "meeting")}
        </caption>
        ${columnHeads(["Seat", "Present", "Substitute", "Apologies", "Reasonable excuse", "Absent", "Vacant", "Flagged"])}
        <tbody>
          ${report.seats.map(
            (s) =>
              html`<tr>
                <th scope="row">${s.member.name}</th>
                <td data-label="Present">${s.present}</td>
                <td data-label="Substitute">${s.representedBySubstitute}</td>
                <td data-label="Apologies">${s.apologies}</td>
                <td data-label="Reasonable excuse">${s.reasonableExcuse}</td>
                <td data-label="Absent">${s.absent}</td>
                <td data-label="Vacant">${s.vacant}</td>
                <td data-label="Flagged">${s.flagged ? html`<strong class="tag warn">Flagged</strong>` : "No"}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
    ${citations(report.citations)}
    <div class="actions no-print">
      <button type="button" class="secondary" @click=${() => onPrint()}>Print the flags and breaches</button>
    </div>
  </div>`;
}
