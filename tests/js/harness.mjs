// Loads the built package in the browser for tests/js/*.browser.test.mjs.
import init, * as quorate from "../../wasm/pkg/index.js";
import { callExport } from "./answer.mjs";
import { exercise } from "./robustness.mjs";

await init();
window.quorate = quorate;
/** Run many inputs through one export: the tests call this through page.evaluate. */
window.runAll = (fn, inputs) => inputs.map((input) => callExport(quorate, fn, input));
/** Malformed calls for one export, as in Node: returns { calls, problems }. */
window.exercise = (fn, good, codes) => exercise(quorate, fn, good, codes);
document.getElementById("status").textContent = "Ready";
document.documentElement.dataset.ready = "true";
