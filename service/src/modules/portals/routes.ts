import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { ResumableStore } from '../../adapters/storage/resumable-store.ts';
import type { Config } from '../../config.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { removePortalUploads } from '../uploads/portal-uploads.ts';
import { PortalService, type PortalCreateDto, type PortalUpdateDto } from './service.ts';

export function portalRoutes(config: Config, { db, events, storage, logger }: AppDeps, resumable: () => Promise<ResumableStore>): Router {
  const portals = new PortalService(db, events, config.publicUrl, storage, logger);
  const router = Router();

  router.get('/v1/portals', async (req, res) => {
    res.json(await portals.list(req.auth, req.query));
  });
  router.post('/v1/portals', async (req, res) => {
    res.status(201).json(await portals.create(req.auth, req.body as PortalCreateDto));
  });
  router.get('/v1/portals/:portal_id', async (req, res) => {
    const portal = await portals.get(req.auth, req.params.portal_id);
    if (req.auth?.kind === 'client') await portals.recordView(req.auth, requestMeta(req));
    res.json(portal);
  });
  router.patch('/v1/portals/:portal_id', async (req, res) => {
    res.json(await portals.update(req.auth, req.params.portal_id, req.body as PortalUpdateDto, requestMeta(req)));
  });
  router.delete('/v1/portals/:portal_id', async (req, res) => {
    const erase = String((req.query as { erase?: unknown }).erase) === 'true';
    await portals.delete(req.auth, req.params.portal_id, { erase, meta: requestMeta(req) });
    await removePortalUploads(req.auth, req.params.portal_id, { db, store: resumable, logger });
    res.status(204).end();
  });
  return router;
}
