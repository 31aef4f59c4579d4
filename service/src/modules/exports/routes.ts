import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { PortalArchiveService } from './archive.ts';
import { registerExportJobs } from './job.ts';
import { ExportService } from './service.ts';

export function exportRoutes(deps: AppDeps): Router {
  const exports = new ExportService(deps.db, deps.events, deps.queue, deps.storage);
  const archives = new PortalArchiveService(deps.db, deps.events, deps.storage);
  const router = Router();

  router.get('/v1/portals/:portal_id/archive', async (req, res) => {
    const files = (req.query as { files?: string }).files;
    await archives.send(req.auth, req.params.portal_id, files?.split(','), req, res, requestMeta(req));
  });
  router.post('/v1/portals/:portal_id/exports', async (req, res) => {
    res.status(202).json(await exports.createForPortal(req.auth, req.params.portal_id, requestMeta(req)));
  });
  router.post('/v1/workspace/exports', async (req, res) => {
    res.status(202).json(await exports.createForWorkspace(req.auth, requestMeta(req)));
  });
  router.get('/v1/workspace/exports', async (req, res) => {
    res.json(await exports.list(req.auth, req.query));
  });
  router.get('/v1/workspace/exports/:export_id', async (req, res) => {
    res.json(await exports.get(req.auth, req.params.export_id));
  });
  router.get('/v1/workspace/exports/:export_id/content', async (req, res) => {
    await exports.download(req.auth, req.params.export_id, res);
  });
  return router;
}

/** Starts this instance's export worker (the job that writes zips to storage). */
export function startExportWorker({ db, storage, events, logger, queue }: AppDeps): Promise<void> {
  return registerExportJobs(queue, { db, storage, events, logger });
}
