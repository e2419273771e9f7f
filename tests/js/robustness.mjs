// Malformed input for every export, then a good call that must still work. Plain ES
// module with no imports: Node and the browser harness both run it.

const MAX_PATHS = 120;

/** Deterministic malformed values: wrong types, hostile numbers, sizes and shapes. */
function hostileValues() {
  let deep = {};
  for (let i = 0; i < 5000; i++) deep = { a: deep };
  const throwing = {};
  Object.defineProperty(throwing, "constitution", { enumerable: true, get: () => { throw new Error("getter"); } });
  return [
    undefined, null, 0, -1, NaN, Infinity, -0, 1e300, 2 ** 53 + 1, 10n, true, "", "x".repeat(100_000), "\u0000",
    [], [null], {}, Symbol("s"), () => 1, new Date(0), new Map([["a", 1]]), deep, throwing,
    new Array(200_000).fill({}), { constitution: NaN }, { constitution: "clackmannanshire-2019", extra: 1 },
  ];
}

/** The paths to every value inside `v`, breadth first, at most MAX_PATHS. */
function paths(v) {
  const out = [];
  const queue = [[v, []]];
  while (queue.length && out.length < MAX_PATHS) {
    const [node, path] = queue.shift();
    if (path.length) out.push(path);
    if (node && typeof node === "object") {
      for (const k of Object.keys(node).slice(0, 40)) queue.push([node[k], [...path, k]]);
    }
  }
  return out;
}

function replaceAt(v, path, value) {
  const copy = structuredClone(v);
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k];
  node[path[path.length - 1]] = value;
  return copy;
}

function removeAt(v, path) {
  const copy = structuredClone(v);
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k];
  if (Array.isArray(node)) node.splice(Number(path[path.length - 1]), 1);
  else delete node[path[path.length - 1]];
  return copy;
}

/** Mutations of a good input: each field replaced by hostile values, removed, or duplicated. */
function* mutations(good) {
  const small = [null, NaN, -1, 1e300, "x", {}, [], true, 2 ** 32 + 5, "2026-02-30", "ünïcødé\u0000"];
  for (const path of paths(good)) {
    for (const bad of small) yield replaceAt(good, path, bad);
    yield removeAt(good, path);
  }
  if (good && typeof good === "object" && !Array.isArray(good)) yield { ...good, unexpectedField: 1 };
}

/**
 * Call `fn` with every hostile value and every mutation of `good`, then `good` itself.
 * Returns { calls, problems }: a problem is a throw that is not a coded Error, or a good
 * call that no longer answers as it did first.
 */
export function exercise(pkg, fn, good, codes) {
  const problems = [];
  const first = JSON.stringify(pkg[fn](good));
  let calls = 0;
  const attempt = (input, label) => {
    calls++;
    try {
      pkg[fn](input);
    } catch (e) {
      if (!(e instanceof Error)) problems.push(`${fn}(${label}): threw a non-Error ${String(e)}`);
      else if (!codes.includes(e.code)) problems.push(`${fn}(${label}): threw ${e.name} without a known code: ${e.message}`);
      else if (typeof e.message !== "string" || e.message.length === 0) problems.push(`${fn}(${label}): empty message`);
      else if (e.code === "INVALID_INPUT" && typeof e.path !== "string") problems.push(`${fn}(${label}): INVALID_INPUT without a path`);
    }
  };
  hostileValues().forEach((v, i) => attempt(v, `hostile #${i}`));
  let i = 0;
  for (const m of mutations(good)) attempt(m, `mutation #${i++}`);
  const again = JSON.stringify(pkg[fn](good));
  if (again !== first) problems.push(`${fn}: the good call answers differently after the bad ones`);
  return { calls, problems };
}

/** Every malformed input `exercise` gives `fn`: the hostile values, then the mutations of `good`. */
export function* malformed(good) {
  yield* hostileValues();
  yield* mutations(good);
}
