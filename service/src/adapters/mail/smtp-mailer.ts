import nodemailer, { type Transporter } from 'nodemailer';
import type { Mailer, MailMessage } from './mailer.ts';
import { PermanentMailError } from './mailer.ts';

interface SmtpError {
  responseCode?: number;
  command?: string;
}

/**
 * Delivers through an SMTP server given as a URL: `smtp://user:pass@host:587` (STARTTLS when the server
 * offers it) or `smtps://…:465` (TLS from the start). nodemailer options may ride in the query string,
 * e.g. `?requireTLS=true` or `?pool=true`.
 */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp';
  readonly #transport: Transporter;

  constructor(url: string) {
    this.#transport = nodemailer.createTransport({
      url,
      // An unreachable or hung server fails the attempt quickly; the queue retries it later.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      // Message content never names files or URLs for nodemailer to read.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  }

  async send(message: MailMessage): Promise<void> {
    try {
      await this.#transport.sendMail({
        from: { name: message.from.name, address: message.from.address },
        to: message.to,
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
        headers: message.headers,
      });
    } catch (err) {
      const e = err as SmtpError;
      if (e.command === 'RCPT TO' && typeof e.responseCode === 'number' && e.responseCode >= 500) {
        throw new PermanentMailError(`the server refused ${message.to}: ${(err as Error).message}`, { cause: err });
      }
      throw err;
    }
  }

  close(): Promise<void> {
    this.#transport.close();
    return Promise.resolve();
  }
}
