import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../sign-in/sign-in.ts';
import { icons } from '../../internal/icons.ts';
import { Phase, PortalSession } from '../../internal/portal-session.ts';
import type { FrameHost, View, signedInFrame } from './frame.ts';
import type { FoyerStrings } from '../../strings.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './portal.styles.ts';

const DEFAULT_MAX_UPLOAD = 2 * 1024 ** 3;

/** The views after sign-in (views.ts, a chunk of its own in the build): not asked for, on the way, there, or failed. */
const Views = { idle: 'idle', loading: 'loading', ready: 'ready', failed: 'failed' } as const;
type Views = (typeof Views)[keyof typeof Views];

/**
 * @tag foyer-portal
 * @summary A client's portal, embeddable in any page: sign-in (email code, magic link, name and email for
 * link-mode portals, or an `embed-code` from the business's own website), the remembered session, files with uploads and downloads, each file's view
 * with versions, preview, comments and approvals, and the portal's activity. The business's open document
 * requests come first, above the files: a checklist per request with an upload target per item.
 *
 * @event {FoyerSignedInEvent} foyer-signed-in - A client signed in: `detail.member`, `detail.method`.
 * @event {FoyerSignedOutEvent} foyer-signed-out - The session ended: `detail.reason` is `user`, `revoked` or `expired`.
 * @event {FoyerFileUploadedEvent} foyer-file-uploaded - A file or a new version finished uploading: `detail.file`, `detail.new_version`.
 * @event {FoyerApprovalDecidedEvent} foyer-approval-decided - The client approved or requested changes.
 * @event {FoyerRequestItemSubmittedEvent} foyer-request-item-submitted - A file was sent for a request's item: `detail.request_id`, `detail.item_id`, `detail.file`.
 * @event {FoyerErrorEvent} foyer-error - Something failed and was shown: `detail.code`, `detail.message`, `detail.request_id`.
 *
 * @csspart base - The portal's frame.
 * @csspart header - The top bar: branding, the client's email and Sign out.
 * @csspart nav - The section tabs.
 * @csspart main - The content area.
 * @csspart sign-in - The sign-in card (`<foyer-sign-in>`; its parts re-exposed as `sign-in-*`).
 * @csspart requests - The document requests above the files (`<foyer-requests>`).
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
  /**
   * A one-time code from the business's backend (`createEmbedSession`): exchanged for a session before any
   * sign-in screen shows; a used or expired one falls back to the email sign-in.
   */
  @property({ attribute: 'embed-code' }) embedCode = '';
  /**
   * The language (BCP 47: `de`, `fr-CA`): its strings (English, German, French, Spanish and Dutch are built in;
   * a region falls back to its language), dates, numbers and lists. Default: the page's `<html lang>`, else the
   * browser's languages. Right-to-left languages (`ar`, `he`, `fa`, `ur`) mirror the layout.
   */
  @property({ reflect: true }) override lang!: string;
  /** `rtl` or `ltr` forces the direction (default: the language's, or the page's `<html dir>`). */
  @property({ reflect: true }) override dir!: string;
  /** A BCP 47 locale for dates and numbers only, when it differs from `lang`'s. */
  @property() locale?: string;
  /** Overrides of any string (see `strings.ts`), over the language's: your wording, or a language of your own. */
  @property({ attribute: false }) strings: Partial<FoyerStrings> = {};
  /** The service's upload limit in bytes, shown before a transfer (default 2 GiB, the service's default). */
  @property({ attribute: 'max-upload-bytes', type: Number }) maxUploadBytes = DEFAULT_MAX_UPLOAD;

  @state() private _view: View = 'files';
  @state() private _fileId?: string;
  @state() private _views: Views = Views.idle;

  // The session, the portal and refresh live in one controller; navigation stays here.
  private readonly __session = new PortalSession(this, {
    openFile: (fileId) => {
      this._fileId = fileId;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#main')?.focus());
    },
    started: () => {
      this._fileId = undefined;
      this._view = 'files';
    },
  });

  /** Renders the portal once signed in: from the views' chunk (frame.ts). */
  private __frame?: typeof signedInFrame;
  // What the frame reads and does: its header, tabs and views render in this element's shadow root.
  private readonly __frameHost: FrameHost = {
    session: this.__session,
    view: () => this._view,
    fileId: () => this._fileId,
    show: (view) => ((this._view = view), (this._fileId = undefined)),
    signOut: () => void this.signOut(),
  };

  /** Reloads what is shown, keeping what was loaded (it also happens on focus and every 30 s while the page is visible). */
  refresh(): void {
    this.__session.refresh();
  }

  /** Signs this device out: ends the session on the service and forgets it here. */
  signOut(): Promise<void> {
    return this.__session.signOut();
  }

  // The views load as soon as a session is at hand — a remembered one while /v1/me is checked, a new one while
  // the sign-in finishes — so they usually arrive together with the answer that shows them.
  protected override willUpdate(): void {
    if (this._views === Views.idle && this.__session.hasSession) void this.__loadViews();
  }

  private async __loadViews(): Promise<void> {
    this._views = Views.loading;
    try {
      const { ClientFoyer, signedInFrame, viewsEn } = await import('./views.ts');
      this.__session.useClient(ClientFoyer, viewsEn);
      this.__frame = signedInFrame;
      this._views = Views.ready;
    } catch {
      // Offline, or the service was upgraded under this page (its old chunks are gone). The browser keeps a failed
      // module import for the page's life, so Try again reloads the page.
      this._views = Views.failed;
    }
  }

  override render() {
    const session = this.__session;
    const s = session.strings;
    const { locale, dir, packReady } = session.language;
    // The first screen waits for the language's pack: no English flashes before it.
    if (session.phase === Phase.loading || !packReady)
      return html`<div part="base" class="frame center" lang=${locale} dir=${dir} aria-busy="true">
        <p class="loading muted" role="status"><span class="spinner" aria-hidden="true"></span> ${packReady ? s.loading : session.language.loadingText}</p>
      </div>`;
    switch (session.phase) {
      case Phase.error:
        return html`<div part="base" class="frame center" lang=${locale} dir=${dir}>
          <div class="card problem" role="alert">
            <span class="problem-icon">${icons.alert()}</span>
            <p>${session.error}</p>
            ${this.portal && this.api ? html`<button class="btn secondary" type="button" @click=${() => session.retry()}>${s.retry}</button>` : nothing}
          </div>
        </div>`;
      case Phase.signedOut:
        return html`<div part="base" class="frame center" lang=${locale} dir=${dir}>
          <main class="signin-main">
            <foyer-sign-in
              part="sign-in"
              exportparts="base:sign-in-base,header:sign-in-header,form:sign-in-form,button:sign-in-button"
              .info=${session.info}
              .linkKey=${session.linkKey}
              .notice=${session.notice}
              ?completing=${session.completing}
            ></foyer-sign-in>
            <p class="powered muted">${icons.lock()} ${s.poweredBy}</p>
          </main>
        </div>`;
      default:
        if (this.__frame) return this.__frame(this.__frameHost);
        return html`<div part="base" class="frame center" lang=${locale} dir=${dir}>
          ${
            this._views === Views.failed
              ? html`<div class="card problem" role="alert">
                <span class="problem-icon">${icons.alert()}</span>
                <p>${s.networkError}</p>
                <button class="btn secondary" type="button" @click=${() => location.reload()}>${s.retry}</button>
              </div>`
              : html`<p class="loading muted" role="status"><span class="spinner" aria-hidden="true"></span> ${s.loading}</p>`
          }
        </div>`;
    }
  }
}
