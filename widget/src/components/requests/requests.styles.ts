import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .requests {
    display: grid;
    gap: 1rem;
    margin-bottom: 2rem;
  }
  h2 {
    font-size: 1.25rem;
    letter-spacing: -0.01em;
  }
  .placeholder {
    display: block;
    height: 12rem;
    margin-bottom: 2rem;
    border-radius: var(--_radius);
  }
  .alert {
    margin-bottom: 1.5rem;
  }
  .complete {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .complete li {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    padding: 0.625rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .complete .icon {
    color: var(--_success);
  }
`;
