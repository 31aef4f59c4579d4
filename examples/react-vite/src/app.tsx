import { FoyerPortal, type FoyerApprovalDecidedEvent, type FoyerPortalElement, type FoyerSignedInEvent } from '@foyer/react';
import { useRef, useState } from 'react';
import type { PortalConfig } from './config.ts';

/**
 * Acme Accounting's client page: its own header and footer around the client's Foyer portal. The markup is the
 * same on the server and in the browser (`<FoyerPortal>` renders nothing on the server and while the widget
 * loads), so the prerendered page hydrates without a mismatch.
 */
export function App({ config }: { config: PortalConfig }) {
  const portal = useRef<FoyerPortalElement>(null);
  const [client, setClient] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const signedIn = (event: FoyerSignedInEvent) => setClient(event.detail.member.name ?? event.detail.member.email);
  // The same decision reaches the business's backend as the webhook event approval.approved (or
  // approval.changes_requested), with the same fields; here the page only thanks the client.
  const decided = ({ detail }: FoyerApprovalDecidedEvent) =>
    setNotice(
      detail.decision === 'approve' ? `Thank you — you approved version ${detail.version}.` : 'Thank you — we will look at your note.',
    );

  return (
    <>
      <header className="site-header">
        <a className="site-name" href="/">
          Acme Accounting
        </a>
        <span className="site-greeting" role="status">
          {client ? `Welcome back, ${client}` : 'Your documents, in one place'}
        </span>
        {client && (
          <button className="site-button" type="button" onClick={() => void portal.current?.signOut()}>
            Sign out
          </button>
        )}
      </header>
      <main className="site-main">
        {notice && (
          <p className="site-notice" role="status">
            {notice}
          </p>
        )}
        <FoyerPortal
          ref={portal}
          api={config.api}
          portal={config.portal}
          onSignedIn={signedIn}
          onSignedOut={() => (setClient(undefined), setNotice(undefined))}
          onApprovalDecided={decided}
          onError={(event) => console.warn(`Foyer: ${event.detail.code}`, event.detail.request_id)}
        />
      </main>
      <footer className="site-footer">Questions? Call us on 020 7946 0000.</footer>
    </>
  );
}
