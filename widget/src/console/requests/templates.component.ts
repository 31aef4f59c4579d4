import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Portal, Schema } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { formText } from '../../internal/form-text.ts';
import { base } from '../../themes/base.styles.ts';
import { consoleContext, type ConsoleContext } from '../shared/context.ts';
import { consoleBase } from '../shared/console.styles.ts';
import { controlStyles } from '../shared/controls.styles.ts';
import { endOfDay, today } from '../shared/dates.ts';
import { closeDialogs, modal } from '../shared/dialog.ts';
import { emptyState, formError, loadingState } from '../shared/states.ts';
import { itemDraft, itemsEditor, readItems, type ItemDraft } from './items-editor.ts';
import { requestStyles } from './requests.styles.ts';
import { listView } from './view.ts';

type Template = Schema<'RequestTemplate'>;

const RESULT_BADGE: Record<string, string> = { created: 'approved', failed: 'changes_requested' };

/**
 * @tag foyer-console-templates
 * @summary The templates of the Requests page (`/console/requests/templates`): the lists of documents to ask
 * many clients for — create (`create()`, the page's "New template"), edit (name, message, items), delete
 * (confirmed), and apply one to many portals at once: the active portals with a search and "Select all", a due
 * date and a message, then each portal's result (created, already had it, failed and why) with the counts.
 *
 * @csspart list - The templates.
 */
export class FoyerConsoleTemplates extends LitElement {
  static override styles = [base, consoleBase, controlStyles, requestStyles];

  @consume({ context: consoleContext, subscribe: true }) @state() private _ctx?: ConsoleContext;

  /** The template being edited; `null` for a new one. */
  @state() private _editing?: Template | null;
  @state() private _items: ItemDraft[] = [];
  /** The template whose deletion awaits confirmation. */
  @state() private _confirm?: string;
  @state() private _applying?: Template;
  @state() private _applied?: Schema<'RequestTemplateApplied'>;
  @state() private _q = '';
  @state() private _selected = new Set<string>();
  @state() private _busy = false;
  @state() private _error = '';

  private readonly __templates = new Task(this, {
    task: ([client], { signal }) =>
      client ? client.requestTemplates.list({ limit: 100 }, { signal }).toArray({ limit: 1000 }) : initialState,
    args: () => [this._ctx?.client] as const,
    onError: (error) => this.__report(error),
  });

  /** The active portals, read when the apply dialog opens. */
  private readonly __portals = new Task(this, {
    task: ([client], { signal }) =>
      client ? client.portals.list({ status: 'active', limit: 100 }, { signal }).toArray({ limit: 1000 }) : initialState,
    args: () => [!!this._applying && this._ctx?.client] as const,
    onError: (error) => this.__report(error),
  });

  /** Opens the editor for a new template. */
  create(): void {
    this.__open(null);
  }

  private __report(error: unknown): void {
    this._error = this._ctx?.report(error) ?? '';
  }

  /** Runs a change of the templates: on success closes the dialog and reads them again, unless `stay`. */
  private async __change(action: () => Promise<unknown>, stay = false): Promise<void> {
    this._busy = true;
    this._error = '';
    try {
      await action();
      if (stay) return;
      this._confirm = undefined;
      closeDialogs(this.renderRoot);
      this.__open();
      void this.__templates.run();
    } catch (error) {
      this.__report(error);
    } finally {
      this._busy = false;
    }
  }

  private __open(editing?: Template | null, applying?: Template): void {
    this._error = '';
    this._editing = editing;
    this._items = editing ? editing.items.map(itemDraft) : [itemDraft()];
    this._applying = applying;
    this._applied = undefined;
    this._q = '';
    this._selected = new Set();
  }

  private __submit(event: SubmitEvent): void {
    event.preventDefault();
    const ctx = this._ctx!;
    const templates = ctx.client.requestTemplates;
    const form = event.target as HTMLFormElement;
    const message = formText(form, 'message');
    const editing = this._editing;
    const applying = this._applying;
    if (applying) {
      const due = formText(form, 'due');
      if (!this._selected.size) this._error = ctx.strings.pickPortal;
      else
        void this.__change(async () => {
          this._applied = await templates.apply(applying.id, {
            portal_ids: [...this._selected],
            due_at: due ? endOfDay(due) : null,
            ...(message && { message }),
          });
        }, true);
      return;
    }
    const body = { name: formText(form, 'name'), message: message || null, items: readItems(form) };
    void this.__change(() => (editing ? templates.update(editing.id, body) : templates.create(body)));
  }

  private __select(ids: string[], on: boolean): void {
    this._error = '';
    const selected = new Set(this._selected);
    for (const id of ids)
      if (on) selected.add(id);
      else selected.delete(id);
    this._selected = selected;
  }

