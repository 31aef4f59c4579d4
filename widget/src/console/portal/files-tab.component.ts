import { Task } from '@lit/task';
import type { File as FoyerFile } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { formatBytes, formatRelative } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { actorName, errorText, firstItems, saveFile, type PortalPage } from './page.ts';
import { approvalBadge, empty, taskView } from './states.ts';
import { tabStyles } from './tab.styles.ts';
import { UploadQueue } from './upload-queue.ts';
import { styles } from './files-tab.styles.ts';

const PAGE = 50;

/**
 * @tag foyer-console-portal-files
 * @summary The Files tab: a drop zone and a file picker for several files at once, each transfer with its
 * progress and Cancel, the portal's files with their approval status, and one file's page
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
  @query('#picker') private _picker!: HTMLInputElement;

  readonly queue = new UploadQueue(
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
    this.queue.add(files);
  }

  private __onDrop(event: DragEvent): void {
    event.preventDefault();
    this._dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    // On a file's page a drop is its new version: one file.
    if (files.length) this.queue.add(this._fileId ? files.slice(0, 1) : files, this._fileId);
  }

  private __onPicked(): void {
    if (this._picker.files?.length) this.queue.add(this._picker.files);
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

  private __open(fileId: string | undefined): void {
    this._fileId = fileId;
  }

  private __list(page: PortalPage, files: { items: FoyerFile[]; more: boolean }) {
    const s = page.strings;
    if (!files.items.length) return empty(s.noFilesTitle, s.noFiles);
    return html`<ul class="list" aria-label=${s.filesTitle}>
        ${files.items.map(
          (file) => html`<li class="card item">
            <span class="file-icon">${icons.file()}</span>
            <div class="grow">
              <p class="title">
                <button class="open name" type="button" aria-label=${s.openFile(file.name)} @click=${() => this.__open(file.id)}>${file.name}</button>
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
      ${this.queue.render(page)} ${this._error ? html`<p class="alert" role="alert">${this._error}</p>` : nothing}
      ${
        this._fileId
          ? html`<foyer-console-portal-file
            .page=${page}
            file-id=${this._fileId}
            .upload=${(file: File) => this.queue.add([file], this._fileId)}
            @back=${() => this.__open(undefined)}
          ></foyer-console-portal-file>`
          : taskView(this.__files, s, (files) => (files ? this.__list(page, files) : nothing))
      }
    </section>`;
  }
}
