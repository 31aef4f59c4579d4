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
 * button spends it (a POST) — a GET or HEAD of the page consumes nothing. The scripts themselves
 * (`/console.<hash>.js`, its chunks) are served with the widget's (widget-assets/routes.ts).
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
