#!/usr/bin/env node
// A tiny "business website" on its own origin that embeds the Foyer portal. It serves index.html (with
// the portal id and the service URL filled in) and site.css, under a strict Content Security Policy: no
// inline script or style, scripts only from this site and the Foyer service.
//
//   node serve.mjs --api http://127.0.0.1:8080 --portal prt_… [--port 5173]
//
// Then add this site's origin (http://127.0.0.1:5173) to the workspace's allowed_origins (see README).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Starts the site; resolves to its origin and a `close()`. */
export async function startSite({ api, portal, port = 0, host = '127.0.0.1', integrity }) {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const apiOrigin = new URL(api).origin;
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${apiOrigin}`,
    "style-src 'self'",
    `connect-src ${apiOrigin}`,
    `img-src 'self' ${apiOrigin} https: data: blob:`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  const page = (await readFile(`${dir}/index.html`, 'utf8'))
    .replaceAll('{{API}}', escape(api))
    .replaceAll('{{PORTAL}}', escape(portal))
    .replaceAll('{{WIDGET_SRC}}', escape(integrity ? `${apiOrigin}/widget.${integrity.hash}.js` : `${apiOrigin}/widget.js`))
    .replaceAll('{{WIDGET_INTEGRITY}}', integrity ? ` integrity="${escape(integrity.integrity)}" crossorigin="anonymous"` : '');
  const css = await readFile(`${dir}/site.css`);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/site.css') {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' }).end(css);
    } else if (path === '/' || path === '/index.html') {
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp, 'Referrer-Policy': 'no-referrer' })
        .end(page);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const origin = `http://${host}:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))) };
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { api: { type: 'string' }, portal: { type: 'string' }, port: { type: 'string', default: '5173' } },
  });
  if (!values.api || !values.portal) {
    console.error('usage: node serve.mjs --api http://127.0.0.1:8080 --portal prt_… [--port 5173]');
    process.exit(2);
  }
  const site = await startSite({ api: values.api, portal: values.portal, port: Number(values.port) });
  console.log(`Business site at ${site.origin} (add this origin to the workspace's allowed_origins)`);
}
