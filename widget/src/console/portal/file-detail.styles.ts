import { css } from 'lit';

export const styles = css`
  .head {
    display: grid;
    gap: 0.75rem;
  }
  .version {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
`;
