// The one way widgets reach the Quorate engine. Every widget calls the package through
// `loadEngine()`, so a change to how the engine is called (a resident constitution
// handle, a split module) touches this file and no widget.
//
// The WebAssembly module is fetched once per page, from beside the widget script
// (`quorate_bg.wasm` next to `quorate-widgets.js`, found through `import.meta.url`).
// A per-widget script (`quorate-meeting.js`) loads only its area's module
// (`quorate-meeting_bg.wasm`): the build sets QUORATE_WASM to its file name.
// An offline single file (www/offline/<tool>.html) carries its module inside the script:
// the build sets QUORATE_WASM_INLINE to the module's bytes in base64, and nothing is fetched.
// When it cannot load, the reason is put in words a web team can act on.
import init, * as api from "quorate";
import type { CombinedSession, CombineInput, ConstitutionHandle, ConstitutionSource, PriorityInput, ScoringSession } from "quorate";

declare const QUORATE_WASM: string | undefined;
declare const QUORATE_WASM_INLINE: string | undefined;

/** The module this script loads, beside it. */
const WASM_FILE = typeof QUORATE_WASM === "string" ? QUORATE_WASM : "quorate_bg.wasm";

/** The package's functions, as the widgets use them. */
export type Engine = Omit<typeof api, "default" | "initSync"> & {
  /**
   * A `ScoringSession` on this input, its constitution the page's resident handle (so it
   * is not read again): `report()` is exactly `scorePriorities` on its data. Free it when done.
   */
  scoringSession(input: PriorityInput): ScoringSession;
  /**
   * A `CombinedSession` on this input (the sources merged once), its constitution the
   * page's resident handle: `report()` is exactly `combineScorecards` on its data.
   */
  combinedSession(input: CombineInput): CombinedSession;
};

/** The package as it is imported, before the sessions are added. */
type Package = Omit<typeof api, "default" | "initSync">;

/**
 * The engine the widgets get: the package's functions, except that every call naming a
 * constitution goes through one resident `ConstitutionHandle` per constitution on the
 * page (keyed by preset id, or by the custom object's identity), so a constitution is
 * read and validated once for every widget and every recompute. Reports and errors are
 * the plain functions' own. A custom constitution object is taken as it was when first
 * used: give the widget a new object to change it (as the `constitution` property does).
 */
function resident(engine: Package): Engine {
  const byPreset = new Map<string, ConstitutionHandle>();
  const byObject = new WeakMap<object, ConstitutionHandle>();
  const handle = (source: ConstitutionSource): ConstitutionHandle => {
    const cached = typeof source === "string" ? byPreset.get(source) : byObject.get(source);
    if (cached) return cached;
    const made = engine.ConstitutionHandle.from(source); // throws the plain functions' errors; nothing cached
    if (typeof source === "string") byPreset.set(source, made);
    else byObject.set(source, made);
    return made;
  };
  // Through the handle when the input names a constitution the handle can take; anything
  // else (not an object, no constitution, a constitution of the wrong type) goes to the
  // plain function, so that a malformed call is refused exactly as the package refuses it.
  const named = (input: unknown): ConstitutionSource | null => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return null;
    const c = (input as { constitution?: unknown }).constitution;
    return typeof c === "string" || (typeof c === "object" && c !== null && !Array.isArray(c)) ? (c as ConstitutionSource) : null;
  };
  const via =
    <I extends { constitution?: ConstitutionSource | null }, O>(plain: (input: I) => O, method: (c: ConstitutionHandle, rest: Omit<I, "constitution">) => O) =>
    (input: I): O => {
      const source = named(input);
      if (source === null) return plain(input);
      const { constitution: _, ...rest } = input;
      return method(handle(source), rest);
    };
  return {
    ...engine,
    checkQuorum: via(engine.checkQuorum, (c, i) => c.checkQuorum(i)),
    checkChair: via(engine.checkChair, (c, i) => c.checkChair(i)),
    checkAgenda: via(engine.checkAgenda, (c, i) => c.checkAgenda(i)),
    decideVote: via(engine.decideVote, (c, i) => c.decideVote(i)),
    attendanceReport: via(engine.attendanceReport, (c, i) => c.attendanceReport(i)),
    draftMinute: via(engine.draftMinute, (c, i) => c.draftMinute(i)),
    papersTimeline: via(engine.papersTimeline, (c, i) => c.papersTimeline(i)),
    meetingSchedule: via(engine.meetingSchedule, (c, i) => c.meetingSchedule(i)),
    scheduleIcs: (input) => {
      const source = typeof input === "object" && input !== null ? named(input.schedule) : null;
      if (source === null) return engine.scheduleIcs(input);
      const { constitution: _, ...schedule } = input.schedule;
      return handle(source).scheduleIcs({ ...input, schedule });
    },
    bankHolidays: via(engine.bankHolidays, (c, i) => c.bankHolidays(i)),
    isWorkingDay: via(engine.isWorkingDay, (c, i) => c.isWorkingDay(i)),
    addWorkingDays: via(engine.addWorkingDays, (c, i) => c.addWorkingDays(i)),
    workingDaysBetween: via(engine.workingDaysBetween, (c, i) => c.workingDaysBetween(i)),
    priorityCriteria: (source) => (named({ constitution: source }) === null ? engine.priorityCriteria(source) : handle(source).priorityCriteria()),
    scorePriorities: via(engine.scorePriorities, (c, i) => c.scorePriorities(i)),
    scoringSession: via(
      (input: PriorityInput) => new engine.ScoringSession(input),
      (c, i) => c.scoringSession(i),
    ),
    combinedSession: via(
      (input: CombineInput) => new engine.CombinedSession(input),
      (c, i) => c.combinedSession(i),
    ),
    combineScorecards: via(engine.combineScorecards, (c, i) => c.combineScorecards(i)),
    scorecardsToCsv: via(engine.scorecardsToCsv, (c, i) => c.scorecardsToCsv(i)),
    checkGift: via(engine.checkGift, (c, i) => c.checkGift(i)),
    checkOpenness: via(engine.checkOpenness, (c, i) => c.checkOpenness(i)),
    conflictQuestions: via(engine.conflictQuestions, (c, i) => c.conflictQuestions(i)),
    assessConflict: via(engine.assessConflict, (c, i) => c.assessConflict(i)),
    validateRegister: via(engine.validateRegister, (c, i) => c.validateRegister(i)),
    checkAgendaAgainstRegister: via(engine.checkAgendaAgainstRegister, (c, i) => c.checkAgendaAgainstRegister(i)),
  };
}

