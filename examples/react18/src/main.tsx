// React 18 end to end, in one page: the markup react-dom/server gives for <FoyerPortal> (nothing) is put in the
// page, then hydrated with React 18's hydrateRoot; the portal appears, and its event props work.
import { FoyerPortal } from '@foyer/react';
import { useState, version } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';

const query = new URLSearchParams(location.search);

function Page() {
  const [email, setEmail] = useState<string>();
  return (
    <main>
      <h1>{`React ${version}`}</h1>
      <p className="signed-in">{email ? `Signed in as ${email}` : 'Not signed in'}</p>
      <FoyerPortal portal={query.get('portal') ?? ''} api={query.get('api') ?? ''} onSignedIn={(e) => setEmail(e.detail.member.email)} />
    </main>
  );
}

const root = document.getElementById('root')!;
const server = renderToString(<Page />);
root.innerHTML = server;
root.dataset.server = server;
hydrateRoot(root, <Page />, { onRecoverableError: (error) => console.error('Hydration failed:', error) });
