import { Task } from '@lit/task';
import type { Schema } from '@foyer/sdk';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { formText } from '../../internal/form-text.ts';
import { icons } from '../../internal/icons.ts';
import { base } from '../../themes/base.styles.ts';
import { itemDraft, itemsEditor, readItems } from '../requests/items-editor.ts';
import { requestStyles } from '../requests/requests.styles.ts';
import { dueLine, itemBadge, progressLine, requestBadge } from '../requests/view.ts';
import { dayOf, endOfDay, today } from '../shared/dates.ts';
import { closeDialogs, errorText, modal, saveFile, type PortalPage } from './page.ts';
import { empty, taskView } from './states.ts';
import { tabStyles } from './tab.styles.ts';

type DocumentRequest = Schema<'DocumentRequest'>;
type RequestItem = Schema<'RequestItem'>;
type ItemStatus = Schema<'RequestItemUpdate'>['status'];

/** The dialog shown: a new request (blank, or from the template `from`), send an item back, the due date, delete. */
type Dialog =
  | { kind: 'new'; from: string }
  | { kind: 'back'; item: RequestItem }
  | { kind: 'due'; request: DocumentRequest }
  | { kind: 'delete'; request: DocumentRequest };

/**
 * @tag foyer-console-portal-requests
 * @summary The Requests tab: ask the client for documents — a new request from a blank list (title, message,
 * due date, items) or from a template — and review what came back: each request with its status, due date
 * and progress, each item with its files (download), Accept, Send back (with the reason the client sees),
 * Reopen and Not applicable; change a request's due date, delete it (confirmed).
 */
export class FoyerConsolePortalRequests extends LitElement {
  static override styles = [base, tabStyles, requestStyles];

  @property({ attribute: false }) page?: PortalPage;

  @state() private _dialog?: Dialog;
  @state() private _items = [itemDraft()];
  /** The workspace's templates, read when "New request" opens. */
  @state() private _templates?: Schema<'RequestTemplate'>[];
  @state() private _busy = false;
  @state() private _error: unknown;

  private readonly __requests = new Task(this, {
    task: ([page], { signal }) =>
      page ? page.client.requests.list(page.portal.id, { limit: 100 }, { signal }).toArray({ limit: 1000 }) : Promise.resolve(undefined),
    args: () => [this.page] as const,
  });

  /**
   * Runs a change: on success closes the dialog and reads the page again; a failure (or the sentence the
   * action answers when the service refused it in its answer) shows where it was asked.
   */
  private async __act(action: () => Promise<unknown>): Promise<void> {
    this._busy = true;
    this._error = undefined;
    try {
      const refused = await action();
      if (typeof refused === 'string') {
        this._error = refused;
        return;
      }
      closeDialogs(this.renderRoot);
      this._dialog = undefined;
      this.page!.refresh();
    } catch (error) {
      this._error = error;
    } finally {
      this._busy = false;
    }
  }

  private __show(dialog: Dialog): void {
    this._error = undefined;
    this._dialog = dialog;
  }

  private async __new(): Promise<void> {
    this._items = [itemDraft()];
    this._templates = undefined;
    this.__show({ kind: 'new', from: '' });
    try {
      this._templates = await this.page!.client.requestTemplates.list({ limit: 100 }).toArray({ limit: 1000 });
    } catch (error) {
      this._error = error;
    }
  }

  private __move(item: RequestItem, status: ItemStatus, reason?: string): void {
    void this.__act(() => this.page!.client.requestItems.update(item.id, { status, ...(reason && { reason }) }));
  }

