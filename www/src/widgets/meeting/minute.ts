// The draft minute, as `draftMinute` writes it: shown as a structure, copied as plain
// text, downloaded as .txt and as a print-ready .html (a standalone document built with
// DOM APIs, so user text is only ever text; no script in it), and printed.
import { html, nothing, type TemplateResult } from "lit";
import type { MinuteReport, SederuntEntry } from "quorate";
import { dateErrorAt, dateInput } from "../../base/date-input.js";
import type { FieldError } from "../../base/errors.js";
import type { MeetingDetails } from "./state.js";
import { citations, heading, reasons } from "../../base/render.js";

const SEDERUNT: readonly [keyof MinuteReport["sederunt"], string][] = [
  ["present", "Present"],
  ["substitutes", "Substitutes"],
  ["inAttendance", "In attendance"],
  ["apologies", "Apologies"],
  ["absent", "Absent"],
];

/** Something the secretary must still enter before the minute can be drafted. */
export interface Missing {
  path: string;
  message: string;
}

/** The date (three fields), time and place of the meeting, for the minute's heading. */
export function detailsFields(d: MeetingDetails, errors: readonly FieldError[], onChange: () => void): TemplateResult {
  const text = (key: "time" | "place", label: string, cls: string) => html`<div class="field compact">
    <label for=${`meeting-${key}`}>${label}</label>
    <input
      type="text"
      id=${`meeting-${key}`}
      class=${cls}
      autocomplete="off"
      .value=${d[key]}
      @input=${(e: Event) => {
        d[key] = (e.target as HTMLInputElement).value;
        onChange();
      }}
    />
  </div>`;
  return html`${dateInput({
      id: "meeting",
      legend: "Date of the meeting",
      hint: "For example, 3 12 2026. Left blank, the minute leaves a space for it.",
      value: d,
      path: "meeting.date",
      error: dateErrorAt(errors, "meeting.date"),
      onInput: onChange,
    })}
    <div class="details-row">${text("time", "Time (as the minute should read it)", "w8")} ${text("place", "Place", "w16")}</div>`;
}

export function minuteSection(opts: {
  report: MinuteReport | null;
  missing: readonly Missing[];
  level: number;
  copied: string;
  onPick: (path: string) => void;
  onCopy: () => void;
  onText: () => void;
  onHtml: () => void;
  onPrint: () => void;
}): TemplateResult {
  const { report: m, missing, level, copied, onPick, onCopy, onText, onHtml, onPrint } = opts;
  if (!m && !missing.length) return html`<p class="hint">The minute is drafted once the problems listed at the top are put right.</p>`;
  if (!m) {
    return html`<div class="result warn">
      <p>To draft the minute:</p>
      <ul>
        ${missing.map((x) => html`<li><button type="button" class="link" @click=${() => onPick(x.path)}>${x.message}</button></li>`)}
      </ul>
    </div>`;
  }
  const entries = (list: readonly SederuntEntry[]) => html`<ul>
    ${list.map((e) => html`<li>${e.line}</li>`)}
  </ul>`;
  return html`<div class="actions no-print minute-actions">
      <button type="button" @click=${onCopy}>Copy the minute</button>
      <button type="button" class="secondary" @click=${onText}>Download the minute (.txt)</button>
      <button type="button" class="secondary" @click=${onHtml}>Download the minute (.html)</button>
      <button type="button" class="secondary" @click=${onPrint}>Print the minute</button>
    </div>
    ${copied ? html`<p class="copied no-print" role="status">${copied}</p>` : nothing}
    <article class="minute" part="minute">
      <p class="hint">${m.draft}</p>
      <p class="minute-heading"><strong>${m.heading}</strong></p>
      ${SEDERUNT.filter(([k]) => m.sederunt[k].length).map(
        ([k, label]) => html`${heading(level, 2, label, { className: "minute-sub" })} ${entries(m.sederunt[k])}`,
      )}
      ${heading(level, 2, "Quorum", { className: "minute-sub" })}
      <p>${m.quorum.text}</p>
      ${heading(level, 2, "Chair", { className: "minute-sub" })}
      <p>${m.chair.text}</p>
      ${m.declarations.length
        ? html`${heading(level, 2, "Declarations of Interest and Transparency Statements", { className: "minute-sub" })}
            <ul>
              ${m.declarations.map((d) => html`<li>${d.text}</li>`)}
            </ul>`
        : nothing}
      ${m.items.map(
        (item) => html`${heading(level, 2, item.heading, { className: "minute-sub" })}
          ${item.paragraphs.map((p) => html`<p>${p.text}</p>`)}`,
      )}
      ${reasons("For the clerk to check", m.warnings, "warnings no-print")} ${citations(m.citations)}
    </article>
    <details class="no-print plain">
      <summary>The minute as plain text</summary>
      <pre class="minute-text">${m.text}</pre>
    </details>`;
}

