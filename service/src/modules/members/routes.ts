import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { MemberService, type MemberCreateDto, type MemberUpdateDto } from './service.ts';

export function memberRoutes(config: Config, { db, events, queue }: AppDeps): Router {
  const members = new MemberService(db, events, queue, config.publicUrl);
  const router = Router();
  router.get('/v1/portals/:portal_id/members', async (req, res) => {
    res.json(await members.list(req.auth, req.params.portal_id, req.query));
  });
  router.post('/v1/portals/:portal_id/members', async (req, res) => {
    const { created, member } = await members.add(req.auth, req.params.portal_id, req.body as MemberCreateDto, requestMeta(req));
    res.status(created ? 201 : 200).json(member);
  });
  router.patch('/v1/portals/:portal_id/members/:member_id', async (req, res) => {
    res.json(await members.update(req.auth, req.params.portal_id, req.params.member_id, req.body as MemberUpdateDto, requestMeta(req)));
  });
  router.delete('/v1/portals/:portal_id/members/:member_id', async (req, res) => {
    await members.revoke(req.auth, req.params.portal_id, req.params.member_id, requestMeta(req));
    res.status(204).end();
  });
  return router;
}
