// The priority scorer's state, as drafts and exports keep it, and the shapes the
// engines take made from it: candidates, one partner's scorecards, partners' exports
// (sources) and the secretariat's what-if options.
import type { Candidate, CriteriaSet, GainAnswer, PortfolioLimit, PrioritySelection, Scorecard, ScoreOptions, ScorecardSource } from "quorate";
import { slug } from "../../base/files.js";

/** A candidate priority as the user keeps it (the description is for the scorers only). */
export interface CandidateDraft {
  id: string;
  name: string;
  description: string;
}

/** One candidate scored by this partner: an absent criterion is unanswered, `null` is "don't know". */
export interface CardDraft {
  gain: GainAnswer | null;
  scores: Record<string, number | null>;
}

/** A partnership's own method: a criteria set and, if it sets one, a portfolio limit. */
export interface OwnMethod {
  criteria: CriteriaSet;
  portfolio: PortfolioLimit | null;
  /** Where it came from (a file name, or "edited here"). */
  from: string;
}

/**
 * A criteria set being written or changed in the editor, kept in the draft until it is
 * used: the engine's `CriteriaSet` and `PortfolioLimit` exactly, so that a file opened,
 * left alone and downloaded again is the same file.
 */
export interface EditorDraft extends OwnMethod {
  /** The criterion whose card is open for changing, by index. */
  open: number | null;
}

export interface PriorityState {
  own: OwnMethod | null;
  /** The criteria set in the editor, or null when the editor is closed. */
  editor: EditorDraft | null;
  candidates: CandidateDraft[];
  scorer: string;
  organisation: string;
  cards: Record<string, CardDraft>;
  /** The candidate being scored (scorer mode), or null for the task list. */
  current: string | null;
  /** The partner has finished scoring: their own result is shown. */
  finished: boolean;
  /** Partners' exports the secretariat imported, as `combineScorecards` takes them. */
  sources: ScorecardSource[];
  /** What-if weights by criterion id (only those that differ from the set's). */
  weights: Record<string, number>;
  aggregate: "mean" | "median";
  /** The sensitivity range as a percentage (25 = ±25%). */
  range: number;
}

export const DEFAULT_RANGE = 25;

/** The most scale points shown one by one (radios to score, a field each to label); a longer scale is a list. */
export const MAX_LABELLED_POINTS = 21;

