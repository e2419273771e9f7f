// The resident handle and the scoring session through the built package in Node: every
// scenario case that names a constitution gives the same answer (report or error)
// through ConstitutionHandle as through the plain export, and misuse throws coded errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPackage, scenarioFiles, callExport } from "./lib.mjs";

const pkg = await loadPackage();
const { ConstitutionHandle, ScoringSession, CombinedSession } = pkg;

const caught = (fn) => {
  try {
    return { ok: fn() };
  } catch (e) {
    return { error: { code: e.code, message: e.message, ...(e.path !== undefined ? { path: e.path } : {}), ...(e.problems !== undefined ? { problems: e.problems } : {}) } };
  }
};

/** The handle's source and the method call, or null when the case names no constitution. */
function split(fn, input) {
  if (fn === "priorityCriteria") return { source: input, call: (c) => c.priorityCriteria() };
  const plain = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (fn === "scheduleIcs") {
    if (!plain(input) || !plain(input.schedule) || input.schedule.constitution == null) return null;
    const { constitution, ...schedule } = input.schedule;
    return { source: constitution, call: (c) => c.scheduleIcs({ ...input, schedule }) };
  }
  if (!plain(input) || input.constitution == null || typeof ConstitutionHandle.prototype[fn] !== "function") return null;
  const { constitution, ...rest } = input;
  return { source: constitution, call: (c) => c[fn](rest) };
}

for (const { file, doc } of scenarioFiles()) {
  test(`handle = plain export: ${file}`, () => {
    for (const kase of doc.cases) {
      const s = split(doc.function, kase.input);
      if (!s) continue;
      const plainAnswer = callExport(pkg, doc.function, kase.input);
      const made = caught(() => ConstitutionHandle.from(s.source));
      if (made.error) {
        // The constitution itself is refused: the plain export refuses the call too, and
        // with the same error when that error is the constitution's.
        assert.ok(plainAnswer.error, `${kase.name}: the handle refused a constitution the plain export took`);
        if (plainAnswer.error.path?.startsWith("constitution")) assert.deepStrictEqual(made.error, plainAnswer.error, kase.name);
        continue;
      }
      assert.deepStrictEqual(caught(() => s.call(made.ok)), plainAnswer, `${kase.name}: the handle's answer differs`);
      made.ok.free();
    }
  });
}

test("a handle or a session used after free() throws FREED; free() twice is harmless", () => {
  const c = ConstitutionHandle.from("clackmannanshire-2019");
  c.free();
  c.free();
  assert.throws(() => c.checkQuorum({ attendance: { members: [] } }), (e) => e instanceof Error && e.code === "FREED" && e.name === "QuorateError");
  assert.throws(() => c.id, (e) => e.code === "FREED");
  const s = new ScoringSession({ constitution: "inverclyde-mou", candidates: [{ id: "a", name: "A" }] });
  s.free();
  assert.throws(() => s.report(), (e) => e.code === "FREED");
  // The module is intact.
  assert.equal(ConstitutionHandle.from("inverclyde-mou").checkQuorum({ attendance: { members: [] } }).summary, "This constitution sets no quorum.");
});

test("a session gives scorePriorities' report after each change", () => {
  const input = {
    constitution: "inverclyde-mou",
    candidates: [{ id: "a", name: "A" }, { id: "b", name: "B" }],
    scorecards: [{ scorer: "X", organisation: "NHS", candidate: "a", collaborativeGain: "yes", scores: [{ criterion: "participative", score: 4 }] }],
  };
  const s = new ScoringSession(input);
  assert.deepStrictEqual(s.report(), pkg.scorePriorities(input));
  s.addScorecard({ scorer: "Y", organisation: "Council", candidate: "b", scores: [{ criterion: "participative", score: 3 }] });
  s.setScore({ scorer: "X", candidate: "a", criterion: "trust", score: 2 });
  s.setWeight({ criterion: "trust", weight: 2 });
  assert.deepStrictEqual(s.report(), pkg.scorePriorities(s.snapshot()));
  assert.equal(s.snapshot().constitution, "inverclyde-mou");
  assert.throws(() => s.removeScorecard({ scorer: "Z", candidate: "a" }), (e) => e.code === "UNKNOWN_REFERENCE");
  s.free();
});

