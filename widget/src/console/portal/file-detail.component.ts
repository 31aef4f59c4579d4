import { Task } from '@lit/task';
import { NotFoundError, type File as FoyerFile, type Schema } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import '../../components/file-preview/file-preview.ts';
import { formText } from '../../internal/form-text.ts';
import { formatBytes, formatDateTime } from '../../internal/format.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { actorName, closeDialogs, errorText, modal, saveFile, type PortalPage } from './page.ts';
import { approvalBadge, failed, taskView } from './states.ts';
import { tabStyles } from './tab.styles.ts';
import { styles } from './file-detail.styles.ts';

type ApprovalRequest = Schema<'ApprovalRequest'>;
const Dialog = { none: '', delete: 'delete', approval: 'approval' } as const;
type Dialog = (typeof Dialog)[keyof typeof Dialog];

/**
 * @tag foyer-console-portal-file
 * @summary One file in the console: download, new version, rename, delete (confirmed), "Request approval"
 * (`<foyer-console-portal-approval-request>`), the preview of its current version (`<foyer-file-preview>`), its
 * versions, its approval requests and its comment thread.
 *
 * @event back - The person goes back to the list (also after deleting the file). Not composed.
 */
export class FoyerConsolePortalFile extends LitElement {
  static override styles = [base, tabStyles, styles];

  @property({ attribute: false }) page?: PortalPage;
  @property({ attribute: 'file-id' }) fileId = '';
  /** Queues a new version of this file (the Files tab's upload list shows it). */
  @property({ attribute: false }) upload?: (file: File) => void;

  @state() private _dialog: Dialog = Dialog.none;
  @state() private _renaming = false;
  @state() private _busy = false;
  @state() private _error: unknown;
  @query('#version-picker') private _picker!: HTMLInputElement;

  private readonly __file = new Task(this, {
    task: async ([page, fileId], { signal }) => {
      if (!page || !fileId) return undefined;
      const client = page.client;
      const [file, versions, approvals] = await Promise.all([
        client.files.get(fileId, { signal }),
        client.versions.list(fileId, { limit: 100 }, { signal }).page(),
        client.approvals.list(fileId, { limit: 20 }, { signal }).page(),
      ]);
      return { file, versions: versions.data, approvals: approvals.data };
    },
    args: () => [this.page, this.fileId] as const,
  });

  private __back(): void {
    this.dispatchEvent(new Event('back'));
  }

  /** Runs an action; on success closes what is open and refreshes the portal page. */
  private async __act(action: () => Promise<unknown>, after?: () => void): Promise<void> {
    this._busy = true;
    this._error = undefined;
    try {
      await action();
      closeDialogs(this.renderRoot);
      this._renaming = false;
      after?.();
      this.page!.refresh();
    } catch (error) {
      this._error = error;
    } finally {
      this._busy = false;
    }
  }

  private __rename(event: SubmitEvent, file: FoyerFile): void {
    event.preventDefault();
    const name = formText(event.target as HTMLFormElement, 'name');
    if (name && name !== file.name) void this.__act(() => this.page!.client.files.update(file.id, { name }));
    else this._renaming = false;
  }

  private __onPicked(): void {
    const file = this._picker.files?.[0];
    if (file) this.upload?.(file);
    this._picker.value = '';
  }

  private __errorLine() {
    const error = this._error;
    if (!error) return nothing;
    const s = this.page!.strings;
    return html`<p class="alert" role="alert">${errorText(s, error)}</p>`;
  }

  private __dialogs(page: PortalPage, file: FoyerFile) {
    const s = page.strings;
    const close = () => ((this._dialog = Dialog.none), (this._error = undefined));
    const cancel = () => closeDialogs(this.renderRoot);
    if (this._dialog === Dialog.delete)
      return html`<dialog ${ref(modal)} aria-labelledby="delete-title" @close=${close}>
        <div class="body">
          <h2 id="delete-title">${s.deleteFileTitle(file.name)}</h2>
          <p>${s.deleteFileBody}</p>
          ${this.__errorLine()}
          <div class="actions">
            <button class="btn secondary" type="button" @click=${cancel}>${s.cancel}</button>
            <button class="btn danger" type="button" ?disabled=${this._busy} @click=${() =>
              this.__act(
                () => page.client.files.delete(file.id),
                () => this.__back(),
              )}>
              ${s.delete}
            </button>
          </div>
        </div>
      </dialog>`;
    if (this._dialog === Dialog.approval)
      return html`<foyer-console-portal-approval-request .page=${page} .file=${file} @closed=${close}></foyer-console-portal-approval-request>`;
    return nothing;
  }

