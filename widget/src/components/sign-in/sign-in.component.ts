import { consume } from '@lit/context';
import { PermissionError, type PublicPortal } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CodeFlow } from '../../internal/code-flow.ts';
import { codeStep } from '../../internal/code-step.ts';
import { signInContext, type SignInContext } from '../../internal/context.ts';
import { formText } from '../../internal/form-text.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './sign-in.styles.ts';

/**
 * @tag foyer-sign-in
 * @summary The sign-in card: the portal's name and the business's branding; email → a 6-digit code
 * (resend with a countdown that honours `Retry-After`); for `link`-mode portals, name and email only — unless
 * the email belongs to a member who signs in with a code, who is then sent one.
 * Used inside `<foyer-portal>`, which provides the API through context and completes magic links.
 *
 * @csspart base - The card.
 * @csspart header - Logo, business and portal name.
 * @csspart form - The form of the current step.
 * @csspart button - The main button.
 */
export class FoyerSignIn extends LitElement {
  static override styles = [base, styles];

  @consume({ context: signInContext, subscribe: true }) @state() private _ctx?: SignInContext;

  /** The portal's public face (name, branding, access mode). */
  @property({ attribute: false }) info?: PublicPortal;
  /** A link-mode portal's secret (`#k=…` of its link): then only name and email are asked. */
  @property({ attribute: false }) linkKey?: string;
  /** A message to show above the form, e.g. why the session ended. */
  @property() notice = '';
  /** Shows "Signing you in…" while the portal completes a magic link. */
  @property({ type: Boolean }) completing = false;

  /** The link visitor's email belongs to a member, who signs in with a code instead of the link. */
  @state() private _useCode = false;
  @state() private _busy = false;
  private readonly __flow = new CodeFlow(this, () => this._ctx);

  private async __confirm(code: string): Promise<void> {
    const session = await this.__flow.confirm(code);
    if (session) this._ctx!.signedIn(session, 'code');
  }

  private async __enterLink(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const ctx = this._ctx!;
    const form = event.target as HTMLFormElement;
    const visitor = { name: formText(form, 'name'), email: formText(form, 'email') };
    this._busy = true;
    this.__flow.error = '';
    try {
      const { session } = await ctx.foyer.verifications.confirmAccessLink(ctx.portalId, this.linkKey!, visitor, {
        maxRetries: 0,
        locale: ctx.locale,
      });
      ctx.signedIn(session, 'access_link');
    } catch (error) {
      this._busy = false;
      if (error instanceof PermissionError && error.code === 'verification_required') {
        // A member's address: the link does not admit it, a code sent to it does.
        this._useCode = true;
        return this.__flow.send(visitor.email);
      }
      this.__flow.fail(error);
    }
  }

  private __header() {
    const info = this.info;
    const branding = info?.workspace.branding;
    const business = branding?.display_name ?? info?.workspace.name ?? '';
    return html`<header part="header" class="header">
      ${
        branding?.logo_url
          ? html`<img class="logo" src=${branding.logo_url} alt=${business} />`
          : html`<div class="monogram" aria-hidden="true">${business.slice(0, 1).toUpperCase()}</div>`
      }
      <p class="eyebrow">${business}</p>
      <h1 id="title">${info?.name ?? ''}</h1>
    </header>`;
  }

  private __emailStep() {
    const s = this._ctx!.strings;
    const busy = this.__flow.busy;
    return html`<form part="form" class="form" @submit=${(e: SubmitEvent) => (e.preventDefault(), this.__flow.send(formText(e.target as HTMLFormElement, 'email')))}>
      <p class="intro muted">${s.signInIntro}</p>
      <div class="field">
        <label for="email">${s.emailLabel}</label>
        <input id="email" name="email" class="input" type="email" autocomplete="email" required .value=${this.__flow.email} ?disabled=${busy} />
      </div>
      <button part="button" class="btn primary block" type="submit" ?disabled=${busy}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span> ${s.sending}` : s.sendCode}
      </button>
    </form>`;
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
    const flow = this.__flow;
    let body;
    if (this.completing)
      body = html`<p class="completing" role="status"><span class="spinner" aria-hidden="true"></span> ${s.completingLink}</p>`;
    else if (flow.sent)
      body = codeStep(
        flow,
        s,
        (code) => this.__confirm(code),
        () => flow.send(),
      );
    else if (this.linkKey && !this._useCode) body = this.__linkStep();
    else body = this.__emailStep();
    return html`<section part="base" class="card sign-in" aria-labelledby="title">
      ${this.__header()}
      ${this.notice ? html`<p class="alert info" role="status">${this.notice}</p>` : nothing}
      ${flow.error ? html`<p class="alert" role="alert">${icons.alert()}<span>${flow.error}</span></p>` : nothing}
      ${body}
      <p class="fine muted">${icons.lock()}<span>${s.rememberNote}</span></p>
    </section>`;
  }
}
