import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { File as FoyerFile } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import '../upload/upload.ts';
import type { FoyerUpload } from '../upload/upload.component.ts';
import { approvalOf } from '../../internal/collaboration.ts';
import { reported } from '../../internal/reported.ts';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { save } from '../../internal/download.ts';
import { formatBytes, formatDate, PREVIEWABLE } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { loadFailed } from '../../internal/load-failed.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './file-list.styles.ts';

/** Which files to show: all, those the business shared, those the client's side uploaded. */
export const FileFilter = { all: 'all', shared: 'owner', mine: 'member' } as const;
export type FileFilter = (typeof FileFilter)[keyof typeof FileFilter];

const PAGE = 50;

/** What the list shows, and what it was read for. */
interface Shown {
  ctx: PortalContext;
  filter: FileFilter;
  pages: number;
  files: FoyerFile[];
  /** Where "Show more" continues; `null` at the end. */
  cursor: string | null;
}

/**
 * @tag foyer-file-list
 * @summary The portal's files, newest first: name, size, who shared it, date, version and approval badge;
 * a filter (all / shared with you / uploaded by you), download, "Download all" (one zip of the current versions,
 * with its progress), uploads by drop anywhere on the list, and
 * an empty state that says what to do, and Show more for the next 50. Refreshes when the portal's data may
 * have changed, reading again as many pages as the person had shown.
 *
 * @csspart base - The whole list section.
 * @csspart toolbar - The heading and filter.
 * @csspart file - One file row.
 * @csspart empty - The empty state.
 * @csspart upload - The upload zone (`<foyer-upload>`, its parts re-exposed as `upload-*`).
 */
export class FoyerFileList extends LitElement {
  static override styles = [base, styles];

  @consume({ context: portalContext, subscribe: true }) @state() private _ctx?: PortalContext;

  @state() private _filter: FileFilter = FileFilter.all;
  /** How many pages the person has shown: "Show more" adds one, another filter starts again at one. */
  @state() private _pages = 1;
  /** What is downloading: a file's id, or `*` for "Download all". */
  @state() private _busy = '';
  /** The share of "Download all"'s zip received (0 to 1). */
  @state() private _share = 0;
  /** Why the last download failed, in words. */
  @state() private _error = '';
  @query('foyer-upload') private _upload?: FoyerUpload;
  private __dragDepth = 0;

  // A new context (a refresh, another session) reads all the pages shown again, so nothing the person loaded
  // vanishes; "Show more" alone reads just the next page after the last one. The task aborts an older run, so
  // a stale answer never replaces a newer one.
  private readonly __files = new Task(this, {
    task: async ([ctx, filter, pages], { signal }): Promise<Shown | undefined> => {
      if (!ctx?.member) return undefined;
      const last = this.__files.value;
      const more = last?.ctx === ctx && last.filter === filter && last.pages === pages - 1 ? last : undefined;
      let files = more?.files ?? [];
      let cursor: string | null | undefined = more?.cursor;
      for (let n = more ? pages - 1 : 0; n < pages && cursor !== null; n++) {
        const query = { limit: PAGE, ...(cursor ? { cursor } : {}), ...(filter === FileFilter.all ? {} : { uploaded_by: filter }) };
        const page = await ctx.foyer.files.list(ctx.portalId, query, { signal }).page().catch(reported(ctx, signal));
        files = [...files, ...page.data];
        cursor = page.has_more ? page.next_cursor : null;
      }
      return { ctx, filter, pages, files, cursor: cursor ?? null };
    },
    args: () => [this._ctx, this._filter, this._pages] as const,
  });

  private __filter(filter: FileFilter): void {
    this._filter = filter;
    this._pages = 1;
  }

  /** Saves a file, or without one the portal's files as one zip (current versions), with the share received. */
  private async __download(file?: FoyerFile): Promise<void> {
    const ctx = this._ctx!;
    this._busy = file?.id ?? '*';
    this._share = 0;
    this._error = '';
    try {
      await save(
        file ? ctx.foyer.files.download(file.id) : ctx.foyer.portals.downloadArchive(ctx.portalId),
        file?.name ?? `${ctx.portal?.name ?? ctx.business}.zip`,
        (share) => (this._share = share),
      );
    } catch (error) {
      this._error = ctx.report(error);
    } finally {
      this._busy = '';
    }
  }

