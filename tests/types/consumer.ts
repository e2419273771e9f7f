// A TypeScript consumer of the package, compiled with `strict` by types.node.test.mjs:
// the declarations must describe every input and output precisely enough for this.
import init, {
  checkQuorum,
  decideVote,
  attendanceReport,
  preset,
  validateConstitution,
  type QuorumReport,
  type VoteReport,
  type QuorateError,
  type Constitution,
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

try {
  // @ts-expect-error: a status must be one of the declared values
  checkQuorum({ constitution: "clackmannanshire-2019", attendance: { members: [{ seat: "x", status: "here" }] } });
} catch (e) {
  const err = e as QuorateError;
  const code: "INVALID_INPUT" | string = err.code;
  console.log(code, err.path, quorate, why, needed, noQuorum, valid);
}
