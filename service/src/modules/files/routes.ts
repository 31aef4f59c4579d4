import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { sendContent } from './content.ts';
import { FileService } from './service.ts';
import { FileUploadService } from './upload-service.ts';

export function fileRoutes(config: Config, deps: AppDeps): Router {
  const files = new FileService(deps.db, deps.events, deps.storage, deps.logger);
  const uploads = new FileUploadService(deps.db, deps.events, deps.storage, deps.logger, config.maxUploadBytes);
  const presigned = config.storage.driver === 's3' && config.storage.presignedDownloads;
  const router = Router();

  router.get('/v1/portals/:portal_id/files', async (req, res) => {
    res.json(await files.list(req.auth, req.params.portal_id, req.query));
  });
  router.post('/v1/portals/:portal_id/files', async (req, res) => {
    res.status(201).json(await uploads.upload(req.auth, req.params.portal_id, req));
  });
  router.get('/v1/files/:file_id', async (req, res) => {
    res.json(await files.get(req.auth, req.params.file_id));
  });
  router.patch('/v1/files/:file_id', async (req, res) => {
    res.json(await files.rename(req.auth, req.params.file_id, (req.body as { name: string }).name, requestMeta(req)));
  });
  router.delete('/v1/files/:file_id', async (req, res) => {
    await files.delete(req.auth, req.params.file_id, requestMeta(req));
    res.status(204).end();
  });
  router.get('/v1/files/:file_id/versions', async (req, res) => {
    res.json(await files.listVersions(req.auth, req.params.file_id, req.query));
  });
  router.post('/v1/files/:file_id/versions', async (req, res) => {
    res.status(201).json(await uploads.uploadVersion(req.auth, req.params.file_id, req));
  });
  router.get('/v1/files/:file_id/content', async (req, res) => {
    const wanted = (req.query as { version?: number }).version;
    const { file, version } = await files.findVersion(req.auth, req.params.file_id, wanted === undefined ? undefined : Number(wanted));
    if (req.method === 'GET' && !req.get('range')?.match(/^bytes=[1-9]/))
      await files.recordDownload(req.auth!, file, version.version, requestMeta(req));
    await sendContent(req, res, deps.storage, file, version, { presigned });
  });
  return router;
}
