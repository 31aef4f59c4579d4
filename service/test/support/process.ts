import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverArgs } from '../../scripts/node-flags.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Environment for a child process: this one's, minus the test run's database, plus `env`. */
export function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', LOG_FORMAT: 'json', FORCE_COLOR: '0' };
  // The test run's own settings (its database, an S3 server CI started) must not leak into the child.
  for (const name of Object.keys(base)) {
    if (/^(S3_|SMTP_|MAIL_)/.test(name)) delete base[name];
  }
  for (const name of ['DATABASE_URL', 'SECRET_KEY', 'PORT', 'PUBLIC_URL', 'INIT_CWD', 'VITEST', 'VITEST_WORKER_ID', 'MAX_UPLOAD_BYTES'])
    delete base[name];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete base[name];
    else base[name] = value;
  }
  return base;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `foyer` CLI as a user would (`npx foyer …`), to completion. */
export function runCli(args: string[], env: Record<string, string | undefined>): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [resolve(REPO_ROOT, 'service/bin/foyer.js'), ...args], { cwd: REPO_ROOT, env: childEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** A running `npm start` equivalent, with its output so far. */
export interface ServiceProcess {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

let built = false;

/** Compiles the service as `npm start` does when its sources changed (once per test process; incremental). */
export function buildService(): void {
  if (built) return;
  execFileSync(process.execPath, [resolve(REPO_ROOT, 'service/scripts/build.mjs')], { stdio: 'inherit' });
  built = true;
}

/**
 * Starts the server the way `npm start` runs it — compiled, with the start script's Node flags — but as a
 * direct child, so a test's signal (SIGKILL included) reaches the server itself.
 */
export function startService(env: Record<string, string | undefined>): ServiceProcess {
  buildService();
  const environment = childEnv(env);
  const child = spawn(process.execPath, serverArgs([], environment.NODE_OPTIONS ?? ''), { cwd: REPO_ROOT, env: environment });
  return watchOutput(child);
}

/** Collects a started process's output and lets a test wait for a line of it. */
export function watchOutput(child: ChildProcessWithoutNullStreams): ServiceProcess {
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    output += d.toString();
    for (const l of listeners) l();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return {
    child,
    output: () => output,
    exited,
    waitFor(pattern, timeoutMs = 20_000) {
      return new Promise((resolvePromise, reject) => {
        const check = () => {
          const match = output.match(pattern);
          if (match) {
            listeners.delete(check);
            clearTimeout(timer);
            resolvePromise(match);
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${pattern} in:\n${output}`));
        }, timeoutMs);
        listeners.add(check);
        check();
        void exited.then(() => {
          if (listeners.has(check)) {
            listeners.delete(check);
            clearTimeout(timer);
            reject(new Error(`service exited before ${pattern}:\n${output}`));
          }
        });
      });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePromise(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
