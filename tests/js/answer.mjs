// Calling an export and checking its answer: the twin of core/tests/scenarios/main.rs.
// Plain ES module with no imports, loaded by Node and by the browser harness.

/**
 * Call one export and shape the answer as the native runner does:
 * `{ ok: output }` or `{ error: { code, message, path?, problems? } }`.
 */
export function callExport(pkg, fn, input) {
  if (typeof pkg[fn] !== "function") return { missing: fn };
  try {
    return { ok: pkg[fn](input) };
  } catch (e) {
    if (!(e instanceof Error)) return { notAnError: String(e) };
    const error = { code: e.code, message: e.message };
    if (e.path !== undefined) error.path = e.path;
    if (e.problems !== undefined) error.problems = e.problems;
    return { error };
  }
}

/** Where `actual` differs from the partial `expected`, or null. */
export function mismatch(expected, actual, path = "") {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected an array, got ${JSON.stringify(actual)}`;
    if (expected.length !== actual.length)
      return `${path}: expected ${expected.length} items, got ${actual.length}: ${JSON.stringify(actual)}`;
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(expected[i], actual[i], `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return `${path}: expected an object, got ${JSON.stringify(actual)}`;
    for (const [k, v] of Object.entries(expected)) {
      if (!(k in actual)) return `${path}.${k}: expected ${JSON.stringify(v)}, but the output has no such field`;
      const m = mismatch(v, actual[k], `${path}.${k}`);
      if (m) return m;
    }
    return null;
  }
  if (typeof expected === "number" && typeof actual === "number" && Math.abs(expected - actual) < 1e-9) return null;
  return expected === actual ? null : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

/** Check one case's answer against its expectation; returns a failure message or null. */
export function checkCase(kase, answer) {
  if (answer.missing) return `the package has no export "${answer.missing}"`;
  if (answer.notAnError) return `threw a non-Error: ${answer.notAnError}`;
  if (kase.expect !== undefined) {
    if (!answer.ok) return `expected a result, got error ${JSON.stringify(answer.error)}`;
    return mismatch(kase.expect, answer.ok);
  }
  if (!answer.error) return `expected an error, got ${JSON.stringify(answer.ok)}`;
  return mismatch(kase.error, answer.error, "error");
}
