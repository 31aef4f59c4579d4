import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import type { WebhookEndpointCreateDto } from './dto.ts';
import { WebhookEndpointService } from './service.ts';

export function webhookRoutes(config: Config, { db, events, queue }: AppDeps): Router {
  const endpoints = new WebhookEndpointService(db, events, queue, config.secretKey, config.webhooksAllowPrivate);
  const router = Router();
  router.get('/v1/webhook-endpoints', async (req, res) => {
    res.json(await endpoints.list(req.auth, req.query));
  });
  router.post('/v1/webhook-endpoints', async (req, res) => {
    res.status(201).json(await endpoints.create(req.auth, req.body as WebhookEndpointCreateDto, requestMeta(req)));
  });
  router.delete('/v1/webhook-endpoints/:endpoint_id', async (req, res) => {
    await endpoints.delete(req.auth, req.params.endpoint_id, requestMeta(req));
    res.status(204).end();
  });
  router.get('/v1/webhook-endpoints/:endpoint_id/deliveries', async (req, res) => {
    res.json(await endpoints.listDeliveries(req.auth, req.params.endpoint_id, req.query));
  });
  router.post('/v1/webhook-endpoints/:endpoint_id/deliveries/:delivery_id/resend', async (req, res) => {
    res.status(202).json(await endpoints.resendDelivery(req.auth, req.params.endpoint_id, req.params.delivery_id));
  });
  return router;
}
