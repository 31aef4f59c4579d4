import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgBossQueue } from '../src/adapters/queue/pg-boss-queue.ts';
import type { Job } from '../src/adapters/queue/queue.ts';
import { createDatabase, type Db } from '../src/db/database.ts';
import { createTestDatabase } from './support/context.ts';

// The job queue on a real PostgreSQL: what the mail and notification features rely on.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;
const queues: PgBossQueue[] = [];
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

function newQueue(): PgBossQueue {
  const queue = new PgBossQueue({ connectionString: database.url, logger, pollingIntervalSeconds: 0.5, maxConnections: 3 });
  queues.push(queue);
  return queue;
}

/** Resolves with what `predicate` returns once it is truthy, polling every 50 ms. */
async function eventually<T>(predicate: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase({ url: database.url, maxConnections: 3 });
});
afterAll(async () => {
  await Promise.all(queues.map((q) => q.stop({ timeoutMs: 1000 })));
  await db.destroy();
  await database.drop();
});

describe('job queue (pg-boss)', () => {
  it('installs its schema once when several instances start at once', async () => {
    const starting = Array.from({ length: 4 }, () => newQueue());
    await Promise.all(starting.map((q) => q.start()));
    const versions = await sql<{ n: string }>`select count(*) as n from pgboss.version`.execute(db);
    expect(Number(versions.rows[0]!.n)).toBe(1);
    // Every instance can use it. Creating the same queues from all of them at once is fine too (unguarded,
    // pg-boss 10 deadlocks here: each creation alters the shared job table).
    const ids = await Promise.all(starting.flatMap((q, i) => [q.send('race', { i }), q.send('race-2', { i }), q.send('race-3', { i })]));
    expect(ids).toHaveLength(12);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    await Promise.all(starting.map((q) => q.stop({ timeoutMs: 1000 })));
  });

  it('runs a job sent from the same process without waiting for the next poll', async () => {
    const queue = newQueue();
    await queue.start();
    const seen: Array<Job<{ n: number }>> = [];
    await queue.work<{ n: number }>(
      'immediate',
      (job) => {
        seen.push(job);
      },
      { pollingIntervalSeconds: 30 },
    );
    // Let the worker's first (empty) fetch pass, so only the wake-up can find the job.
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    const id = await queue.send('immediate', { n: 1 });
    await eventually(() => seen.length === 1);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(seen[0]).toMatchObject({ id, name: 'immediate', data: { n: 1 }, retryCount: 0 });
  });

  it('keeps jobs across a restart: send, stop, start a new worker, it runs', async () => {
    const first = newQueue();
    await first.start();
    const id = await first.send('durable', { hello: 'world' });
    await first.stop();

    const second = newQueue();
    await second.start();
    const seen: Array<Job<{ hello: string }>> = [];
    await second.work<{ hello: string }>('durable', (job) => {
      seen.push(job);
    });
    await eventually(() => seen.length === 1);
    expect(seen[0]).toMatchObject({ id, data: { hello: 'world' } });
  });

  it('retries a failing job with exponential backoff until it succeeds', async () => {
    const queue = newQueue();
    await queue.start();
    const attempts: Array<{ at: number; retryCount: number }> = [];
    await queue.work('flaky', (job) => {
      attempts.push({ at: Date.now(), retryCount: job.retryCount });
      if (attempts.length < 3) throw new Error(`attempt ${attempts.length} fails`);
    });
    await queue.send('flaky', {}, { retry: { limit: 5, delaySeconds: 1, backoff: true } });
    await eventually(() => attempts.length === 3, 20_000);
    expect(attempts.map((a) => a.retryCount)).toEqual([0, 1, 2]);
    // Backoff: the first retry waits 1–2 s, the second 2–4 s (plus up to one poll interval).
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(1900);
    const state = await eventually(async () => {
      const row = await sql<{ state: string }>`select state from pgboss.job where name = 'flaky'`.execute(db);
      return row.rows[0]?.state === 'completed' && row.rows[0].state;
    });
    expect(state).toBe('completed');
  });

  it('gives up after the retry limit and keeps the failed job', async () => {
    const queue = newQueue();
    await queue.start();
    let attempts = 0;
    await queue.work('doomed', () => {
      attempts++;
      throw new Error('always fails');
    });
    const id = await queue.send('doomed', {}, { retry: { limit: 1, delaySeconds: 0, backoff: false } });
    const row = await eventually(async () => {
      const result = await sql<{
        state: string;
        output: { message?: string };
      }>`select state, output from pgboss.job where id = ${id}`.execute(db);
      return result.rows[0]?.state === 'failed' && result.rows[0];
    });
    expect(attempts).toBe(2);
    expect(row.output.message).toBe('always fails');
  });

  it('does not run a job before startAfter', async () => {
    const queue = newQueue();
    await queue.start();
    const ran: number[] = [];
    await queue.work('later', () => {
      ran.push(Date.now());
    });
    const sentAt = Date.now();
    await queue.send('later', {}, { startAfter: new Date(sentAt + 2000) });
    await eventually(() => ran.length === 1);
    expect(ran[0]! - sentAt).toBeGreaterThanOrEqual(1900);
  });

  it('drops a second job with the same singleton key inside the window', async () => {
    const queue = newQueue();
    await queue.start();
    const first = await queue.send('digest', { n: 1 }, { singletonKey: 'portal-1', singletonSeconds: 60 });
    const second = await queue.send('digest', { n: 2 }, { singletonKey: 'portal-1', singletonSeconds: 60 });
    const other = await queue.send('digest', { n: 3 }, { singletonKey: 'portal-2', singletonSeconds: 60 });
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    expect(other).toEqual(expect.any(String));
    await expect(queue.send('digest', {}, { singletonKey: 'x' })).rejects.toThrow(/singletonSeconds/);
  });

  it('enqueues inside a transaction: nothing if it rolls back, the job once it commits', async () => {
    const queue = newQueue();
    await queue.start();
    const seen: string[] = [];
    await queue.work<{ tag: string }>('outbox', (job) => {
      seen.push(job.data.tag);
    });
    await db
      .transaction()
      .execute(async (trx) => {
        await queue.send('outbox', { tag: 'rolled back' }, { transaction: trx });
        throw new Error('abort');
      })
      .catch(() => {});
    await db.transaction().execute(async (trx) => {
      await queue.send('outbox', { tag: 'committed' }, { transaction: trx });
    });
    await eventually(() => seen.length > 0);
    await new Promise((r) => setTimeout(r, 1200));
    expect(seen).toEqual(['committed']);
  });

  it('enqueues a batch in one transaction: none if it rolls back, all once it commits, each with its payload and retry policy', async () => {
    const queue = newQueue();
    await queue.start();
    const seen: Array<Job<{ n: number }>> = [];
    await queue.work<{ n: number }>('batch', (job) => {
      seen.push(job);
    });
    await db
      .transaction()
      .execute(async (trx) => {
        await queue.sendMany('batch', [{ n: -1 }, { n: -2 }], { transaction: trx });
        throw new Error('abort');
      })
      .catch(() => {});
    await db.transaction().execute(async (trx) => {
      await queue.sendMany(
        'batch',
        Array.from({ length: 5 }, (_, n) => ({ n })),
        { transaction: trx, retry: { limit: 7, delaySeconds: 3, backoff: true } },
      );
    });
    await eventually(() => seen.length === 5);
    await new Promise((r) => setTimeout(r, 1200));
    expect(seen.map((j) => j.data.n).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(seen.every((j) => j.retryLimit === 7)).toBe(true);
    await queue.sendMany('batch', []);
  });

  it('seals the payloads of a batch like those of single jobs', async () => {
    const queue = new PgBossQueue({
      connectionString: database.url,
      logger,
      pollingIntervalSeconds: 0.5,
      maxConnections: 3,
      payloadKey: 'k'.repeat(40),
    });
    queues.push(queue);
    await queue.start();
    await queue.sendMany('sealed-batch', [{ secret: 'code 123456' }], { startAfter: 3600 });
    const stored = await sql<{ data: unknown }>`select data from pgboss.job where name = 'sealed-batch'`.execute(db);
    expect(stored.rows).toHaveLength(1);
    expect(JSON.stringify(stored.rows[0]!.data)).not.toContain('123456');
    expect(Object.keys(stored.rows[0]!.data as object)).toEqual(['sealed']);
  });

  it('wakes a worker when the transaction that enqueued a job commits, not at its next poll', async () => {
    const queue = newQueue();
    await queue.start();
    const seen: number[] = [];
    await queue.work(
      'on-commit',
      () => {
        seen.push(Date.now());
      },
      { pollingIntervalSeconds: 30 },
    );
    await new Promise((r) => setTimeout(r, 300)); // past the worker's first, empty fetch
    let committedAt = 0;
    await db.transaction().execute(async (trx) => {
      await queue.send('on-commit', {}, { transaction: trx });
      // Nothing can run before the commit: the job is invisible to the worker until then.
      await new Promise((r) => setTimeout(r, 300));
      committedAt = Date.now();
    });
    await eventually(() => seen.length === 1, 10_000);
    expect(seen[0]! - committedAt).toBeLessThan(1000);
  });

  it('wakes the workers of another instance on commit', async () => {
    const sender = newQueue();
    const worker = newQueue();
    await Promise.all([sender.start(), worker.start()]);
    const seen: number[] = [];
    await worker.work(
      'elsewhere',
      () => {
        seen.push(Date.now());
      },
      { pollingIntervalSeconds: 30 },
    );
    await new Promise((r) => setTimeout(r, 300));
    await db.transaction().execute((trx) => sender.send('elsewhere', {}, { transaction: trx }).then(() => {}));
    const committedAt = Date.now();
    await eventually(() => seen.length === 1, 10_000);
    expect(seen[0]! - committedAt).toBeLessThan(1000);
  });

  it('wakes the workers of another instance for a job sent, outside a transaction, where no worker runs', async () => {
    const sender = newQueue(); // like the CLI: it queues, the service's instances work
    const worker = newQueue();
    await Promise.all([sender.start(), worker.start()]);
    const seen: number[] = [];
    await worker.work(
      'from-cli',
      () => {
        seen.push(Date.now());
      },
      { pollingIntervalSeconds: 30 },
    );
    await new Promise((r) => setTimeout(r, 300));
    await sender.send('from-cli', {});
    const sentAt = Date.now();
    await eventually(() => seen.length === 1, 10_000);
    expect(seen[0]! - sentAt).toBeLessThan(1000);
  });

  it('never runs, nor keeps, a job whose transaction rolled back', async () => {
    const queue = newQueue();
    await queue.start();
    const seen: string[] = [];
    await queue.work<{ tag: string }>(
      'rolled-back',
      (job) => {
        seen.push(job.data.tag);
      },
      { pollingIntervalSeconds: 0.5 },
    );
    await db
      .transaction()
      .execute(async (trx) => {
        await queue.send('rolled-back', { tag: 'never' }, { transaction: trx });
        throw new Error('abort');
      })
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 1500)); // three polls and any wake-up
    expect(seen).toEqual([]);
    const rows = await sql<{ n: string }>`select count(*) as n from pgboss.job where name = 'rolled-back'`.execute(db);
    expect(Number(rows.rows[0]!.n)).toBe(0);
  });

  it('runs up to `concurrency` jobs of a queue at once, and no more', async () => {
    const queue = newQueue();
    await queue.start();
    let running = 0;
    let most = 0;
    let done = 0;
    await queue.work(
      'parallel',
      async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 400));
        running--;
        done++;
      },
      { concurrency: 3, drain: true, pollingIntervalSeconds: 30 },
    );
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < 6; i++) await queue.send('parallel', { i }, { transaction: trx });
    });
    await eventually(() => done === 6, 15_000);
    expect(most).toBe(3);
    // Two rounds of three, not six in a row (2.4 s) nor one per poll (30 s).
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(queue.work('parallel', async () => {}, { concurrency: 0 })).rejects.toThrow(/concurrency/);
  });

  it('listens again after its connection is cut, and wakes workers then', async () => {
    const queue = newQueue();
    await queue.start();
    const seen: number[] = [];
    await queue.work(
      'after-cut',
      () => {
        seen.push(Date.now());
      },
      { pollingIntervalSeconds: 30 },
    );
    const listeners = async () =>
      (
        await sql<{
          pid: number;
        }>`select pid from pg_stat_activity where application_name = 'foyer-queue-listener' and datname = current_database()`.execute(db)
      ).rows.map((r) => r.pid);
    const before = await listeners();
    expect(before.length).toBeGreaterThan(0);
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'foyer-queue-listener' and datname = current_database()`.execute(
      db,
    );
    await eventually(async () => {
      const now = await listeners();
      return now.length >= before.length && now.every((pid) => !before.includes(pid));
    }, 10_000);
    await db.transaction().execute((trx) => queue.send('after-cut', {}, { transaction: trx }).then(() => {}));
    const committedAt = Date.now();
    await eventually(() => seen.length === 1, 10_000);
    expect(seen[0]! - committedAt).toBeLessThan(1000);
  });

  it('lets a running job finish when it stops', async () => {
    const queue = newQueue();
    await queue.start();
    let started = false;
    let finished = false;
    await queue.work('slow', async () => {
      started = true;
      await new Promise((r) => setTimeout(r, 1000));
      finished = true;
    });
    const id = await queue.send('slow', {});
    await eventually(() => started);
    await queue.stop({ timeoutMs: 5000 });
    expect(finished).toBe(true);
    const row = await eventually(async () => {
      const result = await sql<{ state: string }>`select state from pgboss.job where id = ${id}`.execute(db);
      return result.rows[0]?.state === 'completed' && result.rows[0];
    });
    expect(row.state).toBe('completed');
  });
});
