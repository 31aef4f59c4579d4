import { css } from 'lit';

export const styles = css`
  .thread {
    display: grid;
    gap: 0.75rem;
  }
  .thread.resolved > .comment {
    opacity: 0.75;
  }
  .reply {
    margin-inline-start: 1.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 2px solid var(--_border);
  }
  .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
