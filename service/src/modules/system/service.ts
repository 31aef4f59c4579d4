import type { Executor } from '../../db/database.ts';
import { createError } from '../../errors/http-error.ts';
import { pingDatabase } from './repository.ts';

/** Ready means the database answers: `/readyz` is 503 (`service_unavailable`) otherwise. */
export async function requireReady(db: Executor): Promise<void> {
  try {
    await pingDatabase(db);
  } catch {
    throw createError('service_unavailable', 'The database is not reachable.');
  }
}
