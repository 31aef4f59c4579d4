import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.ts';

/** The layout every tab of the portal page shares: sections, lists, rows, dialogs, the upload list. */
export const tabStyles = [
  controlStyles,
  css`
  :host {
    display: block;
  }
  section {
    display: grid;
    gap: 1rem;
  }
  h2 {
    font-size: 1.125rem;
  }
  h3 {
    font-size: 1rem;
  }
  .small {
    font-size: 0.8125rem;
  }
  .grow {
    flex: 1;
    min-width: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .between {
    justify-content: space-between;
  }
  .card {
    padding: 1rem;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.75rem 1rem;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
  .back {
    justify-self: start;
  }
  .btn.small {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    font-size: 0.875rem;
  }
  .empty {
    display: grid;
    gap: 0.5rem;
    justify-items: center;
    padding: 2rem 1rem;
    text-align: center;
  }
  .skeleton.line {
    display: block;
    height: 3.5rem;
  }
  .badge.canceled,
  .badge.superseded {
    color: var(--_muted);
  }
  .badge.overdue {
    background: color-mix(in srgb, var(--_danger) 12%, var(--_surface));
    color: color-mix(in srgb, var(--_danger) 80%, var(--_fg));
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.375rem 1rem;
    margin: 0;
    font-size: 0.9375rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  legend {
    padding: 0;
    font-weight: 600;
    font-size: 0.875rem;
    margin-bottom: 0.25rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .check input {
    margin-top: 0.25rem;
    accent-color: var(--_accent);
  }
  form {
    display: grid;
    gap: 0.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  .uploads {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .upload {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.5rem 0.5rem 0.5rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface);
  }
  .upload-icon {
    display: flex;
    color: var(--_muted);
  }
  .upload.done .upload-icon {
    color: var(--_success);
  }
  .upload.failed .upload-icon {
    color: var(--_danger);
  }
  .upload-top {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .upload-top .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .upload-actions {
    display: flex;
    gap: 0.25rem;
    margin-inline-start: -0.75rem;
  }
`,
];
