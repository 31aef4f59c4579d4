import { css } from 'lit';

export const styles = css`
  .zone {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding: 1rem 1.25rem;
    border: 1.5px dashed color-mix(in srgb, var(--_accent) 35%, var(--_border));
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 4%, var(--_surface));
  }
  .zone.dragging {
    border-color: var(--_accent);
    background: var(--_tint);
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .item {
    flex-wrap: nowrap;
    accent-color: var(--_accent);
  }
  .bulk {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .bulk .bar {
    flex: 1 1 8rem;
    width: auto;
  }
  .file-icon {
    display: flex;
    color: var(--_muted);
  }
  .open {
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    color: var(--_link);
  }
  .open:hover {
    text-decoration: underline;
  }
`;
