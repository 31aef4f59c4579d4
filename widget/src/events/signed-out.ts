/** Why the client is signed out: they chose to, or the session was revoked or expired. */
export type SignOutReason = 'user' | 'revoked' | 'expired';

/** `foyer-signed-out`: the session is forgotten on this device. */
export type FoyerSignedOutEvent = CustomEvent<{ reason: SignOutReason }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-signed-out': FoyerSignedOutEvent;
  }
}
