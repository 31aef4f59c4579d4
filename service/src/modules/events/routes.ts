import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { EventService } from './service.ts';

export function eventRoutes({ db }: AppDeps): Router {
  const events = new EventService(db);
  const router = Router();
  router.get('/v1/portals/:portal_id/events', async (req, res) => {
    res.json(await events.listPortal(req.auth, req.params.portal_id, req.query));
  });
  router.get('/v1/events', async (req, res) => {
    res.json(await events.listWorkspace(req.auth, req.query));
  });
  return router;
}
