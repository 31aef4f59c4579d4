import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase, type DatabaseHandle } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import type { Queue } from './adapters/queue/queue.ts';
import { issueApiKey, listKeys, revokeKey } from './modules/api-keys/service.ts';
import { EventRecorder } from './modules/events/recorder.ts';
import { findWorkspace } from './modules/workspaces/repository.ts';
import { createWorkspace } from './modules/workspaces/service.ts';
import { isEmailAddress } from './lib/email-address.ts';
import { isId } from './lib/ids.ts';
import { createStorage } from './adapters/storage/index.ts';
import { createResumableStore } from './adapters/storage/resumable-store.ts';
import { sweepStorage } from './modules/storage/maintenance.ts';
import { verifyAuditChains } from './modules/events/verify.ts';

/**
 * `foyer` — the command line shipped with the service. Works whether or not the service runs: in embedded
 * mode it attaches to the running embedded database, or starts it for the duration of the command.
 * Human-readable output by default; `--json` prints one JSON document on stdout and nothing else.
 */
class CliError extends Error {}

interface JsonOption {
  json?: boolean;
}

async function withDatabase<T>(
  fn: (handle: DatabaseHandle, config: Config) => Promise<T>,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<T> {
  let config: Config;
  try {
    // The CLI sends no mail itself (a running service does), so it needs no mail setup to run.
    config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' }, { sendsMail: false });
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(`Invalid configuration: ${err.message}`);
    throw err;
  }
  // Progress goes to stderr so `--json` output stays machine-readable.
  const handle = await openDatabase(config, (message) => process.stderr.write(`${message}\n`));
  try {
    if (migrate) await migrateToLatest(handle.db);
    return await fn(handle, config);
  } finally {
    await handle.close();
  }
}

/**
 * A job queue on the service's database, started for one command: jobs it sends wait in PostgreSQL until a
 * running service instance takes them. Loaded here, not at the top: commands without it (and --help) start faster.
 */
async function openQueue(handle: DatabaseHandle, config: Config): Promise<Queue> {
  const [{ PgBossQueue }, { createLogger }] = await Promise.all([import('./adapters/queue/pg-boss-queue.ts'), import('./lib/logger.ts')]);
  const queue = new PgBossQueue({
    connectionString: handle.url,
    logger: createLogger(config),
    payloadKey: config.secretKey,
    maxConnections: 1,
  });
  await queue.start();
  return queue;
}

/**
 * Runs `fn` with the same audit trail recorder as the service's: every event it records gets its dispatch job
 * in its own transaction, so the running service's notifications and webhooks hear of it.
 */
async function withEvents<T>(handle: DatabaseHandle, config: Config, fn: (events: EventRecorder) => Promise<T>): Promise<T> {
  const queue = await openQueue(handle, config);
  try {
    return await fn(EventRecorder.onQueue(queue));
  } finally {
    await queue.stop({ timeoutMs: 1000 });
  }
}

function print(json: boolean | undefined, value: unknown, human: string): void {
  process.stdout.write(json ? JSON.stringify(value, null, 2) + '\n' : human + '\n');
}

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new CliError(`"${value}" is not a whole number`);
  return Number(value);
}

function workspaceId(value: string): string {
  if (!isId('workspace', value)) throw new CliError(`"${value}" is not a workspace id (wsp_…)`);
  return value;
}

async function requireWorkspace(handle: DatabaseHandle, id: string): Promise<void> {
  if (!(await findWorkspace(handle.db, id))) throw new CliError(`No workspace ${id}`);
}

const program = new Command('foyer')
  .description('Manage a Foyer service: workspaces, API keys, storage, exports, migrations; verify approval receipts.')
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

