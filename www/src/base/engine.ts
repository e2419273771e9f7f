// The one way widgets reach the Quorate engine. Every widget calls the package through
// `loadEngine()`, so a change to how the engine is called (a resident constitution
// handle, a split module) touches this file and no widget.
//
// The WebAssembly module is fetched once per page, from beside the widget script
// (`quorate_bg.wasm` next to `quorate-widgets.js`, found through `import.meta.url`).
// A per-widget script (`quorate-meeting.js`) loads only its area's module
// (`quorate-meeting_bg.wasm`): the build sets QUORATE_WASM to its file name.
// When it cannot load, the reason is put in words a web team can act on.
import init, * as api from "quorate";
import type { ConstitutionHandle, ConstitutionSource } from "quorate";

declare const QUORATE_WASM: string | undefined;

/** The module this script loads, beside it. */
const WASM_FILE = typeof QUORATE_WASM === "string" ? QUORATE_WASM : "quorate_bg.wasm";

/** The package's functions, as the widgets use them. */
export type Engine = Omit<typeof api, "default" | "initSync">;

/**
 * The engine the widgets get: the package's functions, except that every call naming a
 * constitution goes through one resident `ConstitutionHandle` per constitution on the
 * page (keyed by preset id, or by the custom object's identity), so a constitution is
 * read and validated once for every widget and every recompute. Reports and errors are
 * the plain functions' own. A custom constitution object is taken as it was when first
 * used: give the widget a new object to change it (as the `constitution` property does).
 */
function resident(engine: Engine): Engine {
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
  // `constitution` required: always through the handle.
  const via =
    <I extends { constitution: ConstitutionSource }, O>(method: (c: ConstitutionHandle, rest: Omit<I, "constitution">) => O) =>
    (input: I): O => {
      const { constitution, ...rest } = input;
      return method(handle(constitution), rest);
    };
  // `constitution` optional: through the handle when one is named.
  const viaIfNamed =
    <I extends { constitution?: ConstitutionSource | null }, O>(
      plain: (input: I) => O,
      method: (c: ConstitutionHandle, rest: Omit<I, "constitution">) => O,
    ) =>
    (input: I): O => {
      const { constitution, ...rest } = input;
      return constitution == null ? plain(input) : method(handle(constitution), rest);
    };
  return {
    ...engine,
    checkQuorum: via((c, i) => c.checkQuorum(i)),
    checkChair: via((c, i) => c.checkChair(i)),
    checkAgenda: via((c, i) => c.checkAgenda(i)),
    decideVote: via((c, i) => c.decideVote(i)),
    attendanceReport: via((c, i) => c.attendanceReport(i)),
    draftMinute: via((c, i) => c.draftMinute(i)),
    papersTimeline: via((c, i) => c.papersTimeline(i)),
    meetingSchedule: via((c, i) => c.meetingSchedule(i)),
    scheduleIcs: (input) => {
      const { constitution, ...schedule } = input.schedule;
      return handle(constitution).scheduleIcs({ ...input, schedule });
    },
    bankHolidays: viaIfNamed(engine.bankHolidays, (c, i) => c.bankHolidays(i)),
    isWorkingDay: viaIfNamed(engine.isWorkingDay, (c, i) => c.isWorkingDay(i)),
    addWorkingDays: viaIfNamed(engine.addWorkingDays, (c, i) => c.addWorkingDays(i)),
    workingDaysBetween: viaIfNamed(engine.workingDaysBetween, (c, i) => c.workingDaysBetween(i)),
    priorityCriteria: (source) => handle(source).priorityCriteria(),
    scorePriorities: viaIfNamed(engine.scorePriorities, (c, i) => c.scorePriorities(i)),
    combineScorecards: viaIfNamed(engine.combineScorecards, (c, i) => c.combineScorecards(i)),
    scorecardsToCsv: viaIfNamed(engine.scorecardsToCsv, (c, i) => c.scorecardsToCsv(i)),
    checkGift: via((c, i) => c.checkGift(i)),
    checkOpenness: via((c, i) => c.checkOpenness(i)),
    conflictQuestions: via((c, i) => c.conflictQuestions(i)),
    assessConflict: via((c, i) => c.assessConflict(i)),
    validateRegister: via((c, i) => c.validateRegister(i)),
    checkAgendaAgainstRegister: via((c, i) => c.checkAgendaAgainstRegister(i)),
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
  if (initialised()) return api;
  const url = new URL(`./${WASM_FILE}`, import.meta.url);
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
  try {
    await init({ module_or_path: response });
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
  return resident(api);
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
