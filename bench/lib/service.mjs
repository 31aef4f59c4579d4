// Starts the service for a benchmark the way `npm start` runs it: compiled (service/scripts/build.mjs) and
// with the start script's Node flags (service/scripts/node-flags.mjs), embedded defaults in `dir`, as a direct
// child so its pid is the server's; reads the printed API key and demo portal, and the embedded database's URL.
import { execFileSync, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverArgs } from '../../service/scripts/node-flags.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `nodeArgs`: extra Node flags for the service process (e.g. `--cpu-prof`, which NODE_OPTIONS refuses). */
export async function startService(dir, env = {}, { nodeArgs = [] } = {}) {
  execFileSync(process.execPath, [join(root, 'service/scripts/build.mjs')], { stdio: 'inherit' });
  const port = await freePort();
  const child = spawn(process.execPath, serverArgs(nodeArgs, env.NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? ''), {
    cwd: root,
    env: {
      ...process.env,
      FOYER_DATA_DIR: join(dir, 'foyer'),
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      DATABASE_URL: '',
      SECRET_KEY: '',
      INIT_CWD: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  await new Promise((ready, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Ready in')) {
        clearInterval(timer);
        ready();
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`service exited (${code}):\n${output}`));
    });
  });
  // The embedded PostgreSQL's state file names its port and password, for benchmarks that seed in SQL.
  const state = JSON.parse(await readFile(join(dir, 'foyer', 'postgres.json'), 'utf8'));
  return {
    port,
    pid: child.pid,
    databaseUrl: `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/foyer`,
    apiKey: output.match(/Owner API key\s+(sk_\S+)/)[1],
    portalId: output.match(/\/p\/(prt_\w+)/)[1],
    stop: () =>
      new Promise((r) => {
        child.once('exit', r);
        child.kill('SIGTERM');
      }),
  };
}

export function freePort() {
  return new Promise((r, j) => {
    const s = createServer();
    s.once('error', j);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => r(port));
    });
  });
}
