import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { EmbedSessionService, type EmbedSessionCreateDto } from './embed-sessions.ts';
import { rateLimitSink } from '../rate-limits/headers.ts';
import { CODE_TTL_SECONDS, RESEND_AFTER_SECONDS, VerificationService, type VerificationConfirmDto } from './service.ts';

export function verificationRoutes(config: Config, { db, events, queue, logger }: AppDeps): Router {
  const verifications = new VerificationService(db, events, queue, logger, config.secretKey, config.publicUrl);
  const embedSessions = new EmbedSessionService(db, events, config.secretKey);
  const router = Router();
  router.get('/v1/portals/:portal_id/public', async (req, res) => {
    res.json(await verifications.publicPortal(req.params.portal_id));
  });
  router.post('/v1/portals/:portal_id/verifications', async (req, res) => {
    const { email, locale } = req.body as { email: string; locale?: string };
    await verifications.start(req.params.portal_id, email, requestMeta(req), rateLimitSink(res), locale);
    res.status(202).json({ status: 'sent_if_allowed', code_expires_in: CODE_TTL_SECONDS, resend_after: RESEND_AFTER_SECONDS });
  });
  router.post('/v1/portals/:portal_id/verifications/confirm', async (req, res) => {
    res
      .status(201)
      .json(await verifications.confirm(req.params.portal_id, req.body as VerificationConfirmDto, requestMeta(req), rateLimitSink(res)));
  });
  router.post('/v1/portals/:portal_id/sign-in-links', async (req, res) => {
    res
      .status(201)
      .json(
        await verifications.createSignInLink(
          req.auth,
          req.params.portal_id,
          (req.body as { member_id: string }).member_id,
          requestMeta(req),
        ),
      );
  });
  router.post('/v1/portals/:portal_id/embed-sessions', async (req, res) => {
    res.status(201).json(await embedSessions.create(req.auth, req.params.portal_id, req.body as EmbedSessionCreateDto, requestMeta(req)));
  });
  router.post('/v1/portals/:portal_id/access-link', async (req, res) => {
    res.status(201).json(await verifications.rotateAccessLink(req.auth, req.params.portal_id, requestMeta(req)));
  });
  return router;
}

/** Registers the queued half of verification (looking up the member, sending the code). */
export function registerVerificationJobs(config: Config, { db, events, queue, logger }: AppDeps): Promise<void> {
  const verifications = new VerificationService(db, events, queue, logger, config.secretKey, config.publicUrl);
  // Two at once, draining: a rush of sign-ins is a burst of these short jobs, each queueing its mail.
  return queue.work('verification.send', (job) => verifications.send(job.data as Parameters<VerificationService['send']>[0]), {
    concurrency: 2,
    drain: true,
  });
}
