import { Router, type Response } from 'express';
import type { Config } from '../../config.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import type { WidgetBundle } from '../widget-assets/bundles.ts';
import { defaultIconLink } from '../favicon/link.ts';
import { PAGE_CSS } from '../pages/assets.ts';

// The console runs no inline script or style: its bundle and the page's stylesheet come from this origin.
// Lit's component styles are constructable stylesheets (adoptedStyleSheets), which style-src does not block.
// It talks only to this origin (its session is a same-origin cookie), and no page may frame it.
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https: data:; " +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

function pageHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', CONSOLE_CSP);
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
}

/**
 * The owner's console: `/console` and every path under it (the console's own deep links — `/console/portals/
 * prt_…`, `/console/settings`, `/console/verify`, …) answer the same page, which hosts `<foyer-console>` and
 * loads the console bundle by its content-hashed URL with its integrity. `/console/verify` is the magic-link
 * landing: its token is in the fragment, which never reaches the server, and only the console's Continue
 * button spends it (a POST) — a GET or HEAD of the page consumes nothing. `/console.js` and
 * `/console.<hash>.js` serve the bundle itself.
 */
export function consolePageRoutes(config: Config, bundle: () => WidgetBundle | undefined): Router {
  const router = Router();

  router.get(/^\/console(?:\/.*)?$/, (_req, res) => {
    pageHeaders(res);
    const current = bundle();
    if (!current) {
      res
        .status(503)
        .type('html')
        .send(
          shell(
            'Console not built',
            html`<main class="card"><h1>The console is not built</h1><p>Run <code>npm run build -w @foyer/widget</code>, then reload this page.</p></main>`,
          ).value,
        );
      return;
    }
    res.type('html').send(
      shell(
        'Foyer console',
        html`<foyer-console class="fullscreen" api-base="${config.publicUrl}"></foyer-console>
<noscript><main class="card"><h1>Foyer console</h1><p>The console needs JavaScript.</p></main></noscript>
<script type="module" src="${current.path}" integrity="${current.integrity}" crossorigin="anonymous"></script>`,
      ).value,
    );
  });

  router.get(/^\/console(?:\.([0-9a-f]{16}))?\.js$/, (req, res) => {
    const current = bundle();
    const hash = req.params[0];
    res.type('text/plain');
    if (!current) {
      res.status(503).setHeader('Cache-Control', 'no-store');
      res.send('The console is not built. Run `npm run build -w @foyer/widget`.\n');
      return;
    }
    if (hash !== undefined && hash !== current.hash) {
      res.status(404).setHeader('Cache-Control', 'no-store');
      res.send(`No console build ${hash}; the current one is ${current.path}.\n`);
      return;
    }
    res.type('text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', hash ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('ETag', `"${current.hash}"`);
    if (req.get('if-none-match') === `"${current.hash}"`) {
      res.status(304).end();
      return;
    }
    res.send(current.code);
  });

  return router;
}

function shell(title: string, body: SafeHtml): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
${defaultIconLink}
<link rel="stylesheet" href="${PAGE_CSS.path}">
</head>
<body>
${body}
</body>
</html>
`;
}
