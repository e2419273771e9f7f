// <quorate-quorum-check>: the quorum section of <quorate-meeting> on its own, kept so
// that pages written for Quorate 0.1 keep working. New pages use <quorate-meeting>.
import { html, type TemplateResult } from "lit";
import type { Constitution, QuorumReport } from "quorate";
import { QuorateElement } from "../base/element.js";
import type { Engine } from "../base/engine.js";
import { fieldErrors, type FieldError } from "../base/errors.js";
import { ImportError } from "../base/files.js";
import { attendanceInput, attendanceTable, fitAttendance, freshAttendance, quorumResult, quorumVerdict, type AttendanceDraft } from "./meeting/attendance.js";

/**
 * Record who is at a meeting and see, as you go, whether it is quorate, who counts and
 * why, with the clauses. The quorum section of `<quorate-meeting>`, on its own.
 *
 * @attr preset - a preset id (default `clackmannanshire-2019`)
 * @attr heading-level - the level of the widget's heading (default 2)
 * @attr draft-key - keeps this instance's draft apart from others on the page
 * @prop constitution - your own constitution object, instead of a preset
 * @fires quorate-result - the quorum report (`QuorumReport`), on every change
 * @csspart panel - the widget's box
 * @csspart roster - the attendance table
 * @csspart result - the quorum answer
 * @csspart actions - export, import and clear
 */
export class QuorumCheck extends QuorateElement {
  protected readonly tag = "quorate-quorum-check";
  protected readonly schemaVersion = 1;
  protected override readonly defaultPreset = "clackmannanshire-2019";

  private attendance: AttendanceDraft = { members: [], substitutes: [] };
  private report: QuorumReport | null = null;

  protected heading(): string {
    return `Quorum check: ${this.rules?.name ?? ""}`;
  }

  protected restore(data: unknown): void {
    const seats = this.rules?.membership ?? [];
    this.attendance = data === null ? freshAttendance(seats) : fitAttendance(seats, data);
  }

  protected snapshot(): AttendanceDraft {
    return this.attendance;
  }

  // Schema version 0 is Quorate 0.1's first quorum check (before the widget base): its
  // draft was the bare attendance under `quorate:quorum-check:<constitution id>`, one per
  // constitution, and its export the bare attendance, as `checkQuorum` takes it.
  protected override legacyDraftKey(rules: Constitution): string {
    return `quorate:quorum-check:${rules.id}`;
  }

  protected override isLegacyExport(value: unknown): boolean {
    return typeof value === "object" && value !== null && Array.isArray((value as { members?: unknown }).members);
  }

  protected override migrate(data: unknown, version: number): unknown {
    if (version >= 1) return data;
    const v = (typeof data === "object" && data !== null ? data : {}) as { members?: unknown; substitutes?: unknown };
    if (!Array.isArray(v.members)) throw new ImportError("Choose a file exported by this tool: it holds no attendance");
    // The same fields as version 1; a substitute saved before notice was asked defaults to told.
    return { members: v.members, substitutes: Array.isArray(v.substitutes) ? v.substitutes : [] };
  }

  protected recompute(engine: Engine): FieldError[] {
    try {
      const report = engine.checkQuorum({ constitution: this.constitutionInput, attendance: attendanceInput(this.attendance) });
      this.report = report;
      this.result = report;
      const v = quorumVerdict(report);
      this.announce(`${v.text}. ${report.summary}`);
      return [];
    } catch (e) {
      this.report = null;
      return fieldErrors(e);
    }
  }

  protected renderBody(rules: Constitution): TemplateResult {
    const report = this.report;
    return html`<p class="hint">Record who is at the meeting. The answer below updates as you go.</p>
      ${attendanceTable({ seats: rules.membership ?? [], attendance: this.attendance, errors: this.allErrors, onChange: () => this.changed(), focus: (s) => this.focusAfterUpdate(s) })}
      ${report ? quorumResult(report, this.level) : ""} ${this.fileActions(rules.id, "attendance")}`;
  }
}

declare module "../base/events.js" {
  interface QuorateResults {
    "quorate-quorum-check": QuorumReport;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "quorate-quorum-check": QuorumCheck;
  }
}
