import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { clearSessionCookies } from './cookies.ts';
import { UserSessionService } from './service.ts';

/** A user's own sessions (`/v1/auth/sessions`) and signing the console out. */
export function userSessionRoutes(config: Config, { db, events }: AppDeps): Router {
  const sessions = new UserSessionService(db, events);
  const secure = config.publicUrl.startsWith('https:');
  const router = Router();
  router.get('/v1/auth/sessions', async (req, res) => {
    res.json(await sessions.list(req.auth, req.query));
  });
  router.delete('/v1/auth/sessions/:user_session_id', async (req, res) => {
    await sessions.revoke(req.auth, req.params.user_session_id, requestMeta(req));
    res.status(204).end();
  });
  router.post('/v1/auth/sign-out', async (req, res) => {
    await sessions.signOut(req.auth, requestMeta(req));
    clearSessionCookies(res, { secure });
    res.status(204).end();
  });
  return router;
}
