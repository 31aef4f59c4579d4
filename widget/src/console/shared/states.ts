import { PermissionError } from '@foyer/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { icons } from '../../internal/icons.ts';
import type { ConsoleStrings } from './strings.ts';

// The states every screen of the console shows the same way: loading, empty, failed (with Try again),
// forbidden (a staff user on an owner's page). Styled by console.styles.ts.

export function loadingState(s: ConsoleStrings): TemplateResult {
  return html`<p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span> ${s.loading}</p>`;
}

export function emptyState(title: string, body: string, action: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="state empty">
    ${title ? html`<h2>${title}</h2>` : nothing}
    <p class="muted">${body}</p>
    ${action}
  </div>`;
}

export function failedState(message: string, s: ConsoleStrings, retry: () => unknown): TemplateResult {
  return html`<div class="alert failed" role="alert">
    ${icons.alert()}<span>${message}</span>
    <button class="btn secondary" type="button" @click=${retry}>${s.retry}</button>
  </div>`;
}

export function forbiddenState(s: ConsoleStrings, what: string): TemplateResult {
  return html`<div class="state forbidden" role="status">
    <span class="state-icon" aria-hidden="true">${icons.lock()}</span>
    <h2>${s.forbiddenTitle}</h2>
    <p class="muted">${s.ownerOnly(what)}</p>
  </div>`;
}

/** Whether the service refused because the user is `staff` (403 `owner_role_required`). */
export function isForbidden(error: unknown): boolean {
  return error instanceof PermissionError && error.code === 'owner_role_required';
}

/** A failed action's sentence under its form, or nothing. */
export function formError(message: string): TemplateResult | typeof nothing {
  return message ? html`<p class="alert" role="alert">${icons.alert()}<span>${message}</span></p>` : nothing;
}
