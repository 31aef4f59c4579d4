import { consume } from '@lit/context';
import { ConnectionError, FoyerError, type File as FoyerFile } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { formatBytes } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './upload.styles.ts';

export const UploadStatus = { queued: 'queued', uploading: 'uploading', done: 'done', failed: 'failed', canceled: 'canceled' } as const;
export type UploadStatus = (typeof UploadStatus)[keyof typeof UploadStatus];

interface UploadItem {
  key: number;
  file: File;
  loaded: number;
  status: UploadStatus;
  error: string;
  controller: AbortController;
}

// Two transfers at a time: enough to fill the pipe, few enough that each shows progress.
const PARALLEL = 2;
let nextKey = 0;

/**
 * @tag foyer-upload
 * @summary Uploads: a drop zone with a "Choose files" button (several files at once), the size limit shown
 * up front, each file's progress with Cancel, and clear errors (too big, offline, uploads off, session ended).
 * With `file-id` it uploads new versions of that file instead, as a single button.
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
  /** Highlights the drop zone while files are dragged over it (the list sets it for drops anywhere). */
  @property({ type: Boolean, reflect: true }) dragging = false;

  @state() private _items: UploadItem[] = [];
  @query('input[type=file]') private _input!: HTMLInputElement;

  /** Opens the file picker. */
  choose(): void {
    this._input.click();
  }

  /** Queues files for upload (from a drop or the picker). */
  addFiles(files: Iterable<File>): void {
    const ctx = this._ctx;
    if (!ctx) return;
    const list = this.fileId ? [...files].slice(0, 1) : [...files];
    for (const file of list) {
      const item: UploadItem = {
        key: nextKey++,
        file,
        loaded: 0,
        status: UploadStatus.queued,
        error: '',
        controller: new AbortController(),
      };
      if (file.size > ctx.maxUploadBytes) {
        item.status = UploadStatus.failed;
        item.error = ctx.strings.tooBig(formatBytes(ctx.maxUploadBytes, ctx.locale));
      }
      this._items = [...this._items, item];
    }
    this.__pump();
  }

  private __update(item: UploadItem, change: Partial<UploadItem>): void {
    Object.assign(item, change);
    this._items = [...this._items];
  }

  private __pump(): void {
    const running = this._items.filter((i) => i.status === UploadStatus.uploading).length;
    const next = this._items.filter((i) => i.status === UploadStatus.queued).slice(0, PARALLEL - running);
    for (const item of next) void this.__send(item);
  }

  private async __send(item: UploadItem): Promise<void> {
    const ctx = this._ctx!;
    const s = ctx.strings;
    this.__update(item, { status: UploadStatus.uploading });
    if (!navigator.onLine) {
      this.__update(item, { status: UploadStatus.failed, error: s.offline });
      return this.__pump();
    }
    const options = {
      signal: item.controller.signal,
      name: item.file.name,
      onProgress: ({ loaded }: { loaded: number }) => this.__update(item, { loaded }),
    };
    try {
      const file: FoyerFile = this.fileId
        ? await ctx.foyer.versions.upload(this.fileId, item.file, options)
        : await ctx.foyer.files.upload(ctx.portalId, item.file, options);
      this.__update(item, { status: UploadStatus.done, loaded: item.file.size });
      ctx.uploaded(file, Boolean(this.fileId));
      // A finished row lingers a moment so the person sees it land, then leaves the queue.
      setTimeout(() => (this._items = this._items.filter((i) => i !== item)), 4000);
    } catch (error) {
      if (item.controller.signal.aborted) {
        this.__update(item, { status: UploadStatus.canceled });
      } else {
        this.__update(item, { status: UploadStatus.failed, error: this.__message(error) });
      }
    }
    this.__pump();
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

  private __remove(item: UploadItem): void {
    if (item.status === UploadStatus.uploading || item.status === UploadStatus.queued) {
      item.controller.abort();
      if (item.status === UploadStatus.queued) this.__update(item, { status: UploadStatus.canceled });
      return;
    }
    this._items = this._items.filter((i) => i !== item);
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
    const total = item.file.size || 1;
    const percent = Math.min(100, Math.round((item.loaded / total) * 100));
    const active = item.status === UploadStatus.uploading || item.status === UploadStatus.queued;
    const status =
      item.status === UploadStatus.done
        ? s.uploaded
        : item.status === UploadStatus.canceled
          ? s.canceled
          : item.status === UploadStatus.failed
            ? item.error
            : s.uploading(percent);
    return html`<li part="item" class="item ${item.status}">
      <span class="item-icon">${item.status === UploadStatus.done ? icons.check() : item.status === UploadStatus.failed ? icons.alert() : icons.file()}</span>
      <div class="item-body">
        <div class="item-top">
          <span class="item-name">${item.file.name}</span>
          <span class="item-size muted">${formatBytes(item.file.size, this._ctx!.locale)}</span>
        </div>
        ${
          active
            ? html`<progress part="progress" class="bar" max="100" .value=${percent} aria-label=${item.file.name}></progress>`
            : nothing
        }
        <span class="item-status">${status}</span>
      </div>
      <button
        class="btn icon-only"
        type="button"
        aria-label=${active ? s.cancelNamed(item.file.name) : s.dismissNamed(item.file.name)}
        title=${active ? s.cancel : ''}
        @click=${() => this.__remove(item)}
      >
        ${icons.close()}
      </button>
    </li>`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const input = html`<input class="sr-only" type="file" tabindex="-1" aria-hidden="true" ?multiple=${!this.fileId} @change=${this.__onPicked} />`;
    const queue = this._items.length
      ? html`<ul part="queue" class="queue" aria-label=${s.uploadsLabel} aria-live="polite">${this._items.map((item) => this.__row(item))}</ul>`
      : nothing;
    if (this.fileId) {
      return html`${input}
        <button part="button" class="btn secondary" type="button" @click=${this.choose}>${icons.upload()} ${s.uploadNewVersion}</button>
        ${queue}`;
    }
    return html`<div
        part="base"
        class="zone"
        @dragover=${(e: DragEvent) => (e.preventDefault(), (this.dragging = true))}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.__onDrop}
      >
        ${input}
        <span class="zone-icon">${icons.upload()}</span>
        <div class="zone-text">
          <button part="button" class="btn primary" type="button" @click=${this.choose}>${s.chooseFiles}</button>
          <span class="muted hint">${s.uploadHint(formatBytes(ctx.maxUploadBytes, ctx.locale))}</span>
        </div>
        <span class="zone-drop" aria-hidden="true">${s.dropHere}</span>
      </div>
      ${queue}`;
  }
}
