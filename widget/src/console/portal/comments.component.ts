import { Task } from '@lit/task';
import type { Schema } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formText } from '../../internal/form-text.ts';
import { formatRelative } from '../../internal/format.ts';
import { base } from '../../themes/base.styles.ts';
import { actorName, errorText, type PortalPage } from './page.ts';
import { taskView } from './states.ts';
import { tabStyles } from './tab.styles.ts';
import { styles } from './comments.styles.ts';

type Comment = Schema<'Comment'>;

/**
 * @tag foyer-console-portal-comments
 * @summary A file's comment threads, all of them (every page, oldest first): reply, resolve / reopen, and
 * a new comment on the current version.
 */
export class FoyerConsolePortalComments extends LitElement {
  static override styles = [base, tabStyles, styles];

  @property({ attribute: false }) page?: PortalPage;
  @property({ attribute: 'file-id' }) fileId = '';
  /** The version new comments refer to. */
  @property({ type: Number }) version?: number;

  @state() private _replyTo = '';
  @state() private _busy = false;
  @state() private _error: unknown;

  private readonly __comments = new Task(this, {
    task: ([page, fileId], { signal }) =>
      page && fileId ? page.client.comments.list(fileId, { limit: 100 }, { signal }).toArray() : Promise.resolve(undefined),
    args: () => [this.page, this.fileId] as const,
  });

  private async __act(action: () => Promise<unknown>, form?: HTMLFormElement): Promise<void> {
    this._busy = true;
    this._error = undefined;
    try {
      await action();
      form?.reset();
      this._replyTo = '';
      await this.__comments.run();
    } catch (error) {
      this._error = error;
    } finally {
      this._busy = false;
    }
  }

  private __post(event: SubmitEvent, parentId?: string): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const body = formText(form, 'body');
    if (!body) return;
    const input = parentId ? { body, parent_id: parentId } : this.version ? { body, version: this.version } : { body };
    void this.__act(() => this.page!.client.comments.create(this.fileId, input), form);
  }

  private __comment(page: PortalPage, comment: Comment) {
    const s = page.strings;
    return html`<div class="comment">
      <p class="small">
        <strong dir="auto">${actorName(page, comment.author)}</strong>
        <span class="muted">${formatRelative(comment.created_at, page.locale)}${comment.version ? ` · ${s.onVersion(comment.version)}` : ''}</span>
      </p>
      ${comment.deleted ? html`<p class="muted">${s.deletedComment}</p>` : html`<p class="body" dir="auto">${comment.body}</p>`}
    </div>`;
  }

  private __view(page: PortalPage, comments: Comment[]) {
    const s = page.strings;
    const threads = comments.filter((c) => !c.parent_id);
    return html`${threads.length ? nothing : html`<p class="muted">${s.noComments}</p>`}
      <ol class="list">
        ${threads.map(
          (thread) => html`<li class="card item thread ${thread.resolved ? 'resolved' : ''}">
            ${this.__comment(page, thread)}
            ${comments.filter((c) => c.parent_id === thread.id).map((reply) => html`<div class="reply">${this.__comment(page, reply)}</div>`)}
            <div class="row">
              ${thread.resolved ? html`<span class="badge approved">${s.resolved}</span>` : nothing}
              <button class="btn ghost small" type="button" @click=${() => (this._replyTo = thread.id)}>${s.reply}</button>
              <button
                class="btn ghost small"
                type="button"
                ?disabled=${this._busy}
                @click=${() => this.__act(() => page.client.comments.update(thread.id, { resolved: !thread.resolved }))}
              >
                ${thread.resolved ? s.reopen : s.resolve}
              </button>
            </div>
            ${
              this._replyTo === thread.id
                ? html`<form @submit=${(e: SubmitEvent) => this.__post(e, thread.id)}>
                  <label class="sr-only" for=${`reply-${thread.id}`}>${s.replyLabel}</label>
                  <textarea id=${`reply-${thread.id}`} name="body" class="input" maxlength="10000" required></textarea>
                  <div class="row">
                    <button class="btn primary small" type="submit" ?disabled=${this._busy}>${s.reply}</button>
                    <button class="btn secondary small" type="button" @click=${() => (this._replyTo = '')}>${s.cancel}</button>
                  </div>
                </form>`
                : nothing
            }
          </li>`,
        )}
      </ol>
      ${this._error ? html`<p class="alert" role="alert">${errorText(s, this._error)}</p>` : nothing}
      <form @submit=${(e: SubmitEvent) => this.__post(e)}>
        <label class="sr-only" for="new-comment">${s.commentLabel}</label>
        <textarea id="new-comment" name="body" class="input" placeholder=${s.commentLabel} maxlength="10000" required></textarea>
        <div><button class="btn primary" type="submit" ?disabled=${this._busy}>${s.post}</button></div>
      </form>`;
  }

  override render() {
    const page = this.page;
    if (!page) return nothing;
    return html`<section aria-labelledby="comments-title">
      <h3 id="comments-title">${page.strings.comments}</h3>
      ${taskView(this.__comments, page.strings, (comments) => (comments ? this.__view(page, comments) : nothing))}
    </section>`;
  }
}
