import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  .btn {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    font-size: 0.875rem;
  }
  .status {
    font-size: 0.8125rem;
  }
`;
