// Prerenders the page into dist/index.html after `vite build`: what a server-rendering framework (Next.js,
// Remix, Astro) does on each request. Runs in Node, where <FoyerPortal> renders nothing (no DOM, no
// customElements): the browser hydrates the page and the portal appears there.
import { readFile, writeFile } from 'node:fs/promises';
import { renderToString } from 'react-dom/server';
import { App } from '../src/app.tsx';

const file = new URL('../dist/index.html', import.meta.url);
const html = await readFile(file, 'utf8');
// The portal's address is read in the browser; the server's markup does not depend on it.
const markup = renderToString(<App config={{ api: '', portal: '' }} />);
if (!html.includes('<!--app-->')) throw new Error('dist/index.html has no <!--app--> placeholder');
await writeFile(file, html.replace('<!--app-->', markup));
console.log(`prerendered dist/index.html (${markup.length} characters of markup)`);
