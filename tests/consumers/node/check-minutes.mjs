// A Node script that checks a meeting's record: quorate, and was the motion carried?
import { checkQuorum, decideVote, presets } from "quorate/auto";

const attendance = {
  members: ["council-leader", "council-party-2", "council-party-3", "council-chief-executive", "nhs-forth-valley", "sfrs"].map((seat) => ({ seat, status: "present" })),
};
const quorum = checkQuorum({ constitution: "clackmannanshire-2019", attendance });
const vote = decideVote({
  constitution: "clackmannanshire-2019",
  attendance,
  motion: { title: "Approve the Local Outcomes Improvement Plan" },
  votes: [
    { seat: "council-leader", vote: "for" },
    { seat: "council-party-2", vote: "for" },
    { seat: "council-party-3", vote: "against" },
    { seat: "council-chief-executive", vote: "for" },
  ],
});
console.log(JSON.stringify({ presets: presets(), quorate: quorum.quorate, quorumCites: quorum.citations, outcome: vote.outcome, voteCites: vote.citations }));
