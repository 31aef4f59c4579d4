import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import type { WidgetBundle } from '../widget-assets/routes.ts';
import { activePagePortal, type PagePortal } from './service.ts';
import { iconLink } from '../favicon/link.ts';
import { PAGE_CSS, VERIFY_JS, type PageAsset } from './assets.ts';

// Pages run no inline script or style: everything comes from this origin's own files. `blob:` images are
// the widget's previews, fetched with the session and shown through object URLs.
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data: blob:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function pageHeaders(res: Response, apiOrigin?: string): void {
  // The widget calls the API at PUBLIC_URL, which is this origin unless the page is reached another way.
  res.setHeader(
    'Content-Security-Policy',
    apiOrigin ? PAGE_CSP.replace("connect-src 'self'", `connect-src 'self' ${apiOrigin}`) : PAGE_CSP,
  );
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
}

/**
 * The client's pages: `/p/{portal_id}` (the direct link, hosting `<foyer-portal>`), `/p/{portal_id}/verify`
 * (the magic-link landing: only its Continue button's POST consumes the token, so a mail scanner's GET or
 * HEAD consumes nothing), the portal's theme, `/robots.txt`. An unknown or archived portal is the same
 * plain 404 page.
 */
export function pageRoutes(config: Config, { db }: AppDeps, widget: () => WidgetBundle | undefined = () => undefined): Router {
  const router = Router();

  const face = (portalId: string) => activePagePortal(db, portalId);

  const notFoundPage = (res: Response) => {
    pageHeaders(res);
    res
      .status(404)
      .type('html')
      .send(
        layout(config, 'Not found', html`<main class="card"><h1>Not found</h1><p>There is no portal at this address.</p></main>`, null)
          .value,
      );
  };

  router.get('/robots.txt', (_req, res) => {
    res.type('text/plain').send('User-agent: *\nDisallow: /p/\n');
  });
  router.get(/^\/assets\/page(?:\.([0-9a-f]{16}))?\.css$/, serveAsset(PAGE_CSS));
  router.get(/^\/assets\/verify(?:\.([0-9a-f]{16}))?\.js$/, serveAsset(VERIFY_JS));

  router.get('/p/:portal_id/theme.css', async (req, res) => {
    const portal = await face(req.params.portal_id);
    if (!portal) return notFoundPage(res);
    res.type('text/css').setHeader('Cache-Control', 'no-store');
    res.send(portal.accent ? `:root { --foyer-accent: ${portal.accent}; }\n` : '');
  });

  router.get('/p/:portal_id', async (req, res) => {
    const portal = await face(req.params.portal_id);
    if (!portal) return notFoundPage(res);
    pageHeaders(res, new URL(config.publicUrl).origin);
    // The content-hashed bundle with its integrity when the widget is built; /widget.js explains otherwise.
    const bundle = widget();
    const script = bundle
      ? html`<script type="module" src="${bundle.path}" integrity="${bundle.integrity}" crossorigin="anonymous"></script>`
      : html`<script type="module" src="/widget.js"></script>`;
    res.type('html').send(
      layout(
        config,
        `${portal.name} · ${portal.workspaceName}`,
        html`<foyer-portal class="fullscreen" portal="${portal.id}" api="${config.publicUrl}" max-upload-bytes="${config.maxUploadBytes}"></foyer-portal>
<noscript><main class="card"><h1>${portal.name}</h1><p>This portal needs JavaScript.</p></main></noscript>
${script}`,
        portal,
      ).value,
    );
  });

  router.get('/p/:portal_id/verify', async (req, res) => {
    const portal = await face(req.params.portal_id);
    if (!portal) return notFoundPage(res);
    pageHeaders(res);
    const logo = portal.logoUrl ? html`<img class="logo" src="${portal.logoUrl}" alt="">` : '';
    res.type('html').send(
      layout(
        config,
        `Sign in · ${portal.name}`,
        html`<main class="card" id="verify" data-portal="${portal.id}" data-api="${config.publicUrl}">
  ${logo}
  <p class="eyebrow">${portal.workspaceName}</p>
  <h1>${portal.name}</h1>
  <p id="message">Continue to sign in to this portal on this device.</p>
  <button id="continue" type="button">Continue</button>
  <p class="fine">This link works once and expires 15 minutes after it was sent.</p>
</main>
<script src="${VERIFY_JS.path}" defer></script>`,
        portal,
      ).value,
    );
  });

  return router;
}

/**
 * A page asset by its content-hashed URL (`/assets/page.<hash>.css`), cached for a year (`immutable`: the pages
 * link the current hash, so a changed file is a new URL), or by its plain name (an hour, revalidated by ETag).
 */
function serveAsset(asset: PageAsset) {
  return (req: Request, res: Response): void => {
    const hash = req.params[0];
    if (hash !== undefined && hash !== asset.hash) {
      res.status(404).type('text/plain').setHeader('Cache-Control', 'no-store');
      res.send(`Not this version; the current one is ${asset.path}.\n`);
      return;
    }
    res.type(asset.type).setHeader('Cache-Control', hash ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
    res.setHeader('ETag', `"${asset.hash}"`);
    if (req.get('if-none-match') === `"${asset.hash}"`) {
      res.status(304).end();
      return;
    }
    res.send(asset.body);
  };
}

function layout(config: Config, title: string, body: SafeHtml, portal: PagePortal | null): SafeHtml {
  const theme = portal ? html`\n<link rel="stylesheet" href="/p/${portal.id}/theme.css">` : '';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
${iconLink(portal?.logoUrl ?? null, config.publicUrl)}
<link rel="stylesheet" href="${PAGE_CSS.path}">${theme}
</head>
<body>
${body}
</body>
</html>
`;
}
