// The log section of <quorate-gift-check>: the member's offers as a table, what each
// source gave in the last 12 months (where the constitution sets a value line), the
// form to add an offer by hand, and the log's CSV out and in.
import { html, nothing, type TemplateResult } from "lit";
import type { Constitution, GiftKind } from "quorate";
import { checkDate, dateErrorAt, dateInput, emptyDate, longDate, today, type DateParts } from "../../base/date-input.js";
import { errorAt, type FieldError } from "../../base/errors.js";
import { cites, columnHeads, heading, inlineError } from "../../base/render.js";
import { DECISIONS, KINDS, logTable, pounds, sourceTotal, sources, type LogDecision, type LogEntry } from "./log.js";

export /** An offer typed into the log by hand (one from before the member used this tool). */
interface LogForm {
  date: DateParts;
  source: string;
  kind: GiftKind | "";
  description: string;
  value: string;
  decision: LogDecision | "";
}

export const freshLogForm = (): LogForm => ({ date: emptyDate(), source: "", kind: "", description: "", value: "", decision: "" });

/** "Add an offer you had before": the fields (rendered only while open). */
function addForm(f: LogForm, errors: readonly FieldError[], on: () => void, onAdd: () => void): TemplateResult {
  const sourceError = errorAt(errors, "adding.source");
  const kindError = errorAt(errors, "adding.kind");
  const valueError = errorAt(errors, "adding.value");
  const decisionError = errorAt(errors, "adding.decision");
  const date = checkDate(f.date, "Date of the offer");
  return html`${dateInput({
        id: "adding-date",
        legend: "When was it offered?",
        hint: "For example, 14 3 2026",
        value: f.date,
        path: "adding.date",
        error: dateErrorAt(errors, "adding.date"),
        confirmed: date.iso ? longDate(date.iso) : null,
        onInput: on,
      })}
      <div class="field ${sourceError ? "field-error-group" : ""}">
        <label for="adding-source">Who offered it?</label>
        ${inlineError(sourceError, "adding-source-error")}
        <input
          type="text"
          id="adding-source"
          class="wide"
          autocomplete="off"
          data-path="adding.source"
          aria-describedby=${sourceError ? "adding-source-error" : nothing}
          aria-invalid=${sourceError ? "true" : "false"}
          .value=${f.source}
          @input=${(e: Event) => {
            f.source = (e.target as HTMLInputElement).value;
            on();
          }}
        />
      </div>
      <div class="field ${kindError ? "field-error-group" : ""}">
        <label for="adding-kind">What was offered?</label>
        ${inlineError(kindError, "adding-kind-error")}
        <select
          id="adding-kind"
          data-path="adding.kind"
          aria-describedby=${kindError ? "adding-kind-error" : nothing}
          aria-invalid=${kindError ? "true" : "false"}
          @change=${(e: Event) => {
            f.kind = (e.target as HTMLSelectElement).value as GiftKind | "";
            on();
          }}
        >
          <option value="" ?selected=${f.kind === ""}>Choose</option>
          ${KINDS.map(([k, label]) => html`<option value=${k} ?selected=${f.kind === k}>${label}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="adding-description">What was it? (optional)</label>
        <input
          type="text"
          id="adding-description"
          class="wide"
          autocomplete="off"
          data-path="adding.description"
          .value=${f.description}
          @input=${(e: Event) => {
            f.description = (e.target as HTMLInputElement).value;
            on();
          }}
        />
      </div>
      <div class="field ${valueError ? "field-error-group" : ""}">
        <label for="adding-value">What was it worth, in pounds? (optional)</label>
        ${inlineError(valueError, "adding-value-error")}
        <div class="money">
          <span class="prefix" aria-hidden="true">£</span
          ><input
            type="text"
            id="adding-value"
            inputmode="decimal"
            autocomplete="off"
            data-path="adding.value"
            aria-describedby=${valueError ? "adding-value-error" : nothing}
            aria-invalid=${valueError ? "true" : "false"}
            .value=${f.value}
            @input=${(e: Event) => {
              f.value = (e.target as HTMLInputElement).value;
              on();
            }}
          />
        </div>
      </div>
      <div class="field ${decisionError ? "field-error-group" : ""}">
        <label for="adding-decision">What did you do with it?</label>
        ${inlineError(decisionError, "adding-decision-error")}
        <select
          id="adding-decision"
          data-path="adding.decision"
          aria-describedby=${decisionError ? "adding-decision-error" : nothing}
          aria-invalid=${decisionError ? "true" : "false"}
          @change=${(e: Event) => {
            f.decision = (e.target as HTMLSelectElement).value as LogDecision | "";
            on();
          }}
        >
          <option value="" ?selected=${f.decision === ""}>Choose</option>
          ${DECISIONS.map((d) => html`<option value=${d} ?selected=${f.decision === d}>${d.charAt(0).toUpperCase() + d.slice(1)}</option>`)}
        </select>
      </div>
      <button type="button" class="secondary" @click=${() => onAdd()}>Add to my log</button>`;
}

/** The log section: the table, the 12-month totals by source, the form to add an offer, CSV out and in. */
export function logSection(o: {
  log: readonly LogEntry[];
  rules: Constitution;
  level: number;
  errors: readonly FieldError[];
  form: LogForm;
  open: boolean;
  onToggle: (open: boolean) => void;
  onInput: () => void;
  onAdd: () => void;
  onRemove: (entry: LogEntry) => void;
  onExportCsv: () => void;
  onImportCsv: (event: Event) => void;
}): TemplateResult {
  const { log, rules, level } = o;
  const limit = rules.gifts?.trivialGifts?.valueLimit;
  const asOf = today();
  const totals = limit === null || limit === undefined ? [] : sources(log).map((s) => ({ source: s, t: sourceTotal(log, s, asOf) })).filter((x) => x.t.entries.length);
  return html`<section class="log-section" aria-labelledby="log-title">
    ${heading(level, 1, "Your gifts and hospitality log", { id: "log-title" })}
    <p class="hint">
      Every offer you accept or decline, kept on this device only. It answers "have you had anything from the same source before?" and adds up what one
      source has given you.
    </p>
    ${logTable(log, o.onRemove)}
    ${totals.length
      ? html`${heading(level, 2, `Accepted from each source in the 12 months to ${longDate(asOf)}`)}
          <div class="scroll">
            <table class="stack totals">
              ${columnHeads(["Source", "Offers accepted", "Total"])}
              <tbody>
                ${totals.map(
                  ({ source, t }) => html`<tr class=${t.total > (limit ?? 0) ? "over" : ""}>
                    <td data-label="Source">${source}</td>
                    <td data-label="Offers accepted">${t.entries.length}</td>
                    <td data-label="Total">${pounds(t.total)}${t.unvalued ? html` <span class="muted">(${t.unvalued} with no value recorded)</span>` : nothing}${t.total > (limit ?? 0) ? html` <strong class="tag warn">more than £${limit}</strong>` : nothing}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
          <p class="hint">This constitution takes £${limit} as modest value for a trivial gift ${cites(rules.gifts?.trivialGifts?.cite)}.</p>`
      : nothing}
    <details
      class="add-log no-print"
      .open=${o.open}
      @toggle=${(e: Event) => o.onToggle((e.target as HTMLDetailsElement).open)}
    >
      <summary>Add an offer you had before</summary>
      ${o.open ? addForm(o.form, o.errors, o.onInput, o.onAdd) : nothing}
    </details>
    <div class="actions no-print" part="csv-actions">
      <button type="button" class="secondary" @click=${() => o.onExportCsv()}>Export the log (CSV)</button>
      <label class="button secondary file"
        >Import a log (CSV)<input type="file" accept="text/csv,.csv" data-path="csv" @change=${(e: Event) => o.onImportCsv(e)}
      /></label>
    </div>
  </section>`;
}
