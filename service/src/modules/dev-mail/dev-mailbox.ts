import type { Logger } from 'pino';
import type { DevMailboxMode } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import type { Mailer, MailMessage } from '../../adapters/mail/mailer.ts';
import { formatMailSummary, summariseMail } from '../../adapters/mail/summary.ts';
import { insertDevMail } from './repository.ts';

export type DevMailboxOptions = {
  db: Db;
  logger: Logger;
} & (
  | {
      /** Kept in clear, readable at `pageUrl`; each message's code and link are printed to the console. */
      mode: Extract<DevMailboxMode, 'local'>;
      pageUrl: string;
    }
  | {
      /** Kept sealed with `box`; the log names only the recipient (subjects carry codes). */
      mode: Extract<DevMailboxMode, 'kept'>;
      box: SecretBox;
    }
);

/**
 * The mailer without SMTP: keeps every message in PostgreSQL instead of sending it. The `local` mailbox
 * (embedded default on loopback) shows them at /dev/mail and logs a one-line summary with the sign-in code or
 * link, so a developer can sign in from the terminal; the `kept` one seals them and logs no secret.
 */
export class DevMailbox implements Mailer {
  readonly kind = 'dev-mailbox';

  constructor(private readonly options: DevMailboxOptions) {}

  async send(message: MailMessage): Promise<void> {
    const options = this.options;
    const id = await insertDevMail(
      options.db,
      {
        message_id: message.messageId,
        from_address: message.from.name ? `${message.from.name} <${message.from.address}>` : message.from.address,
        to_address: message.to,
        subject: message.subject,
        text_body: message.text,
        html_body: message.html,
        headers: message.headers,
      },
      options.mode === 'kept' ? options.box : undefined,
    );
    if (options.mode === 'local') {
      const summary = formatMailSummary(summariseMail(message), { withSecrets: true });
      options.logger.info({ dev_mail_id: id }, `${summary}  (${options.pageUrl}#mail-${id})`);
    } else {
      options.logger.info({ dev_mail_id: id }, `mail to ${message.to} kept in the dev mailbox (DEV_MAILBOX=true), not sent`);
    }
  }

  async close(): Promise<void> {}
}
