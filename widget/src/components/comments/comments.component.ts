import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { NotFoundError } from '@foyer/sdk';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createComment, listComments, setResolved, type Comment } from '../../internal/collaboration.ts';
import { portalContext, type PortalContext } from '../../internal/context.ts';
import { formText } from '../../internal/form-text.ts';
import { fileRemoved, unlessRemoved } from '../../internal/reported.ts';
import { loadFailed } from '../../internal/load-failed.ts';
import { formatRelative } from '../../internal/format.ts';
import { base } from '../../themes/base.styles.ts';
import { styles } from './comments.styles.ts';

/**
 * @tag foyer-comments
 * @summary A file's comment threads, every comment of them (all pages, oldest first): comments with one
 * level of replies, resolve / reopen, and a box to write a new one. Comments are plain text.
 *
 * @csspart base - The comments card.
 * @csspart comment - One comment.
 * @csspart form - The new-comment form.
 */
export class FoyerComments extends LitElement {
  static override styles = [base, styles];

  @consume({ context: portalContext, subscribe: true }) @state() private _ctx?: PortalContext;

  /** The file whose comments to show. */
  @property({ attribute: 'file-id' }) fileId = '';
  /** The version new comments refer to. */
  @property({ type: Number }) version?: number;

  @state() private _replyTo = '';
  @state() private _busy = false;
  @state() private _error = '';

  private readonly __comments = new Task(this, {
    task: async ([ctx, fileId], { signal }) =>
      ctx?.member && fileId ? await listComments(ctx, fileId, signal).catch(unlessRemoved(this, ctx, signal)) : undefined,
    args: () => [this._ctx, this.fileId] as const,
  });

  private async __post(event: SubmitEvent, parentId?: string): Promise<void> {
    event.preventDefault();
    const ctx = this._ctx!;
    const form = event.target as HTMLFormElement;
    const body = formText(form, 'body');
    if (!body) return;
    this._busy = true;
    this._error = '';
    try {
      await createComment(ctx, this.fileId, {
        body,
        ...(parentId ? { parent_id: parentId } : this.version ? { version: this.version } : {}),
      });
      form.reset();
      this._replyTo = '';
      await this.__comments.run();
    } catch (error) {
      this.__failed(error);
    } finally {
      this._busy = false;
    }
  }

  private __failed(error: unknown): void {
    this._error = this._ctx!.report(error);
    if (error instanceof NotFoundError) fileRemoved(this);
  }

  private async __resolve(comment: Comment): Promise<void> {
    const ctx = this._ctx!;
    try {
      await setResolved(ctx, comment.id, !comment.resolved);
      await this.__comments.run();
    } catch (error) {
      this.__failed(error);
    }
  }

  private __author(comment: Comment): string {
    const ctx = this._ctx!;
    if (comment.author.kind === 'owner') return comment.author.name ?? ctx.business;
    if (comment.author.id === ctx.member?.id) return ctx.member?.name ?? ctx.strings.youSubject;
    return comment.author.name ?? comment.author.email ?? ctx.strings.someone;
  }

  private __comment(comment: Comment) {
    const ctx = this._ctx!;
    const s = ctx.strings;
    const name = this.__author(comment);
    return html`<div part="comment" class="comment ${comment.author.kind}">
      <span class="avatar" aria-hidden="true">${name.slice(0, 1).toUpperCase()}</span>
      <div class="comment-main">
        <p class="by">
          <strong dir="auto">${name}</strong>
          <span class="muted">${formatRelative(comment.created_at, ctx.locale)}${comment.version ? ` · ${s.onVersion(comment.version)}` : ''}</span>
        </p>
        ${comment.deleted ? html`<p class="muted deleted">${s.deletedComment}</p>` : html`<p class="body" dir="auto">${comment.body}</p>`}
      </div>
    </div>`;
  }

  private __replyForm(parentId: string) {
    const s = this._ctx!.strings;
    return html`<form class="reply-form" @submit=${(e: SubmitEvent) => this.__post(e, parentId)}>
      <label class="sr-only" for=${`reply-${parentId}`}>${s.replyLabel}</label>
      <textarea id=${`reply-${parentId}`} name="body" class="input" maxlength="10000" required ?disabled=${this._busy}></textarea>
      <div class="row">
        <button class="btn primary" type="submit" ?disabled=${this._busy}>${s.reply}</button>
        <button class="btn ghost" type="button" @click=${() => (this._replyTo = '')}>${s.cancel}</button>
      </div>
    </form>`;
  }

  override render() {
    const ctx = this._ctx;
    const comments = this.__comments.value;
    if (!ctx) return nothing;
    const s = ctx.strings;
    if (!comments) {
      if (this.__comments.status !== TaskStatus.ERROR) return nothing;
      return html`<section part="base" class="card panel">${loadFailed(s, () => this.__comments.run())}</section>`;
    }
    const threads = comments.filter((c) => !c.parent_id);
    return html`<section part="base" class="card panel" aria-labelledby="comments-title">
      <h2 id="comments-title">${s.comments} ${threads.length ? html`<span class="count muted">${comments.length}</span>` : nothing}</h2>
      ${threads.length ? nothing : html`<p class="muted">${s.noComments}</p>`}
      <ol class="threads">
        ${threads.map(
          (thread) => html`<li class="thread ${thread.resolved ? 'resolved' : ''}">
            ${this.__comment(thread)}
            ${comments.filter((c) => c.parent_id === thread.id).map((reply) => html`<div class="reply">${this.__comment(reply)}</div>`)}
            <div class="thread-actions">
              ${thread.resolved ? html`<span class="badge approved">${s.resolved}</span>` : nothing}
              <button class="btn ghost small" type="button" @click=${() => (this._replyTo = thread.id)}>${s.reply}</button>
              <button class="btn ghost small" type="button" @click=${() => this.__resolve(thread)}>${thread.resolved ? s.reopen : s.resolve}</button>
            </div>
            ${this._replyTo === thread.id ? this.__replyForm(thread.id) : nothing}
          </li>`,
        )}
      </ol>
      ${this._error ? html`<p class="alert" role="alert">${this._error}</p>` : nothing}
      <form part="form" class="new" @submit=${(e: SubmitEvent) => this.__post(e)}>
        <label class="sr-only" for="new-comment">${s.commentLabel}</label>
        <textarea id="new-comment" name="body" class="input" placeholder=${s.commentLabel} maxlength="10000" required ?disabled=${this._busy}></textarea>
        <button class="btn primary" type="submit" ?disabled=${this._busy}>${s.post}</button>
      </form>
    </section>`;
  }
}
