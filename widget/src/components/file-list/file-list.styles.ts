import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .list {
    display: grid;
    gap: 1rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
  }
  h2 {
    font-size: 1.25rem;
    letter-spacing: -0.01em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0.25rem;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_muted) 10%, var(--_surface));
  }
  .chip {
    border: 0;
    padding: 0.375rem 0.875rem;
    border-radius: 999px;
    background: transparent;
    font-size: 0.875rem;
    font-weight: 500;
    color: var(--_muted);
  }
  .chip[aria-checked='true'] {
    background: var(--_surface);
    color: var(--_fg);
    box-shadow: 0 1px 2px rgb(0 0 0 / 8%);
  }
  .files {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .file {
    display: flex;
    align-items: center;
    gap: 0.875rem;
    padding: 0.75rem 0.75rem 0.75rem 1rem;
  }
  .file + .file {
    border-top: 1px solid var(--_border);
  }
  .file:hover {
    background: color-mix(in srgb, var(--_fg) 2.5%, var(--_surface));
  }
  .file-icon {
    display: grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    flex: none;
    border-radius: 10px;
    background: var(--_tint);
    color: var(--_accent);
  }
  .file-main {
    flex: 1;
    min-width: 0;
    display: grid;
    gap: 0.25rem;
  }
  .file-name {
    justify-self: start;
    max-width: 100%;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    font-size: 0.9375rem;
    text-align: start;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .file-name:hover {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .file-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.375rem;
    font-size: 0.8125rem;
  }
  .square {
    width: 2.5rem;
    height: 2.5rem;
    flex: none;
  }
  .line {
    display: block;
    height: 0.75rem;
    width: 60%;
  }
  .line.short {
    width: 35%;
  }
  .empty {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    padding: 2.5rem 1.5rem;
    text-align: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .empty p {
    max-width: 32rem;
    font-size: 0.9375rem;
  }
  .empty h3 {
    font-size: 1.0625rem;
  }
  .empty-icon {
    display: grid;
    place-items: center;
    width: 3rem;
    height: 3rem;
    border-radius: 50%;
    background: var(--_tint);
    color: var(--_accent);
    margin-bottom: 0.25rem;
  }
  .more {
    justify-self: center;
  }
  .all {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  @container (max-width: 520px) {
    /* One row of chips that share the width; a label too long for its share (German, Spanish) wraps inside. */
    .filters {
      width: 100%;
      flex-wrap: nowrap;
      border-radius: 1.25rem;
    }
    .chip {
      flex: 1 1 auto;
      overflow-wrap: normal;
      padding-inline: 0.5rem;
      font-size: 0.8125rem;
      line-height: 1.2;
      border-radius: 1rem;
    }
    .who {
      flex-basis: 100%;
    }
    .sep-who {
      display: none;
    }
  }
`;
