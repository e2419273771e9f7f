// What <quorate-conflict-check> keeps: the member, one check per item (its question
// flow's state), and, for an agenda, the register it was checked against. Plain data,
// so that drafts and exports hold it as it is.
import type { Answers, AssessmentInput, AssessmentReport, Outcome, Reason, Register, RegisterCategory, RegisterEntry } from "quorate";
import { readFlow, type FlowAnswers, type FlowState } from "../../base/question-flow.js";
import { ImportError } from "../../base/files.js";

/** One item's self-assessment. */
export interface Check {
  /** The item's number as the agenda gives it ("5"), or "" for a check of one item. */
  item: string;
  title: string;
  /** The register category the connection falls in, from the agenda check. */
  category?: RegisterCategory;
  /** Whether the agenda check found the item naming a registered interest. */
  flagged: boolean;
  /** Why it was flagged (the entries it names), with clauses. */
  reasons: Reason[];
  /** The member has opened it (the task list says "In progress" until it is complete). */
  opened: boolean;
  flow: FlowState;
}

export interface ConflictDraft {
  /** The member's name as the minute gives it. */
  member: string;
  /** The checks: one for a single item, one per item for an agenda. */
  checks: Check[];
  /** Checks come from an agenda: the task list is the home page. */
  agenda: boolean;
  /** The check being worked on; null on the start page or the task list. */
  active: number | null;
  /** What the start page holds: the item to check, and the agenda until it is checked. */
  item: string;
  itemTitle: string;
  agendaText: string;
  register: Register | null;
  /** Where the register came from ("this device", a file name). */
  registerFrom: string;
}

export function freshDraft(): ConflictDraft {
  return { member: "", checks: [], agenda: false, active: null, item: "", itemTitle: "", agendaText: "", register: null, registerFrom: "" };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === "string" ? v : "");
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

function readReasons(v: unknown): Reason[] {
  return (Array.isArray(v) ? v : []).filter(isObject).map((r) => ({ text: text(r.text), cite: strings(r.cite) }));
}

/** A register as the engine takes it, or null when `v` is not one (the engine judges the rest). */
export function readRegister(v: unknown): Register | null {
  if (!isObject(v) || typeof v.member !== "string" || !Array.isArray(v.entries)) return null;
  const entries: RegisterEntry[] = [];
  for (const e of v.entries) {
    if (!isObject(e) || typeof e.id !== "string" || typeof e.description !== "string" || typeof e.category !== "string") return null;
    entries.push({ id: e.id, category: e.category as RegisterCategory, description: e.description, organisations: strings(e.organisations), keywords: strings(e.keywords) });
  }
  const register: Register = { member: v.member, entries };
  if (typeof v.organisation === "string") register.organisation = v.organisation;
  return register;
}

/** A draft or an import made safe; a file that is not this widget's is refused. */
export function readDraft(data: unknown): ConflictDraft {
  if (!isObject(data) || !Array.isArray(data.checks)) throw new ImportError("Choose a file exported by this tool: it holds no checks");
  const checks: Check[] = data.checks.filter(isObject).map((c) => {
    const check: Check = { item: text(c.item), title: text(c.title), flagged: c.flagged === true, opened: c.opened === true, reasons: readReasons(c.reasons), flow: readFlow(c.flow) };
    if (typeof c.category === "string") check.category = c.category as RegisterCategory;
    return check;
  });
  const active = typeof data.active === "number" && Number.isInteger(data.active) && data.active >= 0 && data.active < checks.length ? data.active : null;
  return {
    member: text(data.member),
    checks,
    agenda: data.agenda === true,
    active,
    item: text(data.item),
    itemTitle: text(data.itemTitle),
    agendaText: text(data.agendaText),
    register: readRegister(data.register),
    registerFrom: text(data.registerFrom),
  };
}

/** The flow's answers as `assessConflict` takes them. */
export function answersOf(flow: FlowAnswers): Answers {
  const answers: Record<string, string> = {};
  for (const [k, v] of Object.entries(flow)) if (typeof v === "string") answers[k] = v;
  return answers as Answers;
}

/** `assessConflict`'s input for a check. */
export function assessmentInput(constitution: AssessmentInput["constitution"], member: string, check: Check, answers: FlowAnswers): AssessmentInput {
  const input: AssessmentInput = { constitution, answers: answersOf(answers) };
  if (member.trim()) input.member = member.trim();
  if (check.item.trim()) input.item = check.item.trim();
  if (check.title.trim()) input.itemTitle = check.title.trim();
  if (check.category) input.category = check.category;
  return input;
}

/** The outcome in a few words, with its tone. */
export const OUTCOMES: Record<Outcome, { text: string; tone: "ok" | "bad" | "warn" }> = {
  noConnection: { text: "No connection: nothing to declare", tone: "ok" },
  noInterest: { text: "No interest to declare: you may take part", tone: "ok" },
  declareAndWithdraw: { text: "Declare the interest and withdraw from the item", tone: "bad" },
  declareWithDispensation: { text: "Declare the interest: you may take part under the dispensation", tone: "warn" },
  seekAdvice: { text: "Seek advice before the meeting", tone: "warn" },
};

/** A check's status on the task list. */
export function statusOf(check: Check, report: AssessmentReport | null): { text: string; tone: "" | "info" | "ok" | "bad" | "warn" } {
  if (report?.status === "complete" && report.outcome && check.flow.complete) {
    const o = OUTCOMES[report.outcome];
    return { text: { noConnection: "No connection", noInterest: "No interest", declareAndWithdraw: "Declare and withdraw", declareWithDispensation: "Declare, dispensation", seekAdvice: "Seek advice" }[report.outcome], tone: o.tone };
  }
  if (check.opened) return { text: "In progress", tone: "info" };
  return check.flagged ? { text: "Not yet started", tone: "" } : { text: "No interest named", tone: "" };
}
