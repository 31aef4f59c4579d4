import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgBossQueue } from '../src/adapters/queue/pg-boss-queue.ts';
import { createStorage } from '../src/adapters/storage/index.ts';
import { createApp } from '../src/app.ts';
import { ensureDatabase } from '../src/db/connect.ts';
import { createDatabase, type Db } from '../src/db/database.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { EventRecorder } from '../src/modules/events/recorder.ts';
import { createWorkspace } from '../src/modules/workspaces/service.ts';
import { testConfig } from './support/context.ts';

// A PostgreSQL restart under steady requests: while the database is away the service answers
// 503 service_unavailable with Retry-After (the SDK retries those), never 500; afterwards it serves again.
// The test restarts a PostgreSQL of its own, not the one the other test files share.
let dir: string;
let postgres: EmbeddedPostgres;
let db: Db;
let queue: PgBossQueue;
let server: Server;
let base: string;
let apiKey: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'foyer-restart-'));
  postgres = await startEmbeddedPostgres(dir);
  await ensureDatabase(postgres.url, 'foyer');
  const url = new URL(postgres.url);
  url.pathname = '/foyer';
  const config = testConfig(url.toString(), { FOYER_DATA_DIR: join(dir, 'files') });
  const logger = pino({ level: config.logLevel });
  db = createDatabase({ url: url.toString(), maxConnections: 5, onError: () => {} });
  await migrateToLatest(db);
  queue = new PgBossQueue({ connectionString: url.toString(), logger, pollingIntervalSeconds: 0.5, maxConnections: 2 });
  await queue.start();
  const app = createApp(config, { db, logger, storage: await createStorage(config.storage), queue, events: EventRecorder.onQueue(queue) });
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  apiKey = (await createWorkspace(db, config.secretKey, { name: 'Restart', ownerEmails: ['owner@restart.test'] })).api_key.api_key;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await queue?.stop({ timeoutMs: 1000 });
  await db?.destroy();
  await postgres?.stop({ force: true });
  await rm(dir, { recursive: true, force: true });
});

interface Outcome {
  at: number;
  status: number;
  code?: string;
  retryAfter: string | null;
}

/** One client: reads and creates portals back to back until `until()` says stop. */
async function client(until: () => boolean, outcomes: Outcome[]): Promise<void> {
  for (let i = 0; !until(); i++) {
    const write = i % 2 === 1;
    const res = await fetch(`${base}/v1/portals${write ? '' : '?limit=5'}`, {
      method: write ? 'POST' : 'GET',
      headers: {
        authorization: `Bearer ${apiKey}`,
        ...(write ? { 'content-type': 'application/json', 'idempotency-key': randomUUID() } : {}),
      },
      ...(write ? { body: JSON.stringify({ name: `During restart ${i}` }) } : {}),
    });
    const body = (await res.json()) as { code?: string };
    outcomes.push({
      at: Date.now(),
      status: res.status,
      ...(body.code ? { code: body.code } : {}),
      retryAfter: res.headers.get('retry-after'),
    });
    if (res.status === 503) await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a PostgreSQL restart under load', () => {
  it('answers only 200/201 and 503 service_unavailable with Retry-After, and serves again afterwards', async () => {
    const outcomes: Outcome[] = [];
    let stop = false;
    const clients = Array.from({ length: 4 }, () => client(() => stop, outcomes));
    await new Promise((r) => setTimeout(r, 500));
    // `pg_ctl stop -m fast`: in-flight statements are cut (57P01), new connections are refused while it is down.
    await postgres.stop({ force: true });
    await new Promise((r) => setTimeout(r, 1000));
    postgres = await startEmbeddedPostgres(dir);
    const restartedAt = Date.now();
    const deadline = restartedAt + 20_000;
    while (!outcomes.some((o) => o.at > restartedAt + 300 && o.status === 200) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await Promise.all(clients);

    const statuses = [...new Set(outcomes.map((o) => o.status))].sort();
    const unavailable = outcomes.filter((o) => o.status === 503);
    expect(statuses, JSON.stringify(outcomes.filter((o) => ![200, 201, 503].includes(o.status)).slice(0, 5))).toEqual([200, 201, 503]);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const o of unavailable) expect(o).toMatchObject({ code: 'service_unavailable', retryAfter: '1' });
    // Served again: reads and writes after the restart succeed.
    const after = outcomes.filter((o) => o.at > restartedAt + 300);
    expect(after.some((o) => o.status === 200)).toBe(true);
    expect(after.some((o) => o.status === 201)).toBe(true);
  });
});
