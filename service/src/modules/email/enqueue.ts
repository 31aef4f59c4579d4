import type { Queue, RetryPolicy, SendOptions } from '../../adapters/queue/queue.ts';
import { isEmailAddress } from '../../lib/email-address.ts';
import { brandingOf } from './branding.ts';
import { composeEmail } from './compose.ts';
import type { EmailLocale } from './locale.ts';
import type { EmailTemplateData, TemplateName } from './templates/index.ts';

export const MAIL_SEND_JOB = 'mail.send';

/**
 * Retries of a message the server did not accept: 15 s, then doubling (with jitter) 12 times — an SMTP
 * outage of about a day delays mail without losing it. After that the job stays in pg-boss as failed.
 */
export const MAIL_RETRY: RetryPolicy = { limit: 12, delaySeconds: 15, backoff: true };

/** One attempt (connect, send, wait for the server's answer) longer than this counts as failed. */
const MAIL_ATTEMPT_SECONDS = 120;

/** What to send to whom, on behalf of which workspace (its name and branding go into the message). */
export interface EmailRequest<K extends TemplateName> {
  workspaceId: string;
  to: string;
  template: K;
  /** The template's data; links in it are built from PUBLIC_URL, never from a request's headers. */
  data: EmailTemplateData[K];
  replyTo?: string;
  /**
   * RFC 8058 one-click unsubscribe URL (built from PUBLIC_URL): the message then carries `List-Unsubscribe`
   * and `List-Unsubscribe-Post`. Every notification email has one; sign-in mail never does.
   */
  listUnsubscribe?: string;
  /** The recipient's language (a member's `locale`); absent or null: English. */
  locale?: EmailLocale | null;
}

/** The `mail.send` job's payload (stored encrypted). */
export interface MailJobPayload {
  workspaceId: string;
  to: string;
  template: string;
  data: unknown;
  replyTo?: string;
  listUnsubscribe?: string;
  locale?: EmailLocale;
}

export type EnqueueEmailOptions = Pick<
  SendOptions,
  'transaction' | 'startAfter' | 'singletonKey' | 'singletonSeconds' | 'singletonNextSlot'
> & {
  retry?: Partial<RetryPolicy>;
};

// Rendering once at enqueue time turns bad template data into an error for the caller, not for the worker.
const TRIAL_BRAND = brandingOf({ name: 'Workspace', display_name: null, accent_color: null, logo_url: null });

/**
 * Queues an email: the `mail.send` job renders it in the workspace's branding and sends it through the
 * Mailer, retrying with backoff while the server is unreachable. Resolves to the job id (or `null` when a
 * singleton window dropped it). Pass `transaction` to send only if that transaction commits.
 *
 * ```ts
 * await enqueueEmail(deps.queue, {
 *   workspaceId: portal.workspace_id,
 *   to: member.email,
 *   template: 'verification_code',
 *   data: { portalName: portal.name, code, link, codeExpiresInMinutes: 10, linkExpiresInMinutes: 15 },
 * });
 * ```
 */
export async function enqueueEmail<K extends TemplateName>(
  queue: Queue,
  request: EmailRequest<K>,
  options: EnqueueEmailOptions = {},
): Promise<string | null> {
  if (!isEmailAddress(request.to)) throw new TypeError(`enqueueEmail: "${request.to}" is not one email address`);
  if (request.replyTo !== undefined && !isEmailAddress(request.replyTo)) {
    throw new TypeError(`enqueueEmail: replyTo "${request.replyTo}" is not one email address`);
  }
  if (request.listUnsubscribe !== undefined && !/^https?:\/\/[^\s<>]+$/.test(request.listUnsubscribe)) {
    throw new TypeError('enqueueEmail: listUnsubscribe must be an absolute http(s) URL');
  }
  composeEmail(request.template, request.data, TRIAL_BRAND, request.locale ?? 'en');
  const payload: MailJobPayload = {
    workspaceId: request.workspaceId,
    to: request.to,
    template: request.template,
    data: request.data,
    ...(request.replyTo ? { replyTo: request.replyTo } : {}),
    ...(request.listUnsubscribe ? { listUnsubscribe: request.listUnsubscribe } : {}),
    ...(request.locale ? { locale: request.locale } : {}),
  };
  const { retry, ...rest } = options;
  return queue.send(MAIL_SEND_JOB, payload, { ...rest, retry: { ...MAIL_RETRY, ...retry }, expireInSeconds: MAIL_ATTEMPT_SECONDS });
}
