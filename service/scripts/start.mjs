#!/usr/bin/env node
// `npm start` (from the root or the service): builds service/dist and the widget only when their sources
// changed since their last build (mtime checks of a few milliseconds, not a compiler run on every start),
// then runs the compiled server with the Node flags of node-flags.mjs. Arguments after `npm start --` are
// Node flags for the server. The server is a child process because V8 flags are fixed when a process starts.
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureWidgetBuilt } from '../../widget/scripts/ensure-built.mjs';
import { isStale } from './build-stamp.mjs';
import { serverArgs } from './node-flags.mjs';

const extra = process.argv.slice(2);
const notFlags = extra.filter((arg) => !arg.startsWith('-'));
if (notFlags.length > 0) {
  console.error(`npm start -- takes Node flags only (e.g. --no-single-threaded-gc), not: ${notFlags.join(' ')}`);
  process.exit(2);
}

if (isStale()) {
  console.log('Building the service (service/dist is missing or older than its sources)…');
  execFileSync(process.execPath, [fileURLToPath(new URL('./build.mjs', import.meta.url))], { stdio: 'inherit' });
}
ensureWidgetBuilt();

const server = spawn(process.execPath, serverArgs(extra), { stdio: 'inherit' });
// The server stops gracefully on SIGINT and SIGTERM. Pass on those sent to this process alone (by npm, which
// forwards them, `kill`, a process manager); a terminal's Ctrl-C reaches the server directly as well, and the
// server takes a repeat within two seconds for the same request.
const forward = (signal) => server.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
server.on('exit', (code, signal) => {
  if (signal === null) process.exit(code ?? 1);
  // Die of the same signal, so whoever started `npm start` sees how the server ended.
  process.off('SIGINT', forward);
  process.off('SIGTERM', forward);
  process.kill(process.pid, signal);
});
