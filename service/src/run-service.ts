import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createStorage } from './adapters/storage/index.ts';
import { createResumableStore } from './adapters/storage/resumable-store.ts';
import { createMailer, devMailPageEnabled } from './modules/email/create-mailer.ts';
import { PgBossQueue } from './adapters/queue/pg-boss-queue.ts';
import { createApp } from './app.ts';
import { DEMO_CLIENT_EMAIL, DEMO_OWNER_EMAIL, ensureDemoWorkspace, type DemoInfo } from './bootstrap/demo.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { startStorageMaintenance } from './modules/storage/maintenance.ts';
import { startMailWorker } from './modules/email/worker.ts';
import { startEventConsumers } from './modules/events/consumers.ts';
import { startPreviewJobs } from './modules/previews/jobs.ts';
import { EventRecorder } from './modules/events/recorder.ts';
import { startExportWorker } from './modules/exports/routes.ts';
import { registerUserSignInJobs } from './modules/user-sign-in/routes.ts';
import { registerVerificationJobs } from './modules/verifications/routes.ts';

/** A stop signal repeated within this time is the same request to stop, delivered again (see `shutdown`). */
const REPEATED_SIGNAL_MS = 2_000;

/**
 * Everything `npm start` does once the database is open: migrations, the demo workspace, workers, the HTTP
 * server, the banner and a clean shutdown. server.ts loads this module while PostgreSQL starts.
 */
export async function runService(config: Config, logger: Logger, database: DatabaseHandle, startedAt: number): Promise<void> {
  const storage = await createStorage(config.storage);
  // Jobs live in the same database; the queue keeps its own small pool for polling workers (from start()).
  const queue = new PgBossQueue({ connectionString: database.url, logger, payloadKey: config.secretKey });
  // Every event recorded through it gets a dispatch job in its own transaction (notifications, webhooks).
  const events = EventRecorder.onQueue(queue);
  const resumable = await createResumableStore(config.storage, { expiryMs: config.uploadExpirySeconds * 1000 });
  const deps = { db: database.db, logger, storage, resumable, queue, events };
  // Built before the database work below, though it serves nothing until that is done: its contract
  // validator compiles openapi.yaml in the background (the largest CPU cost of a restart after loading the
  // code), which then fills the waits for PostgreSQL's answers instead of delaying the first request.
  const app = createApp(config, deps);

  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  const demo = config.embedded ? await ensureDemoWorkspace(database.db, config.secretKey) : undefined;
  const stopMaintenance = startStorageMaintenance(database.db, storage, logger, {
    intervalMs: 15 * 60_000,
    graceMs: 60 * 60_000,
    uploads: resumable,
  });
  await queue.start();
  const mailer = createMailer(config, { db: database.db, logger });
  await startMailWorker(queue, { db: database.db, mailer, logger, mailFrom: config.mailFrom });
  await registerVerificationJobs(config, deps);
  await registerUserSignInJobs(config, deps);
  await startEventConsumers(config, deps);
  await startPreviewJobs(queue, { db: database.db, storage, logger, settings: config.previews });
  await startExportWorker(deps);
  if (config.devMailbox === 'kept') logger.warn('DEV_MAILBOX=true: mail is kept in the database, encrypted, and not delivered');

  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  // Uploads may take long, so no limit on a whole request; but headers must arrive within 20 s and a
  // connection that sends nothing for 2 minutes is closed.
  server.requestTimeout = 0;
  server.headersTimeout = 20_000;
  server.timeout = 120_000;

  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  printBanner(config, baseUrl, demo, (performance.now() - startedAt) / 1000);

  let stoppingSince: number | undefined;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stoppingSince !== undefined) {
      // One Ctrl-C arrives several times: the terminal signals every process of its group (npm, the start
      // script, this one) and npm and the start script forward theirs. Only a later repeat means "now".
      if (performance.now() - stoppingSince < REPEATED_SIGNAL_MS) return;
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stoppingSince = performance.now();
    logger.info(`${signal} received: finishing in-flight requests`);
    const forced = setTimeout(() => {
      logger.warn('shutdown timeout: closing remaining connections');
      server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    forced.unref();
    await closeServer(server);
    await stopMaintenance();
    // Running jobs (a message being sent) finish; the rest wait in PostgreSQL for the next start.
    await queue.stop({ timeoutMs: config.shutdownTimeoutMs });
    await mailer.close();
    await database.close();
    clearTimeout(forced);
    logger.info('stopped');
    logger.flush();
    process.exit(0);
  };
  process.on('SIGTERM', (signal) => void shutdown(signal));
  process.on('SIGINT', (signal) => void shutdown(signal));
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // Stops accepting, closes idle keep-alive sockets, and calls back once in-flight requests are done.
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

function printBanner(config: Config, baseUrl: string, demo: DemoInfo | undefined, seconds: number): void {
  const lines = [
    '',
    `  Foyer is running at ${baseUrl}`,
    '',
    `  API reference    ${baseUrl}/docs`,
    `  Contract         ${baseUrl}/openapi.yaml`,
  ];
  if (config.embedded) lines.push(`  Data             ${config.dataDir}`);
  lines.push(`  ${devMailPageEnabled(config) ? 'Dev mailbox      ' + baseUrl + '/dev/mail' : 'Mail             ' + mailTarget(config)}`);
  lines.push(`  Console          ${config.publicUrl}/console`);
  if (demo) {
    const codeShows = devMailPageEnabled(config) ? 'the code appears in the dev mailbox and in this console' : 'the code is emailed';
    lines.push(`  Demo owner       ${DEMO_OWNER_EMAIL} (sign in to the console with it; ${codeShows})`);
    lines.push(`  Workspace        ${demo.workspaceId}`);
    if (demo.portalId) {
      lines.push(`  Demo portal      ${config.publicUrl}/p/${demo.portalId}`);
      lines.push(`  Demo client      ${DEMO_CLIENT_EMAIL} (sign in with it; the code appears in this console)`);
    }
    if (demo.apiKey) {
      lines.push(
        `  Owner API key    ${demo.apiKey}`,
        '                   (shown once: it is stored hashed. Save it now.)',
        '',
        `  Try it:  curl -H "Authorization: Bearer ${demo.apiKey}" ${baseUrl}/v1/portals`,
      );
    } else {
      lines.push(
        '  Owner API key    shown on the first start only; make another with',
        `                   npm run foyer -- key create --workspace ${demo.workspaceId}`,
      );
    }
  }
  lines.push('', `  Ready in ${seconds.toFixed(1)} s. Press Ctrl-C to stop.`, '');
  process.stdout.write(lines.join('\n') + '\n');
}

/** Where mail goes, without credentials. */
function mailTarget(config: Config): string {
  if (config.smtpUrl === undefined) return 'kept in the database (SMTP_URL is not set)';
  const url = new URL(config.smtpUrl);
  return `${url.protocol}//${url.host} as ${config.mailFrom.address}`;
}
