import type { Logger } from 'pino';
import type { Db } from '../../db/database.ts';
import { insertDevMail } from '../../modules/dev-mail/repository.ts';
import type { Mailer, MailMessage } from './mailer.ts';
import { formatMailSummary, summariseMail } from './summary.ts';

export interface DevMailboxOptions {
  db: Db;
  logger: Logger;
  /** Print the code and link of each message (not in production). */
  showSecrets: boolean;
  /** Where the messages can be read (`…/dev/mail`), when the page is served. */
  pageUrl: string | undefined;
}

/**
 * The mailer without SMTP: keeps every message in PostgreSQL (shown at /dev/mail) and logs a one-line
 * summary with the sign-in code or link, so a developer can sign in from the terminal.
 */
export class DevMailbox implements Mailer {
  readonly kind = 'dev-mailbox';

  constructor(private readonly options: DevMailboxOptions) {}

  async send(message: MailMessage): Promise<void> {
    const id = await insertDevMail(this.options.db, {
      message_id: message.messageId,
      from_address: message.from.name ? `${message.from.name} <${message.from.address}>` : message.from.address,
      to_address: message.to,
      subject: message.subject,
      text_body: message.text,
      html_body: message.html,
      headers: JSON.stringify(message.headers),
    });
    const summary = formatMailSummary(summariseMail(message), { withSecrets: this.options.showSecrets });
    const where = this.options.pageUrl ? `  (${this.options.pageUrl}#mail-${id})` : '';
    this.options.logger.info({ dev_mail_id: id }, `${summary}${where}`);
  }

  async close(): Promise<void> {}
}
