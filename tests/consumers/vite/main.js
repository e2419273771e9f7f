// The core API with an explicit init, and every widget registered, from one package.
// Widgets imported after init() reuse the instance the app initialised (imported before,
// they start loading the module themselves, and it is fetched twice).
import init, { checkQuorum } from "quorate";

await init();
await import("quorate/widgets");
const report = checkQuorum({
  constitution: "clackmannanshire-2019",
  attendance: { members: ["council-leader", "council-party-2", "council-party-3", "council-chief-executive", "nhs-forth-valley"].map((seat) => ({ seat, status: "present" })) },
});
document.getElementById("answer").textContent = `${report.summary} [${report.citations.join("; ")}]`;
