import { consume } from '@lit/context';
import { AuthenticationError, RateLimitError, type PublicPortal } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import '../code-input/code-input.ts';
import type { FoyerCodeInput } from '../code-input/code-input.component.ts';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './sign-in.styles.ts';

// A 429 goes straight to the person, with its countdown, instead of being waited out by the SDK's retry.
const NO_RETRY = { maxRetries: 0 };

const Step = { email: 'email', code: 'code' } as const;
type Step = (typeof Step)[keyof typeof Step];

/**
 * @tag foyer-sign-in
 * @summary The sign-in card: the portal's name and the business's branding; email → a 6-digit code
 * (resend with a countdown that honours `Retry-After`); for `link`-mode portals, name and email only.
 * Used inside `<foyer-portal>`, which provides the API through context and completes magic links.
 *
 * @csspart base - The card.
 * @csspart header - Logo, business and portal name.
 * @csspart form - The form of the current step.
 * @csspart button - The main button.
 */
export class FoyerSignIn extends LitElement {
  static override styles = [base, styles];

  @consume({ context: portalContext, subscribe: true }) @state() private _ctx?: PortalContext;

  /** The portal's public face (name, branding, access mode). */
  @property({ attribute: false }) info?: PublicPortal;
  /** A link-mode portal's secret (`#k=…` of its link): then only name and email are asked. */
  @property({ attribute: false }) linkKey?: string;
  /** A message to show above the form, e.g. why the session ended. */
  @property() notice = '';
  /** Shows "Signing you in…" while the portal completes a magic link. */
  @property({ type: Boolean }) completing = false;

  @state() private _step: Step = Step.email;
  @state() private _email = '';
  @state() private _busy = false;
  @state() private _error = '';
  @state() private _resendAt = 0;
  @state() private _now = Date.now();
  private __ticker: ReturnType<typeof setInterval> | undefined;

