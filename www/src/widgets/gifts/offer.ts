// The offer itself, before the code's questions: what it is, who it is offered to, who
// offered it, when, and what it is worth. Kept as typed; checked when the member
// continues; turned into the engine's `GiftOffer`.
import { html, nothing, type TemplateResult } from "lit";
import type { GiftAnswers, GiftKind, GiftOffer, GiftRecipient } from "quorate";
import { checkDate, dateErrorAt, dateFieldError, dateInput, emptyDate, longDate, type DateParts } from "../../base/date-input.js";
import { errorAt, type FieldError } from "../../base/errors.js";
import { cites, inlineError } from "../../base/render.js";
import { KINDS } from "./log.js";

/** The offer as the member typed it. */
export interface OfferDraft {
  kind: GiftKind | "";
  recipient: GiftRecipient;
  giver: string;
  description: string;
  /** The value as typed ("12.50", "£40"); empty when not known. */
  value: string;
  date: DateParts;
}

export const freshOffer = (): OfferDraft => ({ kind: "", recipient: "member", giver: "", description: "", value: "", date: emptyDate() });

/** The code's questions that take yes, no or not sure, as `GiftAnswers` names them. */
const GIFT_ANSWERS = ["sought", "giverStandsToGain", "giverSeekingBusiness", "suspicionOfInfluence", "repeated", "onBehalfOfPartnership", "trivialOrSeasonal", "normalHospitality"] as const;

export const RECIPIENTS: readonly [GiftRecipient, string][] = [
  ["member", "You"],
  ["spouseOrCohabitee", "Your spouse or cohabitee"],
  ["controlledCompany", "A company in which you have a controlling interest"],
  ["partnershipOfWhichPartner", "A partnership of which you are a partner"],
];

const KIND_HINTS: Partial<Record<GiftKind, string>> = {
  hospitality: "A meal, drinks, tickets to an event, travel or accommodation",
  reliefFromDebt: "Someone paying or writing off money you owe",
  loanConcession: "A loan on better terms than the public could get",
  servicesBelowCost: "Services at a cost below what the public is charged",
};

/** A value typed in pounds: "12.50", "£1,200", "40". Null when empty; undefined when not an amount. */
export function parseValue(text: string): number | null | undefined {
  const t = text.trim().replace(/^£/, "").replace(/,/g, "");
  if (t === "") return null;
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(t)) return undefined;
  return Number(t);
}

/** The errors in the offer, worded as the GOV.UK patterns word them; the paths are the engine's. */
export function offerErrors(o: OfferDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!o.kind) errors.push({ path: "offer.kind", message: "Select what is offered" });
  if (!o.giver.trim()) errors.push({ path: "offer.giver", message: "Enter who offered it" });
  const date = dateFieldError("offer.date", checkDate(o.date, "Date of the offer"));
  if (date) errors.push(date);
  if (parseValue(o.value) === undefined) errors.push({ path: "offer.value", message: "Value must be an amount in pounds, like 25 or 12.50" });
  return errors;
}

/**
 * The engine's offer, from what the member typed (parts not yet valid are left out) and
 * the answers to the code's questions (the question flow's, keyed by question id; the
 * `value` question's answer is the offer's value).
 */
export function giftOffer(o: OfferDraft, kind: GiftKind, flow: Readonly<Record<string, string | number>> = {}): GiftOffer {
  const answers: GiftAnswers = {};
  for (const id of GIFT_ANSWERS) {
    const a = flow[id];
    if (a === "yes" || a === "no" || a === "unsure") answers[id] = a;
  }
  const offer: GiftOffer = { kind, recipient: o.recipient, answers };
  if (o.giver.trim()) offer.giver = o.giver.trim();
  if (o.description.trim()) offer.description = o.description.trim();
  const value = parseValue(o.value);
  if (typeof value === "number") offer.value = value;
  else if (typeof flow.value === "number") offer.value = flow.value;
  const date = checkDate(o.date, "Date of the offer").iso;
  if (date) offer.date = date;
  return offer;
}

