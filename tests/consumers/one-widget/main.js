// One per-widget entry: only <quorate-quorum-check> is registered, and only the meeting
// area's WebAssembly module is loaded (the bundler follows its URL).
import { QuorumCheck, VERSION } from "quorate/widgets/quorum-check";

const tags = ["quorate-meeting", "quorate-quorum-check", "quorate-attendance", "quorate-papers-timeline", "quorate-interests", "quorate-conflict-check", "quorate-gift-check", "quorate-private-check", "quorate-priority-scorer"];
document.getElementById("defined").textContent = JSON.stringify({
  version: VERSION,
  same: customElements.get("quorate-quorum-check") === QuorumCheck,
  defined: tags.filter((t) => customElements.get(t)),
});
