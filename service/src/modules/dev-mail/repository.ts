import type { Executor } from '../../db/database.ts';
import { SecretBox } from '../../lib/secret-box.ts';
import type { DevMail, DevMailParts, DevMailRow, NewDevMail } from './table.ts';

/** Seals and opens the parts of messages kept by the `kept` dev mailbox. */
export function devMailBox(secretKey: string): SecretBox {
  return new SecretBox(secretKey, 'dev mailbox message');
}

/** A sealed message is bound to its recipient and Message-ID: moved to another row, it does not open. */
function sealContext(mail: { to_address: string; message_id: string }): string {
  return `${mail.to_address}\n${mail.message_id}`;
}

/** Keeps a message: its parts in clear, or sealed with `box`. */
export async function insertDevMail(
  db: Executor,
  mail: Omit<NewDevMail, keyof DevMailParts | 'sealed'> & DevMailParts,
  box?: SecretBox,
): Promise<string> {
  const { subject, text_body, html_body, headers, ...envelope } = mail;
  const parts: DevMailParts = { subject, text_body, html_body, headers };
  const values: NewDevMail = box
    ? { ...envelope, sealed: box.seal(parts, sealContext(envelope)) }
    : { ...envelope, subject, text_body, html_body, headers: JSON.stringify(headers) };
  const row = await db.insertInto('dev_mail').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Newest first; optionally only mail to one address. Sealed messages are opened with `box`. */
export async function listDevMail(db: Executor, box: SecretBox, options: { to?: string; limit: number }): Promise<DevMail[]> {
  let query = db.selectFrom('dev_mail').selectAll().orderBy('id', 'desc').limit(options.limit);
  if (options.to !== undefined) query = query.where('to_address', '=', options.to);
  return (await query.execute()).map((row) => open(row, box));
}

export async function findDevMail(db: Executor, box: SecretBox, id: string): Promise<DevMail | undefined> {
  const row = await db.selectFrom('dev_mail').selectAll().where('id', '=', id).executeTakeFirst();
  return row && open(row, box);
}

function open(row: DevMailRow, box: SecretBox): DevMail {
  const { sealed, subject, text_body, html_body, headers, ...envelope } = row;
  const parts =
    sealed === null
      ? { subject: subject ?? '', text_body: text_body ?? '', html_body: html_body ?? '', headers: headers ?? {} }
      : (box.open(sealed, sealContext(row)) as DevMailParts);
  return { ...envelope, ...parts };
}
