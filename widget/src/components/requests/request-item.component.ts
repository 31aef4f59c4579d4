import { consume } from '@lit/context';
import type { Schema } from '@foyer/sdk';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../upload/upload.ts';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { allowedWords, type RequestItem } from '../../internal/file-types.ts';
import { formatBytes } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './request-item.styles.ts';

/**
 * @tag foyer-request-item
 * @summary One item of a document request: what is asked (title, description, required or optional, the types
 * it takes in words), its status, the business's reason when it was sent back, the files already sent (each
 * opens its view), and an upload target (`<foyer-upload>` with the item: drop or Choose, the type checked
 * first) until it is accepted. An optional item can be marked "Not applicable" with a note, and that undone.
 * Its request's new state is dispatched as `request-changed` (not composed) for `<foyer-request>` to show.
 *
 * @csspart base - The item.
 * @csspart upload - The upload target (`<foyer-upload>`).
 */
export class FoyerRequestItem extends LitElement {
  static override styles = [base, styles];

  @consume({ context: portalContext, subscribe: true }) @state() private _ctx?: PortalContext;

  /** The item, as its request lists it. */
  @property({ attribute: false }) item?: RequestItem;

  /** The "Not applicable" form is open. */
  @state() private _asking = false;
  @state() private _busy = false;
  @state() private _error = '';
  /** A move by this item's buttons was answered: its other button takes the focus once the item shows it. */
  private __refocus = false;

  private async __move(body: Schema<'RequestItemUpdate'>): Promise<void> {
    const ctx = this._ctx!;
    this._busy = true;
    this._error = '';
    try {
      const request = await ctx.foyer.requestItems.update(this.item!.id, body);
      this._asking = false;
      this.__refocus = true;
      this.dispatchEvent(new CustomEvent('request-changed', { detail: request, bubbles: true }));
    } catch (error) {
      this._error = ctx.report(error);
    } finally {
      this._busy = false;
    }
  }

  private __setAside(event: SubmitEvent): void {
    event.preventDefault();
    const note = new FormData(event.target as HTMLFormElement).get('note') as string;
    void this.__move({ status: 'not_applicable', note: note.trim() || null });
  }

  // Opening the note form focuses its field; closing it, the button that opened it.
  private async __ask(asking: boolean): Promise<void> {
    this._asking = asking;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('textarea, .aside')?.focus();
  }

  private __aside(item: RequestItem) {
    const s = this._ctx!.strings;
    if (item.status === 'not_applicable')
      return html`<p class="note">
        <span>${item.note ? html`<strong>${s.yourNote}</strong> <bdi>${item.note}</bdi>` : nothing}</span>
        <button class="btn secondary" type="button" aria-label=${s.forItem(s.undo, item.title)} ?disabled=${this._busy} @click=${() => this.__move({ status: 'open' })}>
          ${s.undo}
        </button>
      </p>`;
    if (item.required || (item.status !== 'open' && item.status !== 'changes_requested')) return nothing;
    if (!this._asking)
      return html`<button class="btn ghost aside" type="button" aria-label=${s.forItem(s.notApplicable, item.title)} @click=${() => this.__ask(true)}>
        ${s.notApplicable}
      </button>`;
    return html`<form class="aside-form" @submit=${this.__setAside}>
      <div class="field">
        <label for="note">${s.noteLabel}</label>
        <textarea id="note" name="note" class="input" maxlength="2000"></textarea>
      </div>
      <div class="actions">
        <button class="btn primary" type="submit" ?disabled=${this._busy}>${s.markNotApplicable}</button>
        <button class="btn secondary" type="button" @click=${() => this.__ask(false)}>${s.cancel}</button>
      </div>
    </form>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!changed.has('item') || !this.__refocus) return;
    this.__refocus = false;
    this.renderRoot.querySelector<HTMLElement>('.note button, .aside')?.focus();
  }

  override render() {
    const ctx = this._ctx;
    const item = this.item;
    if (!ctx || !item) return nothing;
    const s = ctx.strings;
    const status = item.status;
    const facts = [item.required ? s.required : s.optional, item.multiple ? s.severalFiles : s.oneFile];
    if (item.allowed_types.length) facts.splice(1, 0, allowedWords(s, item.allowed_types, ctx.locale));
    return html`<div part="base" class="item ${status}">
      <div class="head">
        <span class="mark" aria-hidden="true">${status === 'changes_requested' ? icons.alert() : status === 'open' ? nothing : icons.check()}</span>
        <h4 class="title" dir="auto">${item.title}</h4>
        <span class="badge ${status}">${s.itemStatus[status]}</span>
      </div>
      <div class="body">
        ${item.description ? html`<p class="description" dir="auto">${item.description}</p>` : nothing}
        <p class="facts muted">${facts.join(' · ')}</p>
        ${
          status === 'changes_requested' && item.reason
            ? html`<p class="alert">${icons.alert()}<span><strong>${s.sentBack(ctx.business)}</strong> <bdi>${item.reason}</bdi></span></p>`
            : nothing
        }
        ${
          item.files.length
            ? html`<ul class="files" aria-label=${s.itemFiles(item.title)}>
                ${item.files.map(
                  (file) =>
                    html`<li class="file">
                      ${icons.file()}
                      <button class="file-name" type="button" dir="auto" aria-label=${s.openNamed(file.name)} @click=${() => ctx.openFile(file.id)}>
                        ${file.name}
                      </button>
                      <span class="muted">${formatBytes(file.current_version.size, ctx.locale)}</span>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        ${status === 'accepted' || status === 'not_applicable' ? nothing : html`<foyer-upload part="upload" .item=${item}></foyer-upload>`}
        ${this.__aside(item)}
        ${this._error ? html`<p class="alert" role="alert">${icons.alert()}<span>${this._error}</span></p>` : nothing}
      </div>
    </div>`;
  }
}
