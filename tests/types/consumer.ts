// A TypeScript consumer of the package, compiled with `strict` by types.node.test.mjs:
// the declarations must describe every input and output precisely enough for this.
import init, {
  checkQuorum,
  decideVote,
  attendanceReport,
  papersTimeline,
  scheduleIcs,
  type PapersTimelineReport,
  preset,
  validateConstitution,
  type QuorumReport,
  type VoteReport,
  type QuorateError,
  type Constitution,
  scorePriorities,
  combineScorecards,
  scorecardsToCsv,
  priorityCriteria,
  type PriorityReport,
  assessConflict,
  checkAgendaAgainstRegister,
  conflictQuestions,
  registerFromCsv,
  registerToCsv,
  validateRegister,
  type AssessmentReport,
  type Outcome,
  type Register,
  draftMinute,
  type MinuteReport,
  checkGift,
  checkOpenness,
  type Question,
  type Answer,
} from "quorate";

await init();

const report: QuorumReport = checkQuorum({
  constitution: "clackmannanshire-2019",
  attendance: { members: [{ seat: "council-leader", status: "present" }], substitutes: [] },
});
const quorate: boolean | null = report.quorate;
const why: string[] = report.people.map((p) => `${p.person.name}: ${p.reason.text} (${p.reason.cite.join(", ")})`);

const vote: VoteReport = decideVote({
  constitution: "clackmannanshire-2019",
  attendance: { members: [{ seat: "council-leader", status: "present" }] },
  motion: { rule: "amendFramework" },
  votes: [{ seat: "council-leader", vote: "for" }],
});
const needed: number | null = vote.moreNeeded;

const c: Constitution = preset("inverclyde-mou");
const noQuorum: null = c.quorum === null ? null : null;
const valid: boolean = validateConstitution(c).valid;

attendanceReport({ constitution: c, meetings: [{ date: "2026-03-05", attendance: { members: [] } }] });

const timeline: PapersTimelineReport = papersTimeline({ constitution: "clackmannanshire-2019", meeting: "2026-12-03" });
const deadlines: string[] = timeline.deadlines.map((d) => `${d.name}: ${d.date}${d.moved ? " (moved)" : ""} [${d.reason.cite.join(", ")}]`);
const ics: string = scheduleIcs({
  schedule: { constitution: "inverclyde-mou", rule: { kind: "monthly", year: 2027, week: "first", weekday: "thursday", months: [3, 6, 9, 12] } },
  generatedOn: "2026-11-23",
}).ics;
console.log(deadlines, ics.length);

const method = priorityCriteria("inverclyde-mou").selection;
const limit: number | undefined = method?.portfolio.max;
const scored: PriorityReport = scorePriorities({
  constitution: "inverclyde-mou",
  candidates: [{ id: "alcohol", name: "Alcohol harm" }],
  scorecards: [
    { scorer: "a", organisation: "NHS GG&C", candidate: "alcohol", collaborativeGain: "yes", scores: [{ criterion: "participative", score: 4 }, { criterion: "trust", score: null }] },
  ],
  options: { weights: [{ criterion: "high-impact", weight: 2 }], sensitivityRange: 0.25 },
});
const total: number | null = scored.candidates[0].total;
const nearest: string | undefined = scored.sensitivity?.nearest?.reason.text;
const gateWhy: string[] = scored.candidates.flatMap((c) => c.gates.filter((g) => !g.passed).map((g) => g.reason.text));
const csv: string = scorecardsToCsv({ constitution: "inverclyde-mou", scorecards: [] }).csv;
const merged = combineScorecards({ constitution: "inverclyde-mou", candidates: [], sources: [{ name: "nhs.csv", scorecards: [], csv }] });
console.log(limit, total, nearest, gateWhy, merged.issues.map((i) => i.kind), merged.result.portfolio.proposed);

try {
  // @ts-expect-error: a status must be one of the declared values
  checkQuorum({ constitution: "clackmannanshire-2019", attendance: { members: [{ seat: "x", status: "here" }] } });
} catch (e) {
  const err = e as QuorateError;
  const code: "INVALID_INPUT" | string = err.code;
  console.log(code, err.path, quorate, why, needed, noQuorum, valid);
}

// Conduct: the self-assessment, answer by answer, and the register of interests.
const questions: string[] = conflictQuestions({ constitution: "clackmannanshire-2019" }).questions.map((q) => q.text);
const step: AssessmentReport = assessConflict({ constitution: "inverclyde-mou", member: "Cllr X", item: "5", answers: { connection: "yes" } });
const outcome: Outcome | null = step.outcome;
const nextIds: string[] = step.next.map((q) => q.id);
const minute: string | null = step.declaration;
const register: Register = {
  member: "Cllr X",
  entries: [{ id: "r1", category: "otherRoles", description: "Director, Clacks Business Ltd", organisations: ["Clacks Business Ltd"] }],
};
const registerOk: boolean = validateRegister({ constitution: "clackmannanshire-2019", register }).valid;
const agenda = checkAgendaAgainstRegister({ constitution: "clackmannanshire-2019", register, agenda: [{ id: "4", title: "Clacks Business Ltd grant" }] });
assessConflict({ constitution: "clackmannanshire-2019", ...agenda.items[0].start });
const back: Register = registerFromCsv(registerToCsv(register));
// @ts-expect-error: an answer must be yes, no or unsure
assessConflict({ constitution: "clackmannanshire-2019", answers: { connection: "maybe" } });
console.log(questions, outcome, nextIds, minute, registerOk, back);

// The draft minute: the sederunt, the quorum statement, declarations and votes, as text.
const drafted: MinuteReport = draftMinute({
  constitution: "clackmannanshire-2019",
  attendance: { members: [{ seat: "council-leader", status: "present" }] },
  meeting: { date: "2026-12-03", place: "Kilncraigs, Alloa" },
  inAttendance: [{ name: "A Clerk", role: "Clerk" }],
  items: [
    {
      id: "5",
      title: "Community grants",
      declarations: [{ seat: "ctsi", kind: "interest", byVirtueOf: "being a trustee of an applicant" }],
      decision: "The Alliance approved the awards.",
      vote: { votes: [{ seat: "council-leader", vote: "for" }], castingVote: "for" },
    },
  ],
});
const minuteText: string = drafted.text;
const presentLines: string[] = drafted.sederunt.present.map((p) => `${p.line}${p.chair ? " *" : ""}`);
const voteCarried: boolean | null = drafted.items[0].vote?.carried ?? null;
const quorumWhy: string = `${drafted.quorum.text} [${drafted.quorum.cite.join(", ")}]`;
// @ts-expect-error: a declaration is an interest, a connection or a transparency statement
draftMinute({ constitution: "inverclyde-mou", attendance: {}, items: [{ id: "1", title: "x", declarations: [{ seat: "sds", kind: "dispensation", byVirtueOf: "x" }] }] });
console.log(minuteText, presentLines, voteCarried, quorumWhy);
// One question shape for the three question-driven engines, answered with one Answer type.
const asked: Question[] = [
  ...step.next,
  ...checkGift({ constitution: "clackmannanshire-2019", offer: { kind: "gift" } }).next,
  ...checkOpenness({ constitution: "inverclyde-mou", item: { matters: [{ exception: "commercialInformation" }] } }).next,
];
const firstChoice: Answer | undefined = asked[0]?.options[0]?.value;
const labels: string[] = asked.flatMap((q) => q.options.map((o) => `${q.id}: ${o.label} (${q.cite.join(", ")})`));
const help: string | null = asked[0]?.help ?? null;
console.log(firstChoice, labels, help);
