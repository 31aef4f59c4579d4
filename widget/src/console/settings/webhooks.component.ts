import { consume } from '@lit/context';
import type { WebhookDelivery, WebhookEndpoint } from '@foyer/sdk';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { formText } from '../../internal/form-text.ts';
import { formatDateTime, formatRelative } from '../../internal/format.ts';
import { base } from '../../themes/base.styles.ts';
import '../shared/copy-button.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { emptyState, failedState, forbiddenState, formError, isForbidden, loadingState } from '../shared/states.ts';

/** One endpoint's deliveries, as far as they were read. */
interface Deliveries {
  status: 'loading' | 'ready' | 'error';
  items: WebhookDelivery[];
  cursor: string | null;
  error: string;
}

/**
 * `<foyer-console-webhooks>`: the workspace's webhook endpoints — adding one (its signing secret shown once, with
 * a copy button), deleting one after a confirmation — and each endpoint's deliveries with every attempt (when,
 * HTTP status or error, duration, next retry) and "Resend" on a failed delivery.
 */
export class FoyerConsoleWebhooks extends LitElement {
  static override styles = [
    base,
    consoleBase,
    css`
      .deliveries {
        flex-basis: 100%;
        display: grid;
        gap: 0.5rem;
        min-width: 0;
      }
      .delivery-list {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      .delivery {
        display: grid;
        gap: 0.375rem;
        padding: 0.75rem;
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) - 4px);
        background: var(--_bg);
        min-width: 0;
      }
      .delivery-head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .attempts {
        margin: 0;
        padding-inline-start: 1.25rem;
        font-size: 0.875rem;
        color: var(--_muted);
      }
      .badge.failed {
        background: color-mix(in srgb, var(--_danger) 12%, var(--_surface));
        color: color-mix(in srgb, var(--_danger) 80%, var(--_fg));
      }
      .badge.succeeded {
        background: color-mix(in srgb, var(--_success) 15%, var(--_surface));
        color: color-mix(in srgb, var(--_success) 75%, var(--_fg));
      }
    `,
  ];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  @state() private _endpoints: WebhookEndpoint[] = [];
  @state() private _status: 'loading' | 'ready' | 'error' | 'forbidden' = 'loading';
  @state() private _error = '';
  @state() private _actionError = '';
  @state() private _busy = false;
  @state() private _secret?: string;
  @state() private _confirm?: string;
  /** The endpoints whose deliveries are open, by id. */
  @state() private _open = new Map<string, Deliveries>();
  @state() private _said = '';

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_ctx') && this._ctx && !changed.get('_ctx')) void this.__load();
  }

  private async __load(): Promise<void> {
    const ctx = this._ctx!;
    this._status = 'loading';
    try {
      this._endpoints = await ctx.client.webhookEndpoints.list({ limit: 100 }).toArray();
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
    this._said = '';
    try {
      await action();
    } catch (error) {
      if (isForbidden(error)) this._status = 'forbidden';
      this._actionError = ctx.report(error);
    } finally {
      this._busy = false;
    }
  }

  private __add(event: SubmitEvent): void {
    event.preventDefault();
    const ctx = this._ctx!;
    const form = event.target as HTMLFormElement;
    const url = formText(form, 'url');
    const events = formText(form, 'events')
      .split(/[\s,]+/)
      .filter(Boolean);
    void this.__act(async () => {
      const { secret, ...endpoint } = await ctx.client.webhookEndpoints.create({
        url,
        events: events.length ? [...new Set(events)] : ['*'],
      });
      this._endpoints = [endpoint, ...this._endpoints];
      this._secret = secret;
      form.reset();
    });
  }

  private __delete(endpoint: WebhookEndpoint): void {
    const ctx = this._ctx!;
    this._confirm = undefined;
    void this.__act(async () => {
      await ctx.client.webhookEndpoints.delete(endpoint.id);
      this._endpoints = this._endpoints.filter((e) => e.id !== endpoint.id);
    });
  }

  private __setDeliveries(id: string, value: Deliveries | undefined): void {
    const open = new Map(this._open);
    if (value) open.set(id, value);
    else open.delete(id);
    this._open = open;
  }

  private async __deliveries(endpoint: WebhookEndpoint, more = false): Promise<void> {
    const ctx = this._ctx!;
    const shown = this._open.get(endpoint.id);
    this.__setDeliveries(endpoint.id, { items: [], cursor: null, error: '', ...(more ? shown : {}), status: 'loading' });
    try {
      const query = { limit: 20, ...(more && shown?.cursor ? { cursor: shown.cursor } : {}) };
      const page = await ctx.client.webhookEndpoints.listDeliveries(endpoint.id, query).page();
      this.__setDeliveries(endpoint.id, {
        status: 'ready',
        items: [...(more ? (shown?.items ?? []) : []), ...page.data],
        cursor: page.has_more ? page.next_cursor : null,
        error: '',
      });
    } catch (error) {
      this.__setDeliveries(endpoint.id, {
        items: shown?.items ?? [],
        cursor: shown?.cursor ?? null,
        status: 'error',
        error: ctx.report(error),
      });
    }
  }

  private __resend(endpoint: WebhookEndpoint, delivery: WebhookDelivery): void {
    const ctx = this._ctx!;
    void this.__act(async () => {
      const pending = await ctx.client.webhookEndpoints.resendDelivery(endpoint.id, delivery.id);
      const shown = this._open.get(endpoint.id);
      if (shown) this.__setDeliveries(endpoint.id, { ...shown, items: shown.items.map((d) => (d.id === pending.id ? pending : d)) });
      this._endpoints = this._endpoints.map((e) => (e.id === endpoint.id ? { ...e, status: 'enabled', disabled_reason: null } : e));
      this._said = ctx.strings.resent;
    });
  }

  private __delivery(endpoint: WebhookEndpoint, delivery: WebhookDelivery) {
    const ctx = this._ctx!;
    const s = ctx.strings;
    const label = { pending: s.deliveryPending, succeeded: s.deliverySucceeded, failed: s.deliveryFailed }[delivery.status];
    return html`<li class="delivery">
      <div class="delivery-head">
        <code class="grow">${delivery.event_type}</code>
        <span class="badge ${delivery.status}">${label}</span>
        <span class="meta">${formatDateTime(delivery.created_at, ctx.locale)}</span>
        ${
          delivery.status === 'failed'
            ? html`<button
              class="btn secondary small"
              type="button"
              aria-label=${s.resendNamed(`${delivery.event_type} ${delivery.id}`)}
              ?disabled=${this._busy}
              @click=${() => this.__resend(endpoint, delivery)}
            >
              ${s.resendDelivery}
            </button>`
            : nothing
        }
      </div>
      ${
        delivery.attempts.length
          ? html`<ol class="attempts">
            ${delivery.attempts.map(
              (a) =>
                html`<li>
                  ${s.attempt(a.attempt, formatDateTime(a.started_at, ctx.locale))} —
                  ${a.response_status ? s.attemptStatus(a.response_status) : s.attemptNoResponse}${
                    a.error && a.error !== s.attemptStatus(a.response_status ?? 0) ? `, ${a.error}` : ''
                  } ·
                  ${s.durationMs(a.duration_ms)}${a.next_retry_at ? ` · ${s.nextAttempt(formatRelative(a.next_retry_at, ctx.locale))}` : ''}
                </li>`,
            )}
          </ol>`
          : nothing
      }
    </li>`;
  }

  private __deliveriesOf(endpoint: WebhookEndpoint, shown: Deliveries) {
    const s = this._ctx!.strings;
    return html`<div class="deliveries">
      ${
        shown.items.length
          ? html`<ul class="delivery-list" aria-label=${s.deliveriesOf(endpoint.url)}>
            ${shown.items.map((d) => this.__delivery(endpoint, d))}
          </ul>`
          : shown.status === 'ready'
            ? html`<p class="muted">${s.noDeliveries}</p>`
            : nothing
      }
      ${shown.status === 'loading' ? loadingState(s) : nothing}
      ${shown.status === 'error' ? failedState(shown.error, s, () => this.__deliveries(endpoint, shown.items.length > 0)) : nothing}
      ${
        shown.status === 'ready' && shown.cursor
          ? html`<p><button class="btn secondary small" type="button" @click=${() => void this.__deliveries(endpoint, true)}>${s.loadMore}</button></p>`
          : nothing
      }
    </div>`;
  }

  private __row(endpoint: WebhookEndpoint) {
    const s = this._ctx!.strings;
    const shown = this._open.get(endpoint.id);
    return html`<li>
      <div class="grow">
        <p class="title">${endpoint.url}</p>
        <p class="meta">${endpoint.events.join(', ')}${endpoint.disabled_reason ? ` · ${endpoint.disabled_reason}` : ''}</p>
      </div>
      <span class="badge ${endpoint.status === 'enabled' ? 'approved' : 'danger'}">
        ${endpoint.status === 'enabled' ? s.endpointEnabled : s.endpointDisabled}
      </span>
      <button
        class="btn secondary small"
        type="button"
        aria-expanded=${shown ? 'true' : 'false'}
        aria-label=${s.deliveriesOf(endpoint.url)}
        @click=${() => (shown ? this.__setDeliveries(endpoint.id, undefined) : void this.__deliveries(endpoint))}
      >
        ${s.showDeliveries}
      </button>
      <button
        class="btn danger small"
        type="button"
        aria-label=${s.deleteNamed(endpoint.url)}
        ?disabled=${this._busy}
        @click=${() => (this._confirm = endpoint.id)}
      >
        ${s.deleteEndpoint}
      </button>
      ${
        this._confirm === endpoint.id
          ? html`<div class="full alert info" role="alert">
            <span>${s.confirmDeleteEndpoint(endpoint.url)}</span>
            <span class="actions">
              <button class="btn danger small" type="button" @click=${() => this.__delete(endpoint)}>${s.deleteEndpoint}</button>
              <button class="btn ghost small" type="button" @click=${() => (this._confirm = undefined)}>${s.cancel}</button>
            </span>
          </div>`
          : nothing
      }
      ${shown ? this.__deliveriesOf(endpoint, shown) : nothing}
    </li>`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    let body;
    if (this._status === 'loading') body = loadingState(s);
    else if (this._status === 'error') body = failedState(this._error, s, () => this.__load());
    else if (this._status === 'forbidden') body = forbiddenState(s, s.ownerWebhooks);
    else
      body = html`${
        this._secret
          ? html`<div class="secret" role="region" aria-label=${s.newSecretTitle}>
              <h3>${s.newSecretTitle}</h3>
              <p>${s.newSecretOnce}</p>
              <code class="code">${this._secret}</code>
              <div class="actions">
                <foyer-console-copy .value=${this._secret} label=${s.copyNamed(s.theSecret)}></foyer-console-copy>
                <button class="btn primary small" type="button" @click=${() => (this._secret = undefined)}>${s.done}</button>
              </div>
            </div>`
          : nothing
      }
        ${
          this._endpoints.length
            ? html`<ul class="list card" aria-label=${s.tabWebhooks}>
              ${this._endpoints.map((e) => this.__row(e))}
            </ul>`
            : emptyState('', s.noEndpoints)
        }
        ${formError(this._actionError)}
        <p class="muted" role="status">${this._said}</p>
        <form class="card panel" @submit=${this.__add}>
          <div class="field">
            <label for="hook-url">${s.endpointUrlLabel}</label>
            <input id="hook-url" name="url" class="input" type="url" required maxlength="2048" placeholder="https://hooks.example.com/foyer" />
          </div>
          <div class="field">
            <label for="hook-events">${s.endpointEventsLabel}</label>
            <input id="hook-events" name="events" class="input" maxlength="2000" placeholder="*" aria-describedby="events-hint" />
            <p class="hint" id="events-hint">${s.endpointEventsHint}</p>
          </div>
          <div><button class="btn primary" type="submit" ?disabled=${this._busy}>${s.addEndpoint}</button></div>
        </form>`;
    return html`<div class="page">
      <h2>${s.tabWebhooks}</h2>
      <p class="intro muted">${s.webhooksIntro}</p>
      ${body}
    </div>`;
  }
}