/** Why the engine could not load, in words for the people who run the host page. */
export class EngineLoadError extends Error {
  override name = "EngineLoadError";
  constructor(
    readonly reason: "missing" | "csp" | "other",
    message: string,
  ) {
    super(message);
  }
}

// Shared by every copy of this script on the page, so a page that loads it twice
// still loads the WebAssembly once; one per module file, since each script bundles its
// own glue for its own module.
const SHARED = Symbol.for(WASM_FILE === "quorate_bg.wasm" ? "quorate.engine" : `quorate.engine:${WASM_FILE}`);
type Shared = { [key: symbol]: Promise<Engine> | undefined };

/** Resolves to the engine once the module has loaded; rejects with an EngineLoadError. */
export function loadEngine(): Promise<Engine> {
  const shared = globalThis as Shared;
  shared[SHARED] ??= start();
  return shared[SHARED];
}

async function start(): Promise<Engine> {
  // An app that imports `quorate` and `quorate/widgets` and has already called init():
  // the widgets use that instance rather than fetching the module again.
  if (initialised()) return resident(api);
  if (typeof QUORATE_WASM_INLINE === "string") {
    await instantiate(bytes(QUORATE_WASM_INLINE));
    return resident(api);
  }
  // A literal URL once the build has set QUORATE_WASM, so that a bundler (Vite) sees the asset.
  const url = typeof QUORATE_WASM === "string" ? new URL(`./${QUORATE_WASM}`, import.meta.url) : new URL("./quorate_bg.wasm", import.meta.url);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new EngineLoadError(
      "missing",
      `The Quorate engine (${url.href}) could not be fetched: ${message(e)}. ` +
        `Host ${WASM_FILE} beside ${script()}, and allow it in the page's Content-Security-Policy (connect-src 'self').`,
    );
  }
  if (!response.ok) {
    throw new EngineLoadError(
      "missing",
      `The Quorate engine was not found at ${url.href} (HTTP ${response.status}). ` +
        `Copy ${WASM_FILE} into the same folder as ${script()}.`,
    );
  }
  await instantiate(response);
  return resident(api);
}

/** Instantiate the module from a response or its bytes; a refusal is put in words. */
async function instantiate(source: Response | Uint8Array<ArrayBuffer>): Promise<void> {
  try {
    await init({ module_or_path: source });
  } catch (e) {
    const text = message(e);
    if (/unsafe-eval|Content Security Policy|CSP/i.test(text)) {
      throw new EngineLoadError(
        "csp",
        `This page's Content-Security-Policy blocks WebAssembly, so Quorate cannot run. ` +
          `Ask the site's web team to add 'wasm-unsafe-eval' to script-src: script-src 'self' 'wasm-unsafe-eval'.`,
      );
    }
    throw new EngineLoadError("other", `The Quorate engine could not start: ${text}`);
  }
}

/** Base64 to bytes (the inlined module). */
function bytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function initialised(): boolean {
  try {
    api.presets();
    return true;
  } catch {
    return false; // NOT_INITIALISED
  }
}

/** This script's file name (`quorate-widgets.js`, `quorate-meeting.js`). */
function script(): string {
  return new URL(import.meta.url).pathname.split("/").pop() || "the widget script";
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
