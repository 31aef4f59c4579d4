import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { readConfig } from './config.ts';

const root = document.getElementById('root')!;
const config = readConfig(location.search);

if (!config) {
  root.innerHTML =
    '<main class="site-main"><p class="site-missing">Open this page with <code>?api=…&amp;portal=prt_…</code>, or build it with VITE_FOYER_API and VITE_FOYER_PORTAL set.</p></main>';
} else if (root.firstElementChild) {
  // The build prerendered the page (scripts/prerender.tsx): hydrate it. A mismatch would be reported here.
  hydrateRoot(
    root,
    <StrictMode>
      <App config={config} />
    </StrictMode>,
    { onRecoverableError: (error) => console.error('Hydration failed:', error) },
  );
  document.documentElement.dataset.rendered = 'hydrated';
} else {
  createRoot(root).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
  document.documentElement.dataset.rendered = 'client';
}
