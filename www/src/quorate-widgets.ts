// Quorate widgets: one <script type="module" src="quorate-widgets.js"> defines them all.
// The WebAssembly engine loads once, from beside this file; nothing else is fetched.
import { define } from "./base/define.js";
import { Meeting } from "./widgets/meeting.js";
import { QuorumCheck } from "./widgets/quorum-check.js";
import { AttendanceRegister } from "./widgets/attendance.js";
import { PapersTimeline } from "./widgets/papers-timeline.js";
import { Interests } from "./widgets/interests.js";
import { PriorityScorer } from "./widgets/priority-scorer.js";
import { GiftCheck } from "./widgets/gift-check.js";
import { PrivateCheck } from "./widgets/private-check.js";
import { ConflictCheck } from "./widgets/conflict-check.js";
import { ConstitutionEditor } from "./widgets/constitution-editor.js";

define("quorate-meeting", Meeting);
define("quorate-quorum-check", QuorumCheck);
define("quorate-attendance", AttendanceRegister);
define("quorate-papers-timeline", PapersTimeline);
define("quorate-interests", Interests);
define("quorate-priority-scorer", PriorityScorer);
define("quorate-gift-check", GiftCheck);
define("quorate-private-check", PrivateCheck);
define("quorate-conflict-check", ConflictCheck);
define("quorate-constitution-editor", ConstitutionEditor);

export { Meeting, QuorumCheck, AttendanceRegister, PapersTimeline, Interests, PriorityScorer, GiftCheck, PrivateCheck, ConflictCheck, ConstitutionEditor };
export { VERSION } from "./base/define.js";
export type { QuorateEventMap, QuorateResults, ConflictCheckRequest } from "./base/events.js";