const workspace = program.command('workspace').description('Create workspaces.');
workspace
  .command('create')
  .description('Create a workspace with its owner user(s) and print its id and a new API key (shown once).')
  .requiredOption('--name <name>', 'the business name, e.g. "Acme Accounting"')
  .requiredOption('--owner-email <email...>', 'owner email address(es): each becomes a user with role owner, who signs in to the console')
  .option('--json', 'print {"workspace_id", "api_key"} as JSON')
  .action(async (opts: { name: string; ownerEmail: string[] } & JsonOption) => {
    const name = opts.name.trim();
    if (!name || name.length > 200) throw new CliError('--name must be 1 to 200 characters');
    // The contract bounds a workspace's owner_emails: at most 20 addresses of at most 254 characters.
    if (opts.ownerEmail.length > 20) throw new CliError('--owner-email takes at most 20 addresses');
    for (const email of opts.ownerEmail) {
      if (!isEmailAddress(email)) throw new CliError(`--owner-email "${email}" is not an email address (at most 254 characters)`);
    }
    await withDatabase(async ({ db }, config) => {
      const created = await createWorkspace(db, config.secretKey, { name, ownerEmails: opts.ownerEmail });
      print(
        opts.json,
        { workspace_id: created.workspace_id, api_key: created.api_key.api_key },
        `Workspace  ${created.workspace_id}\nAPI key    ${created.api_key.api_key}\nConsole    ${config.publicUrl}/console\n\n` +
          'The key is shown once and stored only as a hash. Save it now. The owners sign in to the console with their address.',
      );
    });
  });

const key = program.command('key').description('Create, list and revoke owner API keys.');
key
  .command('create')
  .description('Create an API key for a workspace (shown once).')
  .requiredOption('--workspace <id>', 'workspace id (wsp_…)', workspaceId)
  .option('--name <name>', 'a label to tell keys apart')
  .option('--json', 'print the key as JSON')
  .action(async (opts: { workspace: string; name?: string } & JsonOption) => {
    await withDatabase(async (handle, config) => {
      await requireWorkspace(handle, opts.workspace);
      const created = await withEvents(handle, config, (events) =>
        issueApiKey({ db: handle.db, events }, config.secretKey, opts.workspace, opts.name ?? null),
      );
      print(opts.json, created, `Key id   ${created.id}\nAPI key  ${created.api_key}\n\nShown once. Save it now.`);
    });
  });
key
  .command('list')
  .description("List a workspace's API keys (never their secrets).")
  .requiredOption('--workspace <id>', 'workspace id (wsp_…)', workspaceId)
  .option('--json', 'print the keys as JSON')
  .action(async (opts: { workspace: string } & JsonOption) => {
    await withDatabase(async (handle) => {
      await requireWorkspace(handle, opts.workspace);
      const keys = await listKeys(handle.db, opts.workspace);
      const rows = keys.map((k) =>
        [
          k.id,
          `${k.prefix}…`,
          k.name ?? '-',
          k.created_at,
          k.last_used_at ?? 'never',
          k.revoked_at ? `revoked ${k.revoked_at}` : 'active',
        ].join('  '),
      );
      print(opts.json, { data: keys }, rows.length ? rows.join('\n') : 'No keys.');
    });
  });
key
  .command('revoke')
  .description('Revoke an API key; it fails from the next request on.')
  .argument('<key_id>', 'the key id (key_…)')
  .option('--json', 'print the revoked key as JSON')
  .action(async (keyId: string, opts: JsonOption) => {
    if (!isId('apiKey', keyId)) throw new CliError(`"${keyId}" is not a key id (key_…)`);
    await withDatabase(async (handle, config) => {
      const revoked = await withEvents(handle, config, (events) => revokeKey({ db: handle.db, events }, keyId));
      if (!revoked) throw new CliError(`No active key ${keyId}`);
      print(opts.json, revoked, `Revoked ${keyId}`);
    });
  });

const storageCommand = program.command('storage').description('Maintain file storage.');
storageCommand
  .command('sweep')
  .description(
    'Remove blobs no row refers to (a crash between writing the bytes and saving the row) and retry queued ' +
      'deletions of deleted files. The service also does this every 15 minutes.',
  )
  .option('--grace-minutes <minutes>', 'leave objects younger than this alone (uploads in flight)', positiveInteger, 60)
  .option('--json', 'print the counts as JSON')
  .action(async (opts: { graceMinutes: number } & JsonOption) => {
    await withDatabase(async ({ db }, config) => {
      const storage = await createStorage(config.storage);
      const store = await createResumableStore(config.storage, { expiryMs: config.uploadExpirySeconds * 1000 });
      const { createLogger } = await import('./lib/logger.ts');
      const uploads = { store, logger: createLogger(config) };
      const result = await sweepStorage(db, storage, { graceMs: opts.graceMinutes * 60_000, uploads });
      print(
        opts.json,
        result,
        `Removed ${result.orphansRemoved} orphaned blob(s), ${result.deleted} queued deletion(s) and ${result.uploadsExpired} expired upload(s)` +
          (result.failed ? `; ${result.failed} deletion(s) failed and stay queued` : '') +
          '.',
      );
    });
  });

