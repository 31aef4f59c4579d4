import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import { NotFoundError, PermissionError, type Foyer, type Me, type Portal } from '@foyer/sdk';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './console-portal.styles.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { linkClick, navigate } from '../shared/events.ts';
import type { PortalPage } from './page.ts';
import { RefreshController } from './refresh-controller.ts';
import { failed } from './states.ts';
import { portalStrings, type ConsolePortalStrings } from './strings.ts';

export const PortalTab = {
  files: 'files',
  requests: 'requests',
  approvals: 'approvals',
  members: 'members',
  activity: 'activity',
  settings: 'settings',
} as const;
export type PortalTab = (typeof PortalTab)[keyof typeof PortalTab];
const TABS = Object.values(PortalTab);

const isTab = (value: string | null | undefined): value is PortalTab => TABS.includes(value as PortalTab);

/**
 * @tag foyer-console-portal
 * @summary The owner's page of one portal in the console: Files (uploads with progress and cancel,
 * versions, comments, approval requests), Requests (documents asked of the client, reviewed item by item),
 * Approvals (each request and its decision record), Members (invite, revoke, devices, one-time sign-in
 * links), Activity (filterable) and Settings. Marks the portal
 * seen on open and refreshes itself every ~15 s while visible and on focus. The tab is deep-linkable as
 * `?tab=`.
 *
 * @event {FoyerConsoleNavigateEvent} foyer-console-navigate - Go to another console page: `detail.path`.
 *
 * @csspart base - The page.
 * @csspart header - The portal's name, client and status.
 * @csspart tabs - The tab list.
 * @csspart panel - The shown tab's content.
 */
export class FoyerConsolePortal extends LitElement {
  static override styles = [base, styles];

  /** The SDK client (the console's, in cookie mode). */
  @property({ attribute: false }) client?: Foyer;
  /** The portal's id (`prt_…`). */
  @property({ attribute: 'portal-id' }) portalId = '';
  /** `GET /v1/me`: who is looking (a user, with role, or an API key). */
  @property({ attribute: false }) me?: Me;
  /** The shown tab; starts from the page's `?tab=`. */
  @property({ reflect: true }) tab: PortalTab = PortalTab.files;
  /** A BCP 47 locale for dates and sizes (default: the browser's). */
  @property() locale?: string;
  /** Overrides of any English string (see `strings.ts`). */
  @property({ attribute: false }) strings: Partial<ConsolePortalStrings> = {};
  /** Milliseconds between refreshes while the page is visible. */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval = 15_000;

  /** The console around the page, when there is one: it signs out when the session ended, and emits `foyer-error`. */
  @consume({ context: consoleContext, subscribe: true }) @state() private _console?: ConsoleContext;

  /** The portal as last loaded (or changed here): kept when a refresh fails for a passing reason. */
  @state() private _portal?: Portal;
  private __attempt = 0;
  private __seen = '';
  private readonly __refresh = new RefreshController(this);
  private __page?: PortalPage;
  private __pageStrings?: Partial<ConsolePortalStrings>;

  private readonly __portal = new Task(this, {
    task: ([client, portalId], { signal }) => (client && portalId ? client.portals.get(portalId, { signal }) : initialState),
    args: () => [this.client, this.portalId, this.__attempt, this.__refresh.revision] as const,
    onComplete: (portal) => (this._portal = portal),
    onError: (error) => {
      if (error instanceof NotFoundError || error instanceof PermissionError) this._portal = undefined;
      // An ended session signs the console out; every failure is a `foyer-error`.
      this._console?.report(error);
    },
  });

  private get __business(): string {
    return this._console?.workspace?.name ?? '';
  }

  private get __strings(): ConsolePortalStrings {
    return { ...portalStrings, ...this.strings };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const tab = new URLSearchParams(location.search).get('tab');
    if (isTab(tab)) this.tab = tab;
    window.addEventListener('popstate', this.__onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.__onPopState);
  }

