import { css } from 'lit';

export const styles = css`
  .toolbar {
    display: grid;
    gap: 0.75rem;
  }
  .search {
    max-width: 28rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_muted);
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_tint);
    color: var(--_fg);
  }
  .count {
    min-width: 1.5rem;
    padding: 0 0.375rem;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_muted) 14%, var(--_surface));
    color: var(--_fg);
    font-size: 0.75rem;
    text-align: center;
  }
  .portal .title {
    font-size: 1.0625rem;
    text-decoration: none;
    color: var(--_fg);
  }
  .portal .title:hover {
    color: var(--_link);
    text-decoration: underline;
  }
  .badges {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .when {
    flex: 0 0 auto;
    margin-inline-start: auto;
    white-space: nowrap;
  }
  .more {
    display: grid;
    justify-items: center;
    gap: 0.75rem;
  }
  @container (max-width: 640px) {
    .when {
      margin-inline-start: 0;
      flex-basis: 100%;
    }
  }
`;
