import { consume } from '@lit/context';
import { ConflictError, type User } from '@foyer/sdk';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { formText } from '../../internal/form-text.ts';
import { formatRelative } from '../../internal/format.ts';
import { base } from '../../themes/base.styles.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { failedState, forbiddenState, formError, isForbidden, loadingState } from '../shared/states.ts';

/**
 * `<foyer-console-users>`: the workspace's users with their role (changed in place) and status, removing one
 * (after a confirmation), and inviting someone. The last owner cannot be demoted or removed: the service's 409
 * `last_owner` is said plainly.
 */
export class FoyerConsoleUsers extends LitElement {
  static override styles = [
    base,
    consoleBase,
    css`
      .role {
        width: auto;
        min-height: 2.5rem;
        padding-block: 0.375rem;
      }
      .confirm {
        flex-basis: 100%;
      }
    `,
  ];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  @state() private _users: User[] = [];
  @state() private _status: 'loading' | 'ready' | 'error' | 'forbidden' = 'loading';
  @state() private _error = '';
  @state() private _actionError = '';
  @state() private _said = '';
  @state() private _busy = false;
  /** The user whose removal awaits confirmation. */
  @state() private _confirm?: string;

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_ctx') && this._ctx && !changed.get('_ctx')) void this.__load();
  }

  private async __load(): Promise<void> {
    const ctx = this._ctx!;
    this._status = 'loading';
    try {
      this._users = await ctx.client.users.list({ limit: 100 }).toArray();
      this._status = 'ready';
    } catch (error) {
      this._status = isForbidden(error) ? 'forbidden' : 'error';
      this._error = ctx.report(error);
    }
  }

  /** Runs an action on the users; when it fails, says why: plainly for the conflicts a person can fix. */
  private async __act(action: () => Promise<void>, email = ''): Promise<void> {
    const ctx = this._ctx!;
    this._busy = true;
    this._actionError = '';
    this._said = '';
    try {
      await action();
    } catch (error) {
      if (isForbidden(error)) this._status = 'forbidden';
      const message = ctx.report(error);
      const code = error instanceof ConflictError ? error.code : '';
      this._actionError = code === 'last_owner' ? ctx.strings.lastOwner : code === 'user_exists' ? ctx.strings.userExists(email) : message;
    } finally {
      this._busy = false;
    }
  }

  private __invite(event: SubmitEvent): void {
    event.preventDefault();
    const ctx = this._ctx!;
    const form = event.target as HTMLFormElement;
    const email = formText(form, 'email');
    const body = {
      email,
      name: formText(form, 'name') || null,
      role: formText(form, 'role') === 'owner' ? ('owner' as const) : ('staff' as const),
    };
    void this.__act(async () => {
      const user = await ctx.client.users.invite(body);
      this._users = [...this._users, user];
      this._said = ctx.strings.invited(user.email);
      form.reset();
    }, email);
  }

  private __setRole(user: User, role: string): void {
    const ctx = this._ctx!;
    void this.__act(async () => {
      const updated = await ctx.client.users.update(user.id, { role: role === 'owner' ? 'owner' : 'staff' });
      this._users = this._users.map((u) => (u.id === user.id ? updated : u));
      this._said = ctx.strings.saved;
    });
  }

  private __remove(user: User): void {
    const ctx = this._ctx!;
    this._confirm = undefined;
    void this.__act(async () => {
      await ctx.client.users.remove(user.id);
      this._users = this._users.filter((u) => u.id !== user.id);
    });
  }

  private __row(user: User) {
    const ctx = this._ctx!;
    const s = ctx.strings;
    const who = user.name || user.email;
    const me = user.id === ctx.user?.id;
    return html`<li>
      <div class="grow">
        <p class="title">${user.name ?? user.email}${me ? html` <span class="muted">(${s.you})</span>` : nothing}</p>
        <p class="meta">
          ${user.name ? html`${user.email} · ` : nothing}${user.last_sign_in_at ? s.lastSignIn(formatRelative(user.last_sign_in_at, ctx.locale)) : s.neverSignedIn}
        </p>
      </div>
      ${user.status === 'invited' ? html`<span class="badge pending">${s.userInvited}</span>` : nothing}
      <select
        class="input role"
        aria-label=${s.roleOf(who)}
        .value=${live(user.role)}
        ?disabled=${this._busy}
        @change=${(e: Event) => this.__setRole(user, (e.target as HTMLSelectElement).value)}
      >
        <option value="owner">${s.roleOwner}</option>
        <option value="staff">${s.roleStaff}</option>
      </select>
      <button class="btn danger small" type="button" aria-label=${s.removeUser(who)} ?disabled=${this._busy} @click=${() => (this._confirm = user.id)}>
        ${s.remove}
      </button>
      ${
        this._confirm === user.id
          ? html`<div class="confirm alert info" role="alert">
            <span>${s.confirmRemoveUser(who)}</span>
            <span class="actions">
              <button class="btn danger small" type="button" @click=${() => this.__remove(user)}>${s.remove}</button>
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
    let body;
    if (this._status === 'loading') body = loadingState(s);
    else if (this._status === 'error') body = failedState(this._error, s, () => this.__load());
    else if (this._status === 'forbidden') body = forbiddenState(s, s.ownerUsers);
    else
      body = html`<ul class="list card" aria-label=${s.tabUsers}>
          ${this._users.map((user) => this.__row(user))}
        </ul>
        ${formError(this._actionError)}
        <p class="muted" role="status">${this._said}</p>
        <form class="card panel" @submit=${this.__invite}>
          <h3>${s.inviteTitle}</h3>
          <div class="inline-form">
            <div class="field">
              <label for="invite-email">${s.emailLabel}</label>
              <input id="invite-email" name="email" class="input" type="email" required maxlength="254" autocomplete="off" />
            </div>
            <div class="field">
              <label for="invite-name">${s.nameLabel}</label>
              <input id="invite-name" name="name" class="input" maxlength="200" autocomplete="off" />
            </div>
            <div class="field role-field">
              <label for="invite-role">${s.roleLabel}</label>
              <select id="invite-role" name="role" class="input">
                <option value="staff">${s.roleStaff}</option>
                <option value="owner">${s.roleOwner}</option>
              </select>
            </div>
            <button class="btn primary" type="submit" ?disabled=${this._busy}>${s.sendInvite}</button>
          </div>
        </form>`;
    return html`<div class="page">
      <h2>${s.tabUsers}</h2>
      <p class="intro muted">${s.usersIntro}</p>
      ${body}
    </div>`;
  }
}
