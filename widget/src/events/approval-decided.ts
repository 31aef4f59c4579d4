import type { Schema } from '@foyer/sdk';

/**
 * `foyer-approval-decided`: the client approved a file version or asked for changes. The detail is the
 * `data` of the webhook event `approval.approved` / `approval.changes_requested` for the same decision, plus
 * its target's id as `approval_request_id`.
 */
export type FoyerApprovalDecidedEvent = CustomEvent<{
  approval_request_id: string;
  file_id: string;
  version: number;
  /** The sha256 of the version's bytes that were approved (or sent back). */
  sha256: string;
  decision: 'approve' | 'request_changes';
  /** The client's note, `null` without one. */
  note: string | null;
  /** The request's status after this decision: still `pending` when other approvers are awaited. */
  status: Schema<'ApprovalRequest'>['status'];
  /** The member who decided, and their verified email. */
  member_id: string;
  email: string;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-approval-decided': FoyerApprovalDecidedEvent;
  }
}
