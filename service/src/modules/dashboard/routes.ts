import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { DashboardService } from './service.ts';

export function dashboardRoutes(config: Config, { db }: AppDeps): Router {
  const dashboard = new DashboardService(db, config.publicUrl);
  const router = Router();
  router.get('/v1/dashboard', async (req, res) => {
    res.json(await dashboard.get(req.auth, req.query));
  });
  router.post('/v1/portals/:portal_id/seen', async (req, res) => {
    await dashboard.markSeen(req.auth, req.params.portal_id);
    res.status(204).end();
  });
  return router;
}
