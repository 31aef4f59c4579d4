import { css } from 'lit';

export const styles = css`
  .toolbar {
    display: grid;
    gap: 0.75rem;
  }
  .search {
    max-width: 28rem;
  }
  .portal .title {
    font-size: 1.0625rem;
    text-decoration: none;
    color: var(--_fg);
  }
  .portal .title:hover {
    color: var(--_link);
    text-decoration: underline;
  }
  .badges {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .when {
    flex: 0 0 auto;
    margin-inline-start: auto;
    white-space: nowrap;
  }
  .more {
    display: grid;
    justify-items: center;
    gap: 0.75rem;
  }
  @container (max-width: 640px) {
    .when {
      margin-inline-start: 0;
      flex-basis: 100%;
    }
  }
`;
