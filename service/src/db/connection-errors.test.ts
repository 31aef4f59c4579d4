import { createServer } from 'node:net';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { isConnectionFailure } from './connection-errors.ts';

// Real errors from node-postgres where they can be made on demand: a refused connection, a terminated
// backend, a pool that cannot connect in time; and statements that fail on a healthy connection.
const adminUrl = inject('databaseAdminUrl');

async function caught(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('isConnectionFailure', () => {
  it('recognises a refused connection, from a client and from a pool', async () => {
    const url = `postgres://postgres:x@127.0.0.1:${await closedPort()}/postgres`;
    const client = new pg.Client({ connectionString: url });
    expect(isConnectionFailure(await caught(() => client.connect()))).toBe(true);
    const pool = new pg.Pool({ connectionString: url });
    expect(isConnectionFailure(await caught(() => pool.query('select 1')))).toBe(true);
    await pool.end();
  });

  it('recognises a backend the server terminated (57P01) and the dead client afterwards', async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    client.on('error', () => {});
    await client.connect();
    const err = await caught(() => client.query('select pg_terminate_backend(pg_backend_pid())'));
    expect((err as { code?: string }).code).toBe('57P01');
    expect(isConnectionFailure(err)).toBe(true);
    expect(isConnectionFailure(await caught(() => client.query('select 1')))).toBe(true);
    await client.end().catch(() => {});
  });

  it('recognises a pool that cannot hand out a connection in time', async () => {
    const pool = new pg.Pool({ connectionString: adminUrl, max: 1, connectionTimeoutMillis: 1500 });
    const held = await pool.connect();
    const err = await caught(() => pool.query('select 1'));
    expect((err as Error).message).toBe('timeout exceeded when trying to connect');
    expect(isConnectionFailure(err)).toBe(true);
    held.release();
    await pool.end();
    expect(isConnectionFailure(await caught(() => pool.query('select 1')))).toBe(true); // ended: shutting down
  });

  it('recognises connection SQLSTATEs and wrapped causes', () => {
    for (const code of ['08006', '08001', '08P01', '57P02', '57P03', '53300']) expect(isConnectionFailure({ code }), code).toBe(true);
    expect(
      isConnectionFailure(new Error('insert failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) })),
    ).toBe(true);
    expect(isConnectionFailure(new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })]))).toBe(true);
  });

  it('does not take a failing statement or an unknown error for a lost connection', async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      for (const text of ['select from nowhere_at_all', 'select 1/0', "select 'x'::int", 'selec 1']) {
        const err = await caught(() => client.query(text));
        expect(isConnectionFailure(err), text).toBe(false);
      }
    } finally {
      await client.end();
    }
    expect(isConnectionFailure(new Error('boom'))).toBe(false);
    expect(isConnectionFailure({ code: '23505' })).toBe(false);
    expect(isConnectionFailure(undefined)).toBe(false);
    expect(isConnectionFailure('ECONNREFUSED')).toBe(false);
  });
});