/** The offer page: one form, since these are the facts of the offer, not the code's questions. */
export function offerForm(
  o: OfferDraft,
  errors: readonly FieldError[],
  benefitsCite: readonly string[],
  onInput: () => void,
  onContinue: () => void,
): TemplateResult {
  const kindError = errorAt(errors, "offer.kind");
  const giverError = errorAt(errors, "offer.giver");
  const valueError = errorAt(errors, "offer.value");
  const date = checkDate(o.date, "Date of the offer");
  const radio = <T extends string>(name: string, path: string, value: T, label: string, current: T, set: (v: T) => void, hint?: string) =>
    html`<div class="choice-block">
      <label class="choice"
        ><input
          type="radio"
          name=${name}
          .value=${value}
          data-path=${path}
          .checked=${current === value}
          aria-describedby=${hint ? `${name}-${value}-hint` : nothing}
          @change=${() => {
            set(value);
            onInput();
          }}
        />${label}</label
      >${hint ? html`<p class="hint choice-hint" id=${`${name}-${value}-hint`}>${hint}</p>` : nothing}
    </div>`;
  return html`<form
    class="offer"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      onContinue();
    }}
  >
    <div class="field ${kindError ? "field-error-group" : ""}">
      <fieldset data-path="offer.kind" aria-describedby=${kindError ? "kind-hint kind-error" : "kind-hint"}>
        <legend class="question-legend">What is offered?</legend>
        <p class="hint" id="kind-hint">The code counts relief from debt, loan concessions and services below cost as gifts ${cites(benefitsCite)}.</p>
        ${inlineError(kindError, "kind-error")}
        ${KINDS.map(([k, label]) => radio("kind", "offer.kind", k, label, o.kind, (v) => (o.kind = v), KIND_HINTS[k]))}
      </fieldset>
    </div>
    <div class="field">
      <fieldset data-path="offer.recipient">
        <legend>Who is it offered to?</legend>
        ${RECIPIENTS.map(([r, label]) => radio("recipient", "offer.recipient", r, label, o.recipient, (v) => (o.recipient = v)))}
      </fieldset>
    </div>
    <div class="field ${giverError ? "field-error-group" : ""}">
      <label for="giver">Who offered it?</label>
      <p class="hint" id="giver-hint">A person or an organisation. Your log uses this to find earlier offers from the same source.</p>
      ${inlineError(giverError, "giver-error")}
      <input
        type="text"
        id="giver"
        class="wide"
        autocomplete="off"
        data-path="offer.giver"
        aria-describedby=${giverError ? "giver-hint giver-error" : "giver-hint"}
        aria-invalid=${giverError ? "true" : "false"}
        .value=${o.giver}
        @input=${(e: Event) => {
          o.giver = (e.target as HTMLInputElement).value;
          onInput();
        }}
      />
    </div>
    <div class="field">
      <label for="description">What is it? (optional)</label>
      <p class="hint" id="description-hint">For example, a box of chocolates, or dinner after the conference</p>
      <input
        type="text"
        id="description"
        class="wide"
        autocomplete="off"
        data-path="offer.description"
        aria-describedby="description-hint"
        .value=${o.description}
        @input=${(e: Event) => {
          o.description = (e.target as HTMLInputElement).value;
          onInput();
        }}
      />
    </div>
    ${dateInput({
      id: "offer-date",
      legend: "When was it offered?",
      hint: "For example, 27 11 2026",
      value: o.date,
      path: "offer.date",
      error: dateErrorAt(errors, "offer.date"),
      confirmed: date.iso ? longDate(date.iso) : null,
      onInput,
    })}
    <div class="field ${valueError ? "field-error-group" : ""}">
      <label for="value">What is it worth, in pounds? (optional)</label>
      <p class="hint" id="value-hint">An estimate will do. Leave it empty if you do not know; you will be asked if the answer depends on it.</p>
      ${inlineError(valueError, "value-error")}
      <div class="money">
        <span class="prefix" aria-hidden="true">£</span
        ><input
          type="text"
          id="value"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          data-path="offer.value"
          aria-describedby=${valueError ? "value-hint value-error" : "value-hint"}
          aria-invalid=${valueError ? "true" : "false"}
          .value=${o.value}
          @input=${(e: Event) => {
            o.value = (e.target as HTMLInputElement).value;
            onInput();
          }}
        />
      </div>
    </div>
    <button type="submit">Continue</button>
  </form>`;
}
