// A meeting's agenda: the member's register of interests (the <quorate-interests> draft
// on this device, or its exported file), the agenda titles, and the task list of checks
// that `checkAgendaAgainstRegister` starts.
import { html, nothing, type TemplateResult } from "lit";
import type { AgendaCheckReport, AssessmentReport, Register } from "quorate";
import { openEnvelope } from "../../base/files.js";
import { freshFlow } from "../../base/question-flow.js";
import { cites, heading, plural } from "../../base/render.js";
import { readRegister, statusOf, type Check } from "./model.js";

const INTERESTS = "quorate-interests";

/**
 * The most recently saved `<quorate-interests>` register on this device for this
 * constitution (its draft in localStorage), or null.
 */
export function registerOnDevice(constitution: string): Register | null {
  let best: { at: string; register: Register } | null = null;
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? "";
      if (!key.startsWith(`quorate:${INTERESTS}:`) || !key.endsWith(`:${constitution}`)) continue;
      const draft = JSON.parse(localStorage.getItem(key) ?? "null") as { widget?: unknown; savedAt?: unknown; data?: { register?: unknown } } | null;
      if (draft?.widget !== INTERESTS) continue;
      const register = readRegister(draft.data?.register);
      const at = typeof draft.savedAt === "string" ? draft.savedAt : "";
      if (register && register.entries.length && (!best || at > best.at)) best = { at, register };
    }
  } catch {
    return best?.register ?? null; // storage disabled, or a draft that is not JSON
  }
  return best?.register ?? null;
}

/** The register in a `<quorate-interests>` JSON export. */
export function registerFromFile(text: string): Register {
  const { data } = openEnvelope(text, INTERESTS, 1);
  const register = readRegister((data as { register?: unknown } | null)?.register);
  if (!register) throw new Error("Choose a register of interests exported by <quorate-interests>: this file holds no register");
  return register;
}

/** One check per agenda item, the connection stage filled in where the item names a registered interest. */
export function checksFrom(report: AgendaCheckReport): Check[] {
  return report.items.map((item) => {
    const check: Check = {
      item: item.item,
      title: item.title,
      flagged: item.touched,
      opened: false,
      reasons: item.reasons,
      flow: freshFlow(item.touched ? { ...item.start.answers } : {}),
    };
    if (item.start.category) check.category = item.start.category;
    return check;
  });
}

/** "5. Town Centre Fund". */
export function itemName(check: Check): string {
  return check.item ? `${check.item}. ${check.title || "Untitled item"}` : check.title || "This item";
}

/** The GOV.UK task list of the agenda's items: those that name the register, then the others, each in agenda order. */
export function taskList(opts: { level: number; checks: readonly Check[]; reports: readonly (AssessmentReport | null)[]; open: (index: number) => void }): TemplateResult {
  const { level, checks, reports, open } = opts;
  const flagged = checks.filter((c) => c.flagged).length;
  const done = checks.filter((c, i) => c.flagged && c.flow.complete && reports[i]?.status === "complete").length;
  const row = (c: Check, i: number) => {
    const status = statusOf(c, reports[i] ?? null);
    const why = c.reasons[0];
    return html`<li>
      <button type="button" class="task" id=${`task-${i}`} @click=${() => open(i)}>
        <span class="task-text"
          ><span class="task-name">${itemName(c)}</span>
          ${c.flagged && why
            ? html`<span class="task-hint">${why.text} ${cites(why.cite)}</span>`
            : html`<span class="task-hint">Nothing from your register. Check it if you know of another connection.</span>`}</span
        >
        <strong class="tag ${status.tone} status">${status.text}</strong>
      </button>
    </li>`;
  };
  const indexed = checks.map((c, i) => [c, i] as const);
  return html`<p class="completed-count">
      ${flagged
        ? `${plural(flagged, "item")} of ${checks.length} ${flagged === 1 ? "names" : "name"} an interest in your register. You have checked ${done} of ${flagged}.`
        : `None of the ${plural(checks.length, "item")} names an interest in your register. Check any item you know of another connection to.`}
    </p>
    ${flagged
      ? html`${heading(level, 2, "Items that name your register")}
          <ul class="task-list" part="task-list">
            ${indexed.filter(([c]) => c.flagged).map(([c, i]) => row(c, i))}
          </ul>`
      : nothing}
    ${flagged < checks.length
      ? html`${heading(level, 2, "Other items")}
          <ul class="task-list" part="task-list">
            ${indexed.filter(([c]) => !c.flagged).map(([c, i]) => row(c, i))}
          </ul>`
      : nothing}`;
}
