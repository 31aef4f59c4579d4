import { FoyerError, type File as FoyerFile } from '@foyer/sdk';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { formatBytes } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { errorText, type PortalPage } from './page.ts';

export const UploadStatus = { queued: 'queued', uploading: 'uploading', done: 'done', failed: 'failed', canceled: 'canceled' } as const;
export type UploadStatus = (typeof UploadStatus)[keyof typeof UploadStatus];

export interface UploadItem {
  key: number;
  file: File;
  /** Upload a new version of this file instead of a new file. */
  fileId: string | undefined;
  loaded: number;
  status: UploadStatus;
  error: string;
  controller: AbortController;
}

// Two transfers at a time: enough to fill the pipe, few enough that each shows progress.
const PARALLEL = 2;
let nextKey = 0;

/**
 * The Files tab's transfers: new files and new versions, each with its progress and its own
 * AbortController, so Cancel stops that one upload and no other. `uploaded` hears each finished one.
 */
export class UploadQueue implements ReactiveController {
  items: UploadItem[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly page: () => PortalPage | undefined,
    private readonly uploaded: (file: FoyerFile) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    for (const item of this.items) item.controller.abort();
  }

  /** Queues files: new files, or (with `fileId`) a new version of that file. */
  add(files: Iterable<File>, fileId?: string): void {
    for (const file of files)
      this.items.push({
        key: nextKey++,
        file,
        fileId,
        loaded: 0,
        status: UploadStatus.queued,
        error: '',
        controller: new AbortController(),
      });
    this.__changed();
    this.__pump();
  }

  /** Cancels a queued or running upload; removes a finished one from the list. */
  remove(item: UploadItem): void {
    if (item.status === UploadStatus.uploading || item.status === UploadStatus.queued) {
      item.controller.abort();
      if (item.status === UploadStatus.queued) this.__set(item, { status: UploadStatus.canceled });
      return;
    }
    this.items = this.items.filter((i) => i !== item);
    this.__changed();
  }

  private __changed(): void {
    this.items = [...this.items];
    this.host.requestUpdate();
  }

  private __set(item: UploadItem, change: Partial<UploadItem>): void {
    Object.assign(item, change);
    this.__changed();
  }

  private __pump(): void {
    const running = this.items.filter((i) => i.status === UploadStatus.uploading).length;
    for (const item of this.items.filter((i) => i.status === UploadStatus.queued).slice(0, PARALLEL - running)) void this.__send(item);
  }

  private async __send(item: UploadItem): Promise<void> {
    const page = this.page();
    if (!page) return;
    this.__set(item, { status: UploadStatus.uploading });
    const options = {
      signal: item.controller.signal,
      name: item.file.name,
      onProgress: ({ loaded }: { loaded: number }) => this.__set(item, { loaded }),
    };
    try {
      const file = item.fileId
        ? await page.client.versions.upload(item.fileId, item.file, options)
        : await page.client.files.upload(page.portal.id, item.file, options);
      this.__set(item, { status: UploadStatus.done, loaded: item.file.size });
      this.uploaded(file);
      // A finished row lingers so the person sees it land, then leaves.
      setTimeout(() => this.remove(item), 4000);
    } catch (error) {
      if (item.controller.signal.aborted) this.__set(item, { status: UploadStatus.canceled });
      else
        this.__set(item, {
          status: UploadStatus.failed,
          error: error instanceof FoyerError && error.code === 'file_too_large' ? page.strings.tooBig : errorText(page.strings, error),
        });
    }
    this.__pump();
  }

  /** The transfers as a list: name, size, a progress bar while running, the outcome, Cancel / Dismiss. */
  render(page: PortalPage) {
    const s = page.strings;
    if (!this.items.length) return nothing;
    return html`<ul part="uploads" class="uploads" aria-label=${s.uploadsLabel}>
      ${this.items.map((item) => {
        const percent = Math.min(100, Math.round((item.loaded / (item.file.size || 1)) * 100));
        const active = item.status === UploadStatus.uploading || item.status === UploadStatus.queued;
        const status =
          item.status === UploadStatus.done
            ? s.uploaded
            : item.status === UploadStatus.canceled
              ? s.canceled
              : item.status === UploadStatus.failed
                ? s.uploadFailed(item.error)
                : s.uploading(percent);
        return html`<li class="upload ${item.status}">
          <span class="upload-icon">${item.status === UploadStatus.done ? icons.check() : item.status === UploadStatus.failed ? icons.alert() : icons.file()}</span>
          <div class="grow">
            <div class="upload-top">
              <span class="name">${item.file.name}</span>
              <span class="muted small">${formatBytes(item.file.size, page.locale)}</span>
            </div>
            ${active ? html`<progress class="bar" max="100" .value=${percent} aria-label=${item.file.name}></progress>` : nothing}
            <span class="muted small" role=${active ? nothing : 'status'}>${status}</span>
          </div>
          <button
            class="btn icon-only"
            type="button"
            aria-label=${active ? s.cancelUpload(item.file.name) : s.dismissUpload(item.file.name)}
            @click=${() => this.remove(item)}
          >
            ${icons.close()}
          </button>
        </li>`;
      })}
    </ul>`;
  }
}
