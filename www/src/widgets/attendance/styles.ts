// The attendance register's own styles: the register table, the seats editor, the result.
import { css } from "lit";

export const attendanceStyles = css`
  .add-row fieldset,
  .add-row .field {
    margin-bottom: 0;
  }
  .add-row + .actions {
    margin-top: 0.25em;
  }
  .register-label {
    margin: 1.5em 0 0.25em;
  }
  .register {
    margin: 0 0 1em;
  }
  .register table {
    width: auto;
    min-width: 100%;
  }
  .register th[scope="row"],
  .register thead th:first-child {
    min-width: 9em;
    max-width: 16em;
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--quorate-background, #fff);
    padding-inline-start: 0.1em;
  }
  .register th[scope="col"] {
    white-space: nowrap;
    vertical-align: bottom;
  }
  .register td {
    padding-right: 0.75em;
  }
  .register select {
    min-width: 9em;
  }
  .register .remove {
    display: block;
    font-weight: 400;
  }
  .register td {
    vertical-align: top;
  }
  .cell-holder.blank::before {
    content: "\\00a0";
  }
  .empty-cell,
  .swatch {
    display: inline-block;
    min-width: 8em;
    padding: 0.3em 0.5em;
    border: 1px dashed var(--quorate-muted, #505a5f);
    color: var(--quorate-muted, #505a5f);
    font-style: italic;
  }
  .vacant .empty-cell,
  .swatch.vacant {
    border-style: solid;
    background-image: repeating-linear-gradient(135deg, transparent 0 0.4em, rgba(80, 90, 95, 0.15) 0.4em 0.55em);
  }
  .swatch.absent {
    font-style: normal;
    border-style: solid;
    color: inherit;
  }
  .cell-holder,
  .register .holder-line {
    display: block;
    font-size: 0.85em;
  }
  .register tfoot th,
  .register tfoot td {
    border-top: 2px solid currentColor;
    vertical-align: top;
  }
  .sub-name {
    display: block;
    white-space: nowrap;
  }
  .legend dl {
    margin: 0 0 1em;
  }
  .legend dl > div {
    display: flex;
    gap: 0.75em;
    align-items: baseline;
    margin: 0 0 0.35em;
  }
  .legend dt {
    flex: 0 0 9em;
  }
  .legend dd {
    margin: 0;
  }
  .holder,
  .sub-meeting {
    margin: 0 0 1em;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--quorate-border, #b1b4b6);
  }
  .holder-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    align-items: flex-end;
  }
  .holder-row input[type="text"]:not([inputmode]) {
    min-width: 14em;
  }
  .members li,
  .cannot-tell li,
  .unattributed-list li {
    margin: 0 0 0.4em;
  }
  .seats-table input[type="text"] {
    width: 100%;
    min-width: 8em;
  }
  .add-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: flex-end;
  }
  .flag {
    margin: 0 0 0.5em;
  }
  .check {
    margin: 0 0 0.75em;
  }
  .check .tag {
    margin-inline-end: 0.5em;
  }
  @media print {
    .banner {
      display: none;
    }
    .result {
      border-left: 0;
      padding-left: 0;
    }
    .tag {
      border: 1px solid #000;
    }
  }
`;
