import { css } from 'lit';

export const styles = css`
  .member {
    display: grid;
    gap: 0.5rem;
  }
  /* The row's language select: as tall as the small buttons beside it, as wide as its longest name. */
  .language {
    width: auto;
    max-width: 100%;
    min-height: 2rem;
    padding-block: 0.25rem;
    font-size: 0.875rem;
  }
  .devices {
    display: grid;
    gap: 0.375rem;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_border);
  }
  .invite {
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    align-items: end;
  }
  .invite h3,
  .invite .row {
    grid-column: 1 / -1;
  }
`;
