import { consume } from '@lit/context';
import { ConnectionError, FoyerError } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { typeRefusal, type RequestItem } from '../../internal/file-types.ts';
import { formatBytes } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { UploadQueue, UploadStatus, type UploadItem } from '../../internal/upload-queue.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './upload.styles.ts';

/**
 * @tag foyer-upload
 * @summary Uploads: a drop zone with a "Choose files" button (several files at once), the size limit shown
 * up front, each file's progress with Cancel, and clear errors (too big, offline, uploads off, session ended).
 * Files above 8 MiB go as resumable uploads: Pause and Resume, they wait out a dropped connection, and after a
 * reload the same file picked again is offered to go on ("Resume the upload of X from 63%?").
 * With `file-id` it uploads new versions of that file instead, as a single button. With `item` it sends
 * files to that item of a document request: its types are checked before anything is sent, and it takes one
 * file unless the item takes several.
 *
 * @csspart base - The drop zone.
 * @csspart button - The choose-files button.
 * @csspart queue - The list of transfers.
 * @csspart item - One transfer.
 * @csspart progress - A transfer's progress bar.
 */
export class FoyerUpload extends LitElement {
  static override styles = [base, styles];

  @consume({ context: portalContext, subscribe: true }) @state() private _ctx?: PortalContext;

  /** Upload new versions of this file instead of new files. */
  @property({ attribute: 'file-id' }) fileId?: string;
  /** Send files to this document request item instead (`<foyer-request-item>` sets it). */
  @property({ attribute: false }) item?: RequestItem;
  /** Highlights the drop zone while files are dragged over it (the list sets it for drops anywhere). */
  @property({ type: Boolean, reflect: true }) dragging = false;

  @query('input[type=file]') private _input!: HTMLInputElement;

  private readonly __queue = new UploadQueue(this, () => {
    const ctx = this._ctx;
    if (!ctx) return undefined;
    return {
      foyer: ctx.foyer,
      offline: ctx.strings.offline,
      message: (error) => this.__message(error),
      // A one-file item's re-send is its file's new version.
      uploaded: (file) => ctx.uploaded(file, file.version_count > 1, this.item),
    };
  });

  /** Opens the file picker. */
  choose(): void {
    this._input.click();
  }

  /** Queues files for upload (from a drop or the picker). */
  addFiles(files: Iterable<File>): void {
    const ctx = this._ctx;
    if (!ctx) return;
    const item = this.item;
    const list = this.fileId || item?.multiple === false ? [...files].slice(0, 1) : [...files];
    // Refused before sending: too big, or (for a request item) a type it does not take.
    const refusal = (file: File) =>
      file.size > ctx.maxUploadBytes
        ? ctx.strings.tooBig(formatBytes(ctx.maxUploadBytes, ctx.locale))
        : item
          ? typeRefusal(ctx.strings, item, file, ctx.locale)
          : '';
    this.__queue.add(list, this.fileId ? { file_id: this.fileId } : ctx.portalId, refusal, item?.id);
  }

  private __message(error: unknown): string {
    const ctx = this._ctx!;
    const s = ctx.strings;
    const code = error instanceof FoyerError ? error.code : undefined;
    if (code === 'file_too_large') return s.tooBig(formatBytes(ctx.maxUploadBytes, ctx.locale));
    if (code === 'uploads_disabled') return s.uploadsDisabled;
    if (error instanceof ConnectionError && !navigator.onLine) return s.offline;
    return ctx.report(error);
  }

  private __onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    if (event.dataTransfer?.files.length) this.addFiles(event.dataTransfer.files);
  }

  private __onPicked(): void {
    if (this._input.files?.length) this.addFiles(this._input.files);
    this._input.value = '';
  }

  private __row(item: UploadItem) {
    const s = this._ctx!.strings;
    const queue = this.__queue;
    const name = item.file.name;
    const { status } = item;
    const active = queue.active(item);
    const actions = queue.actions(item, s);
    return html`<li part="item" class="item ${status}">
      <span class="item-icon">${status === UploadStatus.done ? icons.check() : status === UploadStatus.failed ? icons.alert() : icons.file()}</span>
      <div class="item-body">
        <div class="item-top">
          <span class="item-name" dir="auto">${name}</span>
          <span class="item-size muted">${formatBytes(item.file.size, this._ctx!.locale)}</span>
        </div>
        ${active ? html`<progress part="progress" class="bar" max="100" .value=${queue.percent(item)} aria-label=${name}></progress>` : nothing}
        <span class="item-status" role=${status === UploadStatus.asking ? 'status' : nothing}>${queue.statusText(item, s)}</span>
        ${actions.length ? html`<span class="item-actions">${actions}</span>` : nothing}
      </div>
      <button
        class="btn icon-only"
        type="button"
        aria-label=${active ? s.cancelNamed(name) : s.dismissNamed(name)}
        title=${active ? s.cancel : ''}
        @click=${() => queue.remove(item)}
      >
        ${icons.close()}
      </button>
    </li>`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const target = this.item;
    const multiple = target ? target.multiple : !this.fileId;
    const input = html`<input
      class="sr-only"
      type="file"
      tabindex="-1"
      aria-hidden="true"
      accept=${target?.allowed_types.join(',') ?? ''}
      ?multiple=${multiple}
      @change=${this.__onPicked}
    />`;
    const { items } = this.__queue;
    const queue = items.length
      ? html`<ul part="queue" class="queue" aria-label=${s.uploadsLabel} aria-live="polite">${items.map((item) => this.__row(item))}</ul>`
      : nothing;
    if (this.fileId) {
      return html`${input}
        <button part="button" class="btn secondary" type="button" @click=${this.choose}>${icons.upload()} ${s.uploadNewVersion}</button>
        ${queue}`;
    }
    const limit = formatBytes(ctx.maxUploadBytes, ctx.locale);
    const choose = multiple ? s.chooseFiles : target?.files.length ? s.replaceFile : s.chooseFile;
    return html`<div
        part="base"
        class="zone ${target ? 'small' : ''}"
        @dragover=${(e: DragEvent) => (e.preventDefault(), (this.dragging = true))}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.__onDrop}
      >
        ${input}
        <span class="zone-icon">${icons.upload()}</span>
        <div class="zone-text">
          <button
            part="button"
            class="btn ${target?.status === 'submitted' ? 'secondary' : 'primary'}"
            type="button"
            aria-label=${target ? s.forItem(choose, target.title) : nothing}
            @click=${this.choose}
          >
            ${choose}
          </button>
          <span class="muted hint">${multiple ? s.uploadHint(limit) : s.uploadHintOne(limit)}</span>
        </div>
        <span class="zone-drop" aria-hidden="true">${s.dropHere}</span>
      </div>
      ${queue}`;
  }
}
