import type { FoyerApprovalDecidedEvent } from './approval-decided.ts';
import type { FoyerErrorEvent } from './error.ts';
import type { FoyerFileUploadedEvent } from './file-uploaded.ts';
import type { FoyerRequestItemSubmittedEvent } from './request-item-submitted.ts';
import type { FoyerSignedInEvent } from './signed-in.ts';
import type { FoyerSignedOutEvent } from './signed-out.ts';

export type {
  FoyerApprovalDecidedEvent,
  FoyerErrorEvent,
  FoyerFileUploadedEvent,
  FoyerRequestItemSubmittedEvent,
  FoyerSignedInEvent,
  FoyerSignedOutEvent,
};
export type { SignInMethod } from './signed-in.ts';
export type { SignOutReason } from './signed-out.ts';

/** Every public event of the widget, by name. */
export interface FoyerEventMap {
  'foyer-signed-in': FoyerSignedInEvent;
  'foyer-signed-out': FoyerSignedOutEvent;
  'foyer-file-uploaded': FoyerFileUploadedEvent;
  'foyer-approval-decided': FoyerApprovalDecidedEvent;
  'foyer-request-item-submitted': FoyerRequestItemSubmittedEvent;
  'foyer-error': FoyerErrorEvent;
}
