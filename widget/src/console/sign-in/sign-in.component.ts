import { AuthenticationError, RateLimitError, type Foyer, type ResponseBody, type WorkspaceChoice, type WorkspaceOption } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import '../../components/code-input/code-input.ts';
import type { FoyerCodeInput } from '../../components/code-input/code-input.component.ts';
import { styles as signInStyles } from '../../components/sign-in/sign-in.styles.ts';
import { formText } from '../../internal/form-text.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { emitConsole } from '../shared/events.ts';
import { failureSentence } from '../shared/sentence.ts';
import { formError } from '../shared/states.ts';
import { consoleEn, type ConsoleStrings } from '../shared/strings.ts';
import { styles } from './sign-in.styles.ts';

type Step = 'email' | 'code' | 'choose' | 'verify';

// A 429 goes straight to the person, with its countdown, instead of being waited out by the SDK's retry.
const NO_RETRY = { maxRetries: 0 };

/**
 * @tag foyer-console-sign-in
 * @summary The console's sign-in card: email → the 6-digit code (six boxes, resend with a countdown that honours
 * `Retry-After`) or the emailed link; the workspace chooser when the address belongs to several workspaces; and,
 * at `/console/verify#token=…`, a Continue button that spends the link's token (opening the page spends nothing;
 * the token is taken out of the address bar at once). The session becomes the service's HttpOnly cookie: nothing
 * is written to storage.
 *
 * @event {FoyerConsoleSignedInEvent} foyer-console-signed-in - Signed in: `detail.user`, `detail.workspace`.
 *
 * @csspart base - The card.
 * @csspart form - The form of the current step.
 */
export class FoyerConsoleSignIn extends LitElement {
  static override styles = [base, signInStyles, styles];

  /** The SDK client in console mode. */
  @property({ attribute: false }) client?: Foyer;
  @property({ attribute: false }) strings: ConsoleStrings = consoleEn;
  /** A message above the form, e.g. why the session ended. */
  @property() notice = '';
  /** The page is `/console/verify`: take the link's token from the address bar and offer Continue. */
  @property({ type: Boolean }) verify = false;

