import type { Member } from '@foyer/sdk';

/**
 * How the device signed in: a code, a magic link, a link-mode portal's link, an embed code from the business's
 * website (`embed`), or a remembered session.
 */
export type SignInMethod = 'code' | 'magic_link' | 'access_link' | 'embed' | 'remembered';

/** `foyer-signed-in`: a client is signed in (the token itself is never in an event). */
export type FoyerSignedInEvent = CustomEvent<{ member: Member; method: SignInMethod }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-signed-in': FoyerSignedInEvent;
  }
}
