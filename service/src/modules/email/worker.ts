import type { Logger } from 'pino';
import { PermanentMailError, type Mailer, type MailMessage } from '../../adapters/mail/mailer.ts';
import type { Job, Queue } from '../../adapters/queue/queue.ts';
import type { MailAddress } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { findWorkspace } from '../workspaces/repository.ts';
import { brandingOf } from './branding.ts';
import { composeEmail } from './compose.ts';
import { emailLocale } from './locale.ts';
import { MAIL_SEND_JOB, type MailJobPayload } from './enqueue.ts';
import { isTemplateName } from './templates/index.ts';

export interface MailWorkerDeps {
  db: Db;
  mailer: Mailer;
  logger: Logger;
  /** MAIL_FROM: its address sends every message; the display name is the workspace's. */
  mailFrom: MailAddress;
}

/** Messages one instance sends at once: a burst of sign-in codes must not leave one at a time. */
export const MAIL_CONCURRENCY = 5;

/** Runs `mail.send` jobs in this process. Every instance may run them; pg-boss hands each job to one. */
export async function startMailWorker(
  queue: Queue,
  deps: MailWorkerDeps,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<void> {
  await queue.work<MailJobPayload>(MAIL_SEND_JOB, (job) => deliver(job, deps), { ...options, concurrency: MAIL_CONCURRENCY, drain: true });
}

/** Renders and sends one message. Throws to have the queue retry it; returns when retrying cannot help. */
export async function deliver(job: Job<MailJobPayload>, deps: MailWorkerDeps): Promise<void> {
  const { workspaceId, to, template, data, replyTo, listUnsubscribe } = job.data;
  // A job queued before languages, or with a language since dropped, is written in English.
  const locale = emailLocale(job.data.locale) ?? 'en';
  const log = deps.logger.child({ job_id: job.id, attempt: job.retryCount + 1, mail: { template, to, workspace_id: workspaceId } });
  if (!isTemplateName(template)) {
    log.error('mail.send: unknown template; dropped');
    return;
  }
  const workspace = await findWorkspace(deps.db, workspaceId);
  if (!workspace) {
    log.warn('mail.send: the workspace no longer exists; dropped');
    return;
  }
  const brand = brandingOf(workspace);
  let composed;
  try {
    composed = composeEmail(template, data as never, brand, locale);
  } catch (err) {
    log.error({ err }, 'mail.send: the message cannot be rendered; dropped');
    return;
  }
  const domain = deps.mailFrom.address.slice(deps.mailFrom.address.lastIndexOf('@') + 1);
  const message: MailMessage = {
    from: { name: brand.name, address: deps.mailFrom.address },
    to,
    ...(replyTo ? { replyTo } : {}),
    ...composed,
    // Stable across attempts: if the server took a message whose success we never heard, a receiver can
    // tell the retry is the same message.
    messageId: `<${job.id}@${domain}>`,
    headers: {
      // RFC 3834: written by a program; auto-responders (vacation replies) must not answer it.
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
      // Distinct per message, so Gmail does not fold successive sign-in codes into one thread.
      'X-Entity-Ref-ID': job.id,
      'X-Foyer-Template': template,
      // RFC 8058: mail clients show an unsubscribe button that POSTs to the URL, no login, no page.
      ...(listUnsubscribe ? { 'List-Unsubscribe': `<${listUnsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
    },
  };
  try {
    await deps.mailer.send(message);
  } catch (err) {
    if (err instanceof PermanentMailError) {
      log.error({ err }, 'mail.send: the server refused the recipient for good; not retried');
      return;
    }
    const last = job.retryCount >= job.retryLimit;
    log[last ? 'error' : 'warn']({ err }, last ? 'mail.send: failed, no retries left' : 'mail.send: failed, will retry');
    throw err;
  }
  log.info('mail.send: sent');
}
