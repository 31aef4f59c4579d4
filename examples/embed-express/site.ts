// A small business website (Acme Accounting) with its own login, built on Express and express-session (a real
// session cookie, kept in express-session's MemoryStore here). A signed-in user's page shows their Foyer portal
// at once: while rendering it, the server asks Foyer for a one-time embed code with the workspace's API key
// (server to server, `portals.createEmbedSession`) and hands it to `<foyer-portal embed-code=…>`, which
// exchanges it for the client's session. The user never sees an email step; Foyer records that Acme's
// website signed them in.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Foyer } from '@foyer/sdk';
import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';

/** One of the site's own users, and the Foyer portal that is theirs. */
export interface SiteUser {
  email: string;
  name: string;
  password: string;
  portalId: string;
}

export interface SiteOptions {
  /** The Foyer service's URL, as browsers reach it. */
  foyerUrl: string;
  /** An API key of the Foyer workspace (`sk_…`): never sent to the browser. */
  apiKey: string;
  /** Signs the session cookie. */
  sessionSecret: string;
  users: SiteUser[];
  /** How long an embed code may wait for the browser, in seconds (Foyer allows 1 to 600). */
  embedTtlSeconds?: number;
  port?: number;
  host?: string;
}

declare module 'express-session' {
  interface SessionData {
    email: string;
  }
}

const CSS = readFileSync(new URL('site.css', import.meta.url));

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function layout(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — Acme Accounting</title>
<link rel="stylesheet" href="/site.css">
${head}
</head>
<body>
<header class="site"><strong>Acme Accounting</strong></header>
<main>
${body}
</main>
</body>
</html>`;
}

function loginPage(error = ''): string {
  return layout(
    'Sign in',
    `<h1>Sign in to your account</h1>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/login">
  <label>Email <input type="email" name="email" autocomplete="username" required></label>
  <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
  <button type="submit">Sign in</button>
</form>`,
  );
}

/** Builds the site (an Express app), without listening. */
export function createSite(options: SiteOptions): express.Express {
  const foyer = new Foyer({ baseUrl: options.foyerUrl, apiKey: options.apiKey });
  const foyerOrigin = new URL(options.foyerUrl).origin;
  const app = express();
  app.disable('x-powered-by');
  app.use(express.urlencoded({ extended: false, limit: '4kb' }));
  app.use(
    session({
      name: 'acme.sid',
      secret: options.sessionSecret,
      resave: false,
      saveUninitialized: false,
      // `secure: 'auto'` sends the cookie over HTTPS only when the request came over HTTPS.
      cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: 8 * 3600 * 1000 },
    }),
  );
  app.use((_req, res, next) => {
    res.set({
      'Content-Security-Policy': [
        "default-src 'none'",
        `script-src 'self' ${foyerOrigin}`,
        "style-src 'self'",
        `connect-src ${foyerOrigin}`,
        `img-src 'self' ${foyerOrigin} data: blob:`,
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
    next();
  });

  const signedIn = (req: Request) => options.users.find((u) => u.email === req.session.email);

  app.get('/site.css', (_req, res) => {
    res.type('text/css').send(CSS);
  });

  app.get('/', (req, res) => {
    res.redirect(signedIn(req) ? '/portal' : '/login');
  });

  app.get('/login', (_req, res) => {
    res.type('html').send(loginPage());
  });

  app.post('/login', (req: Request<unknown, unknown, { email?: string; password?: string }>, res, next) => {
    const email = String(req.body.email ?? '')
      .trim()
      .toLowerCase();
    const user = options.users.find((u) => u.email === email);
    if (!user || !sameSecret(String(req.body.password ?? ''), user.password)) {
      res.status(401).type('html').send(loginPage('That email and password do not match.'));
      return;
    }
    // A new session id at sign-in (no session fixation).
    req.session.regenerate((error) => {
      if (error) return next(error);
      req.session.email = user.email;
      req.session.save((saved) => (saved ? next(saved) : res.redirect(303, '/portal')));
    });
  });

  app.post('/logout', (req, res, next) => {
    req.session.destroy((error) => (error ? next(error) : res.redirect(303, '/login')));
  });

  app.get('/portal', async (req, res) => {
    const user = signedIn(req);
    if (!user) {
      res.redirect('/login');
      return;
    }
    // Server to server: a fresh, single-use code for this user, valid a short while. The business vouches for
    // the address; Foyer adds it to the portal if it is not a member yet.
    const { embed_code } = await foyer.portals.createEmbedSession(user.portalId, {
      email: user.email,
      name: user.name,
      ttl_seconds: options.embedTtlSeconds ?? 120,
    });
    // The code is used once: a page kept in a cache would hand out a spent one.
    res.set('Cache-Control', 'no-store');
    res.type('html').send(
      layout(
        'Your documents',
        `<div class="bar"><span>Signed in as ${escape(user.email)}</span>
<form method="post" action="/logout"><button type="submit">Sign out</button></form></div>
<h1>Your documents</h1>
<foyer-portal portal="${escape(user.portalId)}" api="${escape(foyerOrigin)}" embed-code="${escape(embed_code)}"></foyer-portal>`,
        `<script type="module" src="${escape(foyerOrigin)}/widget.js"></script>`,
      ),
    );
  });

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    console.error(error);
    res.status(502).type('html').send(layout('Unavailable', '<h1>The documents are unavailable</h1><p>Try again in a moment.</p>'));
  });
  return app;
}

/** Starts the site; resolves to its origin and a `close()`. */
export async function startSite(options: SiteOptions): Promise<{ origin: string; close(): Promise<void> }> {
  const app = createSite(options);
  const host = options.host ?? '127.0.0.1';
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(options.port ?? 0, host, () => resolve(s));
  });
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
