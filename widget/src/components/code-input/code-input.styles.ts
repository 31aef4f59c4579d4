import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .boxes {
    display: grid;
    grid-template-columns: repeat(6, minmax(0, 3rem));
    justify-content: center;
    gap: clamp(0.25rem, 2vw, 0.5rem);
  }
  .digit {
    width: 100%;
    aspect-ratio: 4 / 5;
    min-height: 2.75rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 4px);
    background: var(--_surface);
    text-align: center;
    font-size: 1.5rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .digit:focus-visible {
    outline: none;
    border-color: var(--_accent);
    box-shadow: var(--_ring);
  }
  .digit[aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
