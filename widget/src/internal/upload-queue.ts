// The transfers of an upload element, for <foyer-upload> and the console's Files tab alike: each file with its
// progress and its own AbortController, two at a time. Files above 8 MiB go as resumable uploads (resumable.ts):
// Pause and Resume, a dropped connection waited out, and the same file picked again after a reload offered to go
// on ("Resume the upload of X from 63%?"). Each element draws its rows; the words and buttons are shared here.
import type { ClientFoyer, File as FoyerFile, ResumableUpload } from '@foyer/sdk';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  checkOffer,
  discardOffer,
  forgetUpload,
  RESUMABLE_ABOVE,
  resumeOffer,
  sendResumable,
  type ResumeOffer,
  type UploadTarget,
} from './resumable.ts';
import type { UploadStrings } from './upload-strings.ts';

export const UploadStatus = {
  queued: 'queued',
  uploading: 'uploading',
  paused: 'paused',
  /** A saved unfinished upload of the same file: asking whether to go on from it. */
  asking: 'asking',
  done: 'done',
  failed: 'failed',
  canceled: 'canceled',
} as const;
export type UploadStatus = (typeof UploadStatus)[keyof typeof UploadStatus];

export interface UploadItem {
  key: number;
  file: File;
  /** A portal (a new file) or a file (a new version). */
  target: UploadTarget;
  /** The document request item it is sent to, if any. */
  requestItemId?: string | undefined;
  loaded: number;
  status: UploadStatus;
  /** Why it failed, as the person reads it. */
  error: string;
  controller: AbortController;
  /** A big file's resumable upload, once started. */
  upload?: ResumableUpload<FoyerFile>;
  /** The saved upload it was offered to go on from (asking), or goes on from. */
  offer?: ResumeOffer | undefined;
}

/** What the queue needs from its element, read when it needs it. */
export interface UploadIO {
  foyer: ClientFoyer;
  /** The sentence for a failed upload. */
  message(error: unknown): string;
  /** A file or version arrived. */
  uploaded(file: FoyerFile, item: UploadItem): void;
  /** Given, a small file picked while the browser is offline fails at once with it (a big one waits). */
  offline?: string;
}

// Two transfers at a time: enough to fill the pipe, few enough that each shows progress.
const PARALLEL = 2;
let nextKey = 0;

const active = (status: UploadStatus) =>
  status === UploadStatus.uploading || status === UploadStatus.paused || status === UploadStatus.queued;

export class UploadQueue implements ReactiveController {
  items: UploadItem[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly io: () => UploadIO | undefined,
  ) {
    host.addController(this);
  }

  // "Offline at 40%" shows and goes with the connection, even while no progress arrives.
  private readonly __redraw = (): void => this.host.requestUpdate();

