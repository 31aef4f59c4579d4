import { css } from 'lit';

/** The console's shared layout: pages, their headings, toolbars and filters, lists, forms, states and one-time secrets. */
export const consoleBase = css`
  :host {
    display: block;
    font-size: 1rem;
    line-height: 1.5;
  }
  a {
    color: var(--_link);
  }
  .page {
    display: grid;
    gap: 1.25rem;
    min-width: 0;
  }
  .page-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
  }
  h1 {
    font-size: 1.5rem;
    line-height: 1.25;
    letter-spacing: -0.01em;
  }
  h2 {
    font-size: 1.125rem;
    line-height: 1.3;
  }
  h3 {
    font-size: 1rem;
  }
  .intro {
    max-width: 42rem;
  }
  .panel {
    padding: clamp(1rem, 3vw, 1.5rem);
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  .form {
    display: grid;
    gap: 1rem;
    max-width: 36rem;
  }
  .inline-form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem;
  }
  .inline-form .field {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .hint {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .list > li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem clamp(0.75rem, 2vw, 1rem);
    border-top: 1px solid var(--_border);
    min-width: 0;
  }
  .list > li:first-child {
    border-top: 0;
  }
  .full {
    flex-basis: 100%;
    min-width: 0;
  }
  .grow {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    font-size: 0.875rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .state {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    padding: 2rem 1rem;
    text-align: center;
  }
  .state.loading {
    display: flex;
    justify-content: center;
    align-items: center;
    color: var(--_muted);
  }
  .state p {
    max-width: 32rem;
  }
  .state-icon {
    display: grid;
    place-items: center;
    width: 3rem;
    height: 3rem;
    border-radius: 50%;
    background: var(--_tint);
    color: var(--_link);
  }
  .secret {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid color-mix(in srgb, var(--_warning) 45%, var(--_border));
    border-radius: calc(var(--_radius) - 4px);
    background: color-mix(in srgb, var(--_warning) 7%, var(--_surface));
  }
  code,
  .code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .code {
    display: block;
    margin: 0;
    padding: 0.75rem;
    border-radius: calc(var(--_radius) - 6px);
    background: var(--_bg);
    border: 1px solid var(--_border);
    white-space: pre-wrap;
  }
  .badge.danger {
    background: color-mix(in srgb, var(--_danger) 12%, var(--_surface));
    color: color-mix(in srgb, var(--_danger) 80%, var(--_fg));
  }
  .btn.small {
    min-height: 2.25rem;
    padding: 0.375rem 0.75rem;
    font-size: 0.875rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  legend {
    font-size: 0.875rem;
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.375rem;
  }
  .choice {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 4px);
    background: var(--_surface);
  }
  .choice input {
    margin-top: 0.3rem;
    accent-color: var(--_accent);
  }
  .check {
    display: flex;
    gap: 0.625rem;
    align-items: center;
  }
  .check input {
    width: 1.125rem;
    height: 1.125rem;
    accent-color: var(--_accent);
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
    text-decoration: none;
  }
  .filter[aria-pressed='true'],
  .filter[aria-current='page'] {
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
`;