/** Copy the minute's text; where the clipboard is not available, select it for the user to copy. */
export async function copyMinute(text: string, root: ShadowRoot | HTMLElement): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return "The minute has been copied. Paste it into your document.";
  } catch {
    const details = root.querySelector<HTMLDetailsElement>("details.plain");
    const pre = root.querySelector<HTMLElement>(".minute-text");
    if (details) details.open = true;
    if (pre) window.getSelection()?.selectAllChildren(pre);
    return "The minute could not be copied automatically: its text is selected below. Press Ctrl+C (or ⌘C) to copy it.";
  }
}

const PRINT_CSS = `body{font-family:Arial,Helvetica,sans-serif;line-height:1.4;max-width:42em;margin:2em auto;padding:0 1em;color:#0b0c0c}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.4em}cite{font-style:normal;color:#505a5f}
.draft{border-left:5px solid #b1b4b6;padding-left:.75em;color:#505a5f}.citations{font-size:.9em;color:#505a5f}
@media print{body{margin:0;max-width:none}.draft{color:#000}}`;

/**
 * The minute as a standalone, print-ready HTML document. Its body is built with DOM APIs
 * (every string set as text, so serialising escapes it); only the fixed stylesheet is
 * written as text, since a <style> element made in this page would meet its CSP.
 */
export function minuteHtml(m: MinuteReport): string {
  const doc = document.implementation.createHTMLDocument(m.heading);
  const title = doc.querySelector("title")?.outerHTML ?? "";
  const body = doc.body;
  const add = (tag: string, text: string, className?: string) => {
    const el = doc.createElement(tag);
    el.textContent = text;
    if (className) el.className = className;
    body.append(el);
    return el;
  };
  const list = (lines: readonly string[]) => {
    const ul = doc.createElement("ul");
    for (const line of lines) {
      const li = doc.createElement("li");
      li.textContent = line;
      ul.append(li);
    }
    body.append(ul);
  };
  // The engine's sentences carry their clauses in the text: "… (clackmannanshire-2019 B2.1)."
  add("p", m.draft, "draft");
  add("h1", m.heading);
  for (const [k, label] of SEDERUNT) {
    if (!m.sederunt[k].length) continue;
    add("h2", label);
    list(m.sederunt[k].map((e) => e.line));
  }
  add("h2", "Quorum");
  add("p", m.quorum.text);
  add("h2", "Chair");
  add("p", m.chair.text);
  if (m.declarations.length) {
    add("h2", "Declarations of Interest and Transparency Statements");
    list(m.declarations.map((d) => d.text));
  }
  for (const item of m.items) {
    add("h2", item.heading);
    for (const p of item.paragraphs) add("p", p.text);
  }
  add("p", `Clauses used: ${m.citations.join("; ")}`, "citations");
  return `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n${title}\n<style>\n${PRINT_CSS}\n</style>\n</head>\n${body.outerHTML}\n</html>\n`;
}
