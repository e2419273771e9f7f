// quorate/react as a TypeScript React app sees it: props typed from the element, events as
// `on…` props with their CustomEvent type.
import { createElement } from "react";
import { QuorateQuorumCheck, QuorateInterests } from "quorate/react";
import type { QuorumReport } from "quorate";

export const quorum = createElement(QuorateQuorumCheck, {
  preset: "clackmannanshire-2019",
  headingLevel: 3,
  onQuorateResult: (e) => console.log((e.detail as QuorumReport).citations),
});

export const interests = createElement(QuorateInterests, {
  onQuorateConflictCheckRequest: (e) => console.log(e.detail.itemTitle),
});

// @ts-expect-error headingLevel is a number
export const wrong = createElement(QuorateQuorumCheck, { headingLevel: "3" });
