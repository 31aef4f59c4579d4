import { Task } from '@lit/task';
import type { File as FoyerFile } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { save } from '../../internal/download.ts';
import { formatBytes, formatRelative } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { actorName, errorText, firstItems, saveFile, type PortalPage } from './page.ts';
import { approvalBadge, empty, taskView } from './states.ts';
import { tabStyles } from './tab.styles.ts';
import { renderUploads, uploadQueue } from './upload-queue.ts';
import { styles } from './files-tab.styles.ts';

const PAGE = 50;
/** The most files one zip may name (`?files=`, the contract's limit). */
const MAX_ARCHIVE = 100;

/**
 * @tag foyer-console-portal-files
 * @summary The Files tab: a drop zone and a file picker for several files at once, each transfer with its
 * progress and Cancel, the portal's files with their approval status, "Download all" and "Download selected"
 * (one zip of the current versions, with its progress), and one file's page
 * (`<foyer-console-portal-file>`) when opened.
 */
export class FoyerConsolePortalFiles extends LitElement {
  static override styles = [base, tabStyles, styles];

  @property({ attribute: false }) page?: PortalPage;

  /** The open file, if any. */
  @state() private _fileId?: string;
  @state() private _dragging = false;
  @state() private _shown = PAGE;
  @state() private _error = '';
  /** The files ticked for "Download selected". */
  @state() private _selected = new Set<string>();
  /** The share of a zip received (0 to 1) while one downloads. */
  @state() private _share?: number;
  @query('#picker') private _picker!: HTMLInputElement;

  readonly queue = uploadQueue(
    this,
    () => this.page,
    () => this.page?.refresh(),
  );

  private readonly __files = new Task(this, {
    task: ([page, shown], { signal }) =>
      page ? firstItems(page.client.files.list(page.portal.id, { limit: PAGE }, { signal }).pages(), shown) : Promise.resolve(undefined),
    args: () => [this.page, this._shown] as const,
  });

  /** Queues files to upload as new files of the portal. */
  addFiles(files: Iterable<File>): void {
    if (this.page) this.queue.add(files, this.page.portal.id);
  }

  /** Where dropped or picked files go: a new version of the open file, else new files of the portal. */
  private __target(): string | { file_id: string } {
    return this._fileId ? { file_id: this._fileId } : this.page!.portal.id;
  }

  private __onDrop(event: DragEvent): void {
    event.preventDefault();
    this._dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    // On a file's page a drop is its new version: one file.
    if (files.length && this.page) this.queue.add(this._fileId ? files.slice(0, 1) : files, this.__target());
  }

  private __onPicked(): void {
    if (this._picker.files?.length) this.addFiles(this._picker.files);
    this._picker.value = '';
  }

  private async __download(file: FoyerFile): Promise<void> {
    this._error = '';
    try {
      await saveFile(this.page!, file.id, file.name);
    } catch (error) {
      this._error = errorText(this.page!.strings, error);
    }
  }

  /** Saves the portal's files — all, or `files` — as one zip of their current versions. */
  private async __archive(files?: string[]): Promise<void> {
    const page = this.page!;
    this._error = '';
    this._share = 0;
    try {
      await save(
        page.client.portals.downloadArchive(page.portal.id, { files }),
        `${page.portal.name}.zip`,
        (share) => (this._share = share),
      );
    } catch (error) {
      this._error = errorText(page.strings, error);
    } finally {
      this._share = undefined;
    }
  }

  private __tick(fileId: string, on: boolean): void {
    const selected = new Set(this._selected);
    if (on) selected.add(fileId);
    else selected.delete(fileId);
    this._selected = selected;
  }

