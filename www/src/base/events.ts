// The events Quorate widgets fire, typed for `addEventListener` on any element or the
// document (they bubble and are composed, so they leave the shadow root).

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
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalEventHandlersEventMap extends QuorateEventMap {}
}
