import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .panel {
    padding: 1.125rem 1.25rem;
    display: grid;
    gap: 0.75rem;
    border-inline-start: 4px solid var(--_border);
  }
  .panel.pending {
    border-inline-start-color: var(--_warning);
  }
  .panel.approved {
    border-inline-start-color: var(--_success);
  }
  .panel.changes_requested {
    border-inline-start-color: var(--_danger);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  h2 {
    font-size: 1.0625rem;
  }
  .due {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    font-size: 0.875rem;
  }
  .due .icon {
    width: 16px;
    height: 16px;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .confirm {
    display: grid;
    gap: 0.75rem;
    padding: 0.875rem;
    border-radius: calc(var(--_radius) - 4px);
    background: color-mix(in srgb, var(--_muted) 7%, var(--_surface));
  }
  .records {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .record {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }
  .record-icon {
    display: grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    flex: none;
  }
  .record.ok .record-icon {
    background: color-mix(in srgb, var(--_success) 15%, var(--_surface));
    color: var(--_success);
  }
  .record.changes .record-icon {
    background: color-mix(in srgb, var(--_danger) 12%, var(--_surface));
    color: var(--_danger);
  }
  .record .icon {
    width: 16px;
    height: 16px;
  }
  .note {
    color: var(--_muted);
    white-space: pre-wrap;
  }
`;
