// <quorate-quorum-check preset="clackmannanshire-2019">: record who is at a meeting and
// see, as you go, whether it is quorate, who counts and why, with the clauses.
//
// Attributes: `preset` (a preset id). Property: `constitution` (your own constitution
// object, instead of a preset). Event: `quorate-result` (bubbles, composed) with the
// report as `detail`. Styling: CSS custom properties `--quorate-accent`,
// `--quorate-ok`, `--quorate-bad`, `--quorate-font`; parts `panel`, `roster`, `result`.
import { engine } from "./engine.js";
import { h, cites, stylesheet } from "./dom.js";
import { loadDraft, saveDraft, downloadJson } from "./draft.js";

const STATUSES = [
  ["present", "Present"],
  ["apologies", "Apologies"],
  ["reasonableExcuse", "Reasonable excuse"],
  ["absent", "Absent"],
];
const CLASS_LABEL = { core: "Core member", other: "Other member", nonVoting: "Non-voting" };

let instances = 0;

export class QuorumCheck extends HTMLElement {
  static observedAttributes = ["preset"];

  #root;
  #api;
  #constitution;
  #custom = null;
  #attendance = { members: [], substitutes: [] };
  #uid = `qqc${++instances}`;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
  }

  /** Your own constitution object, instead of the `preset` attribute. */
  get constitution() {
    return this.#constitution;
  }
  set constitution(value) {
    this.#custom = value;
    if (this.isConnected) this.#load();
  }

  async connectedCallback() {
    this.#api ??= await engine();
    this.#load();
  }

  attributeChangedCallback() {
    if (this.#api) this.#load();
  }

  get #draftKey() {
    return `quorate:quorum-check:${this.#constitution.id}`;
  }

  #load() {
    try {
      this.#constitution = this.#custom ?? this.#api.preset(this.getAttribute("preset") ?? "clackmannanshire-2019");
    } catch (e) {
      this.#root.replaceChildren(stylesheet("quorate.css"), h("p", { role: "alert", class: "error" }, e.message));
      return;
    }
    const seats = this.#constitution.membership;
    const draft = loadDraft(this.#draftKey);
    const known = new Set(seats.map((s) => s.id));
    const fromDraft = new Map((draft?.members ?? []).filter((m) => known.has(m.seat)).map((m) => [m.seat, m.status]));
    this.#attendance = {
      members: seats.map((s) => ({ seat: s.id, status: fromDraft.get(s.id) ?? "absent" })),
      substitutes: (draft?.substitutes ?? []).filter((s) => known.has(s.forSeat)),
    };
    this.#render();
  }

  #render() {
    const c = this.#constitution;
    const rows = c.membership.map((seat) => this.#row(seat));
    this.#root.replaceChildren(
      stylesheet("quorate.css"),
      h(
        "section",
        { part: "panel", "aria-labelledby": `${this.#uid}-title` },
        h("h2", { id: `${this.#uid}-title` }, `Quorum check: ${c.name}`),
        h("p", { class: "hint" }, "Record who is at the meeting. The answer below updates as you go."),
        h("div", { class: "error-summary", role: "alert", hidden: true, tabindex: "-1" }),
        h(
          "table",
          { part: "roster" },
          h("caption", {}, "Attendance"),
          h(
            "thead",
            {},
            h("tr", {}, ...["Seat", "Class", "Attendance", "Substitute attending", "Chair told in advance"].map((t) => h("th", { scope: "col" }, t))),
          ),
          h("tbody", {}, rows),
        ),
        h("div", { class: "result", part: "result", "aria-live": "polite", "aria-atomic": "true" }),
        h(
          "div",
          { class: "actions" },
          h("button", { type: "button", onclick: () => this.#export() }, "Export attendance (JSON)"),
          h("label", { class: "file" }, "Import attendance (JSON)", h("input", { type: "file", accept: "application/json,.json", onchange: (e) => this.#import(e) })),
          h("button", { type: "button", onclick: () => this.#reset() }, "Clear"),
        ),
      ),
    );
    this.#update();
  }

  #row(seat) {
    const id = `${this.#uid}-${seat.id}`;
    const member = this.#attendance.members.find((m) => m.seat === seat.id);
    const sub = this.#attendance.substitutes.find((s) => s.forSeat === seat.id);
    const status = h(
      "select",
      { id: `${id}-status`, "aria-labelledby": `${id}-name`, onchange: (e) => this.#setStatus(seat.id, e.target.value) },
      STATUSES.map(([v, label]) => h("option", { value: v, selected: member?.status === v }, label)),
    );
    const subName = h("input", {
      type: "text",
      id: `${id}-sub`,
      autocomplete: "off",
      value: sub?.name ?? "",
      "aria-label": `Substitute for ${seat.name}`,
      oninput: (e) => this.#setSubstitute(seat.id, { name: e.target.value }),
    });
    const notified = h("input", {
      type: "checkbox",
      id: `${id}-notified`,
      checked: sub?.notifiedInAdvance ?? true,
      "aria-label": `Chair told in advance of the substitute for ${seat.name}`,
      onchange: (e) => this.#setSubstitute(seat.id, { notifiedInAdvance: e.target.checked }),
    });
    const role = seat.role === "chair" ? " (Chair)" : seat.role === "viceChair" ? " (Vice Chair)" : "";
    return h(
      "tr",
      {},
      h("th", { scope: "row", id: `${id}-name` }, seat.name + role, h("span", { class: "org" }, seat.organisation)),
      h("td", {}, CLASS_LABEL[seat.class] ?? seat.class),
      h("td", {}, status),
      h("td", {}, subName),
      h("td", {}, notified),
    );
  }

  #setStatus(seat, status) {
    const m = this.#attendance.members.find((x) => x.seat === seat);
    if (m) m.status = status;
    this.#changed();
  }

  #setSubstitute(seat, change) {
    const list = this.#attendance.substitutes;
    let sub = list.find((s) => s.forSeat === seat);
    if (!sub) {
      sub = { name: "", forSeat: seat, notifiedInAdvance: true };
      list.push(sub);
    }
    Object.assign(sub, change);
    this.#changed();
  }

  #changed() {
    saveDraft(this.#draftKey, this.#attendance);
    this.#update();
  }

  /** The attendance as the engine takes it: substitutes without a name are not there. */
  #input() {
    return {
      constitution: this.#custom ?? this.#constitution.id,
      attendance: {
        members: this.#attendance.members,
        substitutes: this.#attendance.substitutes.filter((s) => s.name.trim() !== ""),
      },
    };
  }

  #update() {
    const result = this.#root.querySelector(".result");
    const summary = this.#root.querySelector(".error-summary");
    let report;
    try {
      report = this.#api.checkQuorum(this.#input());
    } catch (e) {
      this.#showErrors([e]);
      return;
    }
    summary.hidden = true;
    const verdict = { quorate: "Quorate", inquorate: "Not quorate", noQuorumRule: "No quorum rule" }[report.status];
    const parts = [
      h("p", { class: `verdict ${report.status}` }, verdict),
      h("p", { class: "summary" }, report.summary),
      report.warnings.length ? h("ul", { class: "warnings", "aria-label": "Warnings" }, report.warnings.map((w) => h("li", {}, w.text, " ", cites(w.cite)))) : null,
      report.notes.length ? h("ul", { class: "notes", "aria-label": "Notes" }, report.notes.map((n) => h("li", {}, n.text, " ", cites(n.cite)))) : null,
      h(
        "details",
        {},
        h("summary", {}, "Who counts, and why"),
        h("ul", { class: "people" }, report.people.filter((p) => p.present).map((p) => h("li", { class: p.counts ? "counts" : "not-counted" }, p.reason.text, " ", cites(p.reason.cite)))),
      ),
      h("p", { class: "citations" }, "Clauses used: ", report.citations.join("; ") || "none"),
    ];
    result.replaceChildren(...parts.filter(Boolean));
    this.dispatchEvent(new CustomEvent("quorate-result", { detail: report, bubbles: true, composed: true }));
  }

  #showErrors(errors) {
    const summary = this.#root.querySelector(".error-summary");
    summary.replaceChildren(
      h("h3", {}, "There is a problem"),
      h("ul", {}, errors.map((e) => h("li", {}, e.path ? `${e.message}` : e.message))),
    );
    summary.hidden = false;
    summary.focus();
  }

  #export() {
    downloadJson(`attendance-${this.#constitution.id}.json`, this.#input().attendance);
  }

  async #import(event) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    let attendance;
    try {
      attendance = JSON.parse(await file.text());
      this.#api.checkQuorum({ constitution: this.#custom ?? this.#constitution.id, attendance });
    } catch (e) {
      this.#showErrors([{ message: `${file.name} could not be imported: ${e.message}` }]);
      return;
    }
    saveDraft(this.#draftKey, attendance);
    this.#load();
  }

  #reset() {
    saveDraft(this.#draftKey, { members: [], substitutes: [] });
    this.#load();
  }
}
