import { createElement, createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FoyerPortal, type FoyerPortalElement } from './index.ts';

// Server rendering, in Node: no DOM, no `customElements`. Hydration in a browser is the react-vite example's
// end-to-end test (service/test/e2e/react-vite.e2e.test.ts), whose page is prerendered by this same path.
describe('<FoyerPortal> on the server', () => {
  it('imports without a DOM or a custom element registry', () => {
    expect(typeof FoyerPortal).toBe('object'); // a forwardRef component
    expect('customElements' in globalThis).toBe(false);
    expect('HTMLElement' in globalThis).toBe(false);
  });

  it('renders nothing, whatever its props, and leaves the page around it intact', () => {
    const portal = createElement(FoyerPortal, {
      portal: 'prt_1',
      api: 'https://portal.example.com',
      embedCode: 'emb_1',
      strings: { signOut: 'Log out' },
      maxUploadBytes: 1024,
      className: 'portal',
      ref: createRef<FoyerPortalElement>(),
      onSignedIn: () => {},
    });
    expect(renderToString(portal)).toBe('');
    const page = createElement(
      'main',
      null,
      createElement('h1', null, 'Your documents'),
      portal,
      createElement('p', null, 'Questions? Call us.'),
    );
    expect(renderToString(page)).toBe('<main><h1>Your documents</h1><p>Questions? Call us.</p></main>');
    expect('customElements' in globalThis).toBe(false);
  });
});
