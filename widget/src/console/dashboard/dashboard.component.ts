import { consume } from '@lit/context';
import { AuthenticationError, type Dashboard, type PortalSummary } from '@foyer/sdk';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { formatRelative } from '../../internal/format.ts';
import { base } from '../../themes/base.styles.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { linkClick } from '../shared/events.ts';
import { AutoRefresh } from '../shared/refresh.ts';
import { emptyState, failedState, loadingState } from '../shared/states.ts';
import { styles } from './dashboard.styles.ts';

const PAGE = 25;
const DEBOUNCE = 300;
const FILTERS = ['', 'waiting_on_us', 'waiting_on_client', 'done', 'archived'] as const;
type Filter = (typeof FILTERS)[number];

/**
 * @tag foyer-console-dashboard
 * @summary The console's home (`/console`): every portal with its client, last activity and what waits in it
 * (new client uploads, unanswered comments, pending and overdue approvals, requested documents to review,
 * overdue or awaited), most recent activity first; a search box (debounced) and filters with their counts
 * (waiting on you / waiting on client / done / archived), kept in the URL; "Load more"; and it refreshes itself every 15 s while the page is visible and when it regains focus.
 *
 * @csspart toolbar - The search box and the filters.
 * @csspart list - The portals.
 */
export class FoyerConsoleDashboard extends LitElement {
  static override styles = [base, consoleBase, styles];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  @state() private _q = new URLSearchParams(location.search).get('q') ?? '';
  @state() private _filter: Filter = FILTERS.find((f) => f && f === new URLSearchParams(location.search).get('filter')) ?? '';
  @state() private _status: 'loading' | 'ready' | 'error' = 'loading';
  @state() private _error = '';
  @state() private _items: PortalSummary[] = [];
  @state() private _counts?: Dashboard['counts'];
  @state() private _cursor: string | null = null;
  @state() private _moreBusy = false;
  @state() private _moreError = '';

  private __search = this._q;
  private __debounce: ReturnType<typeof setTimeout> | undefined;
  private __abort?: AbortController;
  private __busy = false;

  constructor() {
    super();
    new AutoRefresh(this, () => {
      if (!this.__busy && this._status === 'ready') void this.__load('refresh');
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.__debounce);
    this.__abort?.abort();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_ctx') && this._ctx && !changed.get('_ctx')) void this.__load('reset');
  }

  /** Reads the first page again (`reset`), the next one (`more`), or as many as are shown (`refresh`). */
  private async __load(mode: 'reset' | 'more' | 'refresh'): Promise<void> {
    const ctx = this._ctx;
    if (!ctx) return;
    this.__abort?.abort();
    const abort = (this.__abort = new AbortController());
    this.__busy = true;
    if (mode === 'reset') this._status = 'loading';
    if (mode === 'more') {
      this._moreBusy = true;
      this._moreError = '';
    }
    const shown = this._items.length;
    const limit = mode === 'refresh' ? Math.min(100, Math.max(PAGE, shown)) : PAGE;
    const query = {
      limit,
      ...(this.__search ? { q: this.__search } : {}),
      ...(this._filter ? { filter: this._filter } : {}),
      ...(mode === 'more' && this._cursor ? { cursor: this._cursor } : {}),
    };
    try {
      const page = await ctx.client.dashboard.get(query, { signal: abort.signal }).page();
      if (abort.signal.aborted) return;
      if (mode === 'more') {
        this._items = [...this._items, ...page.data];
        this._cursor = page.has_more ? page.next_cursor : null;
        // Keyboard users go on from the first new portal (the button may be gone at the end of the list).
        void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('li.portal .title')[shown]?.focus());
      } else if (mode === 'refresh' && shown > limit) {
        // More than one refresh can read: refresh the first ones, keep the rest and where they continue.
        this._items = [...page.data, ...this._items.slice(limit)];
      } else {
        this._items = page.data;
        this._cursor = page.has_more ? page.next_cursor : null;
      }
      this._counts = page.counts;
      this._status = 'ready';
      this._moreBusy = false;
    } catch (error) {
      if (abort.signal.aborted) return;
      // A failed background refresh keeps what is shown; only an ended session is worth reporting.
      if (mode === 'refresh') {
        if (error instanceof AuthenticationError) ctx.report(error);
        return;
      }
      const message = ctx.report(error);
      if (mode === 'more') {
        this._moreError = message;
        this._moreBusy = false;
      } else {
        this._error = message;
        this._status = 'error';
      }
    } finally {
      if (this.__abort === abort) this.__busy = false;
    }
  }

