import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .page {
    display: grid;
    gap: 1rem;
    max-width: var(--foyer-max-width, 72rem);
    margin: 0 auto;
  }
  .header {
    display: grid;
    gap: 0.25rem;
  }
  .back {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    width: max-content;
    color: var(--_link);
    font-size: 0.875rem;
    font-weight: 600;
    text-decoration: none;
  }
  .back:hover {
    text-decoration: underline;
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  h1 {
    font-size: 1.5rem;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.25rem;
    border-bottom: 1px solid var(--_border);
  }
  .tab {
    flex: none;
    padding: 0.625rem 0.875rem;
    border: 0;
    border-bottom: 2px solid transparent;
    background: none;
    color: var(--_muted);
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .tab:hover {
    color: var(--_fg);
  }
  .tab[aria-selected='true'] {
    color: var(--_link);
    border-bottom-color: var(--_accent);
  }
  .tab:focus-visible {
    outline-offset: -2px;
  }
  a.btn {
    color: var(--_fg);
  }
  .state {
    display: grid;
    gap: 0.75rem;
    justify-items: center;
    padding: 2.5rem 1rem;
    text-align: center;
  }
  .state .icon {
    width: 2rem;
    height: 2rem;
    color: var(--_muted);
  }
  .skeleton {
    display: block;
  }
  .skeleton.title {
    width: min(20rem, 70%);
    height: 2rem;
  }
  .skeleton.tabs {
    height: 2.75rem;
  }
  @container (max-width: 30rem) {
    h1 {
      font-size: 1.25rem;
    }
    .tab {
      padding: 0.625rem 0.625rem;
    }
  }
`;
