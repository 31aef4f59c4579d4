import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { isConnectionFailure } from './connection-errors.ts';
import { createDatabase } from './database.ts';

// The server ending a connection that a request holds between two statements (a restart, a failover,
// pg_terminate_backend) must fail that request, not the process: node-postgres emits 'error' on such a
// client, and an EventEmitter without a listener throws it as an uncaught exception.
describe('createDatabase', () => {
  it('survives the server ending a checked-out connection between statements', async () => {
    const reported: Error[] = [];
    const db = createDatabase({ url: inject('databaseAdminUrl'), maxConnections: 2, onError: (err) => reported.push(err) });
    const admin = new pg.Client({ connectionString: inject('databaseAdminUrl') });
    await admin.connect();
    try {
      const failure = await db
        .connection()
        .execute(async (conn) => {
          const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(conn);
          await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
          await new Promise((r) => setTimeout(r, 300)); // the FATAL message arrives while no statement runs
          await sql`select 1`.execute(conn);
        })
        .then(
          () => undefined,
          (err: unknown) => err,
        );
      expect(isConnectionFailure(failure)).toBe(true);
      expect(reported.map((e) => (e as { code?: string }).code)).toContain('57P01');
      // The broken connection was dropped, not handed out again.
      const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(db);
      expect(rows).toEqual([{ ok: 1 }]);
    } finally {
      await admin.end();
      await db.destroy();
    }
  });
});
