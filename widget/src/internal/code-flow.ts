import { AuthenticationError, RateLimitError, type SessionCreated } from '@foyer/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FoyerCodeInput } from '../components/code-input/code-input.component.ts';
import type { SignInContext } from './context.ts';

/** A Lit element that renders the code step ({@link codeStep}) into its shadow root. */
type CodeFlowHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

// A 429 goes straight to the person, with its countdown, instead of being waited out by the SDK's retry.
const NO_RETRY = { maxRetries: 0 };

/**
 * The email → 6-digit code exchange, shared by the sign-in card and the inline email check of
 * `<foyer-approval>`: sending (with the resend countdown that honours `Retry-After`), confirming, and the
 * sentence to show when either fails. The host re-renders whenever any of it changes.
 */
export class CodeFlow implements ReactiveController {
  email = '';
  /** A code was asked for `email`: show the code step. */
  sent = false;
  busy = false;
  error = '';
  private __resendAt = 0;
  private __timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: CodeFlowHost,
    private readonly ctx: () => SignInContext | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearInterval(this.__timer);
  }

  /** Seconds before another code may be asked for. */
  get wait(): number {
    return Math.max(0, Math.ceil((this.__resendAt - Date.now()) / 1000));
  }

  private __set(changes: Partial<Pick<CodeFlow, 'email' | 'sent' | 'busy' | 'error'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  private __countdown(seconds: number): void {
    this.__resendAt = Date.now() + seconds * 1000;
    clearInterval(this.__timer);
    this.__timer = setInterval(() => {
      this.host.requestUpdate();
      if (this.wait === 0) clearInterval(this.__timer);
    }, 1000);
  }

  /** Shows why a step failed: a countdown for a 429, "wrong code" for a 401, else the portal's report. */
  fail(error: unknown): void {
    const ctx = this.ctx()!;
    const s = ctx.strings;
    if (error instanceof RateLimitError) {
      const seconds = error.retryAfter ?? 60;
      this.__countdown(seconds);
      this.__set({ error: s.rateLimited(seconds) });
    } else {
      this.__set({ error: error instanceof AuthenticationError ? s.wrongCode : ctx.report(error) });
    }
  }

  /** Empties the code boxes once the host has rendered: for a fresh code, or another try after a wrong one. */
  private async __clearCode(): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<FoyerCodeInput>('foyer-code-input')?.clear();
  }

  /** Asks for a code for `email`; on success the code step shows, its boxes empty. */
  async send(email = this.email): Promise<void> {
    const ctx = this.ctx()!;
    this.__set({ email, busy: true, error: '' });
    try {
      const started = await ctx.foyer.verifications.start(ctx.portalId, email, { ...NO_RETRY, locale: ctx.locale });
      this.__countdown(started.resend_after);
      this.sent = true;
    } catch (error) {
      this.fail(error);
    } finally {
      this.__set({ busy: false });
    }
    if (this.sent) await this.__clearCode();
  }

  /**
   * Exchanges `code` for a session; `undefined` (with `error` set and the boxes emptied) when it failed.
   * Stays busy on success.
   */
  async confirm(code: string): Promise<SessionCreated | undefined> {
    const ctx = this.ctx()!;
    if (this.busy) return undefined;
    this.__set({ busy: true, error: '' });
    try {
      return (await ctx.foyer.verifications.confirmCode(ctx.portalId, this.email, code, { ...NO_RETRY, locale: ctx.locale })).session;
    } catch (error) {
      this.fail(error);
      this.__set({ busy: false });
      await this.__clearCode();
      return undefined;
    }
  }

  /** Back to the email step. */
  back(): void {
    this.__set({ sent: false, error: '' });
  }
}