  private readonly __onPopState = (): void => {
    const tab = new URLSearchParams(location.search).get('tab');
    this.tab = isTab(tab) ? tab : PortalTab.files;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('portalId') && this._portal?.id !== this.portalId) this._portal = undefined;
    // Opening the portal resets the dashboard's "new uploads" for it.
    if ((changed.has('client') || changed.has('portalId')) && this.client && this.portalId && this.__seen !== this.portalId) {
      this.__seen = this.portalId;
      this.client.portals.markSeen(this.portalId).catch(() => undefined);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('refreshInterval') && changed.get('refreshInterval') !== undefined) this.__refresh.restart();
  }

  /** Shows a tab and puts it in the address (`?tab=`) without a new history entry. */
  select(tab: PortalTab): void {
    this.tab = tab;
    const url = new URL(location.href);
    if (tab === PortalTab.files) url.searchParams.delete('tab');
    else url.searchParams.set('tab', tab);
    history.replaceState(history.state, '', url);
  }

  /** Loads everything again now. */
  refresh(): void {
    this.__refresh.bump();
  }

  private __onTabKey(event: KeyboardEvent): void {
    const at = TABS.indexOf(this.tab);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(TABS[(next + TABS.length) % TABS.length]!);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  /**
   * One object per load of the portal for the tabs (see {@link PortalPage}): each refresh reads the portal
   * first, and its answer (a new object) makes the tabs load again — once per refresh.
   */
  private __pageFor(portal: Portal): PortalPage {
    const page = this.__page;
    if (
      page &&
      page.portal === portal &&
      page.client === this.client &&
      page.me === this.me &&
      page.business === this.__business &&
      page.locale === this.locale &&
      this.__pageStrings === this.strings
    )
      return page;
    this.__pageStrings = this.strings;
    return (this.__page = {
      client: this.client!,
      portal,
      me: this.me,
      business: this.__business,
      strings: this.__strings,
      locale: this.locale,
      revision: (page?.revision ?? 0) + 1,
      changed: (p) => (this._portal = p),
      refresh: () => this.refresh(),
      navigate: (path) => navigate(this, path),
    });
  }

  private __state(title: string, body: string) {
    const s = this.__strings;
    return html`<div part="base" class="page">
      <div class="card state" role="alert">
        ${icons.alert()}
        <h1>${title}</h1>
        <p class="muted">${body}</p>
        <a class="btn secondary" href="/console" @click=${linkClick}>${s.backToPortals}</a>
      </div>
    </div>`;
  }

  private __tab(page: PortalPage) {
    switch (this.tab) {
      case PortalTab.files:
        return html`<foyer-console-portal-files .page=${page}></foyer-console-portal-files>`;
      case PortalTab.requests:
        return html`<foyer-console-portal-requests .page=${page}></foyer-console-portal-requests>`;
      case PortalTab.approvals:
        return html`<foyer-console-portal-approvals .page=${page}></foyer-console-portal-approvals>`;
      case PortalTab.members:
        return html`<foyer-console-portal-members .page=${page}></foyer-console-portal-members>`;
      case PortalTab.activity:
        return html`<foyer-console-portal-activity .page=${page}></foyer-console-portal-activity>`;
      case PortalTab.settings:
        return html`<foyer-console-portal-settings .page=${page}></foyer-console-portal-settings>`;
    }
  }

  override render() {
    const s = this.__strings;
    const task = this.__portal;
    const portal = this._portal;
    if (!portal) {
      if (task.status !== TaskStatus.ERROR)
        return html`<div part="base" class="page" role="status">
          <span class="skeleton title"></span><span class="skeleton tabs"></span><span class="sr-only">${s.loading}</span>
        </div>`;
      if (task.error instanceof NotFoundError) return this.__state(s.notFoundTitle, s.notFound);
      if (task.error instanceof PermissionError) return this.__state(s.forbiddenTitle, s.forbidden);
      return html`<div part="base" class="page">${failed(s, task.error, () => (this.__attempt++, this.requestUpdate()))}</div>`;
    }
    const labels: Record<PortalTab, string> = {
      files: s.tabFiles,
      requests: s.tabRequests,
      approvals: s.tabApprovals,
      members: s.tabMembers,
      activity: s.tabActivity,
      settings: s.tabSettings,
    };
    return html`<div part="base" class="page">
      <header part="header" class="header">
        <a class="back" href="/console" @click=${linkClick}>${icons.back()}<span>${s.backToPortals}</span></a>
        <div class="title">
          <h1 dir="auto">${portal.name}</h1>
          ${portal.status === 'archived' ? html`<span class="badge">${s.archived}</span>` : nothing}
        </div>
        ${portal.client_name ? html`<p class="muted">${s.clientLabel(portal.client_name)}</p>` : nothing}
      </header>
      <div part="tabs" class="tabs" role="tablist" aria-label=${s.tabsLabel} @keydown=${this.__onTabKey}>
        ${TABS.map(
          (tab) => html`<button
            id=${`tab-${tab}`}
            class="tab"
            type="button"
            role="tab"
            aria-selected=${this.tab === tab ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${this.tab === tab ? 0 : -1}
            @click=${() => this.select(tab)}
          >
            ${labels[tab]}
          </button>`,
        )}
      </div>
      <div part="panel" id="panel" class="panel" role="tabpanel" aria-labelledby=${`tab-${this.tab}`}>${this.__tab(this.__pageFor(portal))}</div>
    </div>`;
  }
}
