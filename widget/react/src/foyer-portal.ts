'use client'; // React Server Components (Next.js): the component uses hooks, so it runs as a client component.

import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import type {
  FoyerApprovalDecidedEvent,
  FoyerErrorEvent,
  FoyerFileUploadedEvent,
  FoyerPortal as FoyerPortalElement,
  FoyerRequestItemSubmittedEvent,
  FoyerSignedInEvent,
  FoyerSignedOutEvent,
} from '@foyer/widget';

/** The React prop of each event `<foyer-portal>` dispatches. */
const events = {
  onSignedIn: 'foyer-signed-in' as EventName<FoyerSignedInEvent>,
  onSignedOut: 'foyer-signed-out' as EventName<FoyerSignedOutEvent>,
  onFileUploaded: 'foyer-file-uploaded' as EventName<FoyerFileUploadedEvent>,
  onApprovalDecided: 'foyer-approval-decided' as EventName<FoyerApprovalDecidedEvent>,
  onRequestItemSubmitted: 'foyer-request-item-submitted' as EventName<FoyerRequestItemSubmittedEvent>,
  onError: 'foyer-error' as EventName<FoyerErrorEvent>,
};

/** `<FoyerPortal>`'s props: `<foyer-portal>`'s properties, its events as `on…` props, and any HTML attribute. */
export interface FoyerPortalProps extends Omit<React.HTMLAttributes<FoyerPortalElement>, keyof typeof events> {
  /** The portal's id (`prt_…`). */
  portal: string;
  /** The Foyer service's base URL, e.g. `https://portal.example.com`. */
  api: string;
  /**
   * A one-time code from the business's backend (`POST /v1/portals/{id}/embed-sessions`): exchanged for a
   * session before any sign-in screen shows; a used or expired one falls back to the email sign-in.
   */
  embedCode?: FoyerPortalElement['embedCode'];
  /** A BCP 47 locale for dates and sizes (default: the browser's). */
  locale?: FoyerPortalElement['locale'];
  /** Overrides of any English string, e.g. a translation. */
  strings?: FoyerPortalElement['strings'];
  /** The service's upload limit in bytes, shown before a transfer (default 2 GiB). */
  maxUploadBytes?: FoyerPortalElement['maxUploadBytes'];
  /** `foyer-signed-in`: a client signed in (`detail.member`, `detail.method`). */
  onSignedIn?: (event: FoyerSignedInEvent) => void;
  /** `foyer-signed-out`: the session ended (`detail.reason`: `user`, `revoked` or `expired`). */
  onSignedOut?: (event: FoyerSignedOutEvent) => void;
  /** `foyer-file-uploaded`: a file or a new version finished uploading (`detail.file`, `detail.new_version`). */
  onFileUploaded?: (event: FoyerFileUploadedEvent) => void;
  /** `foyer-approval-decided`: the client approved a version or asked for changes. */
  onApprovalDecided?: (event: FoyerApprovalDecidedEvent) => void;
  /** `foyer-request-item-submitted`: a file was sent for an item of a document request. */
  onRequestItemSubmitted?: (event: FoyerRequestItemSubmittedEvent) => void;
  /** `foyer-error`: something failed and the widget showed it (`detail.code`, `detail.message`, `detail.request_id`). */
  onError?: (event: FoyerErrorEvent) => void;
}

type Wrapped = ReactWebComponent<FoyerPortalElement, typeof events>;

// The element's class is needed to tell its properties from attributes, so the wrapper is made once the
// widget is loaded — in the browser only: nothing here touches `customElements` on import or on the server.
let wrapped: Wrapped | undefined;
let loading: Promise<void> | undefined;
const waiting = new Set<() => void>();

function load(): void {
  loading ??= (async () => {
    // A page that already loaded the service's /widget.js has the element: do not load a second copy.
    const defined = customElements.get('foyer-portal') as (new () => FoyerPortalElement) | undefined;
    const elementClass = defined ?? (await import('@foyer/widget')).FoyerPortal;
    wrapped = createComponent({ react: React, tagName: 'foyer-portal', elementClass, events, displayName: 'foyer-portal' });
    for (const wake of waiting) wake();
  })().catch((error: unknown) => {
    loading = undefined; // the next mount tries again
    console.error('@foyer/react: the widget failed to load', error);
  });
}

function subscribe(wake: () => void): () => void {
  waiting.add(wake);
  load();
  return () => waiting.delete(wake);
}

const onClient = () => wrapped;
const onServer = () => undefined;

/**
 * `<foyer-portal>` for React 18 and 19: typed props, and `onSignedIn`, `onApprovalDecided`, … event props.
 * It renders nothing on the server and while the widget loads (a dynamic import of `@foyer/widget`, unless the
 * page already defined `<foyer-portal>`), so server rendering and hydration need no special handling. The
 * `ref` is the element: `ref.current.refresh()`, `ref.current.signOut()`.
 */
export const FoyerPortal = React.forwardRef<FoyerPortalElement, FoyerPortalProps>(function FoyerPortal(props, ref) {
  // During hydration React uses the server's answer (nothing), then renders again with the client's.
  const Element = React.useSyncExternalStore(subscribe, onClient, onServer);
  return Element ? React.createElement(Element, { ...props, ref }) : null;
});
