import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { notFound } from '../../errors/http-error.ts';
import { DevMailService } from './service.ts';
import type { DevMail } from './table.ts';
import { MESSAGE_CSP, PAGE_CSP, renderMailList } from './page.ts';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

// The names a browser on this machine uses for a service listening on loopback. Any other Host means the
// request came through another name — e.g. a web page whose domain was re-pointed at 127.0.0.1 (DNS
// rebinding), which could otherwise read the codes.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The dev mailbox: `GET /dev/mail` (HTML, newest first), `GET /dev/mail.json` or `?format=json` (for
 * tests and scripts), `GET /dev/mail/{id}.html` (one message's HTML part, sandboxed). Mounted only for the
 * `local` dev mailbox (embedded default on loopback, not production), and answers only requests whose Host
 * is a loopback name; otherwise these paths are unknown routes (404).
 */
export function devMailRoutes(config: Pick<Config, 'secretKey'>, { db }: AppDeps): Router {
  const router = Router();
  const mailbox = new DevMailService(db, config.secretKey);
  router.use(['/dev/mail', '/dev/mail.json'], (req, res, next) => {
    const host = (req.get('host') ?? '').toLowerCase().replace(/:\d{1,5}$/, '');
    if (!LOOPBACK_HOSTS.has(host)) return next('router');
    res.set({ 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store' });
    next();
  });

  const list = async (req: Request, res: Response, json: boolean) => {
    const to = typeof req.query.to === 'string' && req.query.to !== '' ? req.query.to : undefined;
    const rawLimit = typeof req.query.limit === 'string' ? Number(req.query.limit) : DEFAULT_LIMIT;
    const limit = Number.isInteger(rawLimit) && rawLimit > 0 ? Math.min(rawLimit, MAX_LIMIT) : DEFAULT_LIMIT;
    const rows = await mailbox.list({ ...(to !== undefined ? { to } : {}), limit });
    if (json) {
      res.json({ data: rows.map(toJson) });
    } else {
      res.set({ 'Content-Security-Policy': PAGE_CSP, 'X-Robots-Tag': 'noindex, nofollow' }).type('html').send(renderMailList(rows));
    }
  };
  router.get('/dev/mail.json', (req, res) => list(req, res, true));
  router.get('/dev/mail', (req, res) => list(req, res, req.query.format === 'json'));

  router.get('/dev/mail/:file', async (req, res) => {
    const id = /^(\d{1,18})\.html$/.exec(req.params.file)?.[1];
    const row = id ? await mailbox.find(id) : undefined;
    if (!row) throw notFound('message');
    res.set({ 'Content-Security-Policy': MESSAGE_CSP, 'X-Frame-Options': 'SAMEORIGIN' }).type('html').send(row.html_body);
  });
  return router;
}

function toJson(row: DevMail) {
  return {
    id: row.id,
    message_id: row.message_id,
    from: row.from_address,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    headers: row.headers,
    created_at: row.created_at.toISOString(),
  };
}
