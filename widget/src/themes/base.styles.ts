import { css } from 'lit';

/**
 * The design tokens and the shared controls of every Foyer component. Public tokens are `--foyer-*`
 * (set them on the element or any ancestor); each falls back to the workspace's branding (the accent
 * colour) or a default, with dark defaults under `prefers-color-scheme: dark`.
 */
export const base = css`
  :host {
    --_accent: var(--foyer-accent, var(--foyer-brand-accent, #0f766e));
    --_on-accent: var(--foyer-accent-contrast, #fff);
    --_bg: var(--foyer-bg, #f6f7f9);
    --_surface: var(--foyer-surface, #fff);
    --_fg: var(--foyer-fg, #16181d);
    --_muted: var(--foyer-muted, #5b6270);
    --_border: var(--foyer-border, #e3e6eb);
    --_danger: var(--foyer-danger, #b42318);
    --_success: var(--foyer-success, #067647);
    --_warning: var(--foyer-warning, #b54708);
    --_radius: var(--foyer-radius, 12px);
    --_space: var(--foyer-space, 1rem);
    --_font: var(--foyer-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif);
    --_tint: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    --_ring: 0 0 0 3px color-mix(in srgb, var(--_accent) 40%, transparent);
    --_link: var(--_accent);
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_fg);
    -webkit-font-smoothing: antialiased;
    /* Long words (German compounds, file names, addresses) break rather than overflow a narrow screen. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--foyer-bg, #111318);
      --_surface: var(--foyer-surface, #1b1e25);
      --_fg: var(--foyer-fg, #eceef2);
      --_muted: var(--foyer-muted, #a2a8b5);
      --_border: var(--foyer-border, #2d313b);
      --_danger: var(--foyer-danger, #f97066);
      --_success: var(--foyer-success, #47cd89);
      --_warning: var(--foyer-warning, #fdb022);
      --_tint: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
      /* Accent-coloured text stays readable on dark surfaces. */
      --_link: color-mix(in srgb, var(--_accent) 60%, white);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3,
  p {
    margin: 0;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .icon {
    flex: none;
  }
  /* Layout uses logical properties (inline-start/end), so it mirrors by itself; icons that point do not. */
  .flip:dir(rtl) {
    transform: scaleX(-1);
  }
  button,
  input,
  textarea,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 2.5rem;
    padding: 0.5rem 1rem;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) - 4px);
    font-weight: 600;
    font-size: 0.9375rem;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
  }
  .btn.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .btn.secondary {
    background: var(--_surface);
    border-color: var(--_border);
  }
  .btn.ghost {
    background: transparent;
    color: var(--_link);
  }
  .btn.danger {
    background: var(--_surface);
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_border));
    color: var(--_danger);
  }
  .btn.block {
    width: 100%;
  }
  .btn.icon-only {
    min-width: 2.5rem;
    padding: 0.5rem;
    color: var(--_muted);
    background: transparent;
  }
  .btn.icon-only:hover {
    color: var(--_fg);
    background: color-mix(in srgb, var(--_fg) 7%, transparent);
  }
  .btn.secondary:hover,
  .btn.danger:hover {
    background: color-mix(in srgb, var(--_fg) 4%, var(--_surface));
  }
  .btn.primary:hover {
    background: color-mix(in srgb, black 12%, var(--_accent));
  }
  .btn.ghost:hover {
    background: var(--_tint);
  }
  .field {
    display: grid;
    gap: 0.375rem;
    text-align: start;
  }
  .field label {
    font-size: 0.875rem;
    font-weight: 600;
  }
  .input {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 4px);
    background: var(--_surface);
    font-size: 1rem;
  }
  .input:focus-visible {
    outline: none;
    border-color: var(--_accent);
    box-shadow: var(--_ring);
  }
  textarea.input {
    min-height: 4.5rem;
    resize: vertical;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .alert {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.75rem 0.875rem;
    border-radius: calc(var(--_radius) - 4px);
    font-size: 0.9375rem;
    background: color-mix(in srgb, var(--_danger) 9%, var(--_surface));
    color: var(--_danger);
    text-align: start;
  }
  .alert.failed {
    align-items: center;
    flex-wrap: wrap;
  }
  /* The alert's sentence, not every span of whatever else is .failed (an upload's refused row). */
  .alert.failed > span {
    flex: 1;
  }
  .alert.info {
    background: var(--_tint);
    color: var(--_fg);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    white-space: nowrap;
    background: color-mix(in srgb, var(--_muted) 14%, var(--_surface));
    color: var(--_fg);
  }
  /* The business's own words: an approval's or a request's message. */
  .message {
    margin: 0;
    padding: 0.5rem 0.875rem;
    border-inline-start: 3px solid var(--_border);
    color: var(--_fg);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .badge.current,
  .badge.submitted {
    background: var(--_tint);
    color: var(--_link);
  }
  .badge.pending {
    background: color-mix(in srgb, var(--_warning) 15%, var(--_surface));
    color: color-mix(in srgb, var(--_warning) 75%, var(--_fg));
  }
  .badge.approved,
  .badge.accepted {
    background: color-mix(in srgb, var(--_success) 15%, var(--_surface));
    color: color-mix(in srgb, var(--_success) 75%, var(--_fg));
  }
  .badge.changes_requested {
    background: color-mix(in srgb, var(--_danger) 12%, var(--_surface));
    color: color-mix(in srgb, var(--_danger) 80%, var(--_fg));
  }
  /* A progress bar: uploads, a request's progress. */
  .bar {
    appearance: none;
    display: block;
    width: 100%;
    height: 6px;
    border: 0;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_muted) 16%, var(--_surface));
    overflow: hidden;
  }
  .bar::-webkit-progress-bar {
    background: transparent;
  }
  .bar::-webkit-progress-value {
    background: var(--_accent);
    border-radius: 3px;
  }
  .bar::-moz-progress-bar {
    background: var(--_accent);
    border-radius: 3px;
  }
  .skeleton {
    border-radius: 6px;
    background: color-mix(in srgb, var(--_muted) 14%, var(--_surface));
  }
  .spinner {
    width: 1rem;
    height: 1rem;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    display: inline-block;
  }
  @media (prefers-reduced-motion: no-preference) {
    .btn,
    .input {
      transition: background-color 120ms, border-color 120ms, box-shadow 120ms;
    }
    .skeleton {
      animation: pulse 1.4s ease-in-out infinite;
    }
    .spinner {
      animation: spin 0.8s linear infinite;
    }
    .bar::-webkit-progress-value {
      transition: width 150ms linear;
    }
    @keyframes pulse {
      50% {
        opacity: 0.55;
      }
    }
    @keyframes spin {
      to {
        transform: rotate(1turn);
      }
    }
  }
`;
