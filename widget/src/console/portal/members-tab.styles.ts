import { css } from 'lit';

export const styles = css`
  .member {
    display: grid;
    gap: 0.5rem;
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
