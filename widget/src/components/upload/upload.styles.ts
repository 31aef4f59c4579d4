import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .zone {
    position: relative;
    display: flex;
    align-items: center;
    gap: 1rem;
    padding: 1rem 1.25rem;
    border: 1.5px dashed color-mix(in srgb, var(--_accent) 35%, var(--_border));
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 4%, var(--_surface));
  }
  .zone-icon {
    display: grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: 50%;
    background: var(--_tint);
    color: var(--_accent);
    flex: none;
  }
  .zone-text {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .hint {
    font-size: 0.875rem;
  }
  .zone-drop {
    position: absolute;
    inset: 0;
    display: none;
    place-items: center;
    border-radius: inherit;
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    color: var(--_accent);
    font-weight: 600;
  }
  :host([dragging]) .zone {
    border-color: var(--_accent);
  }
  :host([dragging]) .zone-drop {
    display: grid;
  }
  .queue {
    list-style: none;
    margin: 0.75rem 0 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
  }
  .item {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.625rem 0.5rem 0.625rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface);
  }
  .item-icon {
    color: var(--_muted);
    display: flex;
  }
  .done .item-icon {
    color: var(--_success);
  }
  .failed .item-icon,
  .failed .item-status {
    color: var(--_danger);
  }
  .item-body {
    flex: 1;
    min-width: 0;
    display: grid;
    gap: 0.25rem;
  }
  .item-top {
    display: flex;
    gap: 0.5rem;
    justify-content: space-between;
    font-size: 0.9375rem;
  }
  .item-name {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .item-size {
    flex: none;
    font-size: 0.8125rem;
  }
  .item-status {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-inline-start: -0.75rem;
  }
  /* A request item's target: one row, no icon. */
  .small {
    padding: 0.625rem 0.75rem;
  }
  .small .zone-icon {
    display: none;
  }
  @media (max-width: 480px) {
    .zone:not(.small) {
      flex-direction: column;
      text-align: center;
    }
    .zone:not(.small) .zone-text {
      justify-content: center;
    }
  }
`;
