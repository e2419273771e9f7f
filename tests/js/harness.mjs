// Loads the built package in the browser for tests/js/*.browser.test.mjs.
import init, * as quorate from "../../wasm/pkg/quorate.js";
import { callExport } from "./answer.mjs";

await init();
window.quorate = quorate;
/** Run many inputs through one export: the tests call this through page.evaluate. */
window.runAll = (fn, inputs) => inputs.map((input) => callExport(quorate, fn, input));
document.getElementById("status").textContent = "Ready";
document.documentElement.dataset.ready = "true";
