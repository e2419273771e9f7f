// The start page of <quorate-conflict-check>: one item, or a meeting's agenda against the
// register of interests; and what the constitution says about conflicts.
import { html, nothing, type TemplateResult } from "lit";
import type { QuestionSet, Register } from "quorate";
import { errorAt, type FieldError } from "../../base/errors.js";
import { citations, heading, inlineError, plural, reasons } from "../../base/render.js";
import type { ConflictDraft } from "./model.js";

export type StartField = "member" | "item" | "itemTitle" | "agendaText";

export function startPage(o: {
  level: number;
  errors: readonly FieldError[];
  draft: ConflictDraft;
  /** The register of interests kept on this device, if any. */
  device: Register | null;
  questions: QuestionSet | null;
  set: (field: StartField, e: Event) => void;
  startOne: () => void;
  useDevice: () => void;
  importRegister: (e: Event) => void;
  importAgenda: (e: Event) => void;
  checkAgenda: () => void;
}): TemplateResult {
  const { level, errors, device, draft, questions } = o;
  const registerError = errorAt(errors, "register");
  const fileError = errorAt(errors, "register-file");
  const agendaError = errorAt(errors, "agendaText");
  const register = draft.register;
  return html`<p>Answer the questions of the code of conduct for an item of business, one at a time. At the end you see whether to declare an interest, whether you may take part, and the wording for the minute.</p>
    ${heading(level, 1, "Check one item", { id: "start-title", className: "start-option" })}
    <div class="field">
      <label for="member">Your name <span class="muted">(optional)</span></label>
      <p class="hint" id="member-hint">As the minutes give it, for example "Cllr Jane Smith".</p>
      <input type="text" id="member" class="wide" autocomplete="name" data-path="member" aria-describedby="member-hint" .value=${draft.member} @input=${(e: Event) => o.set("member", e)} />
    </div>
    <div class="field">
      <label for="item">Item number <span class="muted">(optional)</span></label>
      <input type="text" id="item" data-path="item" size="5" .value=${draft.item} @input=${(e: Event) => o.set("item", e)} />
    </div>
    <div class="field">
      <label for="item-title">Item title <span class="muted">(optional)</span></label>
      <input type="text" id="item-title" class="wide" data-path="itemTitle" .value=${draft.itemTitle} @input=${(e: Event) => o.set("itemTitle", e)} />
    </div>
    <button type="button" id="start" @click=${() => o.startOne()}>Start the check</button>

    ${heading(level, 1, "Check a meeting's agenda against your register", { className: "start-option" })}
    <p>Your register of interests and the agenda's item titles show which items name an interest you have registered; you then check those items one by one.</p>
    <div class="field ${registerError || fileError ? "field-error-group" : ""}" data-path="register">
      <p class="list-label">Your register of interests</p>
      ${inlineError(registerError ?? fileError, "register-error")}
      ${register
        ? html`<p class="register-chosen">Using ${register.member || "your register"}'s register (${plural(register.entries.length, "entry", "entries")}), from ${draft.registerFrom}.</p>`
        : html`<p class="hint">Keep your register with the register of interests tool on this device, or import the file it exports.</p>`}
      <div class="actions">
        ${device
          ? html`<button type="button" class="secondary" id="use-device" @click=${() => o.useDevice()}>
              Use the register on this device (${device.member || "unnamed"}, ${plural(device.entries.length, "entry", "entries")})
            </button>`
          : nothing}
        <label class="button secondary file"
          >Import a register (JSON)<input type="file" accept="application/json,.json" data-path="register-file" @change=${(e: Event) => o.importRegister(e)}
        /></label>
      </div>
    </div>
    <div class="field ${agendaError ? "field-error-group" : ""}">
      <label for="agenda">The agenda's item titles</label>
      <p class="hint" id="agenda-hint">One a line, as the agenda gives them: "4. Town Centre Fund: applications".</p>
      ${inlineError(agendaError, "agenda-error")}
      <textarea
        id="agenda"
        rows="6"
        data-path="agendaText"
        aria-describedby=${agendaError ? "agenda-hint agenda-error" : "agenda-hint"}
        aria-invalid=${agendaError ? "true" : "false"}
        .value=${draft.agendaText}
        @input=${(e: Event) => o.set("agendaText", e)}
      ></textarea>
      <div class="actions">
        <label class="button secondary file"
          >Import the titles (text file)<input type="file" accept="text/plain,.txt,text/csv,.csv" data-path="agenda-file" @change=${(e: Event) => o.importAgenda(e)}
        /></label>
      </div>
    </div>
    <button type="button" id="check-agenda" @click=${() => o.checkAgenda()}>Check the agenda</button>
    ${questions ? html`${reasons("What the constitution says", questions.notes, "notes")} ${citations(questions.citations)}` : nothing}`;
}
