import { Router, type Request, type Response } from 'express';
import { defaultIcon, type DefaultIcon } from './icon.ts';

// Not content-hashed URLs (browsers ask for /favicon.ico by name), so a day, revalidated by ETag.
const CACHE = 'public, max-age=86400';

function send(req: Request, res: Response, type: string, etag: string, body: Buffer): void {
  res.type(type).setHeader('Cache-Control', CACHE);
  res.setHeader('ETag', etag);
  if (req.get('if-none-match') === etag) {
    res.status(304).end();
    return;
  }
  res.send(body);
}

/**
 * `/favicon.svg` — Foyer's mark, the icon of pages whose workspace has no logo — and `/favicon.ico`, the same
 * mark as an ICO for browsers and tools that ask for it by its conventional name (without it, every page
 * the service serves logs a 404 in the browser's console).
 */
export function faviconRoutes(icon: DefaultIcon = defaultIcon()): Router {
  const router = Router();
  router.get('/favicon.svg', (req, res) => send(req, res, 'image/svg+xml', icon.etag, icon.svg));
  router.get('/favicon.ico', async (req, res) => {
    send(req, res, 'image/x-icon', icon.etag.replace(/"$/, '-ico"'), await icon.ico());
  });
  return router;
}
