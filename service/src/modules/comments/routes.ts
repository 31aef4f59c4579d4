import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { CommentService, type CommentCreateDto, type CommentUpdateDto } from './service.ts';

export function commentRoutes({ db, events }: AppDeps): Router {
  const comments = new CommentService(db, events);
  const router = Router();
  router.get('/v1/files/:file_id/comments', async (req, res) => {
    res.json(await comments.list(req.auth, req.params.file_id, req.query));
  });
  router.post('/v1/files/:file_id/comments', async (req, res) => {
    res.status(201).json(await comments.create(req.auth, req.params.file_id, req.body as CommentCreateDto, requestMeta(req)));
  });
  router.patch('/v1/comments/:comment_id', async (req, res) => {
    res.json(await comments.update(req.auth, req.params.comment_id, req.body as CommentUpdateDto, requestMeta(req)));
  });
  router.delete('/v1/comments/:comment_id', async (req, res) => {
    await comments.delete(req.auth, req.params.comment_id, requestMeta(req));
    res.status(204).end();
  });
  return router;
}
