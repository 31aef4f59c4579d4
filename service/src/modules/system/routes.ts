import { readFileSync } from 'node:fs';
import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { OPENAPI_PATH, packageFile } from '../../lib/paths.ts';
import { requireReady } from './service.ts';

// Redoc renders with styled-components (inline styles) and a web worker from a blob: URL; the relaxed
// policy applies to /docs only.
const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline' https://fonts.googleapis.com; " +
  "img-src 'self' data: https:; font-src 'self' data: https://fonts.gstatic.com; worker-src 'self' blob:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Foyer API reference</title>
</head>
<body>
<redoc spec-url="/openapi.yaml" hide-download-button="false"></redoc>
<script src="/docs/redoc.standalone.js"></script>
</body>
</html>
`;

/** Probes, the contract and its reference documentation. */
export function systemRoutes({ db }: AppDeps): Router {
  const router = Router();
  const spec = readFileSync(OPENAPI_PATH, 'utf8');
  const redocBundle = packageFile('redoc/bundles/redoc.standalone.js');

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    await requireReady(db);
    res.json({ status: 'ok' });
  });

  router.get('/openapi.yaml', (_req, res) => {
    res.type('application/yaml').set('Cache-Control', 'no-cache').send(spec);
  });

  router.get('/docs', (_req, res) => {
    res.set('Content-Security-Policy', DOCS_CSP).type('html').send(DOCS_PAGE);
  });
  router.get('/docs/redoc.standalone.js', (_req, res) => {
    res.sendFile(redocBundle, { maxAge: '1d' });
  });

  return router;
}
