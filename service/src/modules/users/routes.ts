import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { UserService, type UserCreateDto, type UserUpdateDto } from './service.ts';

/** `/v1/workspace/users`: the people of the business. */
export function userRoutes(config: Config, { db, events, queue }: AppDeps): Router {
  const users = new UserService({ db, events, queue, secretKey: config.secretKey, publicUrl: config.publicUrl });
  const router = Router();
  router.get('/v1/workspace/users', async (req, res) => {
    res.json(await users.list(req.auth, req.query));
  });
  router.post('/v1/workspace/users', async (req, res) => {
    res.status(201).json(await users.invite(req.auth, req.body as UserCreateDto, requestMeta(req)));
  });
  router.patch('/v1/workspace/users/:user_id', async (req, res) => {
    res.json(await users.update(req.auth, req.params.user_id, req.body as UserUpdateDto, requestMeta(req)));
  });
  router.delete('/v1/workspace/users/:user_id', async (req, res) => {
    await users.remove(req.auth, req.params.user_id, requestMeta(req));
    res.status(204).end();
  });
  return router;
}
