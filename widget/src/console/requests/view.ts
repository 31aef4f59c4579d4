import type { Schema } from '@foyer/sdk';
import { TaskStatus, type Task } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { formatDate } from '../../internal/format.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { failedState, loadingState } from '../shared/states.ts';
import type { RequestStrings } from './strings.ts';

// How a document request shows wherever the console lists one: its due date, progress and status badges.

type DocumentRequest = Schema<'DocumentRequest'>;

/** Whole days from today to `iso`, by the local calendar: negative once it has passed. */
function daysUntil(iso: string): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(new Date(iso)) - day(new Date())) / 86_400_000);
}

/** "Due 15 Mar · 3 days overdue" (marked when the request is overdue), or "No due date". */
export function dueLine(s: RequestStrings, request: DocumentRequest, locale: string | undefined): TemplateResult {
  const due = request.due_at;
  return html`<p class="due meta ${request.overdue ? 'overdue' : ''}">
    ${due ? html`<time datetime=${due}>${s.due(formatDate(due, locale), request.overdue ? -daysUntil(due) : 0)}</time>` : s.noDue}
  </p>`;
}

/** "4 of 6 done", with its bar. */
export function progressLine(s: RequestStrings, { progress }: DocumentRequest): TemplateResult {
  return html`<p class="progress meta">
    <progress class="bar" max=${progress.total} .value=${progress.done} aria-hidden="true"></progress>${s.progress(progress.done, progress.total)}
  </p>`;
}

const ITEM_BADGE: Record<string, string> = { submitted: 'current', accepted: 'approved', changes_requested: 'changes_requested' };

/** An item's status as a badge: "To review", "Accepted", "Sent back"… */
export function itemBadge(s: RequestStrings, status: string): TemplateResult {
  return html`<span class="badge ${ITEM_BADGE[status] ?? ''}">${s.itemStatus[status] ?? status}</span>`;
}

/** A request's status as a badge: Overdue, Open or Complete. */
export function requestBadge(s: RequestStrings, request: DocumentRequest): TemplateResult {
  if (request.overdue) return html`<span class="badge changes_requested">${s.overdueBadge}</span>`;
  return html`<span class="badge ${request.status === 'complete' ? 'approved' : ''}">${s.requestStatus[request.status]}</span>`;
}

/**
 * A list of the Requests page: what it holds (kept while it reads again, after `before`), `empty` when it holds
 * nothing, else why it failed (`error`, with Try again) or that it loads.
 */
export function listView<T>(
  s: ConsoleStrings,
  task: Task<readonly unknown[], T[]>,
  error: string,
  empty: unknown,
  before: (items: T[]) => unknown,
  row: (item: T) => unknown,
): unknown {
  const items = task.value;
  if (items)
    return items.length
      ? html`${before(items)}
          <ul part="list" class="list card">
            ${items.map(row)}
          </ul>`
      : empty;
  return task.status === TaskStatus.ERROR ? failedState(error, s, () => task.run()) : loadingState(s);
}
