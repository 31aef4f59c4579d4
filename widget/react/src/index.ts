'use client';

export { FoyerPortal, type FoyerPortalProps } from './foyer-portal.ts';
export type {
  FoyerApprovalDecidedEvent,
  FoyerErrorEvent,
  FoyerFileUploadedEvent,
  FoyerPortal as FoyerPortalElement,
  FoyerRequestItemSubmittedEvent,
  FoyerSignedInEvent,
  FoyerSignedOutEvent,
  FoyerStrings,
  SignInMethod,
  SignOutReason,
} from '@foyer/widget';
