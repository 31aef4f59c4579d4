import { Router, type Response } from 'express';
import type { WidgetBundle } from './bundles.ts';

export { WIDGET_DIST, widgetBundle, type WidgetBundle } from './bundles.ts';

// The widget is public code that other origins' pages load as a module script (a CORS request), so it
// is readable from anywhere; it carries no data and no credentials.
function scriptHeaders(res: Response, bundle: WidgetBundle, cacheControl: string): void {
  res.type('text/javascript; charset=utf-8');
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', `"${bundle.hash}"`);
}

/**
 * `/widget.js` — the `<foyer-portal>` bundle, cached for an hour and revalidated by ETag — and
 * `/widget.<hash>.js`, the same bytes under a content-hashed URL, cached for a year (`immutable`): embed
 * that one with its `integrity`, and an upgrade of the service never breaks the embedding page.
 */
export function widgetAssetRoutes(bundle: () => WidgetBundle | undefined): Router {
  const router = Router();

  router.options(/^\/widget(\.[0-9a-f]{16})?\.js$/, (_req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
    res.status(204).end();
  });

  router.get(/^\/widget(?:\.([0-9a-f]{16}))?\.js$/, (req, res) => {
    const current = bundle();
    const hash = req.params[0];
    if (!current) {
      res.status(503).type('text/plain').setHeader('Cache-Control', 'no-store');
      res.send('The widget is not built. Run `npm run build -w @foyer/widget`.\n');
      return;
    }
    if (hash !== undefined && hash !== current.hash) {
      // An older build's URL: nothing to serve under it (the bytes would not match its integrity).
      res.status(404).type('text/plain').setHeader('Cache-Control', 'no-store');
      res.send(`No widget build ${hash}; the current one is ${current.path}.\n`);
      return;
    }
    scriptHeaders(res, current, hash ? 'public, max-age=31536000, immutable' : 'public, max-age=3600, stale-while-revalidate=86400');
    if (req.get('if-none-match') === `"${current.hash}"`) {
      res.status(304).end();
      return;
    }
    res.send(current.code);
  });

  return router;
}
