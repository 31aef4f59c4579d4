import { provide } from '@lit/context';
import {
  AuthenticationError,
  ConnectionError,
  Foyer,
  FoyerError,
  NotFoundError,
  type Member,
  type Portal,
  type PublicPortal,
  type SessionCreated,
} from '@foyer/sdk';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../activity/activity.ts';
import '../file-list/file-list.ts';
import '../file-view/file-view.ts';
import '../sign-in/sign-in.ts';
import type { SignInMethod } from '../../events/signed-in.ts';
import type { SignOutReason } from '../../events/signed-out.ts';
import { AutoRefreshController } from '../../internal/auto-refresh.ts';
import { listEvents } from '../../internal/collaboration.ts';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { emit } from '../../internal/emit.ts';
import { icons } from '../../internal/icons.ts';
import { clearSession, readSession, writeSession } from '../../internal/session-store.ts';
import { en, type FoyerStrings } from '../../strings.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './portal.styles.ts';

export const Phase = { loading: 'loading', signedOut: 'signed-out', ready: 'ready', error: 'error' } as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

const View = { files: 'files', activity: 'activity' } as const;
type View = (typeof View)[keyof typeof View];

const DEFAULT_MAX_UPLOAD = 2 * 1024 ** 3;

/**
 * @tag foyer-portal
 * @summary A client's portal, embeddable in any page: sign-in (email code, magic link, or name and email
 * for link-mode portals), the remembered session, files with uploads and downloads, each file's view
 * with versions, preview, comments and approvals, and the portal's activity.
 *
 * @event {FoyerSignedInEvent} foyer-signed-in - A client signed in: `detail.member`, `detail.method`.
 * @event {FoyerSignedOutEvent} foyer-signed-out - The session ended: `detail.reason` is `user`, `revoked` or `expired`.
 * @event {FoyerFileUploadedEvent} foyer-file-uploaded - A file or a new version finished uploading: `detail.file`, `detail.new_version`.
 * @event {FoyerApprovalDecidedEvent} foyer-approval-decided - The client approved or requested changes.
 * @event {FoyerErrorEvent} foyer-error - Something failed and was shown: `detail.code`, `detail.message`, `detail.request_id`.
 *
 * @csspart base - The portal's frame.
 * @csspart header - The top bar: branding, the client's email and Sign out.
 * @csspart nav - The section tabs.
 * @csspart main - The content area.
 * @csspart sign-in - The sign-in card (`<foyer-sign-in>`; its parts re-exposed as `sign-in-*`).
 * @csspart file-list - The file list (`<foyer-file-list>`; its parts re-exposed as `file-list-*`).
 * @csspart file-view - A file's view (`<foyer-file-view>`).
 *
 * @cssproperty --foyer-accent - Buttons, links and highlights. Defaults to the workspace's accent colour.
 * @cssproperty --foyer-accent-contrast - Text on the accent colour. Default `#fff`.
 * @cssproperty --foyer-bg - The portal's background.
 * @cssproperty --foyer-surface - Cards and inputs.
 * @cssproperty --foyer-fg - Text.
 * @cssproperty --foyer-muted - Secondary text.
 * @cssproperty --foyer-border - Borders and dividers.
 * @cssproperty --foyer-danger - Errors.
 * @cssproperty --foyer-success - Approvals and finished uploads.
 * @cssproperty --foyer-warning - Pending approvals.
 * @cssproperty --foyer-radius - Corner radius of cards. Default `12px`.
 * @cssproperty --foyer-font - The font stack. Default: the system UI font.
 * @cssproperty --foyer-space - The base spacing unit. Default `1rem`.
 * @cssproperty --foyer-max-width - The widest the content gets. Default `64rem`.
 */
export class FoyerPortal extends LitElement {
  static override styles = [base, styles];

  /** The portal's id (`prt_…`). */
  @property() portal = '';
  /** The Foyer service's base URL, e.g. `https://portal.example.com`. */
  @property() api = '';
  /** A BCP 47 locale for dates and sizes (default: the browser's). */
  @property() locale?: string;
  /** Overrides of any English string (see `strings.ts`), e.g. for a translation. */
  @property({ attribute: false }) strings: Partial<FoyerStrings> = {};
  /** The service's upload limit in bytes, shown before a transfer (default 2 GiB, the service's default). */
  @property({ attribute: 'max-upload-bytes', type: Number }) maxUploadBytes = DEFAULT_MAX_UPLOAD;

  @state() private _phase: Phase = Phase.loading;
  @state() private _info?: PublicPortal;
  @state() private _notice = '';
  @state() private _error = '';
  @state() private _completing = false;
  @state() private _linkKey?: string;
  @state() private _token?: string;
  @state() private _member?: Member;
  @state() private _portal?: Portal;
  @state() private _view: View = View.files;
  @state() private _fileId?: string;
  @state() private _hasActivity = false;
  @state() private _revision = 0;

  @provide({ context: portalContext }) @state() private _ctx!: PortalContext;

