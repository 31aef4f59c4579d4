import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { createFoyerClient, type FoyerClient } from '@foyer/sdk/openapi-fetch';
import { createStorage, type ObjectStorage } from '../../src/adapters/storage/index.ts';
import { createMailer } from '../../src/modules/email/create-mailer.ts';
import type { Mailer } from '../../src/adapters/mail/mailer.ts';
import { PgBossQueue } from '../../src/adapters/queue/pg-boss-queue.ts';
import type { Queue } from '../../src/adapters/queue/queue.ts';
import { createApp } from '../../src/app.ts';
import type { WebAssets } from '../../src/modules/widget-assets/bundles.ts';
import { registerVerificationJobs } from '../../src/modules/verifications/routes.ts';
import { registerUserSignInJobs } from '../../src/modules/user-sign-in/routes.ts';
import { createUserSession } from '../../src/modules/user-sessions/service.ts';
import { insertUser } from '../../src/modules/users/repository.ts';
import type { UserRole } from '../../src/modules/users/table.ts';
import { newId } from '../../src/lib/ids.ts';
import { NO_REQUEST } from '../../src/lib/request-meta.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { ensureDatabase } from '../../src/db/connect.ts';
import { createDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { randomBase32 } from '../../src/lib/ids.ts';
import { startMailWorker } from '../../src/modules/email/worker.ts';
import { startEventConsumers } from '../../src/modules/events/consumers.ts';
import { startPreviewJobs } from '../../src/modules/previews/jobs.ts';
import { EventRecorder } from '../../src/modules/events/recorder.ts';
import { startExportWorker } from '../../src/modules/exports/routes.ts';
import { createWorkspace } from '../../src/modules/workspaces/service.ts';
import { devMailBox, listDevMail } from '../../src/modules/dev-mail/repository.ts';

export const TEST_SECRET_KEY = 'test-secret-key-0123456789abcdef0123456789';
export const TEST_PUBLIC_URL = 'https://portal.foyer.test';

export interface TestWorkspace {
  workspaceId: string;
  apiKey: string;
  keyId: string;
  /** The SDK's typed client with this workspace's key. */
  client: FoyerClient;
}

/** A user of a workspace with a live session (`us_…`), made without the sign-in mail. */
export interface TestUser {
  id: string;
  email: string;
  role: UserRole;
  /** The session token, for `Authorization: Bearer …`. */
  token: string;
  sessionId: string;
}

/** A started app on its own fresh database, with small factories. */
export interface TestContext {
  config: Config;
  db: Db;
  storage: ObjectStorage;
  databaseUrl: string;
  baseUrl: string;
  /**
   * The app's job queue (pg-boss on this database); a worker for `mail.send` runs unless turned off, and the
   * event consumers (notifications, webhooks) always do.
   */
  queue: Queue;
  /** The app's audit trail recorder (its events are dispatched through `queue`). */
  events: EventRecorder;
  /** SMTP when the overrides set `SMTP_URL` (e.g. a {@link startTestSmtp} server's url), else the dev mailbox. */
  mailer: Mailer;
  /** A client without credentials. */
  anonymous: FoyerClient;
  newWorkspace(name?: string): Promise<TestWorkspace>;
  /**
   * A user of the workspace (role `staff` unless said) signed in on one device: the user row and a session
   * made by the service's own functions, skipping the emailed code (sign-in itself is tested through HTTP).
   */
  newUser(workspaceId: string, options?: { role?: UserRole; email?: string }): Promise<TestUser>;
  /** POSTs a multipart body (see support/uploads.ts) to `path`. */
  upload(path: string, form: { body: Buffer; contentType: string }, apiKey: string, headers?: Record<string, string>): Promise<Response>;
  /** Every blob key currently in storage under `portals/`. */
  blobKeys(): Promise<string[]>;
  /** Raw fetch against the app, for requests the typed client would refuse to build. */
  fetch(path: string, init?: RequestInit & { apiKey?: string }): Promise<Response>;
  /** The dev mailbox's messages (newest first), read from the database and opened; with the dev mailbox only. */
  devMail(to?: string): Promise<DevMailMessage[]>;
  close(): Promise<void>;
}

export interface DevMailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface TestContextOptions {
  /** Run the `mail.send` worker in this app (default true). */
  mailWorker?: boolean;
  /** Wraps the configured storage driver, e.g. to inject a failure. */
  wrapStorage?: (storage: ObjectStorage) => ObjectStorage;
  /** How often idle queue workers poll (default 0.5 s, to keep tests quick; production polls every 2 s). */
  pollingIntervalSeconds?: number;
  /**
   * Without SMTP_URL the context keeps mail in the `kept` dev mailbox (DEV_MAILBOX=true: sealed, no page).
   * `local` gives the embedded default's dev mailbox (clear, /dev/mail served) on the test database.
   */
  devMailbox?: 'local';
  /** Listen on this port of 127.0.0.1 (default: any free one), e.g. the one PUBLIC_URL names for a browser test. */
  port?: number;
  /** The widget's built scripts the app serves (default: widget/dist, as built). */
  webAssets?: WebAssets;
  /**
   * Run the preview worker (default false): each image or PDF uploaded is then rendered in a child process,
   * which tests that do not look at previews need not pay for (their render jobs just wait in the queue).
   */
  previewWorker?: boolean;
}

/** Creates a database `foyer_test_<random>` on the run's PostgreSQL, migrated and empty. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `foyer_test_${randomBase32(12)}`;
  await ensureDatabase(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): Config {
  // A DATABASE_URL installation without SMTP needs DEV_MAILBOX=true.
  const mailbox = overrides.SMTP_URL === undefined && overrides.DEV_MAILBOX === undefined ? { DEV_MAILBOX: 'true' } : {};
  return loadConfig({
    ...mailbox,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    SECRET_KEY: TEST_SECRET_KEY,
    PUBLIC_URL: TEST_PUBLIC_URL,
    FOYER_VALIDATE_RESPONSES: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MAIL_FROM: 'Foyer Test <no-reply@foyer.test>',
    ...overrides,
  });
}

export async function createTestContext(
  overrides: Record<string, string> = {},
  {
    mailWorker = true,
    wrapStorage,
    pollingIntervalSeconds = 0.5,
    devMailbox,
    webAssets,
    port = 0,
    previewWorker = false,
  }: TestContextOptions = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'foyer-ctx-'));
  const loaded = testConfig(database.url, { FOYER_DATA_DIR: dataDir, ...overrides });
  // What loadConfig chooses for the embedded database on loopback, which the tests' shared database is not.
  const config: Config = devMailbox === 'local' ? Object.freeze({ ...loaded, devMailbox }) : loaded;
  const logger = pino({ level: config.logLevel });
  const db = createDatabase({ url: database.url, maxConnections: 5, preparedStatements: config.databasePreparedStatements });
  await migrateToLatest(db);
  const baseStorage = await createStorage(config.storage);
  const storage = wrapStorage ? wrapStorage(baseStorage) : baseStorage;
  const queue = new PgBossQueue({
    connectionString: database.url,
    logger,
    payloadKey: config.secretKey,
    pollingIntervalSeconds,
    maxConnections: 3,
  });
  await queue.start();
  const mailer = createMailer(config, { db, logger });
  if (mailWorker) await startMailWorker(queue, { db, mailer, logger, mailFrom: config.mailFrom });
  const events = EventRecorder.onQueue(queue);
  await registerVerificationJobs(config, { db, logger, storage, queue, events });
  await registerUserSignInJobs(config, { db, logger, storage, queue, events });
  await startEventConsumers(config, { db, queue, logger, events }, { pollingIntervalSeconds });
  if (previewWorker) await startPreviewJobs(queue, { db, storage, logger, settings: config.previews }, { pollingIntervalSeconds });
  await startExportWorker({ db, logger, storage, queue, events });
  const app = createApp(config, { db, logger, storage, queue, events, ...(webAssets ? { webAssets } : {}) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    config,
    db,
    storage,
    databaseUrl: database.url,
    baseUrl,
    queue,
    events,
    mailer,
    anonymous: createFoyerClient({ baseUrl }),
    async newWorkspace(name = 'Workspace') {
      const created = await createWorkspace(db, config.secretKey, { name, ownerEmails: [`owner@${randomBase32(6)}.test`] });
      const apiKey = created.api_key.api_key;
      return { workspaceId: created.workspace_id, apiKey, keyId: created.api_key.id, client: createFoyerClient({ baseUrl, apiKey }) };
    },
    async newUser(workspaceId, { role = 'staff', email = `user-${randomBase32(8)}@business.test` } = {}) {
      const user = await insertUser(db, { id: newId('user'), workspace_id: workspaceId, email, name: null, role });
      if (!user) throw new Error(`newUser: ${email} is already a user of ${workspaceId}`);
      const { token, row } = await createUserSession(db, config.secretKey, user, 'code', NO_REQUEST);
      return { id: user.id, email, role, token, sessionId: row.id };
    },
    upload(path, form, apiKey, headers = {}) {
      return fetch(baseUrl + path, {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': form.contentType, ...headers },
        body: new Uint8Array(form.body),
      });
    },
    async blobKeys() {
      const keys: string[] = [];
      for await (const object of baseStorage.list('portals/')) keys.push(object.key);
      return keys.sort();
    },
    fetch(path, init = {}) {
      const { apiKey, headers, ...rest } = init;
      const h = new Headers(headers);
      if (apiKey) h.set('Authorization', `Bearer ${apiKey}`);
      return fetch(baseUrl + path, { ...rest, headers: h });
    },
    async devMail(to) {
      const rows = await listDevMail(db, devMailBox(config.secretKey), { ...(to !== undefined ? { to } : {}), limit: 10_000 });
      return rows.map((r) => ({
        id: r.id,
        to: r.to_address,
        subject: r.subject,
        text: r.text_body,
        html: r.html_body,
        headers: r.headers,
      }));
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await queue.stop({ timeoutMs: 1000 });
      await mailer.close();
      await db.destroy();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
