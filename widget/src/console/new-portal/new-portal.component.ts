import { consume } from '@lit/context';
import type { Portal } from '@foyer/sdk';
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { formText } from '../../internal/form-text.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { linkClick, navigate } from '../shared/events.ts';
import { formError } from '../shared/states.ts';

/**
 * @tag foyer-console-new-portal
 * @summary A new portal (`/console/portals/new`): its name, the client's name, one or more client email addresses
 * (each added as a member and sent an invitation) and the access mode; then the portal's page opens.
 *
 * @csspart form - The form.
 */
export class FoyerConsoleNewPortal extends LitElement {
  static override styles = [
    base,
    consoleBase,
    css`
      .emails {
        display: grid;
        gap: 0.5rem;
      }
      .email-row {
        display: flex;
        gap: 0.5rem;
      }
      .email-row .input {
        flex: 1;
        min-width: 0;
      }
      .choice-text {
        display: grid;
      }
      .form {
        max-width: 40rem;
      }
    `,
  ];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  /** One id per email field (ids stay stable when a field above is removed). */
  @state() private _emails: number[] = [1];
  @state() private _busy = false;
  @state() private _error = '';
  /** The portal was made but an invitation failed: the way on to it. */
  @state() private _created?: Portal;
  private __next = 2;

  private async __submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const ctx = this._ctx!;
    const form = event.target as HTMLFormElement;
    const emails = [...new Set(this._emails.map((id) => formText(form, `email-${id}`).toLowerCase()).filter(Boolean))];
    // Read before the fields are disabled: FormData leaves disabled fields out.
    const body = {
      name: formText(form, 'name'),
      client_name: formText(form, 'client_name') || null,
      access_mode: new FormData(form).get('access_mode') === 'link' ? ('link' as const) : ('verified' as const),
    };
    this._busy = true;
    this._error = '';
    let portal: Portal;
    try {
      portal = await ctx.client.portals.create(body);
    } catch (error) {
      this._busy = false;
      this._error = ctx.report(error);
      return;
    }
    for (const email of emails) {
      try {
        await ctx.client.members.add(portal.id, { email, send_invite: true });
      } catch (error) {
        this._busy = false;
        this._created = portal;
        this._error = ctx.strings.inviteFailed(email, ctx.report(error));
        return;
      }
    }
    navigate(this, `/console/portals/${portal.id}`);
  }

  private async __add(): Promise<void> {
    const id = this.__next++;
    this._emails = [...this._emails, id];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#email-${id}`)?.focus();
  }

  private async __remove(id: number): Promise<void> {
    const index = this._emails.indexOf(id);
    this._emails = this._emails.filter((x) => x !== id);
    await this.updateComplete;
    const focus = this._emails[Math.max(0, index - 1)];
    this.renderRoot.querySelector<HTMLInputElement>(`#email-${focus}`)?.focus();
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const busy = this._busy;
    return html`<div class="page">
      <div class="page-head"><h1>${s.newPortalTitle}</h1></div>
      <form part="form" class="form card panel" @submit=${this.__submit}>
        <p class="muted">${s.newPortalIntro}</p>
        <div class="field">
          <label for="name">${s.portalNameLabel}</label>
          <input id="name" name="name" class="input" required maxlength="200" autocomplete="off" ?disabled=${busy} />
        </div>
        <div class="field">
          <label for="client_name">${s.clientNameLabel}</label>
          <input id="client_name" name="client_name" class="input" maxlength="200" autocomplete="off" aria-describedby="client-hint" ?disabled=${busy} />
          <p class="hint" id="client-hint">${s.clientNameHint}</p>
        </div>
        <fieldset>
          <legend>${s.clientEmailsLabel}</legend>
          <div class="emails">
            ${this._emails.map(
              (id, i) =>
                html`<div class="email-row">
                  <input
                    id=${`email-${id}`}
                    name=${`email-${id}`}
                    class="input"
                    type="email"
                    maxlength="254"
                    autocomplete="off"
                    aria-label=${s.clientEmailLabel(i + 1)}
                    aria-describedby="emails-hint"
                    ?disabled=${busy}
                  />
                  ${
                    this._emails.length > 1
                      ? html`<button class="btn icon-only" type="button" aria-label=${s.removeEmail(i + 1)} ?disabled=${busy} @click=${() => void this.__remove(id)}>
                        ${icons.close()}
                      </button>`
                      : nothing
                  }
                </div>`,
            )}
          </div>
          <p class="hint" id="emails-hint">${s.clientEmailsHint}</p>
          <div><button class="btn ghost small" type="button" ?disabled=${busy} @click=${() => void this.__add()}>${s.addEmail}</button></div>
        </fieldset>
        <fieldset>
          <legend>${s.accessLabel}</legend>
          <label class="choice">
            <input type="radio" name="access_mode" value="verified" checked ?disabled=${busy} />
            <span class="choice-text"><span>${s.accessVerified}</span><span class="hint">${s.accessVerifiedHint}</span></span>
          </label>
          <label class="choice">
            <input type="radio" name="access_mode" value="link" ?disabled=${busy} />
            <span class="choice-text"><span>${s.accessLink}</span><span class="hint">${s.accessLinkHint}</span></span>
          </label>
        </fieldset>
        ${formError(this._error)}
        <div class="actions">
          ${
            this._created
              ? html`<a class="btn primary" href=${`/console/portals/${this._created.id}`} @click=${linkClick}>${s.openPortal}</a>`
              : html`<button class="btn primary" type="submit" ?disabled=${busy}>
                ${busy ? html`<span class="spinner" aria-hidden="true"></span> ${s.creating}` : s.createPortal}
              </button>`
          }
          <a class="btn ghost" href="/console" @click=${linkClick}>${s.cancel}</a>
        </div>
      </form>
    </div>`;
  }
}
