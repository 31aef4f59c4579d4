import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { describeSubscription, unsubscribe } from './unsubscribe-service.ts';
import { verifyUnsubscribeToken, type UnsubscribeTarget } from './unsubscribe-token.ts';
import { PAGE_CSS } from '../pages/assets.ts';

// Like the other pages (no script, no inline style), but its one form posts back here.
const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * `/unsubscribe?t=<token>`, the link in every notification email (RFC 8058). GET only shows a page with a
 * button, because mail scanners fetch links; POST — the button, or a mail client's one-click
 * `List-Unsubscribe=One-Click` — unsubscribes: a member's notifications for its portal become `none`; an
 * owner address leaves the workspace's `notify_emails`. The signed token is the only credential.
 */
export function unsubscribeRoutes(config: Config, { db, events }: AppDeps): Router {
  const router = Router();

  router.get('/unsubscribe', async (req, res) => {
    const verified = verifiedToken(config, req);
    if (!verified) return invalid(res);
    const { token, target } = verified;
    const subject = await describeSubscription(db, target);
    if (!subject || subject.done) {
      return page(
        res,
        200,
        'Unsubscribed',
        html`<h1>You are unsubscribed</h1><p>No more ${subject?.what ?? 'notification emails from this portal'}.</p>`,
      );
    }
    const action = `/unsubscribe?t=${encodeURIComponent(token)}`;
    page(
      res,
      200,
      'Unsubscribe',
      html`<p class="eyebrow">${subject.sender}</p>
  <h1>Unsubscribe?</h1>
  <p>Stop ${subject.what}.</p>
  <form method="post" action="${action}">
    <input type="hidden" name="List-Unsubscribe" value="One-Click">
    <button type="submit">Unsubscribe</button>
  </form>
  <p class="fine">Sign-in codes and links still arrive whenever you ask for them.</p>`,
    );
  });

  router.post('/unsubscribe', async (req, res) => {
    const target = verifiedToken(config, req)?.target;
    if (!target) return invalid(res);
    await unsubscribe(db, events, target, requestMeta(req));
    const subject = await describeSubscription(db, target);
    const undo =
      target.kind === 'member'
        ? 'Changed your mind? Turn notifications back on from the portal.'
        : 'Changed your mind? A workspace owner can add the address back to its notification emails.';
    page(
      res,
      200,
      'Unsubscribed',
      html`<h1>You are unsubscribed</h1><p>No more ${subject?.what ?? 'notification emails'}.</p><p class="fine">${undo}</p>`,
    );
  });

  return router;
}

/** The link's token and what it unsubscribes from, when it is one of ours. */
function verifiedToken(config: Config, req: Request): { token: string; target: UnsubscribeTarget } | undefined {
  const token = req.query.t;
  if (typeof token !== 'string') return undefined;
  const target = verifyUnsubscribeToken(config.secretKey, token);
  return target && { token, target };
}

function invalid(res: Response): void {
  page(res, 400, 'Link not valid', html`<h1>This link is not valid</h1><p>Use the unsubscribe link of a recent email, copied whole.</p>`);
}

function page(res: Response, status: number, title: string, body: SafeHtml): void {
  res.setHeader('Content-Security-Policy', PAGE_CSP);
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
  res
    .status(status)
    .type('html')
    .send(
      html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<link rel="stylesheet" href="${PAGE_CSS.path}">
</head>
<body>
<main class="card">
  ${body}
</main>
</body>
</html>
`.value,
    );
}
