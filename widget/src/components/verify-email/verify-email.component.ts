import { consume } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CodeFlow } from '../../internal/code-flow.ts';
import { codeStep } from '../../internal/code-step.ts';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { formText } from '../../internal/form-text.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from '../sign-in/sign-in.styles.ts';

/**
 * @tag foyer-verify-email
 * @summary Confirms the client's email address inline with an emailed 6-digit code, for what needs a
 * verified address — deciding an approval — after a sign-in through a `link`-mode portal's link. On success
 * `<foyer-portal>` already uses the new session when `verified` fires.
 *
 * @event verified - The address is confirmed (not composed: for the element that shows this one).
 */
export class FoyerVerifyEmail extends LitElement {
  // The sign-in card's styles, for the same code step; its text is centred there by the card.
  static override styles = [
    base,
    styles,
    css`
    .sent p {
      text-align: center;
    }
  `,
  ];

  @consume({ context: portalContext, subscribe: true }) @state() private _ctx?: PortalContext;

  /** The address to prefill (the signed-in member's). */
  @property() email = '';

  private readonly __flow = new CodeFlow(this, () => this._ctx);

  private async __confirm(code: string): Promise<void> {
    const session = await this.__flow.confirm(code);
    if (!session) return;
    await this._ctx!.verified(session);
    this.dispatchEvent(new CustomEvent('verified'));
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const flow = this.__flow;
    return html`<section class="form" aria-labelledby="verify-title">
      <h2 id="verify-title">${s.verifyTitle}</h2>
      ${flow.error ? html`<p class="alert" role="alert">${icons.alert()}<span>${flow.error}</span></p>` : nothing}
      ${
        flow.sent
          ? codeStep(
              flow,
              s,
              (code) => this.__confirm(code),
              () => flow.send(),
            )
          : html`<form class="form" @submit=${(e: SubmitEvent) => (e.preventDefault(), flow.send(formText(e.target as HTMLFormElement, 'email')))}>
            <p class="muted">${s.verifyIntro}</p>
            <div class="field">
              <label for="verify-email">${s.emailLabel}</label>
              <input id="verify-email" name="email" class="input" type="email" autocomplete="email" required .value=${flow.email || this.email} ?disabled=${flow.busy} />
            </div>
            <button class="btn primary" type="submit" ?disabled=${flow.busy}>
              ${flow.busy ? html`<span class="spinner" aria-hidden="true"></span> ${s.sending}` : s.sendCode}
            </button>
          </form>`
      }
    </section>`;
  }
}
