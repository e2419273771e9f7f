// The priority scorer's engine sessions: the data is sent once, then only what changed
// (a weight, a score), and the report asked for again. Each sync is given the whole input
// the plain function would take, works out the change itself, and returns exactly the
// plain function's report (`combineScorecards`, `scorePriorities`) on that input; when the
// change is not one the session takes (new sources, candidates, criteria, scorer), it
// starts a new session.
import type { CombinedSession, CombineInput, CombineReport, PriorityInput, PriorityReport, Scorecard, ScoreOptions, ScoringSession, WeightOverride } from "quorate";
import type { Engine } from "../../base/engine.js";

/** The weights as a map, and whether two lists set the same criteria in the same order. */
const byCriterion = (list: readonly WeightOverride[] | undefined): Map<string, number> => new Map((list ?? []).map((w) => [w.criterion, w.weight]));
const sameKeys = (a: readonly WeightOverride[], b: readonly WeightOverride[]): boolean => a.length === b.length && a.every((w, i) => w.criterion === b[i]?.criterion);
/** The options but the weights, to compare. */
const otherOptions = (o: ScoreOptions | undefined): string => JSON.stringify({ ...(o ?? {}), weights: null });

/**
 * Send the weights that changed (or the whole options, when more than one weight's
 * value changed, a weight was added or removed, or another option changed), so that the
 * session's options are exactly `next`. Returns whether anything was sent.
 */
function sendOptions(session: CombinedSession, was: ScoreOptions, next: ScoreOptions): boolean {
  const before = was.weights ?? [];
  const after = next.weights ?? [];
  if (otherOptions(was) === otherOptions(next) && sameKeys(before, after)) {
    const old = byCriterion(before);
    const changed = after.filter((w) => old.get(w.criterion) !== w.weight);
    for (const w of changed) session.setWeight({ criterion: w.criterion, weight: w.weight });
    return changed.length > 0;
  }
  session.setOptions(next);
  return true;
}

/** The secretariat's `combineScorecards`, through a `CombinedSession`. */
export class CombinedSync {
  private live: { key: string; sources: readonly unknown[]; names: string[]; session: CombinedSession; base: CombineReport; options: ScoreOptions; report: CombineReport } | null = null;
  /** What the last call did, for the bench and the tests: a new session, a change sent, or nothing. */
  last: "started" | "changed" | "same" = "started";
  /** How many sessions were started. */
  starts = 0;

  /** Exactly `combineScorecards(input)`. Throws its errors. */
  report(engine: Engine, input: CombineInput): CombineReport {
    const { options = {}, sources, candidates, ...rest } = input;
    // The merge depends on the candidates' ids, not their names: a rename is sent alone.
    const key = JSON.stringify({ ...rest, ids: candidates.map((c) => c.id) });
    const live = this.live;
    if (live && live.key === key && live.sources.length === sources.length && live.sources.every((s, i) => s === sources[i])) {
      try {
        const renamed = candidates.filter((c, i) => c.name !== live.names[i]);
        for (const c of renamed) live.session.renameCandidate({ id: c.id, name: c.name });
        live.names = candidates.map((c) => c.name);
        if (!sendOptions(live.session, live.options, options) && !renamed.length) {
          this.last = "same";
          return live.report;
        }
        live.options = structuredClone(options);
        this.last = "changed";
        live.report = { ...live.base, ...live.session.result() };
      } catch (e) {
        this.drop();
        throw e;
      }
      return live.report;
    }
    this.drop();
    const session = engine.combinedSession(input);
    const base = session.report();
    this.live = { key, sources: [...sources], names: candidates.map((c) => c.name), session, base, options: structuredClone(options), report: base };
    this.last = "started";
    this.starts++;
    return base;
  }

  /** Release the session (the next report starts a new one). */
  drop(): void {
    this.live?.session.free();
    this.live = null;
  }
}

/** One partner's own `scorePriorities`, through a `ScoringSession`. */
export class ScoringSync {
  private live: { key: string; session: ScoringSession; cards: Scorecard[]; report: PriorityReport } | null = null;
  /** What the last call did, for the bench and the tests: a new session, a change sent, or nothing. */
  last: "started" | "changed" | "same" = "started";
  /** How many sessions were started. */
  starts = 0;

  /** Exactly `scorePriorities(input)`. Throws its errors. */
  report(engine: Engine, input: PriorityInput): PriorityReport {
    const { scorecards = [], ...rest } = input;
    const key = JSON.stringify(rest);
    const live = this.live;
    const edits = live && live.key === key ? scoreEdits(live.cards, scorecards) : null;
    if (live && edits) {
      if (!edits.length) {
        this.last = "same";
        return live.report;
      }
      this.last = "changed";
      try {
        for (const e of edits) live.session.setScore(e);
        live.cards = structuredClone(scorecards);
        live.report = live.session.report();
      } catch (e) {
        this.drop();
        throw e;
      }
      return live.report;
    }
    this.drop();
    const session = engine.scoringSession(input);
    try {
      const report = session.report();
      this.live = { key, session, cards: structuredClone(scorecards), report };
      this.last = "started";
      this.starts++;
      return report;
    } catch (e) {
      session.free();
      throw e;
    }
  }

  /** Release the session (the next report starts a new one). */
  drop(): void {
    this.live?.session.free();
    this.live = null;
  }
}

type ScoreEdit = { scorer: string; candidate: string; criterion: string; score: number | null };

/**
 * The score changes that turn `was` into `next`, or null when the change is more than
 * scores (a scorecard added, removed or reordered, another scorer or gain answer) or a
 * score's place on its scorecard would differ from `next`'s: then a new session is started.
 */
function scoreEdits(was: readonly Scorecard[], next: readonly Scorecard[]): ScoreEdit[] | null {
  if (was.length !== next.length) return null;
  const edits: ScoreEdit[] = [];
  for (let i = 0; i < next.length; i++) {
    const a = was[i];
    const b = next[i];
    if (!a || !b || a.scorer !== b.scorer || a.organisation !== b.organisation || a.candidate !== b.candidate || (a.collaborativeGain ?? null) !== (b.collaborativeGain ?? null)) return null;
    const sa = a.scores ?? [];
    const sb = b.scores ?? [];
    // Same criteria in the same order: only values change, each sent as one score.
    if (sa.length !== sb.length || sa.some((s, k) => s.criterion !== sb[k]?.criterion)) return null;
    sb.forEach((s, k) => {
      if ((sa[k]?.score ?? null) !== (s.score ?? null)) edits.push({ scorer: b.scorer, candidate: b.candidate, criterion: s.criterion, score: s.score ?? null });
    });
  }
  return edits;
}
