import { Task } from '@lit/task';
import type { Schema } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { formText } from '../../internal/form-text.ts';
import { formatDateTime, formatRelative } from '../../internal/format.ts';
import { base } from '../../themes/base.styles.ts';
import { closeDialogs, errorText, modal, type PortalPage } from './page.ts';
import { empty, taskView } from './states.ts';
import { tabStyles } from './tab.styles.ts';
import { styles } from './members-tab.styles.ts';

type Member = Schema<'Member'>;
type Session = Schema<'Session'>;
type EmailLocale = Schema<'EmailLocale'>;

/** The languages a member's emails are written in, as the contract's `EmailLocale` lists them. */
const EMAIL_LOCALES: readonly EmailLocale[] = ['en', 'de', 'fr', 'es', 'nl'];

/** "Chrome on macOS"-like, from a user agent: enough to tell two devices apart. */
function browserOf(agent: string | null): string {
  if (!agent) return '';
  const browser = /(Edg|Firefox|Chrome|Safari)\//.exec(agent)?.[1]?.replace('Edg', 'Edge');
  const os = /(Windows|Android|iPhone|iPad|Mac OS X|Linux)/.exec(agent)?.[1]?.replace('Mac OS X', 'macOS');
  return browser && os ? `${browser} · ${os}` : agent.slice(0, 60);
}

/**
 * @tag foyer-console-portal-members
 * @summary The Members tab: invite (email, name, the language of their emails, invitation email), each member's
 * status, language (changeable) and devices with
 * "Sign out this device", a one-time sign-in link (shown once, with Copy) and Revoke (confirmed).
 */
export class FoyerConsolePortalMembers extends LitElement {
  static override styles = [base, tabStyles, styles];

  @property({ attribute: false }) page?: PortalPage;

  @state() private _busy = false;
  @state() private _error: unknown;
  @state() private _notice = '';
  /** Revoke is asked for this member. */
  @state() private _revoking?: Member;
  /** A sign-in link just created: shown once, then forgotten. */
  @state() private _link?: { member: Member; url: string; expires_at: string };

  private readonly __members = new Task(this, {
    task: async ([page], { signal }) => {
      if (!page) return undefined;
      const [members, sessions] = await Promise.all([
        page.client.members.list(page.portal.id, { limit: 100 }, { signal }).toArray({ limit: 1000 }),
        page.client.sessions.list(page.portal.id, { limit: 100 }, { signal }).toArray({ limit: 1000 }),
      ]);
      return { members, sessions };
    },
    args: () => [this.page] as const,
  });

  private async __act(action: () => Promise<unknown>): Promise<boolean> {
    this._busy = true;
    this._error = undefined;
    this._notice = '';
    try {
      await action();
      this.page!.refresh();
      return true;
    } catch (error) {
      this._error = error;
      return false;
    } finally {
      this._busy = false;
    }
  }

