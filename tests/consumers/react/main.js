// A React app (no JSX, so no compiler plugin is needed) using quorate/react: the widget's
// properties as props, its quorate-result event as onQuorateResult.
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import { QuorateQuorumCheck } from "quorate/react";

function App() {
  const [heard, setHeard] = useState("Waiting for the quorum check…");
  return h(
    "div",
    null,
    h("h1", null, "Partnership board"),
    h(QuorateQuorumCheck, { preset: "inverclyde-mou", headingLevel: 2, onQuorateResult: (e) => setHeard(`Heard: ${e.detail.summary}`) }),
    h("p", { id: "heard" }, heard),
  );
}

createRoot(document.getElementById("root")).render(h(App));
