import { css } from 'lit';

/** What the document requests add, on the Requests page and on a portal's Requests tab. */
export const requestStyles = css`
  .meta {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .full {
    flex-basis: 100%;
  }
  dialog.wide {
    width: min(40rem, calc(100vw - 2rem));
  }
  .request {
    display: grid;
    gap: 0.5rem;
  }
  .checklist > li {
    padding: 0.625rem 0;
    border-top: 1px solid var(--_border);
  }
  .due.overdue {
    color: var(--_danger);
    font-weight: 600;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    white-space: nowrap;
  }
  .progress .bar {
    width: 5rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
  }
  .toolbar .field {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .toolbar .input {
    width: auto;
  }
  .items,
  .types {
    display: grid;
    gap: 0.75rem;
  }
  fieldset.doc {
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    padding: 0.75rem;
    gap: 0.75rem;
  }
  .doc legend {
    padding: 0 0.25rem;
  }
  .doc .wide,
  .doc .checks,
  .types {
    grid-column: 1 / -1;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }
  a.title {
    text-decoration: none;
  }
  .field > span {
    font-size: 0.875rem;
    font-weight: 600;
  }
  .picker {
    list-style: none;
    margin: 0;
    padding: 0.25rem 0.75rem;
    max-height: 16rem;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 4px);
  }
  .picker li {
    padding: 0.375rem 0;
  }
  .picker .grow {
    flex-basis: 0;
  }
`;
