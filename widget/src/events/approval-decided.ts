/** `foyer-approval-decided`: the client approved a file version or asked for changes. */
export type FoyerApprovalDecidedEvent = CustomEvent<{
  approval_request_id: string;
  file_id: string;
  version: number;
  decision: 'approve' | 'request_changes';
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-approval-decided': FoyerApprovalDecidedEvent;
  }
}
