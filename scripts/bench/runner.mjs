// The full bench's JavaScript half, the same code in Node and in headless Chromium:
// every workload through the plain export, the ConstitutionHandle method and (for
// scorePriorities) a ScoringSession, with median and p95 per call, the JSON.stringify
// share of the call, and a fingerprint of each answer for the native comparison.

const quantile = (sorted, p) => sorted[Math.round((sorted.length - 1) * p)];

// A browser's clock ticks in 100 µs steps (and may jitter), so there each sample times
// a batch of calls lasting at least 2 ms and records the mean per call; in Node a sample
// is one call.
const BROWSER = typeof window !== "undefined";

function time(fn, budgetMs = 1000) {
  const times = [];
  let batch = 1;
  if (BROWSER) {
    const t = performance.now();
    fn(0);
    const once = performance.now() - t;
    batch = Math.max(1, Math.min(1000, Math.ceil(2 / Math.max(once, 0.001))));
  }
  const start = performance.now();
  let i = 0;
  while (times.length < 5 || (performance.now() - start < budgetMs && times.length < 2000)) {
    const t = performance.now();
    for (let k = 0; k < batch; k++) fn(i++);
    times.push(((performance.now() - t) * 1000) / batch);
  }
  times.sort((a, b) => a - b);
  return { runs: times.length, medianUs: quantile(times, 0.5), p95Us: quantile(times, 0.95) };
}

/** Key order and number formatting made canonical, so native and WebAssembly answers compare. */
export function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => v[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

export function fingerprint(v) {
  const s = canonical(v);
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `${s.length}:${h.toString(16)}`;
}

const answer = (fn) => {
  try {
    return fn();
  } catch (e) {
    return { error: { code: e.code, path: e.path ?? null, message: e.message } };
  }
};

// A handle method's input: the plain input without its constitution.
function viaHandle(api, w) {
  const { input } = w;
  if (w.export === "priorityCriteria") return { handle: api.ConstitutionHandle.from(input), call: (h) => h.priorityCriteria() };
  if (w.export === "scheduleIcs") {
    const { constitution, ...schedule } = input.schedule;
    const rest = { ...input, schedule };
    return { handle: api.ConstitutionHandle.from(constitution), call: (h) => h.scheduleIcs(rest) };
  }
  if (!input || typeof input !== "object" || input.constitution == null) return null;
  if (typeof api.ConstitutionHandle.prototype[w.export] !== "function") return null;
  const { constitution, ...rest } = input;
  return { handle: api.ConstitutionHandle.from(constitution), call: (h) => h[w.export](rest) };
}

export function runAll(api, workloads, budgetMs) {
  const out = [];
  for (const w of workloads) {
    const fn = api[w.export];
    const first = answer(() => fn(w.input));
    const r = { export: w.export, size: w.size, fingerprint: fingerprint(first), error: first.error?.code ?? null };
    r.plain = time(() => answer(() => fn(w.input)), budgetMs);
    r.stringify = time(() => JSON.stringify(w.input), budgetMs / 4);
    const h = viaHandle(api, w);
    if (h) {
      r.handleSame = fingerprint(answer(() => h.call(h.handle))) === r.fingerprint;
      r.handle = time(() => answer(() => h.call(h.handle)), budgetMs);
      h.handle.free();
    }
    if (w.export === "scorePriorities") {
      const s = new api.ScoringSession(w.input);
      r.sessionSame = fingerprint(answer(() => s.report())) === r.fingerprint;
      const card = w.input.scorecards[0];
      const criterion = card.scores[0].criterion;
      // One keystroke: one score changed, then the whole report.
      r.session = time((i) => {
        s.setScore({ scorer: card.scorer, candidate: card.candidate, criterion, score: i % 5 });
        answer(() => s.report());
      }, budgetMs);
      s.free();
    }
    out.push(r);
  }
  return out;
}
