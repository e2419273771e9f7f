// The widgets' types as a TypeScript app sees them: tags typed through
// HTMLElementTagNameMap, events through GlobalEventHandlersEventMap, properties typed.
import "quorate/widgets";
import { Meeting, QuorumCheck, VERSION, type QuorateResults } from "quorate/widgets";
import type { QuorumReport, Constitution } from "quorate";

const quorum: QuorumCheck = document.createElement("quorate-quorum-check");
quorum.preset = "inverclyde-mou";
quorum.headingLevel = 3;
quorum.draftKey = null;
// @ts-expect-error heading-level is a number, not a string
quorum.headingLevel = "3";

const meeting: Meeting | null = document.querySelector("quorate-meeting");
const own: Constitution | null = meeting?.constitution ?? null;

quorum.addEventListener("quorate-result", (e) => {
  // detail is a union of every widget's result; the quorum check's is the QuorumReport.
  const detail: QuorateResults[keyof QuorateResults] = e.detail;
  const report = detail as QuorumReport;
  const cites: string[] = report.citations;
  console.log(cites, own, VERSION satisfies string);
});

document.addEventListener("quorate-conflict-check-request", (e) => {
  const member: string = e.detail.member;
  e.preventDefault();
  console.log(member);
});

// @ts-expect-error no such widget
document.createElement("quorate-nothing").preset = "x";

// A per-widget entry is typed too: its class, and the tag map it brings.
import { QuorumCheck as OnlyQuorum } from "quorate/widgets/quorum-check";
const only: OnlyQuorum = document.createElement("quorate-quorum-check");
only.preset = "clackmannanshire-2019";