  hostConnected(): void {
    addEventListener('online', this.__redraw);
    addEventListener('offline', this.__redraw);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.__redraw);
    removeEventListener('offline', this.__redraw);
    // Gone from the page: stop sending. A resumable upload stays on the service, to go on from later.
    for (const item of this.items) item.controller.abort();
  }

  /**
   * Queues files to `target`; `refusal` names what is wrong with a file before anything is sent (too big, a type
   * the request item does not take). A big file with a saved upload asks first whether to go on from it.
   */
  add(files: Iterable<File>, target: UploadTarget, refusal?: (file: File) => string, requestItemId?: string): void {
    const io = this.io();
    if (!io) return;
    for (const file of files) {
      const error = refusal?.(file) ?? '';
      const offer = !error && file.size > RESUMABLE_ABOVE ? resumeOffer(target, file) : undefined;
      const status = error ? UploadStatus.failed : offer ? UploadStatus.asking : UploadStatus.queued;
      // Asking waits for the service to say how much it holds (loaded −1 until then).
      const item: UploadItem = {
        key: nextKey++,
        file,
        target,
        requestItemId,
        loaded: offer ? -1 : 0,
        status,
        error,
        offer,
        controller: new AbortController(),
      };
      this.items.push(item);
      if (offer)
        void checkOffer(io.foyer, target, file, offer).then((held) =>
          held === undefined ? this.answer(item, true, false) : this.__set(item, { loaded: held }),
        );
    }
    this.__set();
    this.__pump();
  }

  /** Answers "Resume the upload of X from 63%?": go on from the saved upload, or drop it and start over. */
  answer(item: UploadItem, resume: boolean, held = resume): void {
    // Gone from the service (`held` false), or started over: a new upload.
    if (!resume) discardOffer(this.io()!.foyer, item.target, item.file, item.offer!);
    if (!held) item.offer = undefined;
    this.__set(item, { status: UploadStatus.queued, loaded: item.offer ? item.loaded : 0 });
    this.__pump();
  }

  /** Pauses a running resumable upload, or resumes a paused one. */
  pause(item: UploadItem): void {
    const paused = item.status === UploadStatus.paused;
    if (paused) item.upload?.resume();
    else item.upload?.pause();
    this.__set(item, { status: paused ? UploadStatus.uploading : UploadStatus.paused });
  }

  /** Cancels a queued or running upload (a resumable one is deleted on the service too); removes a finished one. */
  remove(item: UploadItem): void {
    if (active(item.status)) {
      if (item.upload) {
        void item.upload.abort().catch(() => {});
        forgetUpload(item.target, item.file);
      }
      item.controller.abort();
      if (item.status === UploadStatus.queued) this.__set(item, { status: UploadStatus.canceled });
      return;
    }
    this.items = this.items.filter((i) => i !== item);
    this.__set();
  }

  /** The row's progress in percent. */
  percent(item: UploadItem): number {
    return Math.min(100, Math.round((item.loaded / (item.file.size || 1)) * 100));
  }

  /** Whether the row still transfers (a progress bar, Cancel) rather than shows an outcome (Dismiss). */
  active(item: UploadItem): boolean {
    return active(item.status);
  }

  /** The row's status line: progress, paused, offline, the question after a reload, or the outcome. */
  statusText(item: UploadItem, s: UploadStrings): string {
    const percent = this.percent(item);
    const texts: Record<UploadStatus, () => string> = {
      done: () => s.uploaded,
      canceled: () => s.canceled,
      failed: () => item.error,
      asking: () => (item.loaded < 0 ? '' : s.resumeAsk(item.file.name, percent)),
      paused: () => s.paused(percent),
      queued: () => s.uploading(percent),
      uploading: () => (item.upload && !navigator.onLine ? s.waitingForNetwork(percent) : s.uploading(percent)),
    };
    return texts[item.status]();
  }

  /** The row's buttons besides Cancel: Resume / Start over when asking, Pause or Resume while a big file goes. */
  actions(item: UploadItem, s: UploadStrings) {
    const name = item.file.name;
    const button = (label: string, aria: string, click: () => void) =>
      html`<button class="btn ghost" type="button" aria-label=${aria} @click=${click}>${label}</button>`;
    if (item.status === UploadStatus.asking)
      return item.loaded < 0
        ? []
        : [
            button(s.resume, s.resumeNamed(name), () => this.answer(item, true)),
            button(s.startOver, s.startOverNamed(name), () => this.answer(item, false)),
          ];
    if (!item.upload || !active(item.status)) return [];
    return [
      item.status === UploadStatus.paused
        ? button(s.resume, s.resumeNamed(name), () => this.pause(item))
        : button(s.pause, s.pauseNamed(name), () => this.pause(item)),
    ];
  }

  private __set(item?: UploadItem, change?: Partial<UploadItem>): void {
    if (item) Object.assign(item, change);
    this.items = [...this.items];
    this.host.requestUpdate();
  }

  private __pump(): void {
    const running = this.items.filter((i) => i.status === UploadStatus.uploading).length;
    for (const item of this.items.filter((i) => i.status === UploadStatus.queued).slice(0, PARALLEL - running)) void this.__send(item);
  }

  private async __send(item: UploadItem): Promise<void> {
    const io = this.io();
    if (!io) return;
    const { file, target } = item;
    this.__set(item, { status: UploadStatus.uploading });
    const big = file.size > RESUMABLE_ABOVE;
    const options = {
      signal: item.controller.signal,
      name: file.name,
      request_item_id: item.requestItemId,
      onProgress: ({ loaded }: { loaded: number }) => this.__set(item, { loaded }),
    };
    if (!big && io.offline && !navigator.onLine) {
      this.__set(item, { status: UploadStatus.failed, error: io.offline });
      return this.__pump();
    }
    try {
      const done: FoyerFile = big
        ? await (item.upload = sendResumable(
            io.foyer,
            target,
            file,
            { ...options, onProgress: (loaded) => this.__set(item, { loaded }) },
            item.offer,
          ))
        : typeof target === 'string'
          ? await io.foyer.files.upload(target, file, options)
          : await io.foyer.versions.upload(target.file_id, file, options);
      this.__set(item, { status: UploadStatus.done, loaded: file.size });
      io.uploaded(done, item);
      // A finished row lingers a moment so the person sees it land, then leaves the queue.
      setTimeout(() => this.remove(item), 4000);
    } catch (error) {
      if (item.controller.signal.aborted) this.__set(item, { status: UploadStatus.canceled });
      else this.__set(item, { status: UploadStatus.failed, error: io.message(error) });
    }
    this.__pump();
  }
}
