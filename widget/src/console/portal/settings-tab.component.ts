import type { Portal } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { base } from '../../themes/base.styles.ts';
import '../shared/export.ts';
import { isOwnerOf } from '../shared/context.ts';
import { closeDialogs, errorText, modal, type PortalPage } from './page.ts';
import { tabStyles } from './tab.styles.ts';
import { styles } from './settings-tab.styles.ts';

const Dialog = { none: '', rotate: 'rotate', link: 'link', delete: 'delete' } as const;
type Dialog = (typeof Dialog)[keyof typeof Dialog];

/**
 * @tag foyer-console-portal-settings
 * @summary The Settings tab: access mode, the portal's link (rotated and shown once, with Copy), client
 * uploads on/off, archive / unarchive, export (`<foyer-console-export>`), and delete with the portal's name typed
 * to confirm.
 */
export class FoyerConsolePortalSettings extends LitElement {
  static override styles = [base, tabStyles, styles];

  @property({ attribute: false }) page?: PortalPage;

  @state() private _busy = false;
  @state() private _error: unknown;
  @state() private _dialog: Dialog = Dialog.none;
  /** The rotated link: shown once. */
  @state() private _link = '';
  /** What was typed in the delete confirmation. */
  @state() private _typed = '';

  private async __act<T>(action: () => Promise<T>): Promise<T | undefined> {
    this._busy = true;
    this._error = undefined;
    try {
      return await action();
    } catch (error) {
      this._error = error;
      return undefined;
    } finally {
      this._busy = false;
    }
  }

  private async __update(change: Parameters<PortalPage['client']['portals']['update']>[1]): Promise<void> {
    const page = this.page!;
    const portal = await this.__act(() => page.client.portals.update(page.portal.id, change));
    if (portal) page.changed(portal);
  }

  private async __rotate(): Promise<void> {
    const page = this.page!;
    const link = await this.__act(() => page.client.portals.rotateAccessLink(page.portal.id));
    if (link) {
      this._link = link.url;
      this._dialog = Dialog.link;
    }
  }

  private async __delete(portal: Portal): Promise<void> {
    const page = this.page!;
    if (this._typed !== portal.name) return;
    const done = await this.__act(async () => {
      await page.client.portals.delete(portal.id);
      return true;
    });
    if (done) {
      closeDialogs(this.renderRoot);
      page.navigate('/console');
    }
  }

  private readonly __cancel = (): void => closeDialogs(this.renderRoot);

  private readonly __close = (): void => {
    this._dialog = Dialog.none;
    this._link = '';
    this._typed = '';
    this._error = undefined;
  };

  private __errorLine() {
    return this._error ? html`<p class="alert" role="alert">${errorText(this.page!.strings, this._error)}</p>` : nothing;
  }

