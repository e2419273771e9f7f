// <quorate-conflict-check>'s own styles: the task list, the minute wording, the pages' headings.
import { css } from "lit";

export const conflictStyles = css`
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
  .task-text {
    flex: 1 1 20em;
  }
  button.task .status {
    flex: none;
  }
  button.task:hover {
    background: #f3f2f1;
  }
  .task-name {
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
