import { css } from 'lit';

export const styles = css`
  .request {
    display: grid;
    gap: 0.5rem;
  }
  .decision {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border-radius: calc(var(--_radius) - 4px);
    background: color-mix(in srgb, var(--_fg) 3%, var(--_surface));
  }
  .record {
    display: grid;
    gap: 0.75rem;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_border);
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 0.375rem;
    }
  }
`;
