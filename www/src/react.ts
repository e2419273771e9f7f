// React wrappers for the widgets (`quorate/react`), made with @lit/react: each widget as
// a typed component whose properties are props and whose events are `on…` props.
//
//   import { QuorateQuorumCheck } from "quorate/react";
//   <QuorateQuorumCheck preset="clackmannanshire-2019" onQuorateResult={(e) => setReport(e.detail)} />
import * as React from "react";
import { createComponent, type EventName } from "@lit/react";
import { AttendanceRegister, ConflictCheck, ConstitutionEditor, GiftCheck, Interests, Meeting, PapersTimeline, PriorityScorer, PrivateCheck, QuorumCheck } from "./quorate-widgets.js";
import type { QuorateEventMap } from "./base/events.js";

const result = "quorate-result" as EventName<QuorateEventMap["quorate-result"]>;

export const QuorateMeeting = createComponent({ tagName: "quorate-meeting", elementClass: Meeting, react: React, events: { onQuorateResult: result } });
export const QuorateQuorumCheck = createComponent({ tagName: "quorate-quorum-check", elementClass: QuorumCheck, react: React, events: { onQuorateResult: result } });
export const QuorateAttendance = createComponent({ tagName: "quorate-attendance", elementClass: AttendanceRegister, react: React, events: { onQuorateResult: result } });
export const QuoratePapersTimeline = createComponent({ tagName: "quorate-papers-timeline", elementClass: PapersTimeline, react: React, events: { onQuorateResult: result } });
export const QuorateInterests = createComponent({
  tagName: "quorate-interests",
  elementClass: Interests,
  react: React,
  events: {
    onQuorateResult: result,
    onQuorateConflictCheckRequest: "quorate-conflict-check-request" as EventName<QuorateEventMap["quorate-conflict-check-request"]>,
  },
});
export const QuoratePriorityScorer = createComponent({ tagName: "quorate-priority-scorer", elementClass: PriorityScorer, react: React, events: { onQuorateResult: result } });
export const QuorateConflictCheck = createComponent({ tagName: "quorate-conflict-check", elementClass: ConflictCheck, react: React, events: { onQuorateResult: result } });
export const QuorateGiftCheck = createComponent({ tagName: "quorate-gift-check", elementClass: GiftCheck, react: React, events: { onQuorateResult: result } });
export const QuoratePrivateCheck = createComponent({ tagName: "quorate-private-check", elementClass: PrivateCheck, react: React, events: { onQuorateResult: result } });
export const QuorateConstitutionEditor = createComponent({
  tagName: "quorate-constitution-editor",
  elementClass: ConstitutionEditor,
  react: React,
  events: { onQuorateResult: result },
});
