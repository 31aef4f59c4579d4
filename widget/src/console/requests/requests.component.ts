import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Schema } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { base } from '../../themes/base.styles.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { linkClick } from '../shared/events.ts';
import { AutoRefresh } from '../shared/refresh.ts';
import { emptyState } from '../shared/states.ts';
import { requestStyles } from './requests.styles.ts';
import './templates.ts';
import type { FoyerConsoleTemplates } from './templates.component.ts';
import { dueLine, listView, progressLine } from './view.ts';

type DocumentRequest = Schema<'DocumentRequest'>;

const WAITING = ['', 'client', 'us'] as const;
type Waiting = (typeof WAITING)[number];
type Sort = 'due_at' | '-created_at';

const param = (name: string) => new URLSearchParams(location.search).get(name);

/**
 * @tag foyer-console-requests
 * @summary The Requests page. `/console/requests`: who is missing what across the workspace's portals —
 * every open request with its portal, due date (overdue ones marked, "3 days overdue"), progress and the items
 * still missing or to review; earliest due first (so overdue first) or newest first; all, waiting on the
 * client or to review (kept in the address); how many portals still wait; a row opens the portal's Requests
 * tab; it refreshes itself every 15 s while visible. `/console/requests/templates` (`templates`): the
 * templates, `<foyer-console-templates>`.
 *
 * @csspart list - The requests.
 */
export class FoyerConsoleRequests extends LitElement {
  static override styles = [base, consoleBase, requestStyles];

  /** Shows the templates instead of the open requests. */
  @property({ type: Boolean }) templates = false;

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  @state() private _waiting: Waiting = WAITING.find((w) => w && w === param('waiting')) ?? '';
  @state() private _sort: Sort = param('sort') === '-created_at' ? '-created_at' : 'due_at';
  @state() private _error = '';

  private readonly __requests = new Task(this, {
    task: ([client, waiting, sort], { signal }) =>
      client
        ? client.requests.listAll({ status: 'open', sort, limit: 100, ...(waiting && { waiting }) }, { signal }).toArray({ limit: 1000 })
        : initialState,
    args: () => [!this.templates && this._ctx?.client, this._waiting, this._sort] as const,
    onError: (error) => this.__report(error),
  });

  constructor() {
    super();
    new AutoRefresh(this, () => {
      if (!this.templates && this.__requests.status !== TaskStatus.PENDING) void this.__requests.run();
    });
  }

  private __report(error: unknown): void {
    this._error = this._ctx?.report(error) ?? '';
  }

  /** Shows other requests, keeping the choice in the address. */
  private __show(waiting: Waiting, sort: Sort): void {
    this._waiting = waiting;
    this._sort = sort;
    const params = new URLSearchParams({ ...(waiting && { waiting }), ...(sort !== 'due_at' && { sort }) }).toString();
    history.replaceState(history.state, '', `${location.pathname}${params && `?${params}`}`);
  }

  private __request(ctx: ConsoleContext, request: DocumentRequest) {
    const s = ctx.strings;
    const names = (...statuses: string[]) =>
      request.items
        .filter((i) => statuses.includes(i.status))
        .map((i) => i.title)
        .join(', ');
    const missing = names('open', 'changes_requested');
    const review = names('submitted');
    return html`<li>
      <div class="grow">
        <a class="title" href=${`/console/portals/${request.portal_id}?tab=requests`} @click=${linkClick}>${request.portal_name}</a>
        <p class="meta">${request.title}</p>
      </div>
      ${dueLine(s, request, ctx.locale)} ${progressLine(s, request)}
      <p class="full meta">${[missing && s.missing(missing), review && s.toReview(review)].filter(Boolean).join(' · ')}</p>
    </li>`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const templates = this.templates;
    const link = (href: string, label: string, current: boolean) =>
      html`<a class="filter" href=${href} aria-current=${current ? 'page' : 'false'} @click=${linkClick}>${label}</a>`;
    const labels: Record<Waiting, string> = { '': s.waitingAll, client: s.waitingClient, us: s.waitingUs };
    return html`<div class="page">
      <div class="page-head">
        <h1>${s.requestsTitle}</h1>
        ${
          templates
            ? html`<button class="btn primary" type="button" @click=${() => this.renderRoot.querySelector<FoyerConsoleTemplates>('foyer-console-templates')?.create()}>
                ${s.newTemplate}
              </button>`
            : nothing
        }
      </div>
      <nav class="filters" aria-label=${s.requestsNav}>
        ${link('/console/requests', s.waitingTab, !templates)} ${link('/console/requests/templates', s.templatesTab, templates)}
      </nav>
      ${
        templates
          ? html`<foyer-console-templates></foyer-console-templates>`
          : html`<div class="toolbar">
                <div class="filters" role="group" aria-label=${s.requestsFilter}>
                  ${WAITING.map(
                    (w) =>
                      html`<button class="filter" type="button" aria-pressed=${this._waiting === w ? 'true' : 'false'} @click=${() => this.__show(w, this._sort)}>
                        ${labels[w]}
                      </button>`,
                  )}
                </div>
                <label class="field">
                  <span class="meta">${s.sortLabel}</span>
                  <select class="input" @change=${(e: Event) => this.__show(this._waiting, (e.target as HTMLSelectElement).value as Sort)}>
                    <option value="due_at" ?selected=${this._sort === 'due_at'}>${s.sortDue}</option>
                    <option value="-created_at" ?selected=${this._sort === '-created_at'}>${s.sortNewest}</option>
                  </select>
                </label>
              </div>
              ${listView(
                s,
                this.__requests,
                this._error,
                emptyState(s.noOpenTitle, s.noOpen),
                (requests) => {
                  const portals = new Set(requests.map((r) => r.portal_id)).size;
                  return html`<p class="meta" role="status">${this._waiting === 'us' ? s.portalsToReview(portals) : s.portalsWaiting(portals)}</p>`;
                },
                (r) => this.__request(ctx, r),
              )}`
      }
    </div>`;
  }
}
