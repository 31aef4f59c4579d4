import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .request {
    overflow: hidden;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75rem 1.5rem;
    padding: 1.125rem 1.25rem 1rem;
  }
  .titles {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  h3 {
    font-size: 1.125rem;
    overflow-wrap: anywhere;
  }
  .due {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .due .icon {
    width: 16px;
    height: 16px;
  }
  .due.overdue {
    color: var(--_danger);
    font-weight: 600;
  }
  .progress {
    display: grid;
    gap: 0.375rem;
    flex: 0 1 14rem;
    min-width: 10rem;
  }
  .count {
    font-size: 0.875rem;
    font-weight: 600;
    text-align: end;
  }
  .bar {
    height: 8px;
  }
  .message {
    margin: 0 1.25rem 1rem;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .items li {
    border-top: 1px solid var(--_border);
  }
  @container (max-width: 480px) {
    .progress {
      flex-basis: 100%;
    }
    .count {
      text-align: start;
    }
  }
`;
