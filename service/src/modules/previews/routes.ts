import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { FileService } from '../files/service.ts';
import { sendPreviewImage } from './image-content.ts';
import { PreviewService } from './service.ts';

export function previewRoutes(config: Config, deps: AppDeps): Router {
  const files = new FileService(deps.db, deps.events, deps.storage, deps.logger);
  const previews = new PreviewService(deps.db, files, deps.queue, config.previews, deps.logger);
  const router = Router();

  router.get('/v1/files/:file_id/previews', async (req, res) => {
    const wanted = (req.query as { version?: number }).version;
    res.json(await previews.list(req.auth, req.params.file_id, wanted === undefined ? undefined : Number(wanted)));
  });
  router.get('/v1/files/:file_id/previews/:preview_id', async (req, res) => {
    await sendPreviewImage(req, res, deps.storage, await previews.image(req.auth, req.params.file_id, req.params.preview_id));
  });
  return router;
}
