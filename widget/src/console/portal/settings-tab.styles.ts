import { css } from 'lit';

export const styles = css`
  .card {
    display: grid;
    gap: 0.75rem;
  }
  legend.title {
    font-size: 1rem;
    margin-bottom: 0.5rem;
  }
  .danger-zone {
    border-color: color-mix(in srgb, var(--_danger) 40%, var(--_border));
  }
`;
