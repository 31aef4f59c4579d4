import { Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { Config } from '../../config.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { rateLimitSink } from '../rate-limits/headers.ts';
import { setSessionCookies } from '../user-sessions/cookies.ts';
import { CODE_TTL_SECONDS, RESEND_AFTER_SECONDS } from '../verifications/service.ts';
import { USER_SIGN_IN_SEND_JOB, UserSignInService, type UserSignInConfirmDto, type UserSignInSendJob } from './service.ts';

function service(config: Config, { db, events, queue, logger }: AppDeps): UserSignInService {
  return new UserSignInService({ db, events, queue, logger, secretKey: config.secretKey, publicUrl: config.publicUrl });
}

/** The console's sign-in (`/v1/auth/verifications`): no credentials, the same answers for every address. */
export function userSignInRoutes(config: Config, deps: AppDeps): Router {
  const signIn = service(config, deps);
  const secure = config.publicUrl.startsWith('https:');
  const router = Router();
  router.post('/v1/auth/verifications', async (req, res) => {
    await signIn.start((req.body as { email: string }).email, requestMeta(req), rateLimitSink(res));
    res.status(202).json({ status: 'sent_if_allowed', code_expires_in: CODE_TTL_SECONDS, resend_after: RESEND_AFTER_SECONDS });
  });
  router.post('/v1/auth/verifications/confirm', async (req, res) => {
    const input = req.body as UserSignInConfirmDto;
    const outcome = await signIn.confirm(input, requestMeta(req), rateLimitSink(res));
    if (outcome.kind === 'choice') {
      res.status(200).json({ workspace_choice: outcome.choice });
      return;
    }
    if (input.transport === 'cookie') {
      // The console keeps the session where its script cannot read it: the token leaves the body.
      setSessionCookies(
        res,
        { token: outcome.token, id: outcome.session.id, expiresAt: outcome.session.expires_at },
        {
          secure,
          secretKey: config.secretKey,
        },
      );
      const { session_token: _token, ...body } = outcome.body;
      res.status(201).json(body);
      return;
    }
    res.status(201).json(outcome.body);
  });
  return router;
}

/** Registers the queued half of the console's sign-in (looking up the address, sending the code). */
export function registerUserSignInJobs(config: Config, deps: AppDeps): Promise<void> {
  const signIn = service(config, deps);
  return deps.queue.work(USER_SIGN_IN_SEND_JOB, (job) => signIn.send(job.data as UserSignInSendJob), { concurrency: 2, drain: true });
}
