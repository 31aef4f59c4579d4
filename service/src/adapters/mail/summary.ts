import type { MailMessage } from './mailer.ts';
import { trimEndOf } from '../../lib/trim.ts';

/** What a developer needs from a message to act on it in the terminal. */
export interface MailSummary {
  to: string;
  subject: string;
  /** The first 6-digit number of the text part (a sign-in code). */
  code: string | undefined;
  /** The first http(s) link of the text part (a magic link, a portal link). */
  link: string | undefined;
}

export function summariseMail(message: Pick<MailMessage, 'to' | 'subject' | 'text'>): MailSummary {
  return {
    to: message.to,
    subject: message.subject,
    code: /(?<!\d)\d{6}(?!\d)/.exec(message.text)?.[0],
    link: trimEndOf(/\bhttps?:\/\/[^\s<>"]+/.exec(message.text)?.[0] ?? '', '.,;:!?)') || undefined,
  };
}

/**
 * One line: `mail to dana@example.com “123456 is your sign-in code for …”  code 123456  link https://…`.
 * Typographic quotes, so a JSON log line does not escape them.
 * Without `withSecrets` (production) the code and link are left out: logs are shipped and kept, and a
 * code or link in them would let anyone who reads the logs sign in.
 */
export function formatMailSummary(summary: MailSummary, { withSecrets }: { withSecrets: boolean }): string {
  const parts = [`mail to ${summary.to} “${summary.subject.replace(/\s+/g, ' ')}”`];
  if (withSecrets && summary.code) parts.push(`code ${summary.code}`);
  if (withSecrets && summary.link) parts.push(`link ${summary.link}`);
  return parts.join('  ');
}
