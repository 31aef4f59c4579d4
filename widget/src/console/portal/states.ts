import { TaskStatus, type Task } from '@lit/task';
import type { File as FoyerFile } from '@foyer/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { icons } from '../../internal/icons.ts';
import { errorText, type PortalPage } from './page.ts';
import type { ConsolePortalStrings } from './strings.ts';

/** Placeholder rows while a tab loads for the first time, announced as "Loading…". */
export function loading(s: ConsolePortalStrings): TemplateResult {
  return html`<div class="list" role="status">
    <span class="skeleton line"></span><span class="skeleton line"></span><span class="sr-only">${s.loading}</span>
  </div>`;
}

/** Why a load or an action failed, with Try again when there is something to retry. */
export function failed(s: ConsolePortalStrings, error: unknown, retry?: () => unknown): TemplateResult {
  return html`<div class="alert failed" role="alert">
    ${icons.alert()}<span>${errorText(s, error)}</span>
    ${retry ? html`<button class="btn secondary small" type="button" @click=${retry}>${s.retry}</button>` : ''}
  </div>`;
}

/** An empty list: what it will hold and how to fill it. */
export function empty(title: string, body: string): TemplateResult {
  return html`<div class="empty card">
    <h3>${title}</h3>
    <p class="muted">${body}</p>
  </div>`;
}

/**
 * A task's view: what it loaded (kept while a refresh runs, so nothing flickers), else its error with
 * Try again, else the loading placeholder.
 */
export function taskView<T>(task: Task<readonly unknown[], T>, s: ConsolePortalStrings, done: (value: T) => unknown): unknown {
  if (task.value !== undefined) return done(task.value);
  if (task.status === TaskStatus.ERROR) return failed(s, task.error, () => task.run());
  return loading(s);
}

/** The badge of a file's latest approval request (overdue when pending past its due date). */
export function approvalBadge(page: PortalPage, approval: FoyerFile['approval']) {
  if (!approval) return nothing;
  const overdue = approval.status === 'pending' && approval.due_at && Date.parse(approval.due_at) < Date.now();
  const s = page.strings;
  return html`<span class="badge ${overdue ? 'overdue' : approval.status}">${overdue ? s.overdue : (s.approvalStatus[approval.status] ?? approval.status)}</span>`;
}
