import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import type { PathParams, RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

type ItemId = PathParams<'updateRequestItem'>['request_item_id'];

/** The items of document requests: review (accept, send back, reopen), edit, or set aside. */
export class RequestItemsResource extends Resource {
  /**
   * Moves or edits an item (`PATCH /v1/request-items/{request_item_id}`, `updateRequestItem`) and answers
   * its whole request. Owners: `accepted`, `changes_requested` with a `reason`, `open`, `not_applicable`, and
   * edits; clients: `not_applicable` (optional items) and `open` to undo it.
   * @example `await foyer.requestItems.update(item.id, { status: 'changes_requested', reason: "December's statement is missing." })`
   * @throws {@link ApiError} 409 `request_item_conflict` when the item's status does not allow the move.
   */
  update(itemId: ItemId, body: RequestBody<'updateRequestItem'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateRequestItem'>> {
    return this.http.request('updateRequestItem', { path: { request_item_id: itemId }, body }, options);
  }
}
