import { Router, type Response } from 'express';
import type { WebAssets, WidgetBundle } from './bundles.ts';
import { sendAsset } from './encoding.ts';

export { WIDGET_DIST, widgetBundle, type WidgetBundle } from './bundles.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
// The unhashed URLs follow the current build: a page that loads one sees an upgrade within minutes.
const SHORT = 'public, max-age=300';

function unavailable(res: Response, status: number, text: string): void {
  res.status(status).type('text/plain').setHeader('Cache-Control', 'no-store');
  res.send(text);
}

/**
 * The widget's build, as the browser loads it, for `<foyer-portal>` (`/widget…`) and the console (`/console…`):
 * - `/widget.<hash>.js` — the entry (the sign-in screen and everything before it), named by its build and cached
 *   for a year (`immutable`): embed it with its `integrity`, and an upgrade of the service never breaks the page;
 * - `/widget.js` — one line, `export * from './widget.<hash>.js'`, cached for five minutes: the current build;
 * - `/chunks/<name>.<hash>.js` — what the entries load later (the views after sign-in, the console's pages),
 *   named by content, cached for a year. The entries import them by relative URLs, resolved against their own.
 * Each precompressed (br, gzip) as the request accepts, readable by any origin. Another build's hashed URL is 404.
 */
export function webAssetRoutes(assets: WebAssets): Router {
  const router = Router();
  const builds = { widget: assets.widget, console: assets.console };

  router.options(/^\/(widget|console)(\.[0-9a-f]{16})?\.js$|^\/chunks\//, (_req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
    res.status(204).end();
  });

  router.get(/^\/(widget|console)(?:\.([0-9a-f]{16}))?\.js$/, (req, res) => {
    const [which, hash] = [req.params[0] as keyof typeof builds, req.params[1]];
    const current = builds[which]();
    const what = which === 'widget' ? 'widget' : 'console';
    if (!current) return unavailable(res, 503, `The ${what} is not built. Run \`npm run build -w @foyer/widget\`.\n`);
    // An older build's URL: nothing to serve under it (the bytes would not match its integrity).
    if (hash !== undefined && hash !== current.hash)
      return unavailable(res, 404, `No ${what} build ${hash}; the current one is ${current.path}.\n`);
    sendAsset(req, res, hash ? current.entry : current.loader, hash ? IMMUTABLE : SHORT);
  });

  router.get(/^\/chunks\//, (req, res) => {
    const chunk = lookup(req.path, assets.widget()) ?? lookup(req.path, assets.console());
    if (!chunk) return unavailable(res, 404, 'No such chunk in the current build.\n');
    sendAsset(req, res, chunk, IMMUTABLE);
  });

  return router;
}

function lookup(path: string, bundle: WidgetBundle | undefined) {
  return bundle?.chunks.get(path);
}