  private __dialog(page: PortalPage, portal: Portal) {
    const s = page.strings;
    switch (this._dialog) {
      case Dialog.rotate:
        return html`<dialog ${ref(modal)} aria-labelledby="rotate-title" @close=${this.__close}>
          <div class="body">
            <h2 id="rotate-title">${s.rotateTitle}</h2>
            <p>${s.rotateBody}</p>
            ${this.__errorLine()}
            <div class="actions">
              <button class="btn secondary" type="button" @click=${this.__cancel}>${s.cancel}</button>
              <button class="btn danger" type="button" ?disabled=${this._busy} @click=${this.__rotate}>${s.rotateLink}</button>
            </div>
          </div>
        </dialog>`;
      case Dialog.link:
        return html`<dialog ${ref(modal)} aria-labelledby="link-title" @close=${this.__close}>
          <div class="body">
            <h2 id="link-title">${s.newLinkTitle}</h2>
            <p>${s.newLinkBody}</p>
            <div class="field">
              <label for="access-link">${s.linkLabel}</label>
              <input id="access-link" class="input mono" readonly .value=${this._link} />
            </div>
            <div class="actions">
              <foyer-console-copy value=${this._link} label=${s.copyNamed(s.linkLabel.toLowerCase())}></foyer-console-copy>
              <button class="btn primary" type="button" @click=${this.__cancel}>${s.close}</button>
            </div>
          </div>
        </dialog>`;
      case Dialog.delete:
        return html`<dialog ${ref(modal)} aria-labelledby="delete-title" @close=${this.__close}>
          <form @submit=${(e: SubmitEvent) => (e.preventDefault(), void this.__delete(portal))}>
            <h2 id="delete-title">${s.deleteConfirmTitle(portal.name)}</h2>
            <p>${s.deleteBody}</p>
            <div class="field">
              <label for="confirm-name">${s.deleteConfirmLabel(portal.name)}</label>
              <input
                id="confirm-name"
                class="input"
                autocomplete="off"
                .value=${this._typed}
                @input=${(e: InputEvent) => (this._typed = (e.target as HTMLInputElement).value)}
              />
            </div>
            ${this.__errorLine()}
            <div class="actions">
              <button class="btn secondary" type="button" @click=${this.__cancel}>${s.cancel}</button>
              <button class="btn danger" type="submit" ?disabled=${this._busy || this._typed !== portal.name}>${s.deletePortal}</button>
            </div>
          </form>
        </dialog>`;
      default:
        return nothing;
    }
  }

  override render() {
    const page = this.page;
    if (!page) return nothing;
    const s = page.strings;
    const portal = page.portal;
    const archived = portal.status === 'archived';
    return html`<section>
      <h2>${s.settingsTitle}</h2>
      ${this._dialog ? nothing : this.__errorLine()}
      <div class="card">
        <fieldset>
        <legend class="title">${s.accessTitle}</legend>
        ${(['verified', 'link'] as const).map(
          (mode) => html`<label class="check">
            <input
              type="radio"
              name="access"
              .checked=${portal.access_mode === mode}
              ?disabled=${this._busy}
              @change=${() => this.__update({ access_mode: mode })}
            />
            <span>${mode === 'verified' ? s.accessVerified : s.accessLink}</span>
          </label>`,
        )}
        </fieldset>
      </div>
      ${
        portal.access_mode === 'link'
          ? html`<div class="card">
            <h3>${s.accessLinkTitle}</h3>
            <p class="muted">${s.accessLinkBody}</p>
            <div><button class="btn secondary" type="button" @click=${() => (this._dialog = Dialog.rotate)}>${s.rotateLink}</button></div>
          </div>`
          : nothing
      }
      <div class="card">
        <h3>${s.uploadsTitle}</h3>
        <label class="check">
          <input
            type="checkbox"
            .checked=${portal.client_uploads}
            ?disabled=${this._busy}
            @change=${(e: InputEvent) => this.__update({ client_uploads: (e.target as HTMLInputElement).checked })}
          />
          <span>${s.uploadsToggle}</span>
        </label>
      </div>
      <div class="card">
        <h3>${s.archiveTitle}</h3>
        <p class="muted">${s.archiveBody}</p>
        <div>
          <button class="btn secondary" type="button" ?disabled=${this._busy} @click=${() => this.__update({ status: archived ? 'active' : 'archived' })}>
            ${archived ? s.unarchive : s.archive}
          </button>
        </div>
      </div>
      <div class="card">
        ${
          isOwnerOf(page.me)
            ? html`<foyer-console-export .client=${page.client} .strings=${s} .locale=${page.locale} portal=${portal.id}></foyer-console-export>`
            : html`<h3>${s.exportTitle}</h3>
              <p class="muted">${s.ownerOnly(s.ownerExportPortal)}</p>`
        }
      </div>
      <div class="card danger-zone">
        <h3>${s.deleteTitle}</h3>
        <p class="muted">${s.deleteBody}</p>
        <div><button class="btn danger" type="button" @click=${() => (this._dialog = Dialog.delete)}>${s.deletePortal}</button></div>
      </div>
      ${this.__dialog(page, portal)}
    </section>`;
  }
}
