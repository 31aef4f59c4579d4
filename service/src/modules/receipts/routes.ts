import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { SERVICE_ROOT } from '../../lib/paths.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { KEYS_PATH } from './document.ts';
import { RECEIPT_CSS_PATH, receiptPage } from './page.ts';
import { ReceiptService } from './service.ts';

// Served from the sources both by the tests and by the bundle `npm start` runs.
const CSS = join(SERVICE_ROOT, 'src/modules/receipts/assets/receipt.css');

/**
 * Approval receipts: the signed JSON, its printable page, key rotation, and the public key set at
 * `/.well-known/foyer-receipt-keys.json` (public, cacheable, readable from any origin).
 */
export function receiptRoutes(config: Config, { db, events }: AppDeps): Router {
  const receipts = new ReceiptService(db, events, config);
  const css = readFileSync(CSS, 'utf8');
  const origin = new URL(config.publicUrl).origin;
  const router = Router();

  // JSON by default (`Accept: */*` included); the printable page for a client that prefers HTML (a browser).
  router.get('/v1/approval-requests/:approval_request_id/receipt', async (req, res) => {
    const signed = await receipts.receipt(req.auth, req.params.approval_request_id);
    res.vary('Accept');
    if (req.accepts(['application/json', 'text/html']) !== 'text/html') {
      res.json(signed);
      return;
    }
    const page = receiptPage(signed, config.publicUrl);
    // A page, not JSON: its own policy — its stylesheet from PUBLIC_URL and nothing else, no script.
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; style-src ${origin}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    res.type('html').send(page);
  });

  router.post('/v1/workspace/receipt-keys', async (req, res) => {
    res.status(201).json(await receipts.rotateKey(req.auth, requestMeta(req)));
  });

  router.get(KEYS_PATH, async (req, res) => {
    const body = JSON.stringify(await receipts.keySet());
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('ETag', etag);
    if (req.get('if-none-match') === etag) {
      res.status(304).end();
      return;
    }
    res.type('json').send(body);
  });

  router.get(RECEIPT_CSS_PATH, (_req, res) => {
    res.type('text/css').setHeader('Cache-Control', 'public, max-age=3600');
    // The page may be a blob: or saved copy on another origin (the widget opens it from the host page).
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.send(css);
  });

  return router;
}
