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