  private __picker(ctx: ConsoleContext, portals: Portal[]) {
    const s = ctx.strings;
    const q = this._q.trim().toLowerCase();
    const shown = portals.filter((p) => `${p.name} ${p.client_name ?? ''}`.toLowerCase().includes(q));
    const picked = shown.filter((p) => this._selected.has(p.id)).length;
    const box = (checked: boolean, change: (on: boolean) => void, label: unknown, indeterminate = false) =>
      html`<label class="check">
        <input
          type="checkbox"
          .checked=${checked}
          .indeterminate=${indeterminate}
          @change=${(e: Event) => change((e.target as HTMLInputElement).checked)}
        /><span>${label}</span>
      </label>`;
    return html`<input
        class="input"
        type="search"
        aria-label=${s.searchPortals}
        placeholder=${s.searchPortals}
        .value=${this._q}
        @input=${(e: InputEvent) => (this._q = (e.target as HTMLInputElement).value)}
      />
      ${box(
        !!shown.length && picked === shown.length,
        (on) =>
          this.__select(
            shown.map((p) => p.id),
            on,
          ),
        s.selectAll(shown.length),
        picked > 0 && picked < shown.length,
      )}
      <ul class="picker">
        ${shown.map(
          (p) =>
            html`<li>
              ${box(
                this._selected.has(p.id),
                (on) => this.__select([p.id], on),
                html`${p.name} <span class="meta">${p.client_name}</span>`,
              )}
            </li>`,
        )}
      </ul>
      ${shown.length ? nothing : html`<p class="meta">${s.noPortalsMatch}</p>`}`;
  }

  private __dialog(ctx: ConsoleContext) {
    const s = ctx.strings;
    const editing = this._editing;
    const applying = this._applying;
    if (editing === undefined && !applying) return nothing;
    const portals = this.__portals.value;
    const applied = this._applied;
    const close = html`<button class="btn secondary" type="button" @click=${() => closeDialogs(this.renderRoot)}>
      ${applied ? s.close : s.cancel}
    </button>`;
    let body;
    if (applied) {
      const { created, exists, failed } = applied.counts;
      // Failures first: with a thousand portals, they are what needs a look.
      const results = [...applied.data].sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed'));
      body = html`<p role="status">${s.appliedCounts(created, exists, failed)}</p>
        <ul class="picker">
          ${results.map(
            (r) => html`<li class="actions">
              <span class="grow">${portals?.find((p) => p.id === r.portal_id)?.name ?? r.portal_id}</span>
              <span class="badge ${RESULT_BADGE[r.status] ?? ''}">${s.applyResult[r.status]}</span>
              ${r.error ? html`<span class="full meta">${r.error.detail}</span>` : nothing}
            </li>`,
          )}
        </ul>
        <div class="actions">${close}</div>`;
    } else
      body = html`${
        applying
          ? html`${portals ? this.__picker(ctx, portals) : this.__portals.status === TaskStatus.ERROR ? nothing : loadingState(s)}
              <label class="field">
                <span>${s.dueDateLabel}</span>
                <input class="input" type="date" name="due" min=${today()} />
              </label>`
          : html`<label class="field">
              <span>${s.templateNameLabel}</span>
              <input class="input" name="name" required maxlength="200" .value=${editing?.name ?? ''} />
            </label>`
      }
        <label class="field">
          <span>${s.messageLabel}</span>
          <textarea class="input" name="message" maxlength="2000" placeholder=${applying?.message ?? ''} .value=${editing?.message ?? ''}></textarea>
        </label>
        ${applying ? nothing : itemsEditor(s, this._items, (items) => (this._items = items))} ${formError(this._error)}
        <div class="actions">
          ${close}
          <button class="btn primary" type="submit" ?disabled=${this._busy}>
            ${applying ? s.applyTo(this._selected.size) : s.saveTemplate}
          </button>
        </div>`;
    return html`<dialog class="wide" ${ref(modal)} aria-labelledby="dialog-title" @close=${() => this.__open()}>
      <form @submit=${this.__submit}>
        <h2 id="dialog-title">${applying ? s.applyTitle(applying.name) : editing ? s.named(s.edit, editing.name) : s.newTemplate}</h2>
        ${body}
      </form>
    </dialog>`;
  }

  private __template(ctx: ConsoleContext, template: Template) {
    const s = ctx.strings;
    const name = template.name;
    const button = (label: string, kind: string, click: () => void) =>
      html`<button class="btn ${kind} small" type="button" aria-label=${s.named(label, name)} @click=${click}>${label}</button>`;
    return html`<li>
      <div class="grow">
        <span class="title">${name}</span>
        <p class="meta">${s.itemCount(template.items.length)} · ${template.items.map((i) => i.title).join(', ')}</p>
      </div>
      <div class="actions">
        ${button(s.applyTemplate, 'primary', () => this.__open(undefined, template))} ${button(s.edit, 'secondary', () => this.__open(template))}
        ${button(s.delete, 'ghost', () => (this._confirm = template.id))}
      </div>
      ${
        this._confirm === template.id
          ? html`<div class="full actions" role="alert">
              ${s.confirmDeleteTemplate(name)}
              <button class="btn danger small" type="button" ?disabled=${this._busy} @click=${() => this.__change(() => ctx.client.requestTemplates.delete(template.id))}>
                ${s.delete}
              </button>
              <button class="btn ghost small" type="button" @click=${() => (this._confirm = undefined)}>${s.cancel}</button>
            </div>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const ctx = this._ctx;
    if (!ctx) return nothing;
    const s = ctx.strings;
    return html`${this._editing === undefined && !this._applying ? formError(this._error) : nothing}
      ${listView(
        ctx.strings,
        this.__templates,
        this._error,
        emptyState(s.noTemplatesTitle, s.noTemplates),
        () => nothing,
        (t) => this.__template(ctx, t),
      )}
      ${this.__dialog(ctx)}`;
  }
}