  /** Sends the shown dialog's form. */
  private __submit(dialog: Dialog, form: HTMLFormElement): void {
    const page = this.page!;
    const s = page.strings;
    const client = page.client;
    const due = formText(form, 'due');
    const due_at = due ? endOfDay(due) : null;
    const message = formText(form, 'message');
    if (dialog.kind === 'back') {
      const reason = formText(form, 'reason');
      if (reason) this.__move(dialog.item, 'changes_requested', reason);
      else this._error = s.reasonRequired;
    } else if (dialog.kind === 'due') void this.__act(() => client.requests.update(dialog.request.id, { due_at }));
    else if (dialog.kind === 'delete') void this.__act(() => client.requests.delete(dialog.request.id));
    else if (dialog.from)
      void this.__act(async () => {
        const { data } = await client.requestTemplates.apply(dialog.from, {
          portal_ids: [page.portal.id],
          due_at,
          ...(message && { message }),
        });
        return data[0]?.status === 'exists' ? s.alreadyOpen : data[0]?.error?.detail;
      });
    else
      void this.__act(() =>
        client.requests.create(page.portal.id, {
          title: formText(form, 'title'),
          message: message || null,
          due_at,
          items: readItems(form),
        }),
      );
  }

  private __newBody(page: PortalPage, dialog: Extract<Dialog, { kind: 'new' }>) {
    const s = page.strings;
    const template = this._templates?.find((t) => t.id === dialog.from);
    return html`<label class="field">
        <span>${s.startFrom}</span>
        <select class="input" name="from" @change=${(e: Event) => (this._dialog = { kind: 'new', from: (e.target as HTMLSelectElement).value })}>
          <option value="">${s.blankList}</option>
          ${this._templates?.map((t) => html`<option value=${t.id}>${t.name}</option>`)}
        </select>
      </label>
      ${
        template
          ? html`<p class="small">${s.itemCount(template.items.length)}: ${template.items.map((i) => i.title).join(', ')}</p>`
          : html`<label class="field">
              <span>${s.requestTitleLabel}</span>
              <input class="input" name="title" required maxlength="200" />
            </label>`
      }
      <label class="field">
        <span>${s.dueDateLabel}</span>
        <input class="input" type="date" name="due" min=${today()} />
      </label>
      <label class="field">
        <span>${s.messageLabel}</span>
        <textarea class="input" name="message" maxlength="2000" placeholder=${template?.message ?? ''}></textarea>
      </label>
      ${template ? nothing : itemsEditor(s, this._items, (items) => (this._items = items))}`;
  }

  private __dialog(page: PortalPage) {
    const s = page.strings;
    const dialog = this._dialog;
    if (!dialog) return nothing;
    const [title, body, submit]: [string, TemplateResult | typeof nothing, string] =
      dialog.kind === 'new'
        ? [s.newRequest, this.__newBody(page, dialog), s.submitRequest]
        : dialog.kind === 'back'
          ? [
              s.named(s.sendBack, dialog.item.title),
              html`<label class="field">
                <span>${s.reasonLabel}</span>
                <textarea class="input" name="reason" required maxlength="2000"></textarea>
              </label>`,
              s.sendBack,
            ]
          : dialog.kind === 'due'
            ? [
                s.changeDue,
                html`<label class="field">
                  <span>${s.dueDateLabel}</span>
                  <input class="input" type="date" name="due" .value=${dialog.request.due_at ? dayOf(dialog.request.due_at) : ''} />
                </label>`,
                s.changeDue,
              ]
            : [s.named(s.deleteRequest, dialog.request.title), html`<p>${s.deleteRequestBody}</p>`, s.deleteRequest];
    return html`<dialog class=${dialog.kind === 'new' ? 'wide' : ''} ${ref(modal)} aria-labelledby="dialog-title" @close=${() => (this._dialog = undefined)}>
      <form
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          this.__submit(dialog, e.target as HTMLFormElement);
        }}
      >
        <h2 id="dialog-title">${title}</h2>
        ${body} ${this._error ? html`<p class="alert" role="alert">${errorText(s, this._error)}</p>` : nothing}
        <div class="actions">
          <button class="btn secondary" type="button" @click=${() => closeDialogs(this.renderRoot)}>${s.cancel}</button>
          <button class="btn ${dialog.kind === 'delete' ? 'danger' : 'primary'}" type="submit" ?disabled=${this._busy}>${submit}</button>
        </div>
      </form>
    </dialog>`;
  }

