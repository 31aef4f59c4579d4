// Starts the service for a benchmark the way `npm start` runs it: compiled (service/scripts/build.mjs) and
// with the Node flags of service/package.json's start script, embedded defaults in `dir`; reads the printed
// API key and demo portal.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `node <flags> dist/server.js` from service/package.json, as absolute arguments for `spawn`. */
export function startCommand() {
  const start = JSON.parse(readFileSync(join(root, 'service/package.json'), 'utf8')).scripts.start;
  const [node, ...args] = start.trim().split(/\s+/);
  if (node !== 'node') throw new Error(`service/package.json's start script should run node: ${start}`);
  return args.map((arg) => (arg.startsWith('-') ? arg : join(root, 'service', arg)));
}

/** `nodeArgs`: extra Node flags for the service process (e.g. `--cpu-prof`, which NODE_OPTIONS refuses). */
export async function startService(dir, env = {}, { nodeArgs = [] } = {}) {
  execFileSync(process.execPath, [join(root, 'service/scripts/build.mjs')], { stdio: 'inherit' });
  const port = await freePort();
  const command = startCommand();
  const child = spawn(process.execPath, [...command.slice(0, -1), ...nodeArgs, command.at(-1)], {
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
  return {
    port,
    pid: child.pid,
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
