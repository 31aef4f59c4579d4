import { Router } from 'express';
import type { components } from '@foyer/contract';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { PortalService } from '../portals/service.ts';
import { SessionService } from './service.ts';

type MeUpdateDto = components['schemas']['MeUpdate'];

/** Owners see and end a portal's sessions; a client reads itself, sets its preferences and signs its device out. */
export function sessionRoutes(config: Config, { db, events, storage, logger }: AppDeps): Router {
  const sessions = new SessionService(db, events, new PortalService(db, events, config.publicUrl, storage, logger));
  const router = Router();

  router.get('/v1/portals/:portal_id/sessions', async (req, res) => {
    res.json(await sessions.list(req.auth, req.params.portal_id, req.query));
  });
  router.delete('/v1/sessions/:session_id', async (req, res) => {
    await sessions.revoke(req.auth, req.params.session_id, requestMeta(req));
    res.status(204).end();
  });
  router.get('/v1/me', async (req, res) => {
    res.json(await sessions.me(req.auth));
  });
  router.patch('/v1/me', async (req, res) => {
    res.json(await sessions.updateMe(req.auth, req.body as MeUpdateDto, requestMeta(req)));
  });
  router.delete('/v1/me', async (req, res) => {
    await sessions.signOut(req.auth, requestMeta(req));
    res.status(204).end();
  });

  return router;
}
