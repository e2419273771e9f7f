// The constitution editor's own styles (the base's are in base/styles.ts).
import { css } from "lit";

export const editorStyles = css`
  .fraction {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  input.number {
    width: 6em;
  }
  .cites-input {
    min-height: 3.5em;
  }
  /* A single checkbox keeps the choice layout (the base's ".field > label" is a block). */
  .field > label.choice {
    display: flex;
    margin-bottom: 0;
  }
  .check-hint {
    margin: 0 0 0 2em;
  }
  .inset {
    border-left: 0.6em solid var(--quorate-border, #b1b4b6);
    padding: 0.25em 0 0.25em 1em;
    margin: 0 0 1.25em;
  }
  .value-tree {
    margin: 0 0 1em;
  }
  .value-tree > div {
    grid-template-columns: minmax(8em, 25%) 1fr;
  }
  /* Nested values: one compact line each ("Min: 0"), indented, without rules. */
  .value-tree .value-tree {
    margin: 0;
  }
  .value-tree .value-tree > div {
    display: block;
    border: 0;
    padding: 0.1em 0;
  }
  .value-tree .value-tree dt {
    display: inline;
    font-weight: 600;
  }
  .value-tree .value-tree dt::after {
    content: ": ";
  }
  .value-tree .value-tree dd {
    display: inline;
  }
  .value-tree .value-tree dd > .value-tree,
  .value-tree .value-tree dd > .value-list {
    display: block;
    margin-left: 1.25em;
  }
  .value-list {
    margin: 0;
    padding-left: 1.25em;
  }
  .value-tree dd,
  .value-tree dt {
    overflow-wrap: anywhere;
  }
  .preview {
    border-top: 2px solid var(--quorate-text, #0b0c0c);
    margin-top: 2em;
    padding-top: 0.5em;
  }
  .start {
    margin-bottom: 1.5em;
  }
  .section-page .back {
    margin-bottom: 1em;
  }
  .task-status {
    white-space: nowrap;
  }
  .task.cannot {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    padding: 0.6em 0.25em;
  }
  /* A radio's conditional reveal (GOV.UK): indented under its option, with a rule on the left. */
  .conditional {
    border-left: 0.25em solid var(--quorate-border, #b1b4b6);
    margin: 0.25em 0 0.75em 0.8em;
    padding: 0.25em 0 0.25em 1.1em;
  }
  .conditional fieldset {
    margin-bottom: 0.75em;
  }
  .part {
    margin-bottom: 0.75em;
  }
  .notes-editor {
    margin-top: 1.5em;
  }
  /* A chair succession's steps: numbered cards, each with its move and remove buttons. */
  .step-list,
  ul.plain {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
  }
  .step,
  .requirement {
    margin-bottom: 0.75em;
  }
  .step-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .spread {
    margin-top: 1.5em;
  }
`;
