import type { Logger } from 'pino';
import type { ObjectStorage } from './adapters/storage/index.ts';
import type { Db } from './db/database.ts';

/** What `createApp` is built from besides the configuration; tests pass their own. */
export interface AppDeps {
  db: Db;
  logger: Logger;
  storage: ObjectStorage;
}
