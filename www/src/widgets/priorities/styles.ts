// The priority scorer's own CSS (sizes in em; colours with 4.5:1 text and 3:1 marks;
// no inline styles anywhere, so the strict CSP holds).
import { css } from "lit";

export const priorityStyles = css`
  .inline-form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .inline-form input {
    flex: 1 1 12em;
  }
  input.short {
    width: 6em;
  }
  .task-list,
  .candidate-list,
  .gate-list,
  .heat-legend {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
  }
  .task-list > li,
  .candidate-list > li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em 1em;
    border-bottom: 1px solid var(--quorate-border, #b1b4b6);
    padding: 0.5em 0;
  }
  .task-name {
    display: flex;
    flex-direction: column;
  }
  .candidate-list input {
    flex: 1 1 12em;
  }
  .criterion {
    border-top: 1px solid var(--quorate-border, #b1b4b6);
    padding-top: 0.5em;
  }
  .criterion .hint {
    margin-bottom: 0.25em;
  }
  .gate-list > li {
    margin-bottom: 0.75em;
  }
  .gate-list ul {
    list-style: none;
    padding-left: 0;
  }
  .gate-list ul li {
    margin: 0.25em 0;
  }
  table.heat-map td {
    text-align: center;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    border: 1px solid #fff;
  }
  .heat-0 {
    background: #f3f2f1;
    color: #0b0c0c;
  }
  .heat-1 {
    background: #fde0c5;
    color: #0b0c0c;
  }
  .heat-2 {
    background: #f9a870;
    color: #0b0c0c;
  }
  .heat-3 {
    background: #c2410c;
    color: #fff;
  }
  .heat-4 {
    background: #6b1a0e;
    color: #fff;
  }
  .heat-none {
    background: #fff;
    color: #505a5f;
  }
  .heat-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
  }
  .heat-legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 1.5em;
    border: 1px solid #0b0c0c;
  }
  .sens-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: 0.75em 1.25em;
    margin: 0 0 1em;
  }
  figure.sens {
    margin: 0;
    break-inside: avoid;
  }
  figure.sens figcaption {
    margin-bottom: 0.25em;
  }
  .sens-chart {
    display: block;
    width: 100%;
    max-width: 18em;
    height: auto;
    overflow: visible;
  }
  .sens-chart:focus-visible {
    outline: 3px solid var(--quorate-focus, #fd0);
    outline-offset: 2px;
  }
  .sens-chart .range-band {
    fill: #f3f2f1;
    stroke: #505a5f;
    stroke-dasharray: 3 2;
    stroke-width: 1;
  }
  .sens-chart .track {
    stroke: #505a5f;
    stroke-width: 1;
  }
  .sens-chart .axis {
    stroke: #0b0c0c;
    stroke-width: 2;
  }
  .sens-chart .bar.outside {
    fill: #1d70b8;
  }
  .sens-chart .bar.within {
    fill: #d4351c;
  }
  .sens-words {
    margin: 0.25em 0 0;
    font-variant-numeric: tabular-nums;
  }
  .imports .actions {
    margin-bottom: 1em;
  }
  .mode-switch {
    border-bottom: 1px solid var(--quorate-border, #b1b4b6);
    padding-bottom: 0.5em;
  }
  .ranking td.total {
    font-variant-numeric: tabular-nums;
  }
  .discuss li {
    margin-bottom: 0.4em;
  }
  code {
    overflow-wrap: anywhere;
  }
  /* The criteria-set editor: GOV.UK summary cards for the criteria. */
  .field > label.button {
    display: inline-flex;
    margin-bottom: 0.5em;
  }
  .starts {
    margin-bottom: 1em;
  }
  .criteria-editor .editor-title {
    font-size: 1.35em;
  }
  .criteria-editor .part-title {
    font-size: 1.15em;
  }
  input.medium {
    width: 20em;
  }
  fieldset.labels input {
    width: 11em;
  }
  .editor-part {
    margin: 0 0 1.5em;
  }
  .editor-part > legend {
    width: 100%;
  }
  .editor-part > legend > :is(h3, h4, h5, h6) {
    margin-top: 1em;
  }
  .inline-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  fieldset.labels {
    margin-top: 0.5em;
  }
  fieldset.labels .field {
    margin-bottom: 0.5em;
  }
  fieldset.labels label {
    font-weight: 400;
  }
  .group-list {
    list-style: none;
    padding: 0;
  }
  .group-list > li {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 1em;
  }
  .group-list > li > .field {
    flex: 1 1 16em;
  }
  .card {
    border: 1px solid var(--quorate-border, #b1b4b6);
    margin: 0 0 1em;
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
  .gate-fields {
    border-left: 4px solid var(--quorate-border, #b1b4b6);
    padding-left: 1em;
    margin: 0 0 1em 0.7em;
  }
  .choices .choice {
    align-items: flex-start;
    padding: 0.25em 0;
  }
  .off-scale {
    list-style: none;
    padding: 0;
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
  }
  @media (forced-colors: active) {
    .swatch,
    table.heat-map td {
      forced-color-adjust: none;
    }
    .sens-chart .bar {
      fill: CanvasText;
    }
    .sens-chart .range-band {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
  @media print {
    .heat-map td,
    .swatch {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .sens-grid {
      grid-template-columns: repeat(3, 1fr);
    }
  }
`;
