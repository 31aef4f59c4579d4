import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

/** The cheapest round trip to the database; rejects when it does not answer. */
export async function pingDatabase(db: Executor): Promise<void> {
  await sql`select 1`.execute(db);
}
