import { css } from 'lit';

export const styles = css`
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .workspace {
    width: 100%;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 4px);
    background: var(--_surface);
    text-align: start;
  }
  .workspace:hover {
    border-color: var(--_accent);
    background: var(--_tint);
  }
  .option-mark {
    display: grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    flex: none;
    border-radius: 10px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .option-logo {
    width: 2.5rem;
    height: 2.5rem;
    object-fit: contain;
  }
  .option-text {
    display: grid;
    min-width: 0;
    font-size: 0.875rem;
  }
  .option-name {
    font-weight: 600;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
`;
