import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { getWorkspace, patchWorkspace, type WorkspaceUpdateDto } from './service.ts';

export function workspaceRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get('/v1/workspace', async (req, res) => {
    res.json(await getWorkspace(db, req.auth));
  });
  router.patch('/v1/workspace', async (req, res) => {
    res.json(await patchWorkspace(db, req.auth, req.body as WorkspaceUpdateDto));
  });
  return router;
}
