import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { Mailer } from '../../adapters/mail/mailer.ts';
import { SmtpMailer } from '../../adapters/mail/smtp-mailer.ts';
import { DevMailbox } from '../dev-mail/dev-mailbox.ts';
import { devMailBox } from '../dev-mail/repository.ts';

/** Whether the /dev/mail page is served: only for the `local` dev mailbox (embedded default on loopback). */
export function devMailPageEnabled(config: Pick<Config, 'devMailbox'>): boolean {
  return config.devMailbox === 'local';
}

/** SMTP when `SMTP_URL` is set, otherwise the dev mailbox the configuration chose. */
export function createMailer(config: Config, deps: { db: Db; logger: Logger }): Mailer {
  if (config.smtpUrl !== undefined) return new SmtpMailer(config.smtpUrl);
  if (config.devMailbox === 'local') return new DevMailbox({ ...deps, mode: 'local', pageUrl: `${config.publicUrl}/dev/mail` });
  if (config.devMailbox === 'kept') return new DevMailbox({ ...deps, mode: 'kept', box: devMailBox(config.secretKey) });
  throw new Error('No mailer: set SMTP_URL, or DEV_MAILBOX=true');
}
