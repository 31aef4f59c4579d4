import type { File } from '@foyer/sdk';

/**
 * `foyer-request-item-submitted`: the client sent a file for an item of a document request, which is now
 * `submitted` (waiting for the business's review). `file` is the file attached (a one-file item's re-send is
 * that file's new version). `foyer-file-uploaded` fires for the same upload. `request_id`, `file_id` and
 * `version` are as in the webhook event `request_item.submitted`, whose target's id is `item_id`.
 */
export type FoyerRequestItemSubmittedEvent = CustomEvent<{
  request_id: string;
  item_id: string;
  file_id: string;
  version: number;
  file: File;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-request-item-submitted': FoyerRequestItemSubmittedEvent;
  }
}