  /** Keeps the search and the filter in the address, so reloading or going back shows the same list. */
  private __remember(): void {
    const params = new URLSearchParams();
    if (this.__search) params.set('q', this.__search);
    if (this._filter) params.set('filter', this._filter);
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  private __onSearch(event: InputEvent): void {
    this._q = (event.target as HTMLInputElement).value;
    clearTimeout(this.__debounce);
    this.__debounce = setTimeout(() => {
      const q = this._q.trim().slice(0, 200);
      if (q === this.__search) return;
      this.__search = q;
      this.__remember();
      void this.__load('reset');
    }, DEBOUNCE);
  }

  private __setFilter(filter: Filter): void {
    if (filter === this._filter) return;
    this._filter = filter;
    this.__remember();
    void this.__load('reset');
  }

  private __toolbar() {
    const s = this._ctx!.strings;
    const counts = this._counts;
    const labels: Record<Filter, string> = {
      '': s.filterActive,
      waiting_on_us: s.filterWaitingOnUs,
      waiting_on_client: s.filterWaitingOnClient,
      done: s.filterDone,
      archived: s.filterArchived,
    };
    const count = (f: Filter) => (!counts ? undefined : f ? counts[f] : counts.waiting_on_us + counts.waiting_on_client + counts.done);
    return html`<div part="toolbar" class="toolbar">
      <div class="field search">
        <label class="sr-only" for="search">${s.searchLabel}</label>
        <input
          id="search"
          class="input"
          type="search"
          autocomplete="off"
          maxlength="200"
          placeholder=${s.searchPlaceholder}
          .value=${this._q}
          @input=${this.__onSearch}
        />
      </div>
      <div class="filters" role="group" aria-label=${s.filterLabel}>
        ${FILTERS.map((f) => {
          const n = count(f);
          return html`<button
            class="filter"
            type="button"
            aria-pressed=${this._filter === f ? 'true' : 'false'}
            @click=${() => this.__setFilter(f)}
          >
            ${labels[f]}${n === undefined ? nothing : html` <span class="count">${n}</span>`}
          </button>`;
        })}
      </div>
    </div>`;
  }

  private __row(summary: PortalSummary) {
    const ctx = this._ctx!;
    const s = ctx.strings;
    const { portal, waiting } = summary;
    const requests = portal.requests;
    const emails = summary.client_emails;
    const extra = summary.member_count - emails.length;
    return html`<li class="portal">
      <div class="grow">
        <a class="title" dir="auto" href=${`/console/portals/${portal.id}`} @click=${linkClick}>${portal.name}</a>
        <p class="meta">
          ${portal.client_name ?? (emails.length ? nothing : s.noClient)}${portal.client_name && emails.length ? ' · ' : nothing}${emails.join(', ')}${
            extra > 0 ? ` ${s.moreEmails(extra)}` : nothing
          }
        </p>
      </div>
      <ul class="badges" aria-label=${portal.name}>
        ${waiting.new_uploads ? html`<li class="badge current">${s.newUploads(waiting.new_uploads)}</li>` : nothing}
        ${waiting.unanswered_comments ? html`<li class="badge pending">${s.unansweredComments(waiting.unanswered_comments)}</li>` : nothing}
        ${waiting.pending_approvals ? html`<li class="badge">${s.pendingApprovals(waiting.pending_approvals)}</li>` : nothing}
        ${waiting.overdue_approvals ? html`<li class="badge danger">${s.overdueApprovals(waiting.overdue_approvals)}</li>` : nothing}
        ${requests.submitted_items ? html`<li class="badge current">${s.itemsToReview(requests.submitted_items)}</li>` : nothing}
        ${requests.overdue_items ? html`<li class="badge danger">${s.itemsOverdue(requests.overdue_items)}</li>` : nothing}
        ${requests.open_items ? html`<li class="badge">${s.itemsAwaited(requests.open_items)}</li>` : nothing}
        ${summary.state === 'archived' ? html`<li class="badge">${s.filterArchived}</li>` : nothing}
      </ul>
      <p class="meta when"><time datetime=${summary.last_activity_at}>${s.lastActivity(formatRelative(summary.last_activity_at, ctx.locale))}</time></p>
    </li>`;
  }

  private __list() {
    const s = this._ctx!.strings;
    if (this._status === 'loading') return loadingState(s);
    if (this._status === 'error') return failedState(this._error, s, () => this.__load('reset'));
    if (!this._items.length) {
      const counts = this._counts;
      const none = counts && !this.__search && !counts.waiting_on_us && !counts.waiting_on_client && !counts.done && !counts.archived;
      if (none)
        return emptyState(
          s.emptyDashboardTitle,
          s.emptyDashboard,
          html`<a class="btn primary" href="/console/portals/new" @click=${linkClick}>${s.newPortal}</a>`,
        );
      return emptyState('', this.__search ? s.emptySearch(this.__search) : s.emptyFilter);
    }
    return html`<ul part="list" class="list card portals">
        ${this._items.map((summary) => this.__row(summary))}
      </ul>
      ${
        this._cursor
          ? html`<div class="more">
            ${this._moreError ? failedState(this._moreError, s, () => this.__load('more')) : nothing}
            <button class="btn secondary" type="button" ?disabled=${this._moreBusy} @click=${() => void this.__load('more')}>
              ${this._moreBusy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing} ${s.loadMore}
            </button>
          </div>`
          : nothing
      }`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const counts = this._counts;
    const total = !counts ? 0 : this._filter ? counts[this._filter] : counts.waiting_on_us + counts.waiting_on_client + counts.done;
    return html`<div class="page">
      <div class="page-head">
        <h1>${s.dashboardTitle}</h1>
        <a class="btn primary" href="/console/portals/new" @click=${linkClick}>${s.newPortal}</a>
      </div>
      ${this.__toolbar()}
      <p class="sr-only" role="status">${this._status === 'ready' ? s.portalCount(total) : ''}</p>
      ${this.__list()}
    </div>`;
  }
}