  constructor() {
    super();
    new AutoRefreshController(this, () => this.refresh());
  }

  private get __s(): FoyerStrings {
    return { ...en, ...this.strings };
  }

  private get __business(): string {
    return this._info?.workspace.branding.display_name ?? this._info?.workspace.name ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('portal') || changed.has('api')) void this.__boot();
    // A new context only when something its consumers show or use changed: each new one reloads their data.
    const p = this._portal;
    const key = [
      this.portal,
      this.api,
      this._token,
      this.locale,
      this.maxUploadBytes,
      this._revision,
      this.__business,
      this._member?.id,
      p?.name,
      p?.client_uploads,
    ].join('\n');
    if (key !== this.__ctxKey || changed.has('strings')) {
      this.__ctxKey = key;
      this._ctx = this.__context();
    }
  }

  private __ctxKey = '';

  private __client(token?: string): Foyer {
    // The SDK drops trailing slashes itself.
    return new Foyer({ baseUrl: new URL(this.api, location.href).href, sessionToken: token });
  }

  private __context(): PortalContext {
    return {
      portalId: this.portal,
      api: this.api ? new URL(this.api, location.href).href : '',
      foyer: this.api ? this.__client(this._token) : (undefined as never),
      token: this._token,
      strings: this.__s,
      locale: this.locale,
      business: this.__business,
      member: this._member,
      portal: this._portal,
      maxUploadBytes: this.maxUploadBytes,
      revision: this._revision,
      report: (error) => this.__report(error),
      signedIn: (session, method) => void this.__signedIn(session, method),
      verified: async (session) => {
        writeSession(this.api, this.portal, { token: session.session_token, expires_at: session.expires_at });
        this._token = session.session_token;
        this._member = session.member;
        emit(this, 'foyer-signed-in', { member: session.member, method: 'code' });
        await this.updateComplete;
      },
      uploaded: (file, newVersion) => {
        this._revision++;
        emit(this, 'foyer-file-uploaded', { file, new_version: newVersion });
      },
      decided: (detail) => {
        this._revision++;
        emit(this, 'foyer-approval-decided', detail);
      },
      openFile: (fileId) => {
        this._fileId = fileId;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#main')?.focus());
      },
    };
  }

  private async __boot(): Promise<void> {
    this._phase = Phase.loading;
    this._error = '';
    if (!this.portal || !this.api) {
      this._phase = Phase.error;
      this._error = this.__s.missingConfig;
      return;
    }
    const hash = new URLSearchParams(location.hash.slice(1));
    const token = hash.get('token');
    const linkKey = hash.get('k');
    if (token) this.__cleanHash('token');
    try {
      this._info = await this.__client().portals.getPublic(this.portal);
    } catch (error) {
      this._phase = Phase.error;
      this._error = error instanceof NotFoundError ? this.__s.portalNotFound : this.__message(error);
      return;
    }
    const accent = this._info.workspace.branding.accent_color;
    if (accent) this.style.setProperty('--foyer-brand-accent', accent);
    else this.style.removeProperty('--foyer-brand-accent');
    if (linkKey && this._info.access_mode === 'link') this._linkKey = linkKey;

    if (token) {
      this._phase = Phase.signedOut;
      this._completing = true;
      try {
        const { session } = await this.__client().verifications.confirmToken(this.portal, token);
        this._completing = false;
        return this.__signedIn(session, 'magic_link');
      } catch (error) {
        this._completing = false;
        this._notice = error instanceof AuthenticationError ? this.__s.linkFailed : this.__message(error);
        return;
      }
    }
    const stored = readSession(this.api, this.portal);
    if (!stored) {
      this._phase = Phase.signedOut;
      return;
    }
    await this.__resume(stored.token, 'remembered');
  }

  private async __resume(token: string, method: SignInMethod): Promise<void> {
    try {
      const me = await this.__client(token).me.get();
      if (!me.member || !me.portal || me.portal.id !== this.portal)
        throw new AuthenticationError('Not a session of this portal.', { status: 401, code: 'invalid_credentials' });
      this._token = token;
      this._member = me.member;
      this._portal = me.portal;
      this._notice = '';
      this._fileId = undefined;
      this._view = View.files;
      this._phase = Phase.ready;
      emit(this, 'foyer-signed-in', { member: me.member, method });
      await this.updateComplete;
      this._hasActivity = (await listEvents(this._ctx, 1).catch(() => undefined)) !== undefined;
    } catch (error) {
      if (error instanceof AuthenticationError) {
        clearSession(this.api, this.portal);
        this._phase = Phase.signedOut;
        this._notice = this.__s.sessionEnded;
        if (method === 'remembered') emit(this, 'foyer-signed-out', { reason: 'expired' });
      } else {
        this._phase = Phase.error;
        this._error = this.__message(error);
      }
    }
  }

  private async __signedIn(session: SessionCreated, method: SignInMethod): Promise<void> {
    writeSession(this.api, this.portal, { token: session.session_token, expires_at: session.expires_at });
    if (method === 'access_link') this.__cleanHash('k');
    this._linkKey = undefined;
    await this.__resume(session.session_token, method);
  }

  private __end(reason: SignOutReason, notice: string): void {
    clearSession(this.api, this.portal);
    this._token = undefined;
    this._member = undefined;
    this._portal = undefined;
    this._phase = Phase.signedOut;
    this._notice = notice;
    emit(this, 'foyer-signed-out', { reason });
  }

  /** Reloads what is shown (it also happens on focus and every 30 s while the page is visible). */
  refresh(): void {
    if (this._phase === Phase.ready) this._revision++;
  }

  /** Signs this device out: ends the session on the service and forgets it here. */
  async signOut(): Promise<void> {
    const client = this._ctx.foyer;
    this.__end('user', this.__s.signedOutNotice);
    await client.me.signOut().catch(() => undefined); // already gone or offline: forgotten here either way
  }

  private __cleanHash(name: string): void {
    const params = new URLSearchParams(location.hash.slice(1));
    params.delete(name);
    const rest = params.toString();
    history.replaceState(history.state, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
  }

  private __message(error: unknown): string {
    const s = this.__s;
    if (error instanceof ConnectionError) return s.networkError;
    if (error instanceof FoyerError && error.status !== undefined && error.status < 500 && error.message) return error.message;
    return s.genericError;
  }

  private __report(error: unknown): string {
    if (error instanceof AuthenticationError && this._phase === Phase.ready) {
      this.__end('revoked', this.__s.sessionEnded);
    }
    const message = error instanceof AuthenticationError ? this.__s.sessionEnded : this.__message(error);
    const e = error instanceof FoyerError ? error : undefined;
    emit(this, 'foyer-error', { code: e?.code ?? 'internal_error', message, status: e?.status, request_id: e?.requestId });
    return message;
  }

  private __header() {
    const s = this.__s;
    const branding = this._info?.workspace.branding;
    return html`<header part="header" class="header">
      <div class="brand">
        ${
          branding?.logo_url
            ? html`<img class="logo" src=${branding.logo_url} alt=${this.__business} />`
            : html`<span class="monogram" aria-hidden="true">${this.__business.slice(0, 1).toUpperCase()}</span>`
        }
        <div class="brand-text">
          <span class="business">${this.__business}</span>
          <h1 class="portal-name">${this._portal?.name ?? this._info?.name}</h1>
        </div>
      </div>
      <div class="account">
        <span class="who" title=${s.signedInAs(this._member?.email ?? '')}>
          <span class="sr-only">${s.signedInAs(this._member?.email ?? '')}</span>
          <span aria-hidden="true">${this._member?.email}</span>
        </span>
        <button class="btn secondary sign-out" type="button" @click=${() => this.signOut()}>${icons.signOut()}<span class="label">${s.signOut}</span></button>
      </div>
    </header>`;
  }

  private __nav() {
    const s = this.__s;
    if (!this._hasActivity) return nothing;
    const tab = (view: View, label: string) =>
      html`<button
        class="tab"
        type="button"
        aria-current=${this._view === view ? 'page' : 'false'}
        @click=${() => ((this._view = view), (this._fileId = undefined))}
      >
        ${label}
      </button>`;
    return html`<nav part="nav" class="nav" aria-label=${s.navLabel}>${tab(View.files, s.files)}${tab(View.activity, s.activity)}</nav>`;
  }

  private __main() {
    if (this._fileId) return html`<foyer-file-view part="file-view" file-id=${this._fileId}></foyer-file-view>`;
    if (this._view === View.activity) return html`<foyer-activity></foyer-activity>`;
    return html`<foyer-file-list
      part="file-list"
      exportparts="base:file-list-base,toolbar:file-list-toolbar,file:file-list-file,empty:file-list-empty,upload:file-list-upload"
    ></foyer-file-list>`;
  }

  override render() {
    const s = this.__s;
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
            ${this.portal && this.api ? html`<button class="btn secondary" type="button" @click=${() => this.__boot()}>${s.retry}</button>` : nothing}
          </div>
        </div>`;
      case Phase.signedOut:
        return html`<div part="base" class="frame center">
          <main class="signin-main">
            <foyer-sign-in
              part="sign-in"
              exportparts="base:sign-in-base,header:sign-in-header,form:sign-in-form,button:sign-in-button"
              .info=${this._info}
              .linkKey=${this._linkKey}
              .notice=${this._notice}
              ?completing=${this._completing}
            ></foyer-sign-in>
            <p class="powered muted">${icons.lock()} ${s.poweredBy}</p>
          </main>
        </div>`;
      default:
        return html`<div part="base" class="frame">
          ${this.__header()}
          <div class="content">
            ${this.__nav()}
            <main part="main" id="main" class="main" tabindex="-1">${this.__main()}</main>
          </div>
        </div>`;
    }
  }
}