  private __bulk(page: PortalPage, files: FoyerFile[]) {
    const s = page.strings;
    const chosen = files.filter((f) => this._selected.has(f.id)).map((f) => f.id);
    const share = this._share;
    const busy = share !== undefined;
    return html`<div class="bulk">
      <button class="btn secondary" type="button" ?disabled=${busy} @click=${() => this.__archive()}>${icons.download()} ${s.downloadAll}</button>
      <button class="btn secondary" type="button" ?disabled=${busy || !chosen.length || chosen.length > MAX_ARCHIVE} @click=${() => this.__archive(chosen)}>
        ${s.downloadSelected(chosen.length)}
      </button>
      ${chosen.length > MAX_ARCHIVE ? html`<span class="muted">${s.tooManySelected(MAX_ARCHIVE)}</span>` : nothing}
      ${
        busy
          ? html`<progress class="bar" max="1" .value=${share} aria-label=${s.downloadAll}></progress>
            <span role="status">${s.downloading(Math.floor(share * 100))}</span>`
          : nothing
      }
    </div>`;
  }

  private __open(fileId: string | undefined): void {
    this._fileId = fileId;
  }

  private __list(page: PortalPage, files: { items: FoyerFile[]; more: boolean }) {
    const s = page.strings;
    if (!files.items.length) return empty(s.noFilesTitle, s.noFiles);
    return html`${this.__bulk(page, files.items)}
      <ul class="list" aria-label=${s.filesTitle}>
        ${files.items.map(
          (file) => html`<li class="card item">
            <input
              type="checkbox"
              aria-label=${s.selectFile(file.name)}
              .checked=${this._selected.has(file.id)}
              @change=${(e: Event) => this.__tick(file.id, (e.target as HTMLInputElement).checked)}
            />
            <span class="file-icon">${icons.file()}</span>
            <div class="grow">
              <p class="title">
                <button class="open name" type="button" dir="auto" aria-label=${s.openFile(file.name)} @click=${() => this.__open(file.id)}>${file.name}</button>
                ${approvalBadge(page, file.approval)}
              </p>
              <p class="muted small">
                ${s.versionShort(file.current_version.version)} · ${formatBytes(file.current_version.size, page.locale)} ·
                ${s.uploadedBy(actorName(page, file.current_version.uploaded_by))} · ${formatRelative(file.updated_at, page.locale)}
              </p>
            </div>
            <button class="btn icon-only" type="button" aria-label=${`${s.download} ${file.name}`} @click=${() => this.__download(file)}>
              ${icons.download()}
            </button>
          </li>`,
        )}
      </ul>
      ${files.more ? html`<button class="btn secondary" type="button" @click=${() => (this._shown += PAGE)}>${s.loadMore}</button>` : nothing}`;
  }

  override render() {
    const page = this.page;
    if (!page) return nothing;
    const s = page.strings;
    return html`<section
      @dragover=${(e: DragEvent) => (e.preventDefault(), (this._dragging = true))}
      @dragleave=${(e: DragEvent) => e.target === e.currentTarget && (this._dragging = false)}
      @drop=${this.__onDrop}
    >
      <h2 class="sr-only">${s.filesTitle}</h2>
      ${
        this._fileId
          ? nothing
          : html`<div class="zone ${this._dragging ? 'dragging' : ''}">
            <input id="picker" class="sr-only" type="file" multiple tabindex="-1" aria-hidden="true" @change=${this.__onPicked} />
            <button class="btn primary" type="button" @click=${() => this._picker.click()}>${icons.upload()} ${s.chooseFiles}</button>
            <span class="muted">${this._dragging ? s.dropHere : s.dropHint}</span>
          </div>`
      }
      ${renderUploads(this.queue, page)} ${this._error ? html`<p class="alert" role="alert">${this._error}</p>` : nothing}
      ${
        this._fileId
          ? html`<foyer-console-portal-file
            .page=${page}
            file-id=${this._fileId}
            .upload=${(file: File) => this.queue.add([file], this.__target())}
            @back=${() => this.__open(undefined)}
          ></foyer-console-portal-file>`
          : taskView(this.__files, s, (files) => (files ? this.__list(page, files) : nothing))
      }
    </section>`;
  }
}
