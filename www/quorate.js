// Quorate widgets: one <script type="module" src="quorate.js"> defines them all.
// The WebAssembly module loads once, from beside this file; nothing else is fetched.
import { define } from "./src/define.js";
import { QuorumCheck } from "./src/quorum-check.js";

define("quorate-quorum-check", QuorumCheck);
