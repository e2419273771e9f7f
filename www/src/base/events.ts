// The events Quorate widgets fire, typed for `addEventListener` on any element or the
// document (they bubble and are composed, so they leave the shadow root).
import type { AssessmentInput } from "quorate";

/**
 * Each widget's result type, by tag. Every widget file adds its own entry:
 * `declare module "../base/events.js" { interface QuorateResults { "quorate-meeting": MeetingResult } }`.
 */

export interface QuorateResults {}

export interface QuorateEventMap {
  /**
   * A widget's answer changed. `event.target` is the widget; `detail` is its result
   * (for `<quorate-quorum-check>`, the quorum report), with every citation.
   */
  "quorate-result": CustomEvent<QuorateResults[keyof QuorateResults]>;
  /**
   * A widget asks for the conflict-of-interest self-assessment of one agenda item
   * (`<quorate-interests>`' agenda check). `detail` is the input of `assessConflict`:
   * the constitution, the member, the item and its title, the register category and
   * the starting answers. Cancelable: a conflict check that takes the request calls
   * `preventDefault()`, so the widget that asked knows it was heard.
   */
  "quorate-conflict-check-request": CustomEvent<ConflictCheckRequest>;
}

/** What `quorate-conflict-check-request` carries: `assessConflict`'s input, ready to use. */
export type ConflictCheckRequest = AssessmentInput & Required<Pick<AssessmentInput, "member" | "item" | "itemTitle" | "answers">>;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalEventHandlersEventMap extends QuorateEventMap {}
}
