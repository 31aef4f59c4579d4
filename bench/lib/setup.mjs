// What the benchmarks that start the service share: a work folder for its embedded defaults, a list of
// clean-ups run however the benchmark ends, the service itself (bench/lib/service.mjs), a PostgreSQL client
// on its database for seeding in SQL and the baseline servers of bench/lib in child processes; and the knobs of the latency and throughput measurements
// (bench/lib/timing.mjs) that console.mjs and requests.mjs both take from the environment.
import { fork } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { root, startService } from './service.mjs';

/** Production without SMTP needs DEV_MAILBOX=true: the mail the benchmark causes is kept, sealed. */
export const PRODUCTION = Object.freeze({ NODE_ENV: 'production', SMTP_URL: '', DEV_MAILBOX: 'true' });

/**
 * Sequential latency runs and autocannon: BENCH_SAMPLES requests a run (default 100), BENCH_RUNS runs
 * (3), BENCH_WARMUP requests first (100), BENCH_SECONDS of autocannon (5) with BENCH_CONNECTIONS (10).
 */
export function latencyKnobs() {
  return {
    SAMPLES: Number(process.env.BENCH_SAMPLES ?? 100),
    RUNS: Number(process.env.BENCH_RUNS ?? 3),
    WARMUP: Number(process.env.BENCH_WARMUP ?? 100),
    DURATION: Number(process.env.BENCH_SECONDS ?? 5),
    CONNECTIONS: Number(process.env.BENCH_CONNECTIONS ?? 10),
  };
}

/**
 * A fresh folder `foyer-bench-<name>-…` in the system's temporary folder and a list of clean-ups. Call
 * `finish()` in a `finally`: it runs the clean-ups, newest first (a failing one does not stop the others),
 * then removes the folder.
 */
export async function benchSetup(name) {
  const work = await mkdtemp(join(tmpdir(), `foyer-bench-${name}-`));
  // As root, the embedded PostgreSQL runs as the `postgres` user, which must be able to traverse this folder.
  await chmod(work, 0o711);
  const cleanup = [];
  return {
    work,
    /** Functions returning promises, run by `finish()` in reverse order. */
    cleanup,
    /** `startService(work, env, options)`, stopped by `finish()`. */
    async start(env, options) {
      const service = await startService(work, env, options);
      cleanup.push(service.stop);
      return service;
    },
    /** A connected `pg.Client` on the service's embedded database, ended by `finish()`. */
    async connect(service) {
      const db = new pg.Client({ connectionString: service.databaseUrl });
      await db.connect();
      cleanup.push(() => db.end());
      return db;
    },
    /**
     * Runs `bench/lib/<script>` with `args` in a child process, which sends its port once it listens;
     * `stop()` (SIGTERM, then its exit) is called by `finish()`.
     */
    async fork(script, args) {
      const child = fork(join(root, 'bench/lib', script), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const { port } = await new Promise((r) => child.once('message', r));
      const server = {
        port,
        stop: () =>
          new Promise((r) => {
            child.once('exit', r);
            child.kill('SIGTERM');
          }),
      };
      cleanup.push(server.stop);
      return server;
    },
    async finish() {
      for (const fn of cleanup.reverse()) await fn().catch(() => {});
      await rm(work, { recursive: true, force: true });
    },
  };
}
