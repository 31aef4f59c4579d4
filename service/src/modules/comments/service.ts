import type { components } from '@foyer/contract';
import { actorOf, authorKind, requireAuth, type Actor, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db, Executor } from '../../db/database.ts';
import { createError, notFound } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import type { EventInput, EventRecorder } from '../events/recorder.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import { findFile } from '../files/repository.ts';
import type { CommentRow } from './table.ts';

export type CommentDto = components['schemas']['Comment'];
export type CommentCreateDto = components['schemas']['CommentCreate'];
export type CommentUpdateDto = components['schemas']['CommentUpdate'];

type CommentWithAuthor = CommentRow & { author_name: string | null; author_email: string | null };

/** Per-file conversation: threads with one level of replies, resolvable; plain text. */
export class CommentService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
  ) {}

  async list(auth: Auth | undefined, fileId: string, query: { limit?: number; cursor?: string }): Promise<Page<CommentDto>> {
    const file = await this.file(auth, fileId);
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor);
    let q = this.select(this.db).where('c.file_id', '=', file.id);
    if (after !== undefined) q = q.where('c.seq', '>', after);
    const rows = await q
      .orderBy('c.seq', 'asc')
      .limit(limit + 1)
      .execute();
    return toPage(rows, limit, toDto);
  }

  async create(auth: Auth | undefined, fileId: string, input: CommentCreateDto, meta: RequestMeta): Promise<CommentDto> {
    const file = await this.file(auth, fileId);
    const actor = actorOf(auth!);
    if (input.version !== undefined && input.version > file.current_version)
      throw createError('validation_failed', `Version ${input.version} does not exist yet.`, [
        { path: '/body/version', message: `must be at most ${file.current_version}` },
      ]);
    const id = newId('comment');
    await this.db.transaction().execute(async (trx) => {
      // Holds off a concurrent delete of the file until this comment is in; one that came first is a 404 (the
      // insert's foreign key would fail, a 500, if the file went between the lookup above and the insert).
      const live = await trx.selectFrom('files').select('id').where('id', '=', file.id).forShare().executeTakeFirst();
      if (!live) throw notFound('file');
      let parentAuthor: { kind: string; id: string } | null = null;
      if (input.parent_id) {
        const parent = await trx
          .selectFrom('comments')
          .selectAll()
          .where('id', '=', input.parent_id)
          .where('file_id', '=', file.id)
          .executeTakeFirst();
        if (!parent)
          throw createError('validation_failed', 'The comment replied to is not on this file.', [
            { path: '/body/parent_id', message: 'must be a comment of this file' },
          ]);
        if (parent.parent_id !== null)
          throw createError('validation_failed', 'Replies are one level deep: reply to the thread’s first comment.', [
            { path: '/body/parent_id', message: 'must be a top-level comment' },
          ]);
        parentAuthor = { kind: parent.author_kind, id: parent.author_id };
      }
      const body = input.body.trim();
      if (body === '')
        throw createError('validation_failed', 'The comment is empty.', [{ path: '/body/body', message: 'must not be blank' }]);
      await trx
        .insertInto('comments')
        .values({
          id,
          file_id: file.id,
          portal_id: file.portal_id,
          workspace_id: file.workspace_id,
          parent_id: input.parent_id ?? null,
          version: input.version ?? null,
          author_kind: authorKind(actor),
          author_id: actor.id,
          body,
          resolved_at: null,
          edited_at: null,
          deleted_at: null,
        })
        .execute();
      await this.events.record(
        trx,
        {
          workspaceId: file.workspace_id,
          portalId: file.portal_id,
          type: 'comment.created',
          actor,
          target: { type: 'comment', id },
          data: {
            file_id: file.id,
            parent_id: input.parent_id ?? null,
            version: input.version ?? null,
            excerpt: body.slice(0, 200),
            parent_author: parentAuthor,
          },
        },
        meta,
      );
    });
    return this.get(this.db, id);
  }

  /** The author edits the text; the thread's author or an owner resolves and reopens. */
  async update(auth: Auth | undefined, commentId: string, input: CommentUpdateDto, meta: RequestMeta): Promise<CommentDto> {
    const { comment } = await this.comment(auth, commentId);
    const actor = actorOf(auth!);
    const isAuthor = comment.author_kind === authorKind(actor) && comment.author_id === actor.id;
    // Every check and the one row update come first, the audit chain's lock last: a transaction that takes the
    // chain lock and then waits on a row could deadlock with one that holds the row and waits for the chain.
    const changes: { body?: string; edited_at?: Date; resolved_at?: Date | null } = {};
    const events: EventInput[] = [];
    if (input.body !== undefined) {
      if (!isAuthor) throw createError('not_author', 'Only the author may edit a comment.');
      if (comment.deleted_at) throw notFound('comment');
      const body = input.body.trim();
      if (body === '')
        throw createError('validation_failed', 'The comment is empty.', [{ path: '/body/body', message: 'must not be blank' }]);
      Object.assign(changes, { body, edited_at: new Date() });
      events.push(this.event(comment, 'comment.updated', actor, { excerpt: body.slice(0, 200) }));
    }
    if (input.resolved !== undefined) {
      if (comment.parent_id !== null)
        throw createError('validation_failed', 'Resolve the thread’s first comment.', [
          { path: '/body/resolved', message: 'only applies to a thread' },
        ]);
      if (authorKind(actor) !== 'owner' && !isAuthor)
        throw createError('not_author', 'Only an owner or the thread’s author may resolve it.');
      if (input.resolved !== (comment.resolved_at !== null)) {
        changes.resolved_at = input.resolved ? new Date() : null;
        events.push(this.event(comment, input.resolved ? 'comment.resolved' : 'comment.reopened', actor, {}));
      }
    }
    if (events.length > 0) {
      await this.db.transaction().execute(async (trx) => {
        await trx.updateTable('comments').set(changes).where('id', '=', comment.id).execute();
        for (const event of events) await this.events.record(trx, event, meta);
      });
    }
    return this.get(this.db, comment.id);
  }

  /** Only the author deletes; the row stays as a "deleted" placeholder so replies keep their context. */
  async delete(auth: Auth | undefined, commentId: string, meta: RequestMeta): Promise<void> {
    const { comment } = await this.comment(auth, commentId);
    const actor = actorOf(auth!);
    if (comment.author_kind !== authorKind(actor) || comment.author_id !== actor.id)
      throw createError('not_author', 'Only the author may delete a comment.');
    if (comment.deleted_at) return;
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('comments').set({ body: null, deleted_at: new Date() }).where('id', '=', comment.id).execute();
      await this.events.record(trx, this.event(comment, 'comment.deleted', actor, {}), meta);
    });
  }

  private event(comment: CommentRow, type: string, actor: Actor, data: Record<string, unknown>) {
    return {
      workspaceId: comment.workspace_id,
      portalId: comment.portal_id,
      type,
      actor,
      target: { type: 'comment', id: comment.id },
      data: { file_id: comment.file_id, ...data },
    };
  }

  private async file(auth: Auth | undefined, fileId: string) {
    const caller = requireAuth(auth);
    const file = await findFile(this.db, caller.workspaceId, fileId);
    if (!file) throw notFound('file');
    await requirePortalAccess(this.db, auth, file.portal_id, 'read');
    return file;
  }

  private async comment(auth: Auth | undefined, commentId: string): Promise<{ comment: CommentRow }> {
    const caller = requireAuth(auth);
    const comment = await this.db
      .selectFrom('comments')
      .selectAll()
      .where('id', '=', commentId)
      .where('workspace_id', '=', caller.workspaceId)
      .executeTakeFirst();
    if (!comment) throw notFound('comment');
    await requirePortalAccess(this.db, auth, comment.portal_id, 'read');
    return { comment };
  }

  private select(db: Executor) {
    return db
      .selectFrom('comments as c')
      .leftJoin('members as m', (join) => join.onRef('m.id', '=', 'c.author_id').on('c.author_kind', '=', 'member'))
      .selectAll('c')
      .select(['m.name as author_name', 'm.email as author_email']);
  }

  private async get(db: Executor, id: string): Promise<CommentDto> {
    // The file (or portal) may be deleted between the write and this read: the delete cascades to the comment.
    return toDto(
      await this.select(db)
        .where('c.id', '=', id)
        .executeTakeFirstOrThrow(() => notFound('comment')),
    );
  }
}

function toDto(row: CommentWithAuthor): CommentDto {
  return {
    id: row.id,
    file_id: row.file_id,
    parent_id: row.parent_id,
    version: row.version,
    author: { kind: row.author_kind, id: row.author_id, name: row.author_name, email: row.author_email },
    body: row.body,
    deleted: row.deleted_at !== null,
    resolved: row.resolved_at !== null,
    resolved_at: row.resolved_at?.toISOString() ?? null,
    edited_at: row.edited_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
  };
}
