import { consume } from '@lit/context';
import type { Portal, UserSession } from '@foyer/sdk';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { formatRelative } from '../../internal/format.ts';
import { base } from '../../themes/base.styles.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { failedState, formError, loadingState } from '../shared/states.ts';
import './portal-list.ts';

/**
 * `<foyer-console-account>`: the signed-in user's own settings — email notifications (all, or muted per portal),
 * the devices they are signed in on with "Sign out" for each, and "Sign out of this device".
 */
export class FoyerConsoleAccount extends LitElement {
  static override styles = [base, consoleBase];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  @state() private _sessions: UserSession[] = [];
  @state() private _status: 'loading' | 'ready' | 'error' = 'loading';
  @state() private _error = '';
  @state() private _actionError = '';
  @state() private _busy = false;
  @state() private _said = '';

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_ctx') && this._ctx && !changed.get('_ctx')) void this.__load();
  }

  private async __load(): Promise<void> {
    const ctx = this._ctx!;
    this._status = 'loading';
    try {
      this._sessions = await ctx.client.auth.listSessions({ limit: 100 }).toArray();
      this._status = 'ready';
    } catch (error) {
      this._error = ctx.report(error);
      this._status = 'error';
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
      this._actionError = ctx.report(error);
    } finally {
      this._busy = false;
    }
  }

  /** Saves the user's notifications with `muted` and the muted portals changed. */
  private __notify(change: { muted?: boolean; portal?: string; mute?: boolean }): void {
    const ctx = this._ctx!;
    const user = ctx.user!;
    const current = user.notifications;
    let ids = current.muted_portal_ids;
    if (change.portal) ids = change.mute ? [...new Set([...ids, change.portal])] : ids.filter((id) => id !== change.portal);
    void this.__act(async () => {
      const updated = await ctx.client.users.update(user.id, {
        notifications: { muted: change.muted ?? current.muted, muted_portal_ids: ids },
      });
      ctx.userChanged(updated);
      this._said = ctx.strings.saved;
    });
  }

  private __revoke(session: UserSession): void {
    const ctx = this._ctx!;
    void this.__act(async () => {
      await ctx.client.auth.revokeSession(session.id);
      this._sessions = this._sessions.filter((x) => x.id !== session.id);
    });
  }

  private __mute(portal: Portal) {
    const ctx = this._ctx!;
    const s = ctx.strings;
    const notifications = ctx.user!.notifications;
    return html`<label class="check">
      <input
        type="checkbox"
        .checked=${notifications.muted_portal_ids.includes(portal.id)}
        ?disabled=${this._busy || notifications.muted}
        @change=${(e: Event) => this.__notify({ portal: portal.id, mute: (e.target as HTMLInputElement).checked })}
      />
      <span aria-hidden="true">${s.mutePortal}</span><span class="sr-only">${s.muteNamed(portal.name)}</span>
    </label>`;
  }

  private __sessions() {
    const ctx = this._ctx!;
    const s = ctx.strings;
    if (this._status === 'loading') return loadingState(s);
    if (this._status === 'error') return failedState(this._error, s, () => this.__load());
    return html`<ul class="list card" aria-label=${s.sessionsTitle}>
      ${this._sessions.map((session) => {
        const device = session.user_agent || s.unknownDevice;
        return html`<li>
          <div class="grow">
            <p class="title">${device}</p>
            <p class="meta">${s.sessionDetails(session.ip ?? '—', formatRelative(session.last_used_at, ctx.locale))}</p>
          </div>
          ${
            session.current
              ? html`<span class="badge current">${s.thisDevice}</span>`
              : html`<button class="btn secondary small" type="button" aria-label=${s.signOutDeviceNamed(device)} ?disabled=${this._busy} @click=${() => this.__revoke(session)}>
                ${s.signOutDevice}
              </button>`
          }
        </li>`;
      })}
    </ul>`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const user = ctx.user;
    return html`<div class="page">
      <h2>${s.tabAccount}</h2>
      ${user ? html`<p class="intro muted">${s.accountIntro(user.email)}</p>` : nothing}
      ${
        user
          ? html`<section class="card panel" aria-labelledby="notify-title">
            <h3 id="notify-title">${s.notificationsTitle}</h3>
            <label class="check">
              <input
                type="checkbox"
                .checked=${!user.notifications.muted}
                ?disabled=${this._busy}
                @change=${(e: Event) => this.__notify({ muted: !(e.target as HTMLInputElement).checked })}
              />
              <span>${s.notifyAll}</span>
            </label>
            <h3>${s.mutedPortalsTitle}</h3>
            <p class="hint">${s.mutedPortalsIntro}</p>
            <foyer-console-portal-list label=${s.mutedPortalsTitle} .row=${(portal: Portal) => this.__mute(portal)}></foyer-console-portal-list>
          </section>`
          : nothing
      }
      ${formError(this._actionError)}
      <p class="muted" role="status">${this._said}</p>
      <section class="page" aria-labelledby="sessions-title">
        <h3 id="sessions-title">${s.sessionsTitle}</h3>
        ${this.__sessions()}
        <div><button class="btn danger" type="button" @click=${() => void ctx.signOut()}>${s.signOutHere}</button></div>
      </section>
    </div>`;
  }
}
