import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { DevMailbox } from './dev-mailbox.ts';
import type { Mailer } from './mailer.ts';
import { SmtpMailer } from './smtp-mailer.ts';

/** Whether the /dev/mail page is served: only for the dev mailbox, and never in production. */
export function devMailPageEnabled(config: Pick<Config, 'smtpUrl' | 'nodeEnv'>): boolean {
  return config.smtpUrl === undefined && config.nodeEnv !== 'production';
}

/** SMTP when `SMTP_URL` is set, otherwise the dev mailbox. */
export function createMailer(config: Config, deps: { db: Db; logger: Logger }): Mailer {
  if (config.smtpUrl !== undefined) return new SmtpMailer(config.smtpUrl);
  return new DevMailbox({
    db: deps.db,
    logger: deps.logger,
    showSecrets: config.nodeEnv !== 'production',
    pageUrl: devMailPageEnabled(config) ? `${config.publicUrl}/dev/mail` : undefined,
  });
}
