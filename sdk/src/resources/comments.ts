import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

type FileId = PathParams<'listComments'>['file_id'];
type CommentId = PathParams<'updateComment'>['comment_id'];

/** The conversation on each file: threads with one level of replies (owners and clients). */
export class CommentsResource extends Resource {
  /**
   * Lists a file's comments, oldest first (`GET /v1/files/{file_id}/comments`, `listComments`).
   * @example `for await (const c of foyer.comments.list(file.id)) console.log(c.author.email, c.body)`
   */
  list(fileId: FileId, query?: QueryParams<'listComments'>, options?: RequestOptions): Paginator<ResponseBody<'listComments'>> {
    return paginate(this.http, 'listComments', { path: { file_id: fileId }, query }, options);
  }

  /**
   * Comments on a file, or replies to a thread with `parent_id` (`POST /v1/files/{file_id}/comments`,
   * `createComment`).
   * @example `await foyer.comments.create(file.id, { body: 'Page 3 has last year’s figure.', version: 2 })`
   */
  create(fileId: FileId, body: RequestBody<'createComment'>, options?: RequestOptions): ApiPromise<ResponseBody<'createComment'>> {
    return this.http.request('createComment', { path: { file_id: fileId }, body }, options);
  }

  /**
   * Edits a comment (its author) or resolves/reopens a thread (an owner or the thread's author)
   * (`PATCH /v1/comments/{comment_id}`, `updateComment`).
   * @example `await foyer.comments.update(comment.id, { resolved: true })`
   */
  update(commentId: CommentId, body: RequestBody<'updateComment'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateComment'>> {
    return this.http.request('updateComment', { path: { comment_id: commentId }, body }, options);
  }

  /** Deletes a comment (its author); replies keep a "deleted" placeholder (`DELETE /v1/comments/{comment_id}`, `deleteComment`). */
  delete(commentId: CommentId, options?: RequestOptions): ApiPromise<ResponseBody<'deleteComment'>> {
    return this.http.request('deleteComment', { path: { comment_id: commentId } }, options);
  }
}
