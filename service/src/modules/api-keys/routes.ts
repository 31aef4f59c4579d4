import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { ApiKeyService } from './service.ts';

/** `/v1/api-keys`: the workspace's keys, for owners. The `foyer key` commands do the same from a terminal. */
export function apiKeyRoutes(config: Config, { db, events }: AppDeps): Router {
  const keys = new ApiKeyService(db, events, config.secretKey);
  const router = Router();
  router.get('/v1/api-keys', async (req, res) => {
    res.json(await keys.list(req.auth, req.query));
  });
  router.post('/v1/api-keys', async (req, res) => {
    res.status(201).json(await keys.create(req.auth, (req.body as { name: string }).name, requestMeta(req)));
  });
  router.delete('/v1/api-keys/:api_key_id', async (req, res) => {
    await keys.revoke(req.auth, req.params.api_key_id, requestMeta(req));
    res.status(204).end();
  });
  return router;
}
