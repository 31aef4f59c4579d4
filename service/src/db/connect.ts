import pg from 'pg';
import type { Config } from '../config.ts';
import { createDatabase, type Db } from './database.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.ts';

/** An open database, and how to let go of it (closing the pool, then stopping an embedded server). */
export interface DatabaseHandle {
  db: Db;
  url: string;
  embedded: EmbeddedPostgres | undefined;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'foyer';

/**
 * Connects to `DATABASE_URL`, or starts/attaches to the embedded PostgreSQL under `./.foyer` and uses
 * its `foyer` database (created on first use).
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'databasePreparedStatements'>,
  log: (message: string) => void = () => {},
  onPoolError?: (err: Error) => void,
): Promise<DatabaseHandle> {
  let embedded: EmbeddedPostgres | undefined;
  let url: string;
  if (config.databaseUrl) {
    url = config.databaseUrl;
  } else {
    embedded = await startEmbeddedPostgres(config.dataDir, log);
    await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
    const u = new URL(embedded.url);
    u.pathname = `/${EMBEDDED_DATABASE}`;
    url = u.toString();
  }
  const db = createDatabase({
    url,
    preparedStatements: config.databasePreparedStatements,
    ...(onPoolError ? { onError: onPoolError } : {}),
  });
  return {
    db,
    url,
    embedded,
    async close() {
      await db.destroy();
      await embedded?.stop();
    },
  };
}

/** `CREATE DATABASE` unless it exists; tolerates a concurrent creator. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`).catch((err: { code?: string }) => {
        if (err.code !== '42P04') throw err; // duplicate_database: someone else just made it
      });
    }
  } finally {
    await client.end();
  }
}
