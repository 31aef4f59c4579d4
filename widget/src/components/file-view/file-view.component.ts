import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { NotFoundError, type File as FoyerFile, type FileVersion } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../approval/approval.ts';
import '../comments/comments.ts';
import '../file-preview/file-preview.ts';
import '../upload/upload.ts';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { saveFile } from '../../internal/download.ts';
import { loadFailed } from '../../internal/load-failed.ts';
import { reported } from '../../internal/reported.ts';
import { formatBytes, formatDateTime, PREVIEWABLE, typeLabel } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './file-view.styles.ts';

/**
 * @tag foyer-file-view
 * @summary One file: its metadata and versions, the preview the service made of its current version
 * (`<foyer-file-preview>`: an image, or a PDF's pages one under another; never the original), download of any
 * version, a new version upload, the approval panel and comments. A file deleted meanwhile (its 404, on a
 * refresh or on any action) shows "This file was removed" instead, with the way back to the list.
 *
 * @csspart base - The file view.
 * @csspart header - Back link, name and actions.
 * @csspart preview - The preview.
 * @csspart details - The metadata card.
 * @csspart versions - The versions card.
 */
export class FoyerFileView extends LitElement {
  static override styles = [base, styles];

  @consume({ context: portalContext, subscribe: true }) @state() private _ctx?: PortalContext;

  /** The file to show (`fil_…`). */
  @property({ attribute: 'file-id' }) fileId = '';

  @state() private _busy = 0;
  /** The name of the file last shown, for the removed state. */
  private __name = '';

  // `null`: the file answered 404 — it was deleted. Not an error: the view says so.
  private readonly __file = new Task(this, {
    task: async ([ctx, fileId], { signal }): Promise<{ file: FoyerFile; versions: FileVersion[] } | null | undefined> => {
      if (!ctx?.member || !fileId) return undefined;
      try {
        const [file, versions] = await Promise.all([
          ctx.foyer.files.get(fileId, { signal }),
          ctx.foyer.versions.list(fileId, { limit: 100 }, { signal }).page(),
        ]);
        this.__name = file.name;
        return { file, versions: versions.data };
      } catch (error) {
        if (error instanceof NotFoundError && !signal.aborted) return null;
        return reported(ctx, signal)(error);
      }
    },
    args: () => [this._ctx, this.fileId] as const,
  });

  private async __download(version?: FileVersion): Promise<void> {
    const ctx = this._ctx!;
    const file = this.__file.value?.file;
    if (!file) return;
    this._busy = version?.version ?? -1;
    try {
      await saveFile(ctx, file.id, file.name, version?.version);
    } catch (error) {
      if (error instanceof NotFoundError) void this.__file.run();
      else ctx.report(error);
    } finally {
      this._busy = 0;
    }
  }

  private __back() {
    const ctx = this._ctx!;
    return html`<button class="btn ghost back" type="button" @click=${() => ctx.openFile(undefined)}>${icons.back()} ${ctx.strings.back}</button>`;
  }

  private __versions(versions: FileVersion[], current: number) {
    const ctx = this._ctx!;
    const s = ctx.strings;
    return html`<section part="versions" class="card side" aria-labelledby="versions-title">
      <h2 id="versions-title">${s.versions}</h2>
      <ol class="versions">
        ${versions.map(
          (v) => html`<li class="version">
            <span class="badge ${v.version === current ? 'current' : ''}">${s.versionShort(v.version)}</span>
            <div class="version-main">
              <span>${formatDateTime(v.created_at, ctx.locale)}</span>
              <span class="muted small">${formatBytes(v.size, ctx.locale)} · ${v.uploaded_by.kind === 'owner' ? ctx.business : (v.uploaded_by.name ?? v.uploaded_by.email ?? '')}</span>
            </div>
            <button
              class="btn icon-only"
              type="button"
              aria-label=${`${s.download} ${s.versionLong(v.version)}`}
              title=${s.download}
              ?disabled=${this._busy === v.version}
              @click=${() => this.__download(v)}
            >
              ${icons.download()}
            </button>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    const value = this.__file.value;
    if (value === null) {
      return html`<div part="base" class="view">${this.__back()}
        <section class="card removed" role="status" aria-labelledby="removed-title">
          <span class="file-icon big">${icons.file()}</span>
          <h2 id="removed-title">${s.fileRemoved}</h2>
          <p class="muted">${s.fileRemovedDetail(this.__name, ctx.business)}</p>
        </section>
      </div>`;
    }
    if (!value) {
      if (this.__file.status === TaskStatus.ERROR)
        return html`<div part="base" class="view">${this.__back()}${loadFailed(s, () => this.__file.run())}</div>`;
      return html`<div part="base" class="view" aria-busy="true">${this.__back()}
        <span class="skeleton title"></span><span class="skeleton block"></span>
        <span class="sr-only" role="status">${s.loading}</span>
      </div>`;
    }
    const { file, versions } = value;
    const v = file.current_version;
    const image = PREVIEWABLE.has(v.content_type);
    const uploader = file.uploaded_by.kind === 'owner' ? ctx.business : (file.uploaded_by.name ?? file.uploaded_by.email ?? s.someone);
    // A part (comments, approval) met a 404: check the file, which shows the removed state if it is gone.
    return html`<article part="base" class="view" aria-labelledby="file-title" @file-removed=${() => this.__file.run()}>
      <header part="header" class="header">
        ${this.__back()}
        <div class="title-row">
          <span class="file-icon">${image ? icons.image() : icons.file()}</span>
          <div class="title-main">
            <h2 id="file-title" dir="auto">${file.name}</h2>
            <p class="muted small">${s.versionLong(v.version)} · ${formatBytes(v.size, ctx.locale)} · ${typeLabel(v.content_type, s)}</p>
          </div>
          <div class="actions">
            <button class="btn primary" type="button" ?disabled=${this._busy === -1} @click=${() => this.__download()}>
              ${this._busy === -1 ? html`<span class="spinner" aria-hidden="true"></span>` : icons.download()} ${s.download}
            </button>
            ${ctx.portal?.client_uploads !== false ? html`<foyer-upload file-id=${file.id}></foyer-upload>` : nothing}
          </div>
        </div>
      </header>
      <div class="columns">
        <div class="main">
          <foyer-file-preview
            part="preview"
            class="card"
            .files=${ctx.foyer.files}
            .file=${file}
            .strings=${s}
            @download=${() => this.__download()}
          ></foyer-file-preview>
          <foyer-approval .file=${file}></foyer-approval>
          <foyer-comments file-id=${file.id} .version=${v.version}></foyer-comments>
        </div>
        <aside class="aside">
          <section part="details" class="card side" aria-labelledby="details-title">
            <h2 id="details-title">${s.details}</h2>
            <dl class="details">
              <dt>${s.size}</dt>
              <dd>${formatBytes(v.size, ctx.locale)}</dd>
              <dt>${s.type}</dt>
              <dd>${typeLabel(v.content_type, s)}</dd>
              <dt>${s.added}</dt>
              <dd>${formatDateTime(file.created_at, ctx.locale)} · ${uploader}</dd>
              <dt>${s.updated}</dt>
              <dd>${formatDateTime(file.updated_at, ctx.locale)}</dd>
              <dt>${s.checksum}</dt>
              <dd class="mono" title=${v.sha256}>${v.sha256.slice(0, 16)}…</dd>
            </dl>
          </section>
          ${this.__versions(versions, v.version)}
        </aside>
      </div>
    </article>`;
  }
}