test("a combined session gives combineScorecards' report after each change to the options, and result() is its changing part", () => {
  const card = (scorer, candidate, score) => ({ scorer, organisation: scorer === "X" ? "NHS" : "Council", candidate, collaborativeGain: "yes", scores: [{ criterion: "participative", score }, { criterion: "trust", score: 5 - score }] });
  const input = {
    constitution: "inverclyde-mou",
    candidates: [{ id: "a", name: "A" }, { id: "b", name: "B" }, { id: "c", name: "C" }, { id: "d", name: "D" }, { id: "e", name: "E" }],
    sources: [
      { name: "x.json", scorecards: [card("X", "a", 4), card("X", "b", 2), card("X", "c", 3), card("X", "zz", 1)] },
      { name: "y.json", scorecards: [card("Y", "a", 1), card("Y", "d", 4), card("Y", "e", 0), card("X", "a", 4)] },
    ],
  };
  const plain = pkg.combineScorecards(input);
  const c = ConstitutionHandle.from("inverclyde-mou");
  const { constitution: _, ...rest } = input;
  for (const m of [new CombinedSession(input), c.combinedSession(rest)]) {
    assert.deepStrictEqual(m.report(), plain);
    m.setWeight({ criterion: "trust", weight: 2.5 });
    m.setWeight({ criterion: "participative", weight: 0.5 });
    m.setWeight({ criterion: "trust", weight: null });
    const snap = m.snapshot();
    assert.deepStrictEqual(snap.options.weights, [{ criterion: "participative", weight: 0.5 }]);
    const expected = pkg.combineScorecards({ ...input, options: snap.options });
    assert.deepStrictEqual(snap.sources.map((x) => x.name), input.sources.map((x) => x.name));
    assert.deepStrictEqual(pkg.combineScorecards(snap), m.report(), "the snapshot is the session's data");
    assert.deepStrictEqual(m.report(), expected);
    assert.deepStrictEqual(m.result(), { result: expected.result, summary: expected.summary, citations: expected.citations });
    m.setOptions({ aggregate: "median", sensitivityRange: 0.5, weights: [{ criterion: "trust", weight: 3 }] });
    m.renameCandidate({ id: "b", name: "Bee" });
    assert.throws(() => m.renameCandidate({ id: "zz", name: "?" }), (e) => e.code === "UNKNOWN_REFERENCE");
    const candidates = input.candidates.map((c) => (c.id === "b" ? { id: "b", name: "Bee" } : c));
    assert.deepStrictEqual(m.report(), pkg.combineScorecards({ ...input, candidates, options: { aggregate: "median", sensitivityRange: 0.5, weights: [{ criterion: "trust", weight: 3 }] } }));
    // Options the engine refuses are kept, and the report throws what combineScorecards throws.
    m.setWeight({ criterion: "trust", weight: -1 });
    const bad = { ...input, candidates, options: m.snapshot().options };
    const thrown = (f) => {
      try {
        f();
      } catch (e) {
        return { code: e.code, path: e.path, message: e.message };
      }
      return null;
    };
    assert.notEqual(thrown(() => pkg.combineScorecards(bad)), null);
    assert.deepStrictEqual(thrown(() => m.result()), thrown(() => pkg.combineScorecards(bad)));
    assert.throws(() => m.setWeight({ criterion: "trust" , weight: "heavy" }), (e) => e.code === "INVALID_INPUT");
    m.free();
    assert.throws(() => m.result(), (e) => e.code === "FREED");
  }
  // A source the engine refuses refuses the session, with combineScorecards' error.
  const broken = { ...input, sources: [{ name: "bad.csv", csv: "nothing,here\n1" }] };
  const e1 = (() => { try { pkg.combineScorecards(broken); } catch (e) { return e; } })();
  assert.throws(() => new CombinedSession(broken), (e) => e.code === e1.code && e.path === e1.path && e.message === e1.message);
  c.free();
});