  @state() private _step: Step = 'email';
  @state() private _email = '';
  @state() private _busy = false;
  @state() private _error = '';
  @state() private _choice?: WorkspaceChoice['workspace_choice'];
  @state() private _wait = 0;
  private __token = '';
  private __timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.verify) {
      // Read the token once and take it out of the address bar (and so out of the history and of screenshots).
      this.__token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
      if (location.hash) history.replaceState(null, '', location.pathname + location.search);
      this._step = 'verify';
      if (!this.__token) this.__toEmail(this.strings.noLinkToken);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.__timer);
  }

  private __toEmail(error = ''): void {
    this._step = 'email';
    this._error = error;
  }

  private __countdown(seconds: number): void {
    const until = Date.now() + seconds * 1000;
    clearInterval(this.__timer);
    const tick = () => {
      this._wait = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      if (this._wait === 0) clearInterval(this.__timer);
    };
    tick();
    this.__timer = setInterval(tick, 1000);
  }

  private __fail(error: unknown, wrong: string): void {
    const s = this.strings;
    if (error instanceof RateLimitError) {
      const seconds = error.retryAfter ?? 60;
      this.__countdown(seconds);
      this._error = s.rateLimited(seconds);
    } else if (error instanceof AuthenticationError) {
      this._error = wrong;
    } else {
      this._error = failureSentence(error, s);
    }
  }

  private async __send(email: string): Promise<void> {
    this._email = email;
    this._busy = true;
    this._error = '';
    try {
      const started = await this.client!.auth.startSignIn(email, NO_RETRY);
      this.__countdown(started.resend_after);
      this._step = 'code';
    } catch (error) {
      this.__fail(error, this.strings.genericError);
    } finally {
      this._busy = false;
    }
    if (this._step === 'code') {
      await this.updateComplete;
      this.renderRoot.querySelector<FoyerCodeInput>('foyer-code-input')?.clear();
    }
  }

  /** Runs one confirmation: a session signs in, a workspace choice shows the chooser. */
  private async __confirm(call: () => PromiseLike<ResponseBody<'confirmUserSignIn'>>, wrong: string): Promise<void> {
    if (this._busy) return;
    this._busy = true;
    this._error = '';
    try {
      const answer = await call();
      if ('workspace_choice' in answer) {
        this._choice = answer.workspace_choice;
        this._step = 'choose';
        this._busy = false;
        return;
      }
      emitConsole(this, 'foyer-console-signed-in', { user: answer.user, workspace: answer.workspace });
    } catch (error) {
      this._busy = false;
      this.__fail(error, wrong);
      if (this._step === 'code') {
        await this.updateComplete;
        this.renderRoot.querySelector<FoyerCodeInput>('foyer-code-input')?.clear();
      } else if (this._step !== 'email') {
        this.__toEmail(this._error === wrong ? this.strings.linkFailed : this._error);
      }
    }
  }

  private __header(title: string) {
    const s = this.strings;
    return html`<header class="header">
      <div class="monogram" aria-hidden="true">${s.product.slice(0, 1)}</div>
      <p class="eyebrow">${s.product}</p>
      <h1 id="title">${title}</h1>
    </header>`;
  }

  private __emailStep() {
    const s = this.strings;
    return html`<form
      part="form"
      class="form"
      @submit=${(e: SubmitEvent) => (e.preventDefault(), void this.__send(formText(e.target as HTMLFormElement, 'email')))}
    >
      <p class="intro muted">${s.signInIntro}</p>
      <div class="field">
        <label for="email">${s.emailLabel}</label>
        <input id="email" name="email" class="input" type="email" autocomplete="email" required .value=${this._email} ?disabled=${this._busy} />
      </div>
      <button class="btn primary block" type="submit" ?disabled=${this._busy || this._wait > 0}>
        ${this._busy ? html`<span class="spinner" aria-hidden="true"></span> ${s.sending}` : s.sendCode}
      </button>
    </form>`;
  }

  private __codeStep() {
    const s = this.strings;
    const wait = this._wait;
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
        @foyer-code-complete=${(e: CustomEvent<{ code: string }>) =>
          void this.__confirm(() => this.client!.auth.confirmCode(this._email, e.detail.code, undefined, NO_RETRY), s.wrongCode)}
      ></foyer-code-input>
      <p class="status" role="status">${this._busy ? html`<span class="spinner" aria-hidden="true"></span> ${s.verifying}` : nothing}</p>
      <div class="row">
        <button class="btn ghost" type="button" ?disabled=${this._busy} @click=${() => this.__toEmail()}>${s.useAnotherEmail}</button>
        <button class="btn secondary" type="button" ?disabled=${this._busy || wait > 0} @click=${() => void this.__send(this._email)}>
          ${wait > 0 ? s.resendIn(wait) : s.resend}
        </button>
      </div>
    </div>`;
  }

  private __option(option: WorkspaceOption) {
    const s = this.strings;
    const name = option.branding.display_name || option.name;
    const choice = this._choice!;
    return html`<li>
      <button
        class="workspace"
        type="button"
        ?disabled=${this._busy}
        @click=${() => void this.__confirm(() => this.client!.auth.chooseWorkspace(choice.choice_token, option.id, undefined, NO_RETRY), s.linkFailed)}
      >
        ${
          option.branding.logo_url
            ? html`<img class="option-logo" src=${option.branding.logo_url} alt="" />`
            : html`<span class="option-mark" aria-hidden="true" ${ref((mark) => this.__accent(mark, option.branding.accent_color))}
                >${name.slice(0, 1).toUpperCase()}</span
              >`
        }
        <span class="option-text">
          <span class="option-name">${name}</span>
          <span class="muted">${option.role === 'owner' ? s.roleOwner : s.roleStaff}</span>
        </span>
      </button>
    </li>`;
  }

  /** Each workspace's mark in its own accent colour (set through the CSSOM: no style attribute). */
  private __accent(mark: Element | undefined, accent: string | null | undefined): void {
    if (mark instanceof HTMLElement && accent) mark.style.setProperty('--_accent', accent);
  }

  private __chooseStep() {
    const s = this.strings;
    return html`<div part="form" class="form">
      <p class="intro muted">${s.chooseIntro}</p>
      <ul class="options" aria-label=${s.chooseTitle}>
        ${this._choice?.workspaces.map((option) => this.__option(option))}
      </ul>
      <p class="status" role="status">${this._busy ? html`<span class="spinner" aria-hidden="true"></span> ${s.verifying}` : nothing}</p>
    </div>`;
  }

  private __verifyStep() {
    const s = this.strings;
    return html`<div part="form" class="form">
      <p class="intro muted">${s.verifyIntro}</p>
      <button
        class="btn primary block"
        type="button"
        ?disabled=${this._busy}
        @click=${() => void this.__confirm(() => this.client!.auth.confirmToken(this.__token, undefined, NO_RETRY), s.linkFailed)}
      >
        ${this._busy ? html`<span class="spinner" aria-hidden="true"></span> ${s.verifying}` : s.continue}
      </button>
    </div>`;
  }

  override render() {
    const s = this.strings;
    const step = this._step;
    const title = step === 'choose' ? s.chooseTitle : step === 'verify' ? s.verifyTitle : s.signInTitle;
    const body =
      step === 'code'
        ? this.__codeStep()
        : step === 'choose'
          ? this.__chooseStep()
          : step === 'verify'
            ? this.__verifyStep()
            : this.__emailStep();
    return html`<section part="base" class="card sign-in" aria-labelledby="title">
      ${this.__header(title)} ${this.notice ? html`<p class="alert info" role="status">${this.notice}</p>` : nothing} ${formError(this._error)}
      ${body}
      <p class="fine muted">${icons.lock()}<span>${s.secureNote}</span></p>
    </section>`;
  }
}
