import { createContext } from '@lit/context';
import type { ClientFoyer, File, Member, Portal, PublicFoyer, SessionCreated } from '@foyer/sdk';
import type { FoyerApprovalDecidedEvent } from '../events/approval-decided.ts';
import type { SignInMethod } from '../events/signed-in.ts';
import type { RequestItem } from './file-types.ts';
import type { FoyerStrings } from '../strings.ts';

/**
 * What `<foyer-portal>`'s {@link PortalSession} gives the parts through @lit/context: the SDK client, who is
 * signed in, the strings, and callbacks for what only the portal decides (sessions, navigation, public
 * events). A new object is provided whenever any of it changes — and on every refresh — so subscribed
 * parts re-render and reload.
 */
export interface PortalContext {
  portalId: string;
  /** The SDK client: with the session token when signed in, without credentials otherwise. */
  foyer: ClientFoyer;
  strings: FoyerStrings;
  /** The BCP 47 locale of dates, numbers and lists, also sent with sign-ins so emails follow it. */
  locale: string;
  /** The business's display name. */
  business: string;
  member: Member | undefined;
  portal: Portal | undefined;
  /** Largest upload the service takes, in bytes. */
  maxUploadBytes: number;
  /**
   * Increases on every refresh — focus, the tab shown again, every 30 s while visible, after an upload or a
   * decision — once `/v1/me` has been read again.
   */
  revision: number;
  /** Reports a failure: an ended session signs out; emits `foyer-error`; returns the sentence to show. */
  report(error: unknown): string;
  signedIn(session: SessionCreated, method: SignInMethod): void;
  /**
   * Switches to a session whose email was just confirmed by code, keeping what is shown; resolves once every
   * part has the new context.
   */
  verified(session: SessionCreated): Promise<void>;
  /** An upload finished (for a request `item`, when it went to one): refresh, and tell the page. */
  uploaded(file: File, newVersion: boolean, item?: RequestItem): void;
  decided(detail: FoyerApprovalDecidedEvent['detail']): void;
  /** Opens a file's view, or goes back to the list with `undefined`. */
  openFile(fileId: string | undefined): void;
}

export const portalContext = createContext<PortalContext>(Symbol('foyer-portal'));

/**
 * What the sign-in screen's parts get (`<foyer-sign-in>`, and {@link CodeFlow} wherever it runs): the same, but
 * with a client that only signs in — `<foyer-portal>`'s first screen loads without the rest of the SDK, which
 * comes with the views after sign-in. Provided from the start; {@link portalContext} once the views are there.
 */
export interface SignInContext extends Omit<PortalContext, 'foyer'> {
  foyer: PublicFoyer;
}

export const signInContext = createContext<SignInContext>(Symbol('foyer-portal-sign-in'));
