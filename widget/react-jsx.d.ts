// `<foyer-portal>` for TypeScript's JSX in React: `import type {} from '@foyer/widget/react-jsx';` once (or
// `"types": ["@foyer/widget/react-jsx"]` in tsconfig.json), then `<foyer-portal portal=… api=…>` type-checks.
// For typed event props that work in React 18 too, use `<FoyerPortal>` from `@foyer/react`.
import type {
  FoyerApprovalDecidedEvent,
  FoyerErrorEvent,
  FoyerFileUploadedEvent,
  FoyerPortal,
  FoyerRequestItemSubmittedEvent,
  FoyerSignedInEvent,
  FoyerSignedOutEvent,
} from '@foyer/widget';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/**
 * The attributes of `<foyer-portal>` in JSX. React 19 also sets `strings` as a property and listens to
 * `onfoyer-…` props (the event's own name after `on`); React 18 passes every prop as an attribute and
 * cannot listen to custom events from JSX — add listeners through a `ref`, or use `@foyer/react`.
 */
export interface FoyerPortalAttributes extends DetailedHTMLProps<HTMLAttributes<FoyerPortal>, FoyerPortal> {
  /** The portal's id (`prt_…`). */
  portal: string;
  /** The Foyer service's base URL. */
  api: string;
  /** A one-time code from the business's backend (`POST /v1/portals/{id}/embed-sessions`). */
  'embed-code'?: string;
  /** A BCP 47 locale for dates and sizes. */
  locale?: string;
  /** The service's upload limit in bytes. */
  'max-upload-bytes'?: number;
  /** Overrides of the English strings (a property: React 19 only). */
  strings?: FoyerPortal['strings'];
  /** A custom element's class attribute, as React 19 passes it (`className` works too). */
  class?: string;
  'onfoyer-signed-in'?: (event: FoyerSignedInEvent) => void;
  'onfoyer-signed-out'?: (event: FoyerSignedOutEvent) => void;
  'onfoyer-file-uploaded'?: (event: FoyerFileUploadedEvent) => void;
  'onfoyer-approval-decided'?: (event: FoyerApprovalDecidedEvent) => void;
  'onfoyer-request-item-submitted'?: (event: FoyerRequestItemSubmittedEvent) => void;
  'onfoyer-error'?: (event: FoyerErrorEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'foyer-portal': FoyerPortalAttributes;
    }
  }
}
