// The Node flags `npm start` runs the server with. The defaults were tuned on a 2-core machine shared with
// PostgreSQL (README, "Production"): a 16 MB young generation, so requests in flight are not copied and
// promoted on every scavenge, and no parallel GC helper threads competing with the database for the cores.
// Each default gives way to the same flag set in NODE_OPTIONS (Node accepts `--max-semi-space-size` there)
// or passed after `npm start --` (the only way for `--single-threaded-gc`, which Node refuses in
// NODE_OPTIONS; `--no-single-threaded-gc` turns it off). A flag on the command line would otherwise win over
// NODE_OPTIONS, which is why the defaults are not written into the start script.
import { fileURLToPath } from 'node:url';

export const DEFAULT_NODE_FLAGS = Object.freeze(['--max-semi-space-size=16', '--single-threaded-gc']);

/** The compiled server that `npm start` runs. */
export const SERVER_ENTRY = fileURLToPath(new URL('../dist/server.js', import.meta.url));

/** `--no-single-threaded-gc`, `--single_threaded_gc` → `single-threaded-gc`; `--max-semi-space-size=64` → `max-semi-space-size`. */
function flagName(flag) {
  return flag
    .replace(/^--(no-)?/, '')
    .replace(/=.*$/s, '')
    .replaceAll('_', '-');
}

/**
 * The Node flags for the server process: each default that neither `nodeOptions` nor `extra` sets, then
 * `extra` (flags given after `npm start --`). NODE_OPTIONS itself reaches the process through its environment.
 */
export function nodeFlags(extra = [], nodeOptions = process.env.NODE_OPTIONS ?? '') {
  const given = new Set([...nodeOptions.split(/\s+/), ...extra].filter((arg) => arg.startsWith('--')).map(flagName));
  return [...DEFAULT_NODE_FLAGS.filter((flag) => !given.has(flagName(flag))), ...extra];
}

/** Arguments for `spawn(process.execPath, …)`: the Node flags, then the server's entry. */
export function serverArgs(extra = [], nodeOptions = process.env.NODE_OPTIONS ?? '') {
  return [...nodeFlags(extra, nodeOptions), SERVER_ENTRY];
}
