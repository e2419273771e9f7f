// The styles every widget shares, as adopted stylesheets (no inline style, so a page's
// `style-src 'self'` needs no 'unsafe-inline'). Sizes are in em, so a host's
// `html { font-size: 62.5% }` does not shrink the widget; the font is the host's.
//
// Theme through custom properties (each with a fallback):
//   --quorate-font, --quorate-text, --quorate-muted, --quorate-background,
//   --quorate-accent, --quorate-ok, --quorate-bad, --quorate-warn, --quorate-border,
//   --quorate-focus, --quorate-panel
// and the parts named in each widget's documentation.
import { css } from "lit";

export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--quorate-font, inherit);
    font-size: 1em;
    color: var(--quorate-text, #0b0c0c);
    line-height: 1.5;
    text-align: start;
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .panel {
    /* Never smaller than 14px, whatever the host page does to its own text. */
    font-size: max(1em, 14px);
    /* Inherited properties a host may set on every element ('* { … }'): reset here. */
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    font-style: normal;
    color: var(--quorate-text, #0b0c0c);
    background: var(--quorate-background, #fff);
    border: 1px solid var(--quorate-border, #b1b4b6);
    padding: 1em 1.25em 1.25em;
    overflow-wrap: anywhere;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin: 1.25em 0 0.5em;
  }
  .title {
    font-size: 1.5em;
    margin-top: 0;
  }
  p {
    margin: 0 0 0.75em;
  }
  .hint {
    color: var(--quorate-muted, #505a5f);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 1em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }
  th,
  td {
    text-align: start;
    padding: 0.4em 0.5em 0.4em 0;
    border-bottom: 1px solid var(--quorate-border, #b1b4b6);
    vertical-align: top;
  }
  th[scope="row"] {
    font-weight: 600;
  }
  .sub {
    display: block;
    font-weight: 400;
    font-size: 0.875em;
    color: var(--quorate-muted, #505a5f);
  }
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    border: 0;
    margin: 0 0 1em;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25em;
  }
  .field {
    margin: 0 0 1em;
  }
  .field > label {
    display: block;
    margin-bottom: 0.25em;
  }
  input[type="text"],
  input[type="date"],
  input[type="number"],
  input:not([type]),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: #fff;
    border: 2px solid var(--quorate-text, #0b0c0c);
    border-radius: 0;
    min-height: 2.5em;
    padding: 0.25em 0.4em;
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 5em;
  }
  input.wide {
    width: 100%;
  }
  .field-error-group {
    border-left: 5px solid var(--quorate-bad, #d4351c);
    padding-left: 0.75em;
  }
  .field-error {
    color: var(--quorate-bad, #d4351c);
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  [aria-invalid="true"] {
    border-color: var(--quorate-bad, #d4351c);
  }
  /* The GOV.UK date input (base/date-input.ts): day, month and year side by side. */
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .date-part label {
    display: block;
    font-weight: 400;
  }
  input.date-day {
    width: 3.5em;
  }
  input.date-month {
    width: 7em;
  }
  input.date-year {
    width: 5em;
  }
  .weekday {
    min-height: 1.5em;
    margin: 0.5em 0 0;
  }
  input[type="checkbox"],
  input[type="radio"] {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--quorate-text, #0b0c0c);
    flex: none;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.5em;
    font-weight: 400;
  }
  .choices-inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  button,
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 2.5em;
    min-width: 1.5em;
    padding: 0.35em 0.85em;
    border: 2px solid transparent;
    border-radius: 0;
    background: var(--quorate-ok, #00703c);
    color: #fff;
    box-shadow: 0 2px 0 #002d18;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    text-decoration: none;
  }
  button.secondary,
  .button.secondary {
    background: #f3f2f1;
    color: var(--quorate-text, #0b0c0c);
    box-shadow: 0 2px 0 #929191;
  }
  button.warning {
    background: var(--quorate-bad, #d4351c);
    box-shadow: 0 2px 0 #55150b;
  }
  button.link {
    background: none;
    box-shadow: none;
    color: var(--quorate-accent, #1d70b8);
    text-decoration: underline;
    padding: 0.1em 0;
    min-height: 1.5em;
    font-weight: 400;
    border: 0;
    text-align: start;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .file {
    position: relative;
  }
  .file input[type="file"] {
    position: absolute;
    inset: 0;
    opacity: 0;
    width: 100%;
    cursor: pointer;
  }
  .file:focus-within {
    outline: 3px solid var(--quorate-focus, #fd0);
    outline-offset: 0;
    box-shadow: 0 4px 0 #0b0c0c;
  }
  :focus-visible {
    outline: 3px solid var(--quorate-focus, #fd0);
    outline-offset: 0;
    box-shadow: 0 0 0 2px #0b0c0c inset, 0 4px 0 #0b0c0c;
  }
  button.link:focus-visible {
    background: var(--quorate-focus, #fd0);
    color: #0b0c0c;
    box-shadow: 0 4px 0 #0b0c0c;
    text-decoration: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: center;
    margin: 1em 0 0;
  }
  .result {
    border-left: 6px solid var(--quorate-border, #b1b4b6);
    padding: 0.25em 0 0.25em 1em;
    margin: 1em 0;
  }
  .result.ok {
    border-left-color: var(--quorate-ok, #00703c);
  }
  .result.bad {
    border-left-color: var(--quorate-bad, #d4351c);
  }
  .result.warn {
    border-left-color: var(--quorate-warn, #f47738);
  }
  .verdict {
    display: inline-block;
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .verdict.ok {
    color: var(--quorate-ok, #00703c);
  }
  .verdict.bad {
    color: var(--quorate-bad, #d4351c);
  }
  .verdict.warn {
    color: #6f3700;
  }
  .verdict.neutral {
    color: var(--quorate-muted, #505a5f);
  }
  .tag {
    display: inline-block;
    padding: 0.1em 0.4em;
    font-size: 0.875em;
    font-weight: 700;
    background: #f3f2f1;
    color: #383f43;
  }
  .tag.ok {
    background: #cce2d8;
    color: #005a30;
  }
  .tag.bad {
    background: #f4cdc6;
    color: #2a0b06;
  }
  .tag.warn {
    background: #fcd6c3;
    color: #6e3619;
  }
  .tag.info {
    background: #bbd4ea;
    color: #0c2d4a;
  }
  .list-label {
    font-weight: 700;
    margin: 0.75em 0 0.25em;
  }
  ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .warnings li {
    color: #6f3700;
  }
  .muted {
    color: var(--quorate-muted, #505a5f);
  }
  cite {
    font-style: normal;
    font-size: 0.875em;
    color: var(--quorate-muted, #505a5f);
  }
  .citations {
    font-size: 0.875em;
    color: var(--quorate-muted, #505a5f);
  }
  .error-summary {
    border: 5px solid var(--quorate-bad, #d4351c);
    padding: 0.75em 1em;
    margin: 0 0 1.25em;
  }
  .error-summary .error-summary-title {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  .error-summary ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .error-summary li,
  .error-summary button.link {
    color: var(--quorate-bad, #d4351c);
    font-weight: 700;
  }
  .alert {
    border: 5px solid var(--quorate-bad, #d4351c);
    padding: 0.75em 1em;
  }
  .banner {
    border: 5px solid var(--quorate-accent, #1d70b8);
    margin: 0 0 1.25em;
    padding: 0;
  }
  .banner .banner-title {
    background: var(--quorate-accent, #1d70b8);
    color: #fff;
    margin: 0;
    padding: 0.15em 0.75em 0.25em;
    font-size: 1em;
  }
  .banner p,
  .banner button {
    margin: 0.5em 0.75em;
  }
  details {
    margin: 0 0 1em;
  }
  summary {
    color: var(--quorate-accent, #1d70b8);
    text-decoration: underline;
    cursor: pointer;
    min-height: 1.5em;
  }
  summary:focus-visible {
    background: var(--quorate-focus, #fd0);
    color: #0b0c0c;
    text-decoration: none;
  }
  dl.summary-list {
    margin: 0 0 1em;
  }
  .summary-list > div {
    display: grid;
    grid-template-columns: minmax(8em, 30%) 1fr auto;
    gap: 0.25em 1em;
    border-bottom: 1px solid var(--quorate-border, #b1b4b6);
    padding: 0.5em 0;
  }
  .summary-list dt {
    font-weight: 700;
  }
  .summary-list dd {
    margin: 0;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
    /* Contains the absolutely placed visually-hidden text of a wide table, which would
       otherwise widen the page past a narrow screen. */
    position: relative;
  }
  .scroll:focus-visible {
    outline-offset: 2px;
  }
  /* A GOV.UK task list: each task a button, its name as a link, a hint, a status tag. */
  .task-list {
    list-style: none;
    padding: 0;
    margin: 0 0 1.5em;
    border-top: 1px solid var(--quorate-border, #b1b4b6);
  }
  .task-list li {
    border-bottom: 1px solid var(--quorate-border, #b1b4b6);
  }
  button.task {
    width: 100%;
    background: none;
    box-shadow: none;
    color: var(--quorate-text, #0b0c0c);
    justify-content: space-between;
    flex-wrap: wrap;
    text-align: start;
    font-weight: 400;
    padding: 0.6em 0.25em;
  }
  button.task:hover {
    background: #f3f2f1;
  }
  button.task .task-name {
    color: var(--quorate-accent, #1d70b8);
    text-decoration: underline;
  }
  button.task:focus-visible .task-name {
    color: #0b0c0c;
    text-decoration: none;
  }
  .task-hint {
    display: block;
    color: var(--quorate-muted, #505a5f);
    font-size: 0.875em;
  }
  /* A GOV.UK summary card: a title bar with its actions, then a summary list or a form. */
  .card {
    border: 1px solid var(--quorate-border, #b1b4b6);
    margin: 0 0 1.25em;
  }
  .card.has-error {
    border-left: 5px solid var(--quorate-bad, #d4351c);
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.25em 1em;
    background: #f3f2f1;
    padding: 0.5em 1em;
  }
  .card-head .card-title {
    margin: 0;
    font-size: 1.1em;
  }
  .card-actions {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    margin: 0;
    padding: 0;
  }
  .card .summary-list {
    padding: 0 1em;
    margin: 0;
  }
  .card .summary-list > div {
    grid-template-columns: minmax(8em, 30%) 1fr;
  }
  .card .summary-list > div:last-child {
    border-bottom: 0;
  }
  .card-body {
    padding: 0.75em 1em 1em;
  }
  @media (max-width: 40em) {
    .card .summary-list > div {
      grid-template-columns: 1fr;
    }
    .card-head,
    .card-body,
    .card .summary-list {
      padding-left: 0.6em;
      padding-right: 0.6em;
    }
    .panel {
      padding: 0.75em;
    }
    .stack thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .stack tr,
    .stack td,
    .stack th[scope="row"] {
      display: block;
      border: 0;
      padding-right: 0;
    }
    .stack td[data-label]::before {
      content: attr(data-label);
      display: block;
      font-weight: 700;
      font-size: 0.875em;
    }
    .stack tr {
      border-bottom: 1px solid var(--quorate-border, #b1b4b6);
      padding: 0.5em 0;
    }
    .summary-list > div {
      grid-template-columns: 1fr;
    }
  }
  @media print {
    .panel {
      border: 0;
      padding: 0;
    }
    .actions,
    .no-print,
    .error-summary button.link,
    input[type="file"] {
      display: none !important;
    }
    details > *:not(summary) {
      display: block;
    }
    a,
    button.link {
      color: #000;
    }
  }
  @media (forced-colors: active) {
    .verdict,
    .tag {
      forced-color-adjust: auto;
      border: 1px solid CanvasText;
    }
  }
`;
