import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    border-radius: var(--_radius);
  }
  .pages,
  .empty {
    display: grid;
    justify-items: center;
    gap: 1rem;
    padding: 0.75rem;
    text-align: center;
  }
  .pages {
    background: var(--_bg);
    border-radius: inherit;
  }
  .empty {
    padding: 2rem 1rem;
  }
  figure {
    margin: 0;
    width: 100%;
    display: grid;
    justify-items: center;
    gap: 0.375rem;
  }
  .frame {
    width: 100%;
    display: grid;
    background: var(--_surface);
    box-shadow: 0 1px 3px color-mix(in srgb, var(--_fg) 20%, transparent);
  }
  .frame > * {
    grid-area: 1 / 1;
    width: 100%;
    height: 100%;
  }
  figcaption,
  .note {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .file-icon {
    display: grid;
    place-items: center;
    width: 4rem;
    height: 4rem;
    border-radius: 16px;
    background: var(--_tint);
    color: var(--_accent);
  }
`;