  @query('foyer-code-input') private _code?: FoyerCodeInput;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.__ticker);
  }

  private __wait(seconds: number): void {
    this._resendAt = Date.now() + seconds * 1000;
    this._now = Date.now();
    clearInterval(this.__ticker);
    this.__ticker = setInterval(() => {
      this._now = Date.now();
      if (this._now >= this._resendAt) clearInterval(this.__ticker);
    }, 1000);
  }

  private __fail(error: unknown): void {
    const s = this._ctx!.strings;
    if (error instanceof RateLimitError) {
      const seconds = error.retryAfter ?? 60;
      this.__wait(seconds);
      this._error = s.rateLimited(seconds);
    } else if (error instanceof AuthenticationError) {
      this._error = s.wrongCode;
    } else {
      this._error = this._ctx!.report(error);
    }
  }

  private async __send(event?: SubmitEvent): Promise<void> {
    event?.preventDefault();
    const ctx = this._ctx!;
    if (event) {
      const data = new FormData(event.target as HTMLFormElement);
      this._email = String(data.get('email') ?? '').trim();
    }
    this._busy = true;
    this._error = '';
    try {
      const started = await ctx.foyer.verifications.start(ctx.portalId, this._email, NO_RETRY);
      this.__wait(started.resend_after);
      this._step = Step.code;
      await this.updateComplete;
      this._code?.clear();
    } catch (error) {
      this.__fail(error);
    } finally {
      this._busy = false;
    }
  }

  private async __confirm(code: string): Promise<void> {
    const ctx = this._ctx!;
    if (this._busy) return;
    this._busy = true;
    this._error = '';
    try {
      const { session } = await ctx.foyer.verifications.confirmCode(ctx.portalId, this._email, code, NO_RETRY);
      ctx.signedIn(session, 'code');
    } catch (error) {
      this.__fail(error);
      this._busy = false;
      await this.updateComplete;
      this._code?.clear();
    }
  }

  private async __enterLink(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const ctx = this._ctx!;
    const data = new FormData(event.target as HTMLFormElement);
    this._busy = true;
    this._error = '';
    try {
      const visitor = { name: String(data.get('name') ?? '').trim(), email: String(data.get('email') ?? '').trim() };
      const { session } = await ctx.foyer.verifications.confirmAccessLink(ctx.portalId, this.linkKey!, visitor, NO_RETRY);
      ctx.signedIn(session, 'access_link');
    } catch (error) {
      this.__fail(error);
      this._busy = false;
    }
  }

  private __header() {
    const info = this.info;
    const branding = info?.workspace.branding;
    const business = branding?.display_name ?? info?.workspace.name ?? '';
    return html`<header part="header" class="header">
      ${branding?.logo_url
        ? html`<img class="logo" src=${branding.logo_url} alt=${business} />`
        : html`<div class="monogram" aria-hidden="true">${business.slice(0, 1).toUpperCase()}</div>`}
      <p class="eyebrow">${business}</p>
      <h1 id="title">${info?.name ?? ''}</h1>
    </header>`;
  }

  private __emailStep() {
    const s = this._ctx!.strings;
    return html`<form part="form" class="form" @submit=${this.__send}>
      <p class="intro muted">${s.signInIntro}</p>
      <div class="field">
        <label for="email">${s.emailLabel}</label>
        <input id="email" name="email" class="input" type="email" autocomplete="email" required .value=${this._email} ?disabled=${this._busy} />
      </div>
      <button part="button" class="btn primary block" type="submit" ?disabled=${this._busy}>
        ${this._busy ? html`<span class="spinner" aria-hidden="true"></span> ${s.sending}` : s.sendCode}
      </button>
    </form>`;
  }

  private __codeStep() {
    const s = this._ctx!.strings;
    const wait = Math.max(0, Math.ceil((this._resendAt - this._now) / 1000));
    return html`<div part="form" class="form">
      <div class="sent">
        <span class="sent-icon">${icons.mail()}</span>
        <h2>${s.codeSentTitle}</h2>
        <p class="muted">${s.codeSent(this._email)}</p>
      </div>
      <foyer-code-input
        label=${s.codeLabel}
        .digitLabel=${s.codeDigit}
        ?disabled=${this._busy}
        ?invalid=${Boolean(this._error)}
        @foyer-code-complete=${(e: CustomEvent<{ code: string }>) => this.__confirm(e.detail.code)}
      ></foyer-code-input>
      <p class="status" role="status">${this._busy ? html`<span class="spinner" aria-hidden="true"></span> ${s.verifying}` : nothing}</p>
      <div class="row">
        <button class="btn ghost" type="button" ?disabled=${this._busy} @click=${() => ((this._step = Step.email), (this._error = ''))}>
          ${s.useAnotherEmail}
        </button>
        <button class="btn secondary" type="button" ?disabled=${this._busy || wait > 0} @click=${() => this.__send()}>
          ${wait > 0 ? s.resendIn(wait) : s.resend}
        </button>
      </div>
    </div>`;
  }

  private __linkStep() {
    const s = this._ctx!.strings;
    return html`<form part="form" class="form" @submit=${this.__enterLink}>
      <p class="intro muted">${s.linkIntro}</p>
      <div class="field">
        <label for="name">${s.nameLabel}</label>
        <input id="name" name="name" class="input" autocomplete="name" required maxlength="200" ?disabled=${this._busy} />
      </div>
      <div class="field">
        <label for="email">${s.emailLabel}</label>
        <input id="email" name="email" class="input" type="email" autocomplete="email" required ?disabled=${this._busy} />
      </div>
      <button part="button" class="btn primary block" type="submit" ?disabled=${this._busy}>${s.continue}</button>
    </form>`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    let body;
    if (this.completing) body = html`<p class="completing" role="status"><span class="spinner" aria-hidden="true"></span> ${s.completingLink}</p>`;
    else if (this.linkKey) body = this.__linkStep();
    else body = this._step === Step.code ? this.__codeStep() : this.__emailStep();
    return html`<section part="base" class="card sign-in" aria-labelledby="title">
      ${this.__header()}
      ${this.notice ? html`<p class="alert info" role="status">${this.notice}</p>` : nothing}
      ${this._error ? html`<p class="alert" role="alert">${icons.alert()}<span>${this._error}</span></p>` : nothing}
      ${body}
      <p class="fine muted">${icons.lock()}<span>${s.rememberNote}</span></p>
    </section>`;
  }
}
