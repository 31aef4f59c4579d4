import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { ApprovalService, type ApprovalRequestCreateDto, type DecisionCreateDto } from './service.ts';

export function approvalRoutes({ db, events }: AppDeps): Router {
  const approvals = new ApprovalService(db, events);
  const router = Router();
  router.get('/v1/files/:file_id/approval-requests', async (req, res) => {
    res.json(await approvals.list(req.auth, req.params.file_id, req.query));
  });
  router.post('/v1/files/:file_id/approval-requests', async (req, res) => {
    res.status(201).json(await approvals.create(req.auth, req.params.file_id, req.body as ApprovalRequestCreateDto, requestMeta(req)));
  });
  router.get('/v1/approval-requests/:approval_request_id', async (req, res) => {
    res.json(await approvals.get(req.auth, req.params.approval_request_id));
  });
  router.delete('/v1/approval-requests/:approval_request_id', async (req, res) => {
    await approvals.cancel(req.auth, req.params.approval_request_id, requestMeta(req));
    res.status(204).end();
  });
  router.post('/v1/approval-requests/:approval_request_id/decisions', async (req, res) => {
    res.status(201).json(await approvals.decide(req.auth, req.params.approval_request_id, req.body as DecisionCreateDto, requestMeta(req)));
  });
  router.get('/v1/approval-requests/:approval_request_id/record', async (req, res) => {
    const record = await approvals.record(req.auth, req.params.approval_request_id);
    res.setHeader('Content-Disposition', `attachment; filename="approval-${record.approval_request.id}.json"`);
    res.json(record);
  });
  return router;
}