const mail = program.command('mail').description('Check email delivery.');
mail
  .command('test')
  .description('Queue a test message; the running service sends it (or keeps it in the dev mailbox).')
  .requiredOption('--to <email>', 'the recipient')
  .option('--workspace <id>', 'the workspace whose name and branding it carries (default: the oldest)', workspaceId)
  .option('--json', 'print {"job_id", "to"} as JSON')
  .action(async (opts: { to: string; workspace?: string } & JsonOption) => {
    if (!isEmailAddress(opts.to)) throw new CliError(`--to "${opts.to}" is not an email address`);
    await withDatabase(async (handle, config) => {
      let workspace = opts.workspace;
      if (workspace) await requireWorkspace(handle, workspace);
      else workspace = (await handle.db.selectFrom('workspaces').select('id').orderBy('created_at').limit(1).executeTakeFirst())?.id;
      if (!workspace) throw new CliError('No workspace yet: create one with `foyer workspace create`');
      // Loaded here, not at the top: every other command (and --help) starts faster without the mail code.
      const { enqueueEmail } = await import('./modules/email/enqueue.ts');
      // The job goes into the shared queue: whichever service instance is running sends it.
      const queue = await openQueue(handle, config);
      try {
        const jobId = await enqueueEmail(queue, {
          workspaceId: workspace,
          to: opts.to,
          template: 'delivery_test',
          data: { serviceUrl: config.publicUrl },
        });
        // Which mailer sends it is the service's choice (its SMTP_URL), not this command's.
        const hint =
          config.devMailbox === 'local'
            ? ` Without SMTP_URL it lands in the dev mailbox: ${config.publicUrl}/dev/mail`
            : config.devMailbox === 'kept'
              ? ' With DEV_MAILBOX=true it is kept in the database, encrypted, not sent.'
              : '';
        print(
          opts.json,
          { job_id: jobId, to: opts.to },
          `Queued a test message to ${opts.to} (job ${jobId}). A running service sends it.${hint}`,
        );
      } finally {
        await queue.stop({ timeoutMs: 1000 });
      }
    });
  });

const audit = program.command('audit').description('Check the audit trail.');
audit
  .command('verify')
  .description('Recompute every hash chain of the audit trail and name the first broken link. Exit 1 when one is broken.')
  .option('--portal <id>', 'only this portal’s chain')
  .option('--json', 'print the report as JSON')
  .action(async (opts: { portal?: string } & JsonOption) => {
    if (opts.portal !== undefined && !isId('portal', opts.portal)) throw new CliError(`"${opts.portal}" is not a portal id (prt_…)`);
    const reports = await withDatabase(async ({ db }) => verifyAuditChains(db, opts.portal ? { portalId: opts.portal } : {}));
    const broken = reports.filter((r) => r.broken);
    const lines = reports.map((r) =>
      r.broken
        ? `BROKEN  ${r.chain}: event ${r.broken.event_id} (#${r.broken.seq}): ${r.broken.reason}`
        : `ok      ${r.chain}: ${r.events} event(s)`,
    );
    print(opts.json, { ok: broken.length === 0, chains: reports }, lines.length ? lines.join('\n') : 'No events yet.');
    if (broken.length > 0) process.exitCode = 1;
  });

const receiptCommand = program.command('receipt').description('Check approval receipts.');
receiptCommand
  .command('verify')
  .description(
    'Verify a signed approval receipt offline: the Ed25519 signature with the public keys, that the readable receipt is ' +
      'what was signed, and, given the file, its sha256. Exit 0 when it verifies, 1 when it does not, 2 when it cannot be checked.',
  )
  .argument('<receipt>', 'the receipt, as GET /v1/approval-requests/{id}/receipt answers it (JSON)')
  .option('--file <path>', "the approved file: its sha256 and size must be the receipt's")
  .option(
    '--keys <file-or-url>',
    "the public keys: a saved /.well-known/foyer-receipt-keys.json or its URL (default: the receipt's keys_url)",
  )
  .option('--json', 'print {valid, keys, checks, receipt} as JSON')
  .action(async (path: string, opts: { file?: string; keys?: string } & JsonOption) => {
    // Loaded here, not at the top: the other commands (and --help) start faster without it.
    const { verifyReceiptFile, formatReport } = await import('./modules/receipts/verify-command.ts');
    const { ReceiptFormatError } = await import('./modules/receipts/verify.ts');
    let result;
    try {
      result = await verifyReceiptFile(path, opts);
    } catch (err) {
      if (err instanceof ReceiptFormatError) throw new CliError(`cannot check the receipt: ${err.message}`);
      throw err;
    }
    print(opts.json, result, formatReport(result));
    if (!result.valid) process.exitCode = 1;
  });

