import { consume } from '@lit/context';
import type { ApiKey, ApiKeyCreated } from '@foyer/sdk';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { formText } from '../../internal/form-text.ts';
import { formatRelative } from '../../internal/format.ts';
import { base } from '../../themes/base.styles.ts';
import '../shared/copy-button.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { emptyState, failedState, forbiddenState, formError, isForbidden, loadingState } from '../shared/states.ts';

/**
 * `<foyer-console-api-keys>`: the workspace's API keys (name, prefix, created, last used, by whom), creating one —
 * its secret shown this once, with a copy button, until Done — and revoking one after a confirmation.
 */
export class FoyerConsoleApiKeys extends LitElement {
  static override styles = [base, consoleBase];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  @state() private _keys: ApiKey[] = [];
  @state() private _status: 'loading' | 'ready' | 'error' | 'forbidden' = 'loading';
  @state() private _error = '';
  @state() private _actionError = '';
  @state() private _busy = false;
  /** The key just created, with its secret: shown once. */
  @state() private _created?: ApiKeyCreated;
  @state() private _confirm?: string;

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_ctx') && this._ctx && !changed.get('_ctx')) void this.__load();
  }

  private async __load(): Promise<void> {
    const ctx = this._ctx!;
    this._status = 'loading';
    try {
      this._keys = await ctx.client.apiKeys.list({ limit: 100 }).toArray();
      this._status = 'ready';
    } catch (error) {
      this._status = isForbidden(error) ? 'forbidden' : 'error';
      this._error = ctx.report(error);
    }
  }

  private async __act(action: () => Promise<void>): Promise<void> {
    const ctx = this._ctx!;
    this._busy = true;
    this._actionError = '';
    try {
      await action();
    } catch (error) {
      if (isForbidden(error)) this._status = 'forbidden';
      this._actionError = ctx.report(error);
    } finally {
      this._busy = false;
    }
  }

  private __create(event: SubmitEvent): void {
    event.preventDefault();
    const ctx = this._ctx!;
    const form = event.target as HTMLFormElement;
    const name = formText(form, 'name');
    void this.__act(async () => {
      const created = await ctx.client.apiKeys.create({ name });
      const { api_key: _secret, ...key } = created;
      this._keys = [key, ...this._keys];
      this._created = created;
      form.reset();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.secret')?.focus();
    });
  }

  private __revoke(key: ApiKey): void {
    const ctx = this._ctx!;
    this._confirm = undefined;
    void this.__act(async () => {
      await ctx.client.apiKeys.revoke(key.id);
      this._keys = this._keys.filter((k) => k.id !== key.id);
      if (this._created?.id === key.id) this._created = undefined;
    });
  }

  private __row(key: ApiKey) {
    const ctx = this._ctx!;
    const s = ctx.strings;
    const name = key.name || s.unnamedKey;
    const when = (iso: string) => formatRelative(iso, ctx.locale);
    return html`<li>
      <div class="grow">
        <p class="title">${name}</p>
        <p class="meta">
          <code>${key.prefix}…</code> · ${s.keyCreated(when(key.created_at))}${key.created_by?.email ? ` ${s.keyBy(key.created_by.email)}` : ''} ·
          ${key.last_used_at ? s.keyUsed(when(key.last_used_at)) : s.keyNeverUsed}
        </p>
      </div>
      <button class="btn danger small" type="button" aria-label=${s.revokeNamed(name)} ?disabled=${this._busy} @click=${() => (this._confirm = key.id)}>
        ${s.revoke}
      </button>
      ${
        this._confirm === key.id
          ? html`<div class="full alert info" role="alert">
            <span>${s.confirmRevokeKey(name)}</span>
            <span class="actions">
              <button class="btn danger small" type="button" @click=${() => this.__revoke(key)}>${s.revoke}</button>
              <button class="btn ghost small" type="button" @click=${() => (this._confirm = undefined)}>${s.cancel}</button>
            </span>
          </div>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const created = this._created;
    let body;
    if (this._status === 'loading') body = loadingState(s);
    else if (this._status === 'error') body = failedState(this._error, s, () => this.__load());
    else if (this._status === 'forbidden') body = forbiddenState(s, s.ownerKeys);
    else
      body = html`${
        created
          ? html`<div class="secret" tabindex="-1" role="region" aria-label=${s.newKeyTitle}>
              <h3>${s.newKeyTitle}</h3>
              <p>${s.newKeyOnce}</p>
              <code class="code">${created.api_key}</code>
              <div class="actions">
                <foyer-console-copy .value=${created.api_key} label=${s.copyNamed(s.theKey)}></foyer-console-copy>
                <button class="btn primary small" type="button" @click=${() => (this._created = undefined)}>${s.done}</button>
              </div>
            </div>`
          : nothing
      }
        ${
          this._keys.length
            ? html`<ul class="list card" aria-label=${s.tabApiKeys}>
              ${this._keys.map((key) => this.__row(key))}
            </ul>`
            : emptyState('', s.noKeys)
        }
        ${formError(this._actionError)}
        <form class="inline-form" @submit=${this.__create}>
          <div class="field">
            <label for="key-name">${s.keyNameLabel}</label>
            <input id="key-name" name="name" class="input" required maxlength="200" autocomplete="off" placeholder=${s.keyNamePlaceholder} />
          </div>
          <button class="btn primary" type="submit" ?disabled=${this._busy}>${s.createKey}</button>
        </form>`;
    return html`<div class="page">
      <h2>${s.tabApiKeys}</h2>
      <p class="intro muted">${s.apiKeysIntro}</p>
      ${body}
    </div>`;
  }
}