  // Drops anywhere on the list go to the upload zone.
  private __onDragEnter(event: DragEvent): void {
    if (!this._upload || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.__dragDepth++;
    this._upload.dragging = true;
  }

  private __onDragLeave(): void {
    if (--this.__dragDepth <= 0 && this._upload) {
      this.__dragDepth = 0;
      this._upload.dragging = false;
    }
  }

  private __onDrop(event: DragEvent): void {
    if (!this._upload) return;
    event.preventDefault();
    this.__dragDepth = 0;
    this._upload.dragging = false;
    if (event.dataTransfer?.files.length) this._upload.addFiles(event.dataTransfer.files);
  }

  private __who(file: FoyerFile): string {
    const ctx = this._ctx!;
    const actor = file.uploaded_by;
    if (actor.kind === 'member' && actor.id === ctx.member?.id) return ctx.strings.uploadedBy(ctx.strings.you);
    if (actor.kind === 'owner') return ctx.strings.sharedBy(ctx.business);
    return ctx.strings.uploadedBy(actor.name ?? actor.email ?? ctx.strings.someone);
  }

  private __badge(file: FoyerFile) {
    const s = this._ctx!.strings;
    const approval = approvalOf(file);
    if (!approval) return nothing;
    const label = { pending: s.approvalPending, approved: s.approvalApproved, changes_requested: s.approvalChanges }[
      approval.status as string
    ];
    return label ? html`<span class="badge ${approval.status}">${label}</span>` : nothing;
  }

  private __row(file: FoyerFile) {
    const ctx = this._ctx!;
    const s = ctx.strings;
    const v = file.current_version;
    const image = PREVIEWABLE.has(v.content_type);
    return html`<li part="file" class="file">
      <span class="file-icon ${image ? 'image' : ''}">${image ? icons.image() : icons.file()}</span>
      <div class="file-main">
        <button class="file-name" type="button" dir="auto" aria-label=${s.openNamed(file.name)} @click=${() => ctx.openFile(file.id)}>${file.name}</button>
        <div class="file-meta muted">
          <span class="who">${this.__who(file)}</span><span class="sep-who" aria-hidden="true">·</span>
          <span>${formatDate(file.updated_at, ctx.locale)}</span><span aria-hidden="true">·</span>
          <span>${formatBytes(v.size, ctx.locale)}</span>
          ${file.version_count > 1 ? html`<span class="badge" title=${s.versionLong(v.version)}>${s.versionShort(v.version)}</span>` : nothing}
          ${this.__badge(file)}
        </div>
      </div>
      <button
        class="btn icon-only"
        type="button"
        aria-label=${s.downloadNamed(file.name)}
        title=${s.download}
        ?disabled=${this._busy === file.id}
        @click=${() => this.__download(file)}
      >
        ${this._busy === file.id ? html`<span class="spinner" aria-hidden="true"></span>` : icons.download()}
      </button>
    </li>`;
  }

  private __empty() {
    const ctx = this._ctx!;
    const s = ctx.strings;
    const canUpload = ctx.portal?.client_uploads !== false;
    const text =
      this._filter === FileFilter.shared
        ? s.emptyShared(ctx.business)
        : this._filter === FileFilter.mine
          ? s.emptyMine
          : canUpload
            ? s.emptyAll(ctx.business)
            : s.emptyAllNoUpload(ctx.business);
    return html`<div part="empty" class="empty">
      <span class="empty-icon">${icons.file()}</span>
      <h3>${s.emptyTitle}</h3>
      <p class="muted">${text}</p>
    </div>`;
  }

  private __skeleton() {
    return html`<ul class="files" aria-busy="true" aria-label=${this._ctx!.strings.loading}>
      ${[0, 1, 2].map(
        () => html`<li class="file">
          <span class="skeleton square"></span>
          <div class="file-main"><span class="skeleton line"></span><span class="skeleton line short"></span></div>
        </li>`,
      )}
    </ul>`;
  }

  private __content() {
    const s = this._ctx!.strings;
    const loaded = this.__files.value;
    if (loaded) {
      if (!loaded.files.length) return this.__empty();
      const all = this._busy === '*';
      return html`<div class="all">
          <button class="btn secondary" type="button" ?disabled=${all} @click=${() => this.__download()}>
            ${all ? s.downloading(Math.floor(this._share * 100)) : [icons.download(), s.downloadAll]}
          </button>
          ${all ? html`<progress class="bar" max="1" .value=${this._share} aria-label=${s.downloadAll}></progress>` : nothing}
        </div>
        ${this._error ? html`<p class="alert" role="alert">${this._error}</p>` : nothing}
        <ul class="files" aria-label=${s.files}>${loaded.files.map((file) => this.__row(file))}</ul>
        ${
          loaded.cursor
            ? html`<button
                class="btn secondary more"
                type="button"
                ?disabled=${this.__files.status === TaskStatus.PENDING}
                @click=${() => (this._pages = loaded.pages + 1)}
              >
                ${s.loadMore}
              </button>`
            : nothing
        }`;
    }
    if (this.__files.status === TaskStatus.ERROR) return loadFailed(s, () => this.__files.run());
    return this.__skeleton();
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const filters: [FileFilter, string][] = [
      [FileFilter.all, s.filterAll],
      [FileFilter.shared, s.filterShared],
      [FileFilter.mine, s.filterMine],
    ];
    return html`<section
      part="base"
      class="list"
      aria-labelledby="files-title"
      @dragenter=${this.__onDragEnter}
      @dragover=${(e: DragEvent) => this._upload && e.preventDefault()}
      @dragleave=${this.__onDragLeave}
      @drop=${this.__onDrop}
    >
      <div part="toolbar" class="toolbar">
        <h2 id="files-title">${s.files}</h2>
        <div class="filters" role="radiogroup" aria-label=${s.filterLabel}>
          ${filters.map(
            ([value, label]) =>
              html`<button
                class="chip"
                type="button"
                role="radio"
                aria-checked=${this._filter === value ? 'true' : 'false'}
                tabindex=${this._filter === value ? 0 : -1}
                @click=${() => this.__filter(value)}
                @keydown=${this.__onFilterKey}
              >
                ${label}
              </button>`,
          )}
        </div>
      </div>
      ${ctx.portal?.client_uploads !== false ? html`<foyer-upload part="upload" exportparts="base:upload-base,button:upload-button,queue:upload-queue,item:upload-item,progress:upload-progress"></foyer-upload>` : nothing}
      ${this.__content()}
    </section>`;
  }

  // Arrow keys move between the filter options, as in any radio group.
  private __onFilterKey(event: KeyboardEvent): void {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
    event.preventDefault();
    const order = [FileFilter.all, FileFilter.shared, FileFilter.mine];
    const step = event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 1;
    this.__filter(order[(order.indexOf(this._filter) + step + order.length) % order.length]!);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-checked="true"]')?.focus());
  }
}
