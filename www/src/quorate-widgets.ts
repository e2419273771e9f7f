// Quorate widgets: one <script type="module" src="quorate-widgets.js"> defines them all.
// The WebAssembly engine loads once, from beside this file; nothing else is fetched.
import { define } from "./base/define.js";
import { Meeting } from "./widgets/meeting.js";
import { QuorumCheck } from "./widgets/quorum-check.js";

define("quorate-meeting", Meeting);
define("quorate-quorum-check", QuorumCheck);

export { Meeting, QuorumCheck };
export type { MeetingResult } from "./widgets/meeting.js";
export { VERSION } from "./base/define.js";
