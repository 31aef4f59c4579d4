import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import type { DocumentRequestCreateDto, DocumentRequestUpdateDto, RequestItemUpdateDto } from './dto.ts';
import { RequestItemService } from './item-service.ts';
import { RequestService } from './service.ts';

export function requestRoutes({ db, events }: AppDeps): Router {
  const requests = new RequestService(db, events);
  const items = new RequestItemService(db, events);
  const router = Router();
  router.get('/v1/portals/:portal_id/requests', async (req, res) => {
    res.json(await requests.listPortal(req.auth, req.params.portal_id, req.query));
  });
  router.post('/v1/portals/:portal_id/requests', async (req, res) => {
    res.status(201).json(await requests.create(req.auth, req.params.portal_id, req.body as DocumentRequestCreateDto, requestMeta(req)));
  });
  router.get('/v1/requests', async (req, res) => {
    res.json(await requests.listWorkspace(req.auth, req.query));
  });
  router.get('/v1/requests/:request_id', async (req, res) => {
    res.json(await requests.get(req.auth, req.params.request_id));
  });
  router.patch('/v1/requests/:request_id', async (req, res) => {
    res.json(await requests.update(req.auth, req.params.request_id, req.body as DocumentRequestUpdateDto, requestMeta(req)));
  });
  router.delete('/v1/requests/:request_id', async (req, res) => {
    await requests.delete(req.auth, req.params.request_id, requestMeta(req));
    res.status(204).end();
  });
  router.patch('/v1/request-items/:request_item_id', async (req, res) => {
    res.json(await items.update(req.auth, req.params.request_item_id, req.body as RequestItemUpdateDto, requestMeta(req)));
  });
  return router;
}