  private __item(page: PortalPage, item: RequestItem) {
    const s = page.strings;
    const action = (label: string, status: ItemStatus, kind = 'secondary') =>
      html`<button
        class="btn ${kind} small"
        type="button"
        aria-label=${s.named(label, item.title)}
        ?disabled=${this._busy}
        @click=${() => (status === 'changes_requested' ? this.__show({ kind: 'back', item }) : this.__move(item, status))}
      >
        ${label}
      </button>`;
    const status = item.status;
    const about = [item.required ? '' : s.optional, item.multiple ? s.severalFiles : ''].filter(Boolean).join(' · ');
    return html`<li class="item">
      <span class="name grow" dir="auto">${item.title}</span>
      ${itemBadge(s, status)}
      ${about ? html`<p class="full muted small">${about}</p>` : nothing}
      ${item.description ? html`<p class="full small" dir="auto">${item.description}</p>` : nothing}
      ${item.reason ? html`<p class="full small">${s.sentBack(item.reason)}</p>` : nothing}
      ${item.note ? html`<p class="full small">${s.clientNote(item.note)}</p>` : nothing}
      ${
        item.files.length
          ? html`<div class="full row">
              ${item.files.map(
                (f) =>
                  html`<button
                    class="btn ghost small"
                    type="button"
                    aria-label=${s.named(s.download, f.name)}
                    @click=${() => saveFile(page, f.id, f.name).catch((error: unknown) => (this._error = error))}
                  >
                    ${icons.download()} <bdi>${f.name}</bdi>
                  </button>`,
              )}
            </div>`
          : nothing
      }
      <div class="full row">
        ${status === 'submitted' ? action(s.accept, 'accepted', 'primary') : nothing}
        ${status === 'submitted' || status === 'accepted' ? action(s.sendBack, 'changes_requested') : nothing}
        ${status === 'accepted' || status === 'not_applicable' ? action(s.reopenItem, 'open') : nothing}
        ${status === 'open' || status === 'changes_requested' ? action(s.waive, 'not_applicable', 'ghost') : nothing}
      </div>
    </li>`;
  }

  private __request(page: PortalPage, request: DocumentRequest) {
    const s = page.strings;
    return html`<li class="card request">
      <div class="row between">
        <h3 class="name" dir="auto">${request.title}</h3>
        ${requestBadge(s, request)}
      </div>
      <div class="row">${dueLine(s, request, page.locale)} ${progressLine(s, request)}</div>
      ${request.message ? html`<p class="small" dir="auto">${request.message}</p>` : nothing}
      <ul class="list checklist">
        ${request.items.map((item) => this.__item(page, item))}
      </ul>
      <div class="row">
        <button class="btn secondary small" type="button" aria-label=${s.named(s.changeDue, request.title)} @click=${() => this.__show({ kind: 'due', request })}>
          ${s.changeDue}
        </button>
        <button class="btn ghost small" type="button" aria-label=${s.named(s.deleteRequest, request.title)} @click=${() => this.__show({ kind: 'delete', request })}>
          ${s.deleteRequest}
        </button>
      </div>
    </li>`;
  }

  override render() {
    const page = this.page;
    if (!page) return nothing;
    const s = page.strings;
    return html`<section>
      <div class="row between">
        <h2>${s.tabRequests}</h2>
        <button class="btn primary" type="button" @click=${this.__new}>${s.newRequest}</button>
      </div>
      ${this._error && !this._dialog ? html`<p class="alert" role="alert">${errorText(s, this._error)}</p>` : nothing}
      ${taskView(this.__requests, s, (requests) =>
        !requests
          ? nothing
          : requests.length
            ? html`<ul class="list">
                ${requests.map((r) => this.__request(page, r))}
              </ul>`
            : empty(s.noRequestsTitle, s.noRequests),
      )}
      ${this.__dialog(page)}
    </section>`;
  }
}
