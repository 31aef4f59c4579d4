import { ContextProvider } from '@lit/context';
import { AuthenticationError, Foyer, FoyerError, type Me, type User, type Workspace } from '@foyer/sdk';
import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../internal/emit.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import '../dashboard/dashboard.ts';
import '../sign-in/sign-in.ts';
import { consoleContext, isOwnerOf, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { emitConsole, linkClick, type FoyerConsoleNavigateEvent } from '../shared/events.ts';
import { failureSentence } from '../shared/sentence.ts';
import { emptyState, failedState, loadingState } from '../shared/states.ts';
import { consoleEn, type ConsoleStrings } from '../shared/strings.ts';
import { BASE, routeOf, type Route } from './routes.ts';
import { styles } from './console.styles.ts';

const Phase = { loading: 'loading', signedOut: 'signed-out', ready: 'ready', error: 'error' } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

/**
 * The pages other than the dashboard, each loaded when first shown (a chunk of its own in the build, so
 * console.js holds only the shell, the sign-in and the dashboard), with the element it defines.
 */
const lazyPages = {
  'new-portal': { tag: 'foyer-console-new-portal', load: () => import('../new-portal/new-portal.ts') },
  requests: { tag: 'foyer-console-requests', load: () => import('../requests/requests.ts') },
  settings: { tag: 'foyer-console-settings', load: () => import('../settings/settings.ts') },
  portal: { tag: 'foyer-console-portal', load: () => import('../portal/index.ts') },
} as const;
type LazyPage = keyof typeof lazyPages;
const isLazy = (page: Route['page']): page is LazyPage => Object.hasOwn(lazyPages, page);

/**
 * @tag foyer-console
 * @summary The console of a Foyer workspace, served by the service at `/console`: sign-in (email code, magic link,
 * workspace choice), the portals dashboard, a new portal, each portal's page (`<foyer-console-portal>`), the
 * document requests (who is missing what, templates) and the workspace's settings. Routes by the URL path
 * under `/console` (history API), so every page has its own address. Uses the SDK in console mode: the session is the service's HttpOnly cookie, never in storage.
 *
 * @event {FoyerConsoleSignedInEvent} foyer-console-signed-in - A user signed in: `detail.user`, `detail.workspace`.
 * @event {FoyerConsoleSignedOutEvent} foyer-console-signed-out - The session ended: `detail.reason` is `user` or `expired`.
 * @event {FoyerConsoleNavigateEvent} foyer-console-navigate - Dispatched by the pages inside for in-app navigation: `detail.path`.
 * @event {FoyerErrorEvent} foyer-error - Something failed and was shown: `detail.code`, `detail.message`, `detail.request_id`.
 *
 * @csspart base - The console's frame.
 * @csspart header - The top bar: the workspace's branding, the navigation, the user and Sign out.
 * @csspart nav - The navigation links.
 * @csspart main - The page.
 *
 * @cssproperty --foyer-accent - Buttons, links and highlights. Defaults to the workspace's accent colour.
 * @cssproperty --foyer-bg - The background.
 * @cssproperty --foyer-surface - Cards and inputs.
 * @cssproperty --foyer-fg - Text.
 * @cssproperty --foyer-muted - Secondary text.
 * @cssproperty --foyer-border - Borders and dividers.
 * @cssproperty --foyer-max-width - The widest the page gets. Default `72rem`.
 */
export class FoyerConsole extends LitElement {
  static override styles = [base, consoleBase, styles];

  /** The Foyer service's base URL; default: this page's origin (the console is served by the service). */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** A BCP 47 locale for dates and numbers (default: the browser's). */
  @property() locale?: string;
  /** Overrides of any English string (see `console/shared/strings.ts`). */
  @property({ attribute: false }) strings: Partial<ConsoleStrings> = {};

  @state() private _phase: Phase = Phase.loading;
  @state() private _route: Route = routeOf(location.pathname);
  @state() private _error = '';
  /** Why the sign-in shows: the session ended, or the user signed out. */
  @state() private _notice = '';
  @state() private _me?: Me;
  @state() private _workspace?: Workspace;
  /** A lazy page whose chunk did not load (offline, or the service was upgraded under this page). */
  @state() private _pageFailed?: LazyPage;
  /** Bumped when a lazy page's chunk arrives, to render it. */
  @state() private _pagesLoaded = 0;

  private __client?: Foyer;
  private __clientFor = '';
  private __load = 0;
  private readonly __provider = new ContextProvider(this, { context: consoleContext });

  private readonly __onPopState = (): void => this.__show(routeOf(location.pathname));
  private readonly __onNavigate = (event: FoyerConsoleNavigateEvent): void => {
    this.go(event.detail.path);
  };

  get #strings(): ConsoleStrings {
    return { ...consoleEn, ...this.strings };
  }

  /** The SDK client in console mode, made again when `api-base` changes. */
  get client(): Foyer {
    const baseUrl = this.apiBase || location.origin;
    if (!this.__client || this.__clientFor !== baseUrl) {
      this.__client = new Foyer({ baseUrl, consoleSession: true });
      this.__clientFor = baseUrl;
    }
    return this.__client;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.__onPopState);
    this.addEventListener('foyer-console-navigate', this.__onNavigate);
    this._route = routeOf(location.pathname);
    if (this._route.page === 'verify') this._phase = Phase.signedOut;
    else void this.__start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.__onPopState);
    this.removeEventListener('foyer-console-navigate', this.__onNavigate);
  }

  /** Shows another page of the console, e.g. `go('/console/settings/users')`, adding it to the history. */
  go(path: string): void {
    const url = new URL(path, location.href);
    if (url.origin !== location.origin || !(url.pathname === BASE || url.pathname.startsWith(`${BASE}/`))) {
      location.assign(url.href);
      return;
    }
    if (url.pathname + url.search !== location.pathname + location.search) history.pushState(null, '', url.pathname + url.search);
    this.__show(routeOf(url.pathname));
  }

  private __show(route: Route): void {
    this._route = route;
    if (route.page === 'verify') this._phase = Phase.signedOut;
    else if (this._phase === Phase.ready) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#main')?.focus());
  }

  /** Reads who is signed in: the console, or the sign-in. */
  private async __start(): Promise<void> {
    const load = ++this.__load;
    // No `foyer_csrf` cookie (set and cleared with the session's, readable by this page): no request could
    // prove a session, so the sign-in shows at once — without asking /v1/me, whose 401 browsers log as an error.
    if (!document.cookie.includes('foyer_csrf=')) {
      this._phase = Phase.signedOut;
      return;
    }
    this._phase = Phase.loading;
    try {
      const me = await this.client.me.get();
      if (load !== this.__load) return;
      this._me = me;
      this._phase = Phase.ready;
      this._workspace = await this.client.workspace.get().catch(() => undefined);
    } catch (error) {
      if (load !== this.__load) return;
      if (error instanceof AuthenticationError) {
        this._phase = Phase.signedOut;
      } else {
        this._error = this.__sentence(error);
        this._phase = Phase.error;
      }
    }
  }

  private __signedIn(): void {
    this._notice = '';
    if (this._route.page === 'verify') {
      history.replaceState(null, '', BASE);
      this._route = routeOf(BASE);
    }
    void this.__start();
  }

  private __end(reason: 'user' | 'expired'): void {
    this.__load++;
    this._me = undefined;
    this._workspace = undefined;
    this._notice = reason === 'user' ? this.#strings.signedOutNotice : this.#strings.sessionEnded;
    this._phase = Phase.signedOut;
    emitConsole(this, 'foyer-console-signed-out', { reason });
  }

  /** Signs this device out: ends the session on the service (which clears the cookies). */
  async signOut(): Promise<void> {
    try {
      await this.client.auth.signOut({ maxRetries: 0 });
    } catch (error) {
      if (!(error instanceof AuthenticationError)) {
        this.__report(error);
        return;
      }
    }
    this.__end('user');
  }

  private __sentence(error: unknown): string {
    return failureSentence(error, this.#strings);
  }

  private __report(error: unknown): string {
    if (error instanceof AuthenticationError && this._phase === Phase.ready) this.__end('expired');
    const message = this.__sentence(error);
    const e = error instanceof FoyerError ? error : undefined;
    emit(this, 'foyer-error', { code: e?.code ?? 'internal_error', message, status: e?.status, request_id: e?.requestId });
    return message;
  }

  private async __loadPage(page: LazyPage): Promise<void> {
    try {
      await lazyPages[page].load();
      this._pagesLoaded++;
    } catch {
      this._pageFailed = page;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const page = this._route.page;
    if (this._phase === Phase.ready && isLazy(page) && !customElements.get(lazyPages[page].tag) && this._pageFailed !== page)
      void this.__loadPage(page);
    if (changed.has('apiBase') && changed.get('apiBase') !== undefined && this.isConnected) void this.__start();
    const me = this._me;
    if (this._phase === Phase.ready && me) {
      const context: ConsoleContext = {
        client: this.client,
        me,
        user: me.user,
        workspace: this._workspace,
        isOwner: isOwnerOf(me),
        strings: this.#strings,
        locale: this.locale,
        report: (error) => this.__report(error),
        workspaceChanged: (workspace) => (this._workspace = workspace),
        userChanged: (user: User) => (this._me = { ...me, user }),
        signOut: () => this.signOut(),
      };
      this.__provider.setValue(context);
    }
    const accent = this._workspace?.branding.accent_color;
    if (accent) this.style.setProperty('--foyer-brand-accent', accent);
    else this.style.removeProperty('--foyer-brand-accent');
    document.title = this.__title();
  }

  private __business(): string {
    const ws = this._workspace;
    return ws?.branding.display_name || ws?.name || this.#strings.product;
  }

  private __title(): string {
    const s = this.#strings;
    if (this._phase !== Phase.ready) return `${s.signInTitle} · ${s.product}`;
    const page = {
      dashboard: s.dashboardTitle,
      'new-portal': s.newPortalTitle,
      portal: s.portals,
      requests: s.requestsTitle,
      settings: s.settingsTitle,
      verify: s.verifyTitle,
      'not-found': s.notFoundTitle,
    }[this._route.page];
    return `${page} · ${this.__business()}`;
  }

  private __header() {
    const s = this.#strings;
    const branding = this._workspace?.branding;
    const business = this.__business();
    const email = this._me?.user?.email ?? '';
    const page = this._route.page;
    const link = (href: string, label: string, current: boolean) =>
      html`<a href=${href} aria-current=${current ? 'page' : 'false'} @click=${linkClick}>${label}</a>`;
    return html`<header part="header" class="header">
      <a class="brand" href=${BASE} @click=${linkClick}>
        ${
          branding?.logo_url
            ? html`<img class="logo" src=${branding.logo_url} alt="" />`
            : html`<span class="monogram" aria-hidden="true">${business.slice(0, 1).toUpperCase()}</span>`
        }
        <span>${business}</span>
      </a>
      <nav part="nav" class="nav" aria-label=${s.navLabel}>
        ${link(BASE, s.portals, page === 'dashboard' || page === 'portal' || page === 'new-portal')}
        ${link(`${BASE}/requests`, s.requestsTitle, page === 'requests')}
        ${link(`${BASE}/settings`, s.settings, page === 'settings')}
      </nav>
      <div class="account">
        <span class="who" title=${s.signedInAs(email)}>${email}</span>
        <button class="btn secondary sign-out" type="button" @click=${() => void this.signOut()}>
          ${icons.signOut()}<span class="label">${s.signOut}</span>
        </button>
      </div>
    </header>`;
  }

  private __page() {
    const s = this.#strings;
    const route = this._route;
    if (isLazy(route.page) && !customElements.get(lazyPages[route.page].tag)) {
      const page = route.page;
      return this._pageFailed === page
        ? // The browser keeps a failed module import for the page's life: Try again reloads the page.
          html`<div class="page">${failedState(s.networkError, s, () => location.reload())}</div>`
        : html`<div class="page">${loadingState(s)}</div>`;
    }
    switch (route.page) {
      case 'dashboard':
        return html`<foyer-console-dashboard></foyer-console-dashboard>`;
      case 'new-portal':
        return html`<foyer-console-new-portal></foyer-console-new-portal>`;
      case 'requests':
        return html`<foyer-console-requests ?templates=${route.templates}></foyer-console-requests>`;
      case 'settings':
        return html`<foyer-console-settings tab=${route.tab ?? ''}></foyer-console-settings>`;
      case 'portal':
        return html`<foyer-console-portal .client=${this.client} portal-id=${route.id} .me=${this._me}></foyer-console-portal>`;
      default:
        return html`<div class="page">
          ${emptyState(s.notFoundTitle, s.notFoundBody, html`<a class="btn secondary" href=${BASE} @click=${linkClick}>${s.backToPortals}</a>`)}
        </div>`;
    }
  }

  override render() {
    const s = this.#strings;
    switch (this._phase) {
      case Phase.loading:
        return html`<div part="base" class="frame center" aria-busy="true">
          <p class="loading muted" role="status"><span class="spinner" aria-hidden="true"></span> ${s.loading}</p>
        </div>`;
      case Phase.error:
        return html`<div part="base" class="frame center">
          <div class="card problem" role="alert">
            <span class="problem-icon">${icons.alert()}</span>
            <p>${this._error}</p>
            <button class="btn secondary" type="button" @click=${() => void this.__start()}>${s.retry}</button>
          </div>
        </div>`;
      case Phase.signedOut:
        return html`<div part="base" class="frame center">
          <main>
            <foyer-console-sign-in
              .client=${this.client}
              .strings=${s}
              .notice=${this._notice}
              ?verify=${this._route.page === 'verify'}
              @foyer-console-signed-in=${() => this.__signedIn()}
            ></foyer-console-sign-in>
          </main>
        </div>`;
      default:
        return html`<div part="base" class="frame">
          <a class="btn secondary skip" href="#main" @click=${(e: Event) => (e.preventDefault(), this.renderRoot.querySelector<HTMLElement>('#main')?.focus())}
            >${s.skipToContent}</a
          >
          ${this.__header()}
          <main part="main" id="main" class="main" tabindex="-1">${this.__page()}</main>
        </div>`;
    }
  }
}