  private async __invite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const email = formText(form, 'email');
    const name = formText(form, 'name');
    const sendInvite = new FormData(form).get('send') === 'on';
    const locale = formText(form, 'locale') as EmailLocale | '';
    const page = this.page!;
    const body = { email, name: name || null, send_invite: sendInvite, ...(locale ? { locale } : {}) };
    if (await this.__act(() => page.client.members.add(page.portal.id, body))) {
      form.reset();
      this._notice = page.strings.invited(email);
    }
  }

  /** The language's name in the console's language ("German"); the code itself where Intl has no name. */
  private __languageName(locale: EmailLocale): string {
    return new Intl.DisplayNames([this.page?.locale ?? 'en'], { type: 'language' }).of(locale) ?? locale;
  }

  private __languageOptions(selected: EmailLocale | null, none: string) {
    return html`<option value="" ?selected=${selected === null}>${none}</option>
      ${EMAIL_LOCALES.map((l) => html`<option value=${l} ?selected=${l === selected}>${this.__languageName(l)}</option>`)}`;
  }

  private async __setLanguage(member: Member, select: HTMLSelectElement): Promise<void> {
    const page = this.page!;
    const locale = (select.value || null) as EmailLocale | null;
    if (await this.__act(() => page.client.members.update(page.portal.id, member.id, { locale })))
      this._notice = page.strings.languageSet(member.name ?? member.email, locale && this.__languageName(locale));
    else select.value = member.locale ?? ''; // refused: the member's language again, not the one picked
  }

  private async __revoke(member: Member): Promise<void> {
    const page = this.page!;
    if (await this.__act(() => page.client.members.revoke(page.portal.id, member.id))) closeDialogs(this.renderRoot);
  }

  private async __signInLink(member: Member): Promise<void> {
    const page = this.page!;
    this._busy = true;
    this._error = undefined;
    try {
      const link = await page.client.signInLinks.create(page.portal.id, { member_id: member.id });
      this._link = { member, ...link };
    } catch (error) {
      this._error = error;
    } finally {
      this._busy = false;
    }
  }

  private __device(page: PortalPage, session: Session) {
    const s = page.strings;
    return html`<div class="row between">
      <span class="small">
        ${s.device(browserOf(session.user_agent) || s.unknownDevice, session.ip ?? '')} ·
        <span class="muted">${s.deviceUsed(formatRelative(session.last_used_at, page.locale))}</span>
      </span>
      <button class="btn secondary small" type="button" ?disabled=${this._busy} @click=${() => this.__act(() => page.client.sessions.revoke(session.id))}>
        ${s.signOutDevice}
      </button>
    </div>`;
  }

  private __member(page: PortalPage, member: Member, sessions: Session[]) {
    const s = page.strings;
    const who = member.name ?? member.email;
    const active = member.status === 'active';
    return html`<li class="card item member">
      <div class="row between">
        <div class="grow">
          <h3 class="name" dir="auto">${who}</h3>
          ${member.name ? html`<p class="muted small" dir="auto">${member.email}</p>` : nothing}
          <p class="muted small">${member.last_seen_at ? s.lastSeen(formatRelative(member.last_seen_at, page.locale)) : s.neverSeen}</p>
          <p class="small">
            ${s.languageIs(member.locale && this.__languageName(member.locale))} ·
            <span class="muted">${s.languageSource[member.locale_source ?? 'none']}</span>
          </p>
        </div>
        <span class="badge ${active ? 'approved' : ''}">${active ? s.active : s.revoked}</span>
        ${active && !member.verified ? html`<span class="badge">${s.notVerified}</span>` : nothing}
      </div>
      ${
        active
          ? html`<div class="row">
              <select
                class="input language"
                aria-label=${s.languageOf(who)}
                ?disabled=${this._busy}
                @change=${(e: Event) => this.__setLanguage(member, e.target as HTMLSelectElement)}
              >
                ${this.__languageOptions(member.locale, s.languageUnknown)}
              </select>
              <button class="btn secondary small" type="button" ?disabled=${this._busy} @click=${() => this.__signInLink(member)}>${s.signInLink}</button>
              <button class="btn danger small" type="button" aria-label=${s.revokeNamed(who)} @click=${() => ((this._error = undefined), (this._revoking = member))}>
                ${s.revoke}
              </button>
            </div>
            <div class="devices">
              <h4 class="small">${s.devices}</h4>
              ${sessions.length ? sessions.map((session) => this.__device(page, session)) : html`<p class="muted small">${s.noDevices}</p>`}
            </div>`
          : nothing
      }
    </li>`;
  }

  private __dialogs(page: PortalPage) {
    const s = page.strings;
    const revoking = this._revoking;
    if (revoking) {
      const who = revoking.name ?? revoking.email;
      return html`<dialog ${ref(modal)} aria-labelledby="revoke-title" @close=${() => (this._revoking = undefined)}>
        <div class="body">
          <h2 id="revoke-title">${s.revokeTitle(who)}</h2>
          <p>${s.revokeBody}</p>
          ${this._error ? html`<p class="alert" role="alert">${errorText(s, this._error)}</p>` : nothing}
          <div class="actions">
            <button class="btn secondary" type="button" @click=${() => closeDialogs(this.renderRoot)}>${s.cancel}</button>
            <button class="btn danger" type="button" ?disabled=${this._busy} @click=${() => this.__revoke(revoking)}>${s.revoke}</button>
          </div>
        </div>
      </dialog>`;
    }
    const link = this._link;
    if (link)
      return html`<dialog ${ref(modal)} aria-labelledby="link-title" @close=${() => (this._link = undefined)}>
        <div class="body">
          <h2 id="link-title">${s.signInLinkTitle(link.member.name ?? link.member.email)}</h2>
          <p>${s.signInLinkBody(formatDateTime(link.expires_at, page.locale))}</p>
          <div class="field">
            <label for="link">${s.linkLabel}</label>
            <input id="link" class="input mono" readonly .value=${link.url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
          </div>
          <div class="actions">
            <foyer-console-copy value=${link.url} label=${s.copyNamed(s.linkLabel.toLowerCase())}></foyer-console-copy>
            <button class="btn primary" type="button" @click=${() => closeDialogs(this.renderRoot)}>${s.close}</button>
          </div>
        </div>
      </dialog>`;
    return nothing;
  }

  override render() {
    const page = this.page;
    if (!page) return nothing;
    const s = page.strings;
    return html`<section>
      <h2>${s.membersTitle}</h2>
      <form class="card invite" aria-labelledby="invite-title" @submit=${this.__invite}>
        <h3 id="invite-title">${s.inviteTitle}</h3>
        <div class="field">
          <label for="email">${s.emailLabel}</label>
          <input id="email" name="email" class="input" type="email" autocomplete="off" maxlength="254" required />
        </div>
        <div class="field">
          <label for="member-name">${s.nameLabel}</label>
          <input id="member-name" name="name" class="input" autocomplete="off" maxlength="200" />
        </div>
        <div class="field">
          <label for="member-locale">${s.languageLabel}</label>
          <select id="member-locale" name="locale" class="input">
            ${this.__languageOptions(null, s.languageNotSet)}
          </select>
        </div>
        <label class="check"><input type="checkbox" name="send" checked /><span>${s.sendInvite}</span></label>
        <div class="row">
          <button class="btn primary" type="submit" ?disabled=${this._busy}>${s.invite}</button>
          <span role="status" class="small">${this._notice}</span>
        </div>
      </form>
      ${this._error && !this._revoking ? html`<p class="alert" role="alert">${errorText(s, this._error)}</p>` : nothing}
      ${taskView(this.__members, s, (data) => {
        if (!data) return nothing;
        if (!data.members.length) return empty(s.noMembersTitle, s.noMembersBody);
        // Active members first, each with its devices.
        const members = [...data.members].sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active'));
        return html`<ul class="list">
          ${members.map((m) =>
            this.__member(
              page,
              m,
              data.sessions.filter((x) => x.member.id === m.id),
            ),
          )}
        </ul>`;
      })}
      ${this.__dialogs(page)}
    </section>`;
  }
}
