import type { MailAddress } from '../../config.ts';

/** A message ready to send: both parts rendered, headers decided. */
export interface MailMessage {
  from: MailAddress;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** `<id@domain>`; the same on every attempt of one job, so a receiver can drop a duplicate. */
  messageId: string;
  /** Extra headers (e.g. `Auto-Submitted`). */
  headers: Record<string, string>;
}

/** Sends mail. Throws when the message was not accepted; the mail job then retries it. */
export interface Mailer {
  /** `smtp` delivers; `dev-mailbox` keeps messages in PostgreSQL and shows them at /dev/mail. */
  readonly kind: 'smtp' | 'dev-mailbox';
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

/**
 * The server refused this recipient for good (a 5xx answer to RCPT TO, e.g. "no such user"): retrying
 * cannot help, unlike a connection failure or a 4xx, which are retried.
 */
export class PermanentMailError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentMailError';
  }
}
