import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .view {
    display: grid;
    gap: 1.25rem;
  }
  .header {
    display: grid;
    gap: 0.75rem;
  }
  .back {
    justify-self: start;
    margin-inline-start: -0.75rem;
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.875rem;
  }
  .title-main {
    flex: 1 1 14rem;
    min-width: 0;
  }
  h2 {
    font-size: 1.0625rem;
  }
  .title-main h2 {
    font-size: 1.375rem;
    letter-spacing: -0.01em;
    overflow-wrap: anywhere;
  }
  .small {
    font-size: 0.875rem;
  }
  .file-icon {
    display: grid;
    place-items: center;
    width: 3rem;
    height: 3rem;
    flex: none;
    border-radius: 12px;
    background: var(--_tint);
    color: var(--_accent);
  }
  .file-icon.big {
    width: 4rem;
    height: 4rem;
    border-radius: 16px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(15rem, 20rem);
    gap: 1.25rem;
    align-items: start;
  }
  .main,
  .aside {
    display: grid;
    gap: 1.25rem;
    min-width: 0;
  }
  .removed {
    display: grid;
    justify-items: center;
    gap: 0.75rem;
    padding: 2.5rem 1.5rem;
    text-align: center;
  }
  .removed p {
    max-width: 32rem;
  }
  .side {
    padding: 1rem 1.125rem;
    display: grid;
    gap: 0.75rem;
  }
  .details {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.5rem 1rem;
    margin: 0;
    font-size: 0.875rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .mono {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8125rem;
  }
  .versions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .version {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.5rem 0;
    font-size: 0.875rem;
  }
  .version + .version {
    border-top: 1px solid var(--_border);
  }
  .version-main {
    flex: 1;
    min-width: 0;
    display: grid;
  }
  .title {
    display: block;
    height: 2rem;
    width: 40%;
  }
  .block {
    display: block;
    height: 12rem;
    width: 100%;
  }
  @media (max-width: 760px) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
    .removed {
      padding: 1.25rem;
    }
  }
`;
