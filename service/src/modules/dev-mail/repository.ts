import type { Executor } from '../../db/database.ts';
import type { DevMailRow, NewDevMail } from './table.ts';

export async function insertDevMail(db: Executor, mail: NewDevMail): Promise<string> {
  const row = await db.insertInto('dev_mail').values(mail).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Newest first; optionally only mail to one address. */
export function listDevMail(db: Executor, options: { to?: string; limit: number }): Promise<DevMailRow[]> {
  let query = db.selectFrom('dev_mail').selectAll().orderBy('id', 'desc').limit(options.limit);
  if (options.to !== undefined) query = query.where('to_address', '=', options.to);
  return query.execute();
}

export function findDevMail(db: Executor, id: string): Promise<DevMailRow | undefined> {
  return db.selectFrom('dev_mail').selectAll().where('id', '=', id).executeTakeFirst();
}
