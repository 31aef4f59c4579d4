import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    padding: 1rem 1.25rem;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.625rem;
  }
  .mark {
    display: grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    flex: none;
    border: 2px solid var(--_border);
    border-radius: 50%;
    color: var(--_on-accent);
  }
  .mark .icon {
    width: 14px;
    height: 14px;
    stroke-width: 2.5;
  }
  .submitted .mark {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .accepted .mark {
    border-color: var(--_success);
    background: var(--_success);
  }
  .changes_requested .mark {
    border-color: var(--_danger);
    background: var(--_danger);
  }
  .not_applicable .mark {
    border-style: dashed;
  }
  /* At least 7rem beside the status: a longer status ("Bitte erneut senden") goes below rather than cut the title. */
  .title {
    margin: 0;
    flex: 1 1 7rem;
    min-width: 0;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  .not_applicable .title {
    color: var(--_muted);
  }
  .body {
    display: grid;
    /* One column as wide as the card: a long file name in an upload row is cut short, not widening it. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.625rem;
    padding-inline-start: 2.125rem;
    min-width: 0;
  }
  .description {
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }
  .facts {
    font-size: 0.8125rem;
  }
  .files {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .file {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .file .icon {
    width: 16px;
    height: 16px;
  }
  .file-name {
    min-width: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    color: var(--_link);
    text-align: start;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .file-name:hover {
    text-decoration: underline;
  }
  .file .muted {
    flex: none;
  }
  .note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }
  .aside {
    justify-self: start;
    min-height: 2.25rem;
    padding-inline: 0.5rem;
  }
  .aside-form {
    display: grid;
    gap: 0.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @container (max-width: 480px) {
    .item {
      padding-inline: 1rem;
    }
    .body {
      padding-inline-start: 0;
    }
  }
`;
