import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .panel {
    padding: 1.125rem 1.25rem;
    display: grid;
    gap: 0.75rem;
  }
  h2 {
    font-size: 1.25rem;
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .event {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: baseline;
    gap: 0.75rem;
    padding: 0.625rem 0;
    font-size: 0.9375rem;
  }
  .event + .event {
    border-top: 1px solid var(--_border);
  }
  .event p {
    overflow-wrap: anywhere;
  }
  time {
    font-size: 0.8125rem;
    white-space: nowrap;
  }
  .dot {
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--_muted);
    transform: translateY(-1px);
  }
  .dot.file {
    background: var(--_accent);
  }
  .dot.approval {
    background: var(--_success);
  }
  .dot.comment {
    background: var(--_warning);
  }
  .line {
    display: block;
    height: 0.875rem;
  }
`;
