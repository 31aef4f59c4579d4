import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import type { RequestTemplateApplyDto, RequestTemplateCreateDto, RequestTemplateUpdateDto } from './dto.ts';
import { RequestTemplateService } from './service.ts';

export function requestTemplateRoutes({ db, events, logger }: AppDeps): Router {
  const templates = new RequestTemplateService(db, events, logger);
  const router = Router();
  router.get('/v1/request-templates', async (req, res) => {
    res.json(await templates.list(req.auth, req.query));
  });
  router.post('/v1/request-templates', async (req, res) => {
    res.status(201).json(await templates.create(req.auth, req.body as RequestTemplateCreateDto, requestMeta(req)));
  });
  router.get('/v1/request-templates/:request_template_id', async (req, res) => {
    res.json(await templates.get(req.auth, req.params.request_template_id));
  });
  router.patch('/v1/request-templates/:request_template_id', async (req, res) => {
    res.json(await templates.update(req.auth, req.params.request_template_id, req.body as RequestTemplateUpdateDto, requestMeta(req)));
  });
  router.delete('/v1/request-templates/:request_template_id', async (req, res) => {
    await templates.delete(req.auth, req.params.request_template_id, requestMeta(req));
    res.status(204).end();
  });
  router.post('/v1/request-templates/:request_template_id/apply', async (req, res) => {
    res.json(await templates.apply(req.auth, req.params.request_template_id, req.body as RequestTemplateApplyDto, requestMeta(req)));
  });
  return router;
}
