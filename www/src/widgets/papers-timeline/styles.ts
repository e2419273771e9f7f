// The papers timeline's own styles: the run-up picture, the timeline list, the year form.
import { css } from "lit";

export const timelineStyles = css`
  .weekday {
    font-weight: 700;
  }
  .w4 {
    width: 5em;
  }
  .rule-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .months {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.5em, 1fr));
    gap: 0 1em;
  }
  ol.dates {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
  }
  ol.dates > li {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 1em;
    border-bottom: 1px solid var(--quorate-border, #b1b4b6);
    margin-bottom: 0.75em;
  }
  ol.dates .date-field {
    margin-bottom: 0.5em;
  }
  ol.dates button.link {
    margin-bottom: 1em;
  }
  svg.overview {
    display: block;
    width: 100%;
    height: 5.5em;
    margin: 0.5em 0 0.25em;
    overflow: visible;
  }
  svg.overview .axis {
    stroke: var(--quorate-text, #0b0c0c);
    stroke-width: 2;
  }
  svg.overview .skip {
    fill: #d7d7d7;
  }
  svg.overview .dot {
    fill: var(--quorate-background, #fff);
    stroke: var(--quorate-timeline-dot, var(--quorate-accent, #1d70b8));
    stroke-width: 3;
  }
  svg.overview .dot.meeting {
    fill: var(--quorate-text, #0b0c0c);
    stroke: var(--quorate-text, #0b0c0c);
  }
  svg.overview text {
    fill: var(--quorate-text, #0b0c0c);
    font-size: 0.875em;
  }
  .key {
    font-size: 0.875em;
    margin: 0.5em 0 0;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    vertical-align: -0.1em;
    margin-inline-end: 0.3em;
    border: 1px solid #505a5f;
  }
  .swatch.skip {
    background: #d7d7d7;
  }
  .swatch.deadline {
    border: 3px solid var(--quorate-timeline-dot, var(--quorate-accent, #1d70b8));
    border-radius: 50%;
  }
  .swatch.meeting {
    background: var(--quorate-text, #0b0c0c);
    border-radius: 50%;
  }
  ol.timeline {
    list-style: none;
    padding: 0;
    margin: 1em 0 1.25em 0.75em;
  }
  ol.timeline > li {
    position: relative;
    padding: 0 0 1.25em 1.75em;
    border-left: 0.25em solid var(--quorate-timeline-line, var(--quorate-border, #b1b4b6));
  }
  ol.timeline > li:last-child {
    border-left-color: transparent;
    padding-bottom: 0;
  }
  ol.timeline > li::before {
    content: "";
    position: absolute;
    left: -0.75em;
    top: 0.15em;
    width: 1.25em;
    height: 1.25em;
    border-radius: 50%;
    background: var(--quorate-background, #fff);
    border: 0.25em solid var(--quorate-timeline-dot, var(--quorate-accent, #1d70b8));
  }
  ol.timeline > li.moved::before {
    border-color: var(--quorate-warn, #f47738);
  }
  ol.timeline > li.after {
    border-left-style: dashed;
  }
  ol.timeline > li.late::before {
    border-color: var(--quorate-bad, #d4351c);
  }
  ol.timeline > li.meeting::before {
    background: var(--quorate-text, #0b0c0c);
    border-color: var(--quorate-text, #0b0c0c);
  }
  .when {
    font-weight: 700;
    font-size: 1.125em;
    margin: 0 0 0.15em;
  }
  .what {
    margin: 0 0 0.25em;
  }
  .rule,
  .skipped,
  .moved,
  .approx,
  .exception {
    margin: 0 0 0.25em;
  }
  .label {
    font-weight: 700;
  }
  .deadline-cell .tag {
    margin-inline-start: 0.25em;
  }
  .request {
    margin: 1em 0;
    padding: 0.75em 1em;
    border-left: 0.3em solid var(--quorate-border, #b1b4b6);
  }
  dl.request-dates {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0.5em 0;
  }
  dl.request-dates dt {
    font-weight: 700;
  }
  dl.request-dates dd {
    margin: 0;
  }
  details.call-details > summary {
    margin-bottom: 0.5em;
  }
  fieldset.call .date-field {
    margin-bottom: 0.5em;
  }
  fieldset.call .field > label.choice {
    display: flex;
    margin-bottom: 0;
  }
  fieldset.call .check-hint {
    margin: 0 0 0 2em;
  }
  fieldset.call .conditional {
    border-left: 0.25em solid var(--quorate-border, #b1b4b6);
    margin: 0.25em 0 0.75em 0.8em;
    padding: 0.25em 0 0.25em 1.1em;
  }
  .cadence > li {
    margin-bottom: 0.5em;
  }
  .result-title:focus {
    outline: none;
  }
  .result-title:focus-visible {
    outline: 3px solid var(--quorate-focus, #fd0);
  }
  @media (forced-colors: active) {
    ol.timeline > li {
      border-left-color: CanvasText;
    }
    ol.timeline > li::before {
      border-color: CanvasText;
    }
  }
`;
