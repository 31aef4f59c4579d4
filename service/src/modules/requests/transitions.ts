import { createError } from '../../errors/http-error.ts';
import type { RequestItemStatus } from './table.ts';

/** The status moves `updateRequestItem` takes (`submitted` comes only from an upload). */
export type ItemMove = Exclude<RequestItemStatus, 'submitted'>;

/** What an item is when a move is asked for. */
export interface ItemState {
  status: RequestItemStatus;
  required: boolean;
}

const LABEL: Record<RequestItemStatus, string> = {
  open: 'open',
  submitted: 'submitted',
  accepted: 'accepted',
  changes_requested: 'sent back',
  not_applicable: 'set aside as not applicable',
};

/**
 * Checks a status move against the rules of the contract (updateRequestItem): what the business may do, what
 * the client may do. Throws the error the caller gets; returns nothing when the move is allowed.
 */
export function checkMove(by: 'owner' | 'client', item: ItemState, to: ItemMove): void {
  const from = item.status;
  const refuse = (detail: string) => createError('request_item_conflict', `${detail} This one is ${LABEL[from]}.`);
  if (by === 'client') {
    if (to === 'accepted' || to === 'changes_requested')
      throw createError('owner_only_field', 'Only the business reviews items: accepting one or sending it back is theirs to do.');
    if (to === 'not_applicable') {
      if (item.required) throw createError('item_required', 'This item is required: it cannot be set aside; send a file instead.');
      if (from !== 'open' && from !== 'changes_requested')
        throw refuse('Only an item still waiting for a file (open or sent back) can be set aside.');
      return;
    }
    // `open`: the client takes back its own "not applicable" (only the business sets a required item aside).
    if (from !== 'not_applicable' || item.required) throw refuse('Only an optional item set aside as not applicable can be opened again.');
    return;
  }
  if (to === 'accepted' && from !== 'submitted') throw refuse('Only a submitted item can be accepted.');
  if (to === 'changes_requested' && from !== 'submitted' && from !== 'accepted')
    throw refuse('Only a submitted or accepted item can be sent back.');
  if (to === 'not_applicable' && from === 'accepted') throw refuse('An accepted item cannot be set aside; reopen it first.');
  // `open` (reopen) is allowed from any status.
}

/** The event a move records. */
export function moveEvent(to: ItemMove): string {
  return to === 'open' ? 'request_item.reopened' : `request_item.${to}`;
}

/**
 * Whether a request with these items is complete: every required item is `accepted` (or set aside by the
 * business); a request whose items are all optional (or set aside) is complete when each is `accepted` or
 * `not_applicable`. An empty request (never made: at least one item) is not.
 */
export function isComplete(items: readonly ItemState[]): boolean {
  if (items.length === 0) return false;
  const needed = items.filter((i) => i.required && i.status !== 'not_applicable');
  if (needed.length > 0) return needed.every((i) => i.status === 'accepted');
  return items.every((i) => i.status === 'accepted' || i.status === 'not_applicable');
}

/** Whether the item waits on the client: nothing sent yet, or sent back. */
export function waitsOnClient(status: RequestItemStatus): boolean {
  return status === 'open' || status === 'changes_requested';
}