program
  .command('export')
  .description(
    "Export a portal or a whole workspace to a zip, as the API's exports do: every file version, members, comments, " +
      'approvals, requests, the event chains and a script that verifies them (node verify-export.mjs).',
  )
  .option('--portal <id>', 'the portal to export (prt_…)')
  .option('--workspace <id>', 'the workspace to export (wsp_…)', workspaceId)
  .requiredOption('--out <file>', 'where to write the zip (must not exist)')
  .option('--json', 'print the counts as JSON')
  .action(async (opts: { portal?: string; workspace?: string; out: string } & JsonOption) => {
    if ((opts.portal === undefined) === (opts.workspace === undefined)) throw new CliError('Give either --portal or --workspace');
    if (opts.portal !== undefined && !isId('portal', opts.portal)) throw new CliError(`"${opts.portal}" is not a portal id (prt_…)`);
    if (existsSync(opts.out)) throw new CliError(`${opts.out} exists already; choose another --out`);
    await withDatabase(async (handle, config) => {
      const scope = opts.portal
        ? await handle.db
            .selectFrom('portals')
            .select(['workspace_id as workspaceId', 'id as portalId'])
            .where('id', '=', opts.portal)
            .executeTakeFirst()
        : { workspaceId: opts.workspace!, portalId: null };
      if (!scope) throw new CliError(`No portal ${opts.portal}`);
      if (opts.workspace) await requireWorkspace(handle, opts.workspace);
      const [{ exportToFile }, { SingleBar, Presets }] = await Promise.all([
        import('./modules/exports/local-export.ts'),
        import('cli-progress'),
      ]);
      const storage = await createStorage(config.storage);
      const bar = new SingleBar(
        { format: 'Exporting |{bar}| {percentage}% | {done} of {all} MB', hideCursor: true, clearOnComplete: true },
        Presets.shades_classic,
      );
      const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
      let done = 0;
      const result = await withEvents(handle, config, (events) =>
        exportToFile({ db: handle.db, storage, events }, scope, opts.out, {
          onStart: (total) => {
            if (!opts.json) bar.start(Math.max(total, 1), 0, { done: mb(0), all: mb(total) });
          },
          onBytes: (bytes) => {
            done += bytes;
            if (!opts.json) bar.update(done, { done: mb(done) });
          },
        }).finally(() => bar.stop()),
      );
      if (!result) throw new CliError('Nothing to export: the portal or workspace is gone');
      const c = result.counts;
      print(
        opts.json,
        { export_id: result.exportId, out: opts.out, size: result.size, counts: c },
        `Exported ${c.portals} portal(s): ${c.files} file(s), ${c.versions} version(s) (${mb(c.bytes)} MB), ${c.members} member(s), ` +
          `${c.comments} comment(s), ${c.approval_requests} approval request(s) with ${c.decisions} decision(s), ${c.requests} request(s), ` +
          `${c.events} event(s)\n→ ${opts.out} (${mb(result.size)} MB). Check it with: node verify-export.mjs (in the extracted folder)`,
      );
    });
  });

program
  .command('migrate')
  .description('Apply pending database migrations (the service also does this at start).')
  .option('--json', 'print the applied migrations as JSON')
  .action(async (opts: JsonOption) => {
    await withDatabase(
      async ({ db }) => {
        const applied = await migrateToLatest(db);
        print(opts.json, { applied }, applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
      },
      { migrate: false },
    );
  });

program.addOption(new Option('--no-color', 'plain output').hideHelp());

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`foyer: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(err instanceof CliError ? 2 : 1);
});
