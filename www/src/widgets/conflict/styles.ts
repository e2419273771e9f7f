// <quorate-conflict-check>'s own styles: the task list, the minute wording, the pages' headings.
import { css } from "lit";

export const conflictStyles = css`
  .task-text {
    flex: 1 1 20em;
  }
  button.task .status {
    flex: none;
  }
  .minute {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border-left: 6px solid var(--quorate-border, #b1b4b6);
    background: #f3f2f1;
    white-space: pre-wrap;
  }
  .outcome-heading {
    margin-top: 0;
  }
  .outcome-heading:focus,
  #start-title:focus,
  #agenda-title:focus {
    outline: none;
    box-shadow: none;
  }
  .copy-status {
    font-weight: 700;
  }
  .private {
    border-left: 6px solid var(--quorate-accent, #1d70b8);
    padding-left: 0.75em;
  }
  .start-option {
    border-top: 1px solid var(--quorate-border, #b1b4b6);
    padding-top: 0.5em;
  }
`;