  private __approval(page: PortalPage, request: ApprovalRequest) {
    const s = page.strings;
    return html`<li class="card item">
      <div class="grow">
        <p>${s.versionLong(request.version)} · ${approvalBadge(page, { request_id: request.id, status: request.status, version: request.version, due_at: request.due_at })}</p>
        <p class="muted small">
          ${s.requestedOn(formatDateTime(request.created_at, page.locale))}${request.due_at ? ` · ${s.dueBy(formatDateTime(request.due_at, page.locale))}` : ''}
        </p>
      </div>
      ${
        request.status === 'pending'
          ? html`<button class="btn secondary small" type="button" ?disabled=${this._busy} @click=${() => this.__act(() => page.client.approvals.cancel(request.id))}>
            ${s.cancelRequest}
          </button>`
          : nothing
      }
    </li>`;
  }

  private __view(page: PortalPage, data: { file: FoyerFile; versions: Schema<'FileVersion'>[]; approvals: ApprovalRequest[] }) {
    const s = page.strings;
    const { file, versions, approvals } = data;
    return html`<div class="head">
        <div class="row between">
          <h2 class="name" dir="auto">${file.name}</h2>
          ${approvalBadge(page, file.approval)}
        </div>
        ${
          this._renaming
            ? html`<form class="row" @submit=${(e: SubmitEvent) => this.__rename(e, file)}>
              <label class="sr-only" for="name">${s.renameLabel}</label>
              <input id="name" name="name" class="input grow" .value=${file.name} maxlength="255" required />
              <button class="btn primary" type="submit" ?disabled=${this._busy}>${s.save}</button>
              <button class="btn secondary" type="button" @click=${() => (this._renaming = false)}>${s.cancel}</button>
            </form>`
            : nothing
        }
        <div class="row">
          <input id="version-picker" class="sr-only" type="file" tabindex="-1" aria-hidden="true" @change=${this.__onPicked} />
          <button class="btn primary" type="button" @click=${() => ((this._error = undefined), (this._dialog = Dialog.approval))}>${s.requestApproval}</button>
          <button class="btn secondary" type="button" @click=${() => saveFile(page, file.id, file.name).catch((e: unknown) => (this._error = e))}>
            ${icons.download()} ${s.download}
          </button>
          <button class="btn secondary" type="button" @click=${() => this._picker.click()}>${icons.upload()} ${s.newVersion}</button>
          <button class="btn secondary" type="button" @click=${() => (this._renaming = true)}>${s.rename}</button>
          <button class="btn danger" type="button" @click=${() => ((this._error = undefined), (this._dialog = Dialog.delete))}>${s.delete}</button>
        </div>
        ${this._dialog ? nothing : this.__errorLine()}
      </div>
      <foyer-file-preview
        .files=${page.client.files}
        .file=${file}
        .strings=${s}
        @download=${() => saveFile(page, file.id, file.name).catch((e: unknown) => (this._error = e))}
      ></foyer-file-preview>
      ${
        approvals.length
          ? html`<h3>${page.strings.tabApprovals}</h3>
            <ul class="list">
              ${approvals.map((r) => this.__approval(page, r))}
            </ul>`
          : nothing
      }
      <h3>${s.versions}</h3>
      <ul class="list">
        ${versions.map(
          (v) => html`<li class="card item version">
            <div>
              <p>
                <strong>${s.versionLong(v.version)}</strong>
                ${v.version === file.current_version.version ? html`<span class="badge current">${s.current}</span>` : nothing}
              </p>
              <p class="muted small">
                ${formatBytes(v.size, page.locale)} · ${s.uploadedBy(actorName(page, v.uploaded_by))} · ${formatDateTime(v.created_at, page.locale)}
              </p>
              <p class="mono muted">${s.sha256} ${v.sha256}</p>
            </div>
            <button
              class="btn icon-only"
              type="button"
              aria-label=${s.downloadVersion(v.version)}
              @click=${() => saveFile(page, file.id, file.name, v.version).catch((e: unknown) => (this._error = e))}
            >
              ${icons.download()}
            </button>
          </li>`,
        )}
      </ul>
      <foyer-console-portal-comments .page=${page} file-id=${file.id} .version=${file.current_version.version}></foyer-console-portal-comments>
      ${this.__dialogs(page, file)}`;
  }

  override render() {
    const page = this.page;
    if (!page) return nothing;
    const s = page.strings;
    const gone = this.__file.error instanceof NotFoundError;
    return html`<section>
      <button class="btn ghost small back" type="button" @click=${this.__back}>${icons.back()} ${s.backToFiles}</button>
      ${gone ? failed(s, s.fileGone) : taskView(this.__file, s, (data) => (data ? this.__view(page, data) : nothing))}
    </section>`;
  }
}
