// The constitution editor's state and the pieces every section shares: the draft, a
// blank constitution, the section interface (each section is its own module), the
// task-list statuses and the words of the error summary.
//
// The constitution is kept as the object itself, in the engine's format
// (`core/src/constitution/model.rs`, schema version 2): a section changes only the fields
// its controls edit, so every field the form does not edit (notes on other topics,
// interests, priorities, …) is kept exactly as it was imported.
import type { TemplateResult } from "lit";
import type { Constitution } from "quorate";
import type { FieldError } from "../../base/errors.js";

/** The sections of the task list, in order. */
export type SectionId =
  | "about"
  | "membership"
  | "quorum"
  | "chair"
  | "decisions"
  | "substitutes"
  | "conflicts"
  | "notice"
  | "cadence"
  | "openness"
  | "gifts"
  | "priorities"
  | "absence"
  | "interests";

/** "Have you completed this section?" */
export type Done = "yes" | "no";

/** What the editor keeps (drafts and JSON exports). */
export interface EditorDraft {
  /** The constitution as written so far, in the engine's format. */
  constitution: Constitution;
  /** Where it started: a preset id, `blank`, or `import` (a constitution file). */
  start: string;
  /** The answer to "Have you completed this section?", by section. */
  sections: Partial<Record<SectionId, Done>>;
  /** Sections the user has opened or changed (their status is then at least "In progress"). */
  touched: SectionId[];
  /** The section open, or null for the task list. */
  view: SectionId | null;
  /** How many of the members who count attend the sample meeting; null: as many as the quorum needs. */
  present: number | null;
}

/** What a section's editor gets. */
export interface SectionContext {
  c: Constitution;
  errors: readonly FieldError[];
  level: number;
  /** Call after every change the user makes. */
  changed: () => void;
  /** After the next render, focus the control matching a selector. */
  focus: (selector: string) => void;
}

/** One section of the constitution: its task-list row and its page. */
export interface Section {
  id: SectionId;
  title: string;
  /** The fields of the constitution it owns (an error under one of them is its problem). */
  paths: readonly string[];
  /** Fields under `paths` that belong to another section (a body's cadence, under `bodies`). */
  except?: RegExp;
  /** False where the section is shown read-only (edit it in the JSON file for now). */
  editable: boolean;
  /** Why it cannot be started yet (it needs another section), or null. */
  needs?: (c: Constitution) => string | null;
  /** One line for the task list: what the section says now. */
  summary: (c: Constitution) => string;
  /** The section's page: its controls (or its values, read-only). */
  render: (ctx: SectionContext) => TemplateResult;
}

/** A blank constitution: what a partnership fills in. The required rules hold their plainest value until set. */
export function blankConstitution(): Constitution {
  return {
    schemaVersion: 2,
    id: "",
    name: "",
    source: { title: "", date: null },
    notes: [],
    bodies: [{ id: "board", name: "", cadence: [] }],
    membership: [],
    quorum: null,
    substitutes: { allowed: false, notifyChairInAdvance: false, mayChair: false, cite: [], noticeCite: [], chairCite: [] },
    chair: { holder: "", cite: [], whenAbsent: "membersNominate", absenceCite: [] },
    decisions: { consensusFirst: false, consensusCite: [], ordinary: null, special: [] },
    conflicts: { withdrawFromQuorum: false, withdrawFromVote: false, cite: [] },
    absence: null,
    noticePeriods: null,
    localClosures: null,
    priorities: null,
    gifts: null,
    openness: null,
    interests: null,
  };
}

/** A value read as a plain object (a JSON object), or null. */
export function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Lines of a text area as a list (each trimmed, blank lines left out): a list of clauses. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The words for a field path, for the error summary ("membership[2].id" → "Seat 3: id"). */
export function labelFor(path: string): string {
  const item = /^(membership|bodies|decisions\.special|notes|chair\.succession|quorum\.spread)\[(\d+)\]\.?(.*)$/.exec(path);
  if (item) {
    const n = Number(item[2]);
    const which = {
      membership: `Seat ${n + 1}`,
      bodies: n === 0 ? "The board" : `Sub-group ${n}`,
      "decisions.special": `Special majority ${n + 1}`,
      notes: `Note ${n + 1}`,
      "chair.succession": `Chair's absence, step ${n + 1}`,
      "quorum.spread": `Quorum, requirement ${n + 1}`,
    }[item[1] as "membership"];
    const rest = item[3];
    if (!rest) return which;
    // "Seat 3's id", "The board's name"; a deeper field (or a step's) after a comma.
    return /^[a-zA-Z]+$/.test(rest) && !which.includes(",") ? `${which}'s ${words(rest).toLowerCase()}` : `${which}, ${words(rest).toLowerCase()}`;
  }
  const known: Record<string, string> = {
    id: "The constitution's id",
    name: "The partnership's name",
    "source.title": "The source document's title",
    bodies: "The bodies",
    membership: "The membership",
    schemaVersion: "The schema version",
  };
  return known[path] ?? words(path);
}

/** "quorum.headcount.minOrganisations" → "Quorum, headcount, min organisations"; a "cite" is its "clauses", "groups[0]" "group 1". */
function words(path: string): string {
  const text = path
    .replace(/\bgroups\[/g, "group[")
    .replace(/\bcite\b/g, "clauses")
    .replace(/\[(\d+)\]/g, (_, n: string) => ` ${Number(n) + 1}`)
    .split(".")
    .map((part) => part.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase())
    .join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A validation problem as the error summary says it: the field's name, then the engine's words. */
export function problemMessage(path: string, message: string): string {
  // A shape error repeats its path ("quorum.headcount: missing field"): say it once.
  const own = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  if (!path) return own;
  const label = labelFor(path);
  // Written as an instruction where the engine says a required text is missing.
  if (own === "must not be empty") return `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  return `${label}: ${own}`;
}

/** Whether an error's path is one of `paths` or inside one. */
export function within(path: string, paths: readonly string[]): boolean {
  return paths.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
}

/** Whether a field belongs to a section. */
export function owns(section: Pick<Section, "paths" | "except">, path: string): boolean {
  return within(path, section.paths) && !section.except?.test(path);
}