export function freshState(): PriorityState {
  return {
    own: null,
    editor: null,
    candidates: [],
    scorer: "",
    organisation: "",
    cards: {},
    current: null,
    finished: false,
    sources: [],
    weights: {},
    aggregate: "mean",
    range: DEFAULT_RANGE,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === "string" ? v : "");
const GAINS: readonly GainAnswer[] = ["yes", "no", "dontKnow"];

/** A saved state made to fit the current shape; anything of the wrong shape is left out. */
export function fitState(saved: unknown): PriorityState {
  const s = freshState();
  if (!isObject(saved)) return s;
  const own = saved.own;
  if (isObject(own) && isObject(own.criteria)) {
    s.own = { criteria: own.criteria as unknown as CriteriaSet, portfolio: isObject(own.portfolio) ? (own.portfolio as unknown as PortfolioLimit) : null, from: text(own.from) };
  }
  const editor = saved.editor;
  if (isObject(editor) && editableSet(editor.criteria)) {
    s.editor = {
      criteria: editor.criteria as unknown as CriteriaSet,
      portfolio: isObject(editor.portfolio) ? (editor.portfolio as unknown as PortfolioLimit) : null,
      from: text(editor.from),
      open: typeof editor.open === "number" && Number.isInteger(editor.open) && editor.open >= 0 ? editor.open : null,
    };
  }
  const seen = new Set<string>();
  for (const c of Array.isArray(saved.candidates) ? saved.candidates : []) {
    if (isObject(c) && typeof c.id === "string" && c.id && !seen.has(c.id)) {
      seen.add(c.id);
      s.candidates.push({ id: c.id, name: text(c.name), description: text(c.description) });
    }
  }
  s.scorer = text(saved.scorer);
  s.organisation = text(saved.organisation);
  if (isObject(saved.cards)) {
    for (const [id, card] of Object.entries(saved.cards)) {
      if (!seen.has(id) || !isObject(card)) continue;
      const scores: Record<string, number | null> = {};
      if (isObject(card.scores)) {
        for (const [k, v] of Object.entries(card.scores)) if (v === null || (typeof v === "number" && Number.isFinite(v))) scores[k] = v;
      }
      s.cards[id] = { gain: GAINS.find((g) => g === card.gain) ?? null, scores };
    }
  }
  s.current = typeof saved.current === "string" && seen.has(saved.current) ? saved.current : null;
  s.finished = saved.finished === true;
  for (const src of Array.isArray(saved.sources) ? saved.sources : []) {
    if (!isObject(src) || typeof src.name !== "string") continue;
    const source: ScorecardSource = { name: src.name };
    if (Array.isArray(src.scorecards)) source.scorecards = src.scorecards as Scorecard[];
    if (typeof src.csv === "string") source.csv = src.csv;
    s.sources.push(source);
  }
  if (isObject(saved.weights)) {
    for (const [k, v] of Object.entries(saved.weights)) if (typeof v === "number" && Number.isFinite(v) && v >= 0) s.weights[k] = v;
  }
  s.aggregate = saved.aggregate === "median" ? "median" : "mean";
  if (typeof saved.range === "number" && saved.range > 0 && saved.range <= 95) s.range = saved.range;
  return s;
}

/** Is this shaped like a criteria set the editor can show (whatever the engine later says of it)? */
export function editableSet(v: unknown): v is CriteriaSet {
  if (!isObject(v) || typeof v.id !== "string" || typeof v.name !== "string" || !Array.isArray(v.criteria)) return false;
  const scale = v.scale;
  if (!isObject(scale) || typeof scale.min !== "number" || typeof scale.max !== "number") return false;
  if (scale.labels !== undefined && !(Array.isArray(scale.labels) && scale.labels.every((l) => isObject(l) && typeof l.value === "number" && typeof l.label === "string"))) return false;
  const list = (x: unknown) => x === undefined || Array.isArray(x);
  if (!list(v.groups) || !list(v.gates)) return false;
  const named = (x: unknown) => isObject(x) && typeof x.id === "string" && typeof x.name === "string";
  return (
    v.criteria.every((c) => named(c) && typeof c.text === "string" && typeof c.weight === "number" && Array.isArray(c.cite)) &&
    (v.groups ?? []).every(named) &&
    (v.gates ?? []).every((g) => isObject(g) && (g.kind === "collaborativeGain" || g.kind === "support"))
  );
}

/** A new candidate's id: its name as a slug, kept unique ("child-poverty", "child-poverty-2"). */
export function candidateId(name: string, taken: readonly CandidateDraft[]): string {
  const base = slug(name);
  const ids = new Set(taken.map((c) => c.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}

export const engineCandidates = (list: readonly CandidateDraft[]): Candidate[] => list.map((c) => ({ id: c.id, name: c.name.trim() || c.id }));

/** Does the set ask the collaborative-gain question? */
export const asksGain = (set: CriteriaSet): boolean => (set.gates ?? []).some((g) => g.kind === "collaborativeGain");

export type Status = "notStarted" | "inProgress" | "completed";
export const STATUS_LABEL: Record<Status, string> = { notStarted: "Not yet started", inProgress: "In progress", completed: "Completed" };

/** How much of one candidate this partner has answered. */
export function progress(set: CriteriaSet, card: CardDraft | undefined): { answered: number; total: number; status: Status } {
  const gain = asksGain(set);
  const total = set.criteria.length + (gain ? 1 : 0);
  let answered = (gain && card?.gain ? 1 : 0) + set.criteria.filter((c) => card && c.id in card.scores).length;
  answered = Math.min(answered, total);
  return { answered, total, status: answered === 0 ? "notStarted" : answered === total ? "completed" : "inProgress" };
}

/** This partner's scorecards, exactly as `combineScorecards` takes them: one per candidate begun. */
export function myScorecards(state: PriorityState, set: CriteriaSet): Scorecard[] {
  const cards: Scorecard[] = [];
  for (const c of state.candidates) {
    const card = state.cards[c.id];
    if (!card || progress(set, card).status === "notStarted") continue;
    const scorecard: Scorecard = { scorer: state.scorer.trim(), organisation: state.organisation.trim(), candidate: c.id };
    if (card.gain && asksGain(set)) scorecard.collaborativeGain = card.gain;
    scorecard.scores = set.criteria.filter((k) => k.id in card.scores).map((k) => ({ criterion: k.id, score: card.scores[k.id] ?? null }));
    cards.push(scorecard);
  }
  return cards;
}

/** The secretariat's options: aggregate, what-if weights (in criteria order), range, portfolio. */
export function scoreOptions(state: PriorityState, set: CriteriaSet): ScoreOptions {
  const options: ScoreOptions = {
    aggregate: state.aggregate,
    weights: set.criteria.filter((c) => c.id in state.weights).map((c) => ({ criterion: c.id, weight: state.weights[c.id] ?? c.weight })),
    sensitivityRange: state.range / 100,
    maxDisagreements: 10,
  };
  if (state.own?.portfolio) options.portfolio = state.own.portfolio;
  return options;
}

/**
 * A file of the user's own method: a criteria set (`{ id, name, scale, criteria, gates }`)
 * or a priority-selection section (`{ portfolio, criteria: { … } }`), as the engines take them.
 */
export function readOwnMethod(value: unknown, from: string): OwnMethod {
  if (!isObject(value)) throw new Error("Choose a JSON file holding a criteria set (an object with id, name, scale and criteria)");
  if (isObject(value.criteria) && !Array.isArray(value.criteria)) {
    const selection = value as unknown as PrioritySelection;
    return { criteria: selection.criteria, portfolio: isObject(value.portfolio) ? selection.portfolio : null, from };
  }
  if (Array.isArray(value.criteria)) return { criteria: value as unknown as CriteriaSet, portfolio: null, from };
  throw new Error("Choose a JSON file holding a criteria set: this one has no criteria list");
}

/**
 * One partner's file as a source for `combineScorecards`, unchanged but for its name
 * (the file's name, so every problem says which file): a scorecard export
 * (`{ name, scorecards }`), a list of scorecards, or CSV text.
 */
export function readSource(fileName: string, body: string): ScorecardSource {
  const trimmed = body.trim();
  if (!trimmed) throw new Error("the file is empty");
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      throw new Error("it starts like JSON but is not valid JSON");
    }
    if (Array.isArray(value)) return { name: fileName, scorecards: value as Scorecard[] };
    if (isObject(value)) {
      if (value.kind === "quorate-priority-scorer") {
        throw new Error('it is a saved copy of the tool\'s answers, not a scorecard: ask the partner for the file from "Download my scorecard"');
      }
      const extra = Object.keys(value).filter((k) => !["name", "scorecards", "csv"].includes(k));
      if (extra.length || (!Array.isArray(value.scorecards) && typeof value.csv !== "string")) {
        throw new Error(`it is not a scorecard export (expected "name" and "scorecards"${extra.length ? `; found ${extra.slice(0, 3).join(", ")}` : ""})`);
      }
      const source: ScorecardSource = { name: fileName };
      if (Array.isArray(value.scorecards)) source.scorecards = value.scorecards as Scorecard[];
      if (typeof value.csv === "string") source.csv = value.csv;
      return source;
    }
  }
  return { name: fileName, csv: body };
}

/** Criteria ids in the set in order, with names. */
export const criterionName = (set: CriteriaSet, id: string): string => set.criteria.find((c) => c.id === id)?.name ?? id;

/** "2.75" / "3": a total or a score, to two places at most. */
export function num(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "–";
  return String(Math.round(n * 100) / 100);
}
