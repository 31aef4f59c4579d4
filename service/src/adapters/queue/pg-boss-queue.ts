import { CompiledQuery } from 'kysely';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Executor } from '../../db/database.ts';
import { SecretBox } from '../../lib/secret-box.ts';
import { PgListener } from './pg-listener.ts';
import type { BatchSendOptions, JobHandler, Queue, SendOptions, WorkOptions } from './queue.ts';

export interface PgBossQueueOptions {
  /** The service's database; pg-boss keeps its tables in the `pgboss` schema there. */
  connectionString: string;
  logger: Logger;
  /** Connections of the queue's own pool (workers poll, senders insert). */
  maxConnections?: number;
  /** Default for `work()`: how often an idle worker polls. pg-boss allows ≥ 0.5 s. */
  pollingIntervalSeconds?: number;
  /** Retry policy of a job sent without one. */
  defaultRetry?: { limit: number; delaySeconds: number; backoff: boolean };
  /**
   * SECRET_KEY: payloads are then stored encrypted (AES-256-GCM), since jobs may carry sign-in codes and
   * links that must not sit readable in the database or its backups.
   */
  payloadKey?: string;
}

interface SealedPayload {
  sealed: string;
}

// Serialises pg-boss' schema changes (install, upgrade, new queues) between instances. Any fixed bigint
// works; this one spells "foyerqu" in ASCII, so it is recognisable in pg_locks.
const SCHEMA_LOCK = 0x666f796572_7175n;
const SCHEMA = 'pgboss';

// A job enqueued in a transaction NOTIFYs this channel (payload: the queue's name), which PostgreSQL delivers
// on commit only; every instance LISTENs and wakes its workers for that queue.
const NOTIFY_CHANNEL = 'foyer_queue';

/** How often an idle worker polls unless told otherwise: the fallback behind waking on commit. */
export const DEFAULT_POLLING_SECONDS = 2;

/**
 * {@link Queue} on pg-boss 10 (the last major that runs on Node 20; 11+ needs Node 22): jobs in
 * PostgreSQL, `SKIP LOCKED` fetching, per-job retry with exponential backoff, singleton keys, delayed
 * jobs, expiry of attempts whose process died, and archiving of finished jobs.
 */
export class PgBossQueue implements Queue {
  readonly #boss: PgBoss;
  readonly #options: PgBossQueueOptions;
  readonly #queues = new Map<string, Promise<void>>();
  /** name → ids of this process' workers for it, so a local send can wake one at once. */
  readonly #workers = new Map<string, string[]>();
  readonly #box: SecretBox | undefined;
  readonly #listener: PgListener;
  #started = false;

  constructor(options: PgBossQueueOptions) {
    this.#options = options;
    this.#box = options.payloadKey ? new SecretBox(options.payloadKey, 'job payload') : undefined;
    this.#boss = new PgBoss({
      connectionString: options.connectionString,
      schema: SCHEMA,
      max: options.maxConnections ?? 4,
      application_name: 'foyer-queue',
      // No cron schedules yet: no clock-skew monitor and its internal queues.
      schedule: false,
      ...(options.defaultRetry
        ? {
            retryLimit: options.defaultRetry.limit,
            retryDelay: options.defaultRetry.delaySeconds,
            retryBackoff: options.defaultRetry.backoff,
          }
        : {}),
    });
    // pg-boss emits errors of its background loops (a lost connection while polling); without a
    // listener an EventEmitter would throw them and end the process.
    this.#boss.on('error', (err) => options.logger.error({ err }, 'job queue error'));
    this.#listener = new PgListener({
      connectionString: options.connectionString,
      channel: NOTIFY_CHANNEL,
      logger: options.logger,
      onNotify: (name) => this.#wake(name),
      // Commits while the listener was away went unheard: let every worker look now rather than at its poll.
      onConnect: () => {
        for (const name of this.#workers.keys()) this.#wake(name);
      },
    });
  }

  async start(): Promise<void> {
    if (this.#started) return;
    // pg-boss installs its schema inside a transaction under an advisory lock, but two instances that both
    // see "not installed" race to CREATE it, and the loser's failed multi-statement transaction goes back
    // to the pool. Holding our own lock around start() makes the second instance find the schema installed.
    await this.#exclusively(() => this.#boss.start());
    await this.#listener.start();
    this.#started = true;
  }

  async stop({ timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    await this.#listener.stop();
    // Graceful: workers stop fetching, running handlers get `timeoutMs` to finish; what is still running
    // then is marked failed, so it is retried (by this or another instance) under its retry policy.
    await this.#boss.stop({ graceful: true, wait: true, timeout: Math.max(timeoutMs, 1000) });
  }

  async send<T extends object>(name: string, payload: T, options: SendOptions = {}): Promise<string | null> {
    if (options.singletonKey !== undefined && options.singletonSeconds === undefined) {
      throw new TypeError('send(): singletonKey needs singletonSeconds');
    }
    await this.#ensureQueue(name);
    const id = await this.#boss.send(name, this.#seal(payload), {
      ...jobOptions(options),
      ...(options.startAfter !== undefined ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey !== undefined ? { singletonKey: options.singletonKey } : {}),
      ...(options.singletonSeconds !== undefined ? { singletonSeconds: options.singletonSeconds } : {}),
      ...(options.singletonNextSlot ? { singletonNextSlot: true } : {}),
      ...(options.transaction ? { db: executorAdapter(options.transaction) } : {}),
    });
    if (id && options.startAfter === undefined) await this.#announce(name, options.transaction);
    return id;
  }

  async sendMany<T extends object>(name: string, payloads: readonly T[], options: BatchSendOptions = {}): Promise<void> {
    if (payloads.length === 0) return;
    await this.#ensureQueue(name);
    const { startAfter } = options;
    const shared = {
      name,
      ...jobOptions(options),
      // pg-boss' bulk insert reads a time (ISO, ending in Z) or a number of seconds from a string.
      ...(startAfter !== undefined ? { startAfter: startAfter instanceof Date ? startAfter.toISOString() : String(startAfter) } : {}),
    };
    await this.#boss.insert(
      payloads.map((payload) => ({ ...shared, data: this.#seal(payload) })),
      options.transaction ? { db: executorAdapter(options.transaction) } : {},
    );
    if (startAfter === undefined) await this.#announce(name, options.transaction);
  }

  /** Tells the workers of `name` that jobs are due: on commit when sent in a transaction, else now. */
  async #announce(name: string, transaction: Executor | undefined): Promise<void> {
    if (transaction) {
      // Invisible until commit, so no worker can take it now: PostgreSQL delivers this on commit (and
      // drops it on rollback), waking the workers of every instance.
      await transaction.executeQuery(CompiledQuery.raw('select pg_notify($1, $2)', [NOTIFY_CHANNEL, name]));
    } else if (this.#workers.has(name)) {
      // Committed already: wake a local worker now rather than at its next poll.
      this.#wake(name);
    } else {
      // No worker here (the CLI queueing a test message): wake those of the running instances.
      await this.#boss.getDb().executeSql('select pg_notify($1, $2)', [NOTIFY_CHANNEL, name]);
    }
  }

  #seal<T extends object>(payload: T): object {
    return this.#box ? ({ sealed: this.#box.seal(payload) } satisfies SealedPayload) : payload;
  }

  async work<T extends object>(name: string, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    await this.#ensureQueue(name);
    const pollingIntervalSeconds = options.pollingIntervalSeconds ?? this.#options.pollingIntervalSeconds ?? DEFAULT_POLLING_SECONDS;
    const concurrency = options.concurrency ?? 1;
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new TypeError('work(): concurrency must be an integer ≥ 1');
    // pg-boss 10 runs one job at a time per worker: `concurrency` workers share the queue (SKIP LOCKED).
    for (let i = 0; i < concurrency; i++) {
      // Filled in once pg-boss answers; a job can arrive before that (an object, not a `const`: no TDZ).
      const worker: { id?: string } = {};
      worker.id = await this.#boss.work<T | SealedPayload>(
        name,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds },
        async (jobs) => {
          for (const job of jobs) await this.#run(name, job, handler);
          // A job came: there may be more behind it, so skip the pause before the next fetch.
          if (options.drain && worker.id !== undefined) this.#boss.notifyWorker(worker.id);
        },
      );
      this.#workers.set(name, [...(this.#workers.get(name) ?? []), worker.id]);
    }
  }

  async #run<T extends object>(name: string, job: PgBoss.JobWithMetadata<T | SealedPayload>, handler: JobHandler<T>): Promise<void> {
    const data = this.#open<T>(job.data);
    if (data === undefined) {
      // Sealed under another SECRET_KEY: no attempt can ever read it.
      this.#options.logger.error({ job: { id: job.id, name } }, 'job payload cannot be decrypted (SECRET_KEY changed?); dropped');
      return;
    }
    await handler({ id: job.id, name: job.name, data, retryCount: job.retryCount, retryLimit: job.retryLimit });
  }

  /** Wakes this process' workers for `name`: the idle ones fetch at once, busy ones right after their job. */
  #wake(name: string): void {
    for (const workerId of this.#workers.get(name) ?? []) this.#boss.notifyWorker(workerId);
  }

  /** Runs `fn` while holding a session advisory lock shared by every instance on this database. */
  async #exclusively<T>(fn: () => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.#options.connectionString, application_name: 'foyer-queue' });
    await client.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK.toString()]);
      return await fn();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK.toString()]).catch(() => {});
      await client.end().catch(() => {});
    }
  }

  #open<T>(data: T | SealedPayload): T | undefined {
    const sealed = (data as Partial<SealedPayload> | null)?.sealed;
    if (!this.#box || typeof sealed !== 'string') return data as T;
    try {
      return this.#box.open(sealed) as T;
    } catch {
      return undefined;
    }
  }

  /**
   * pg-boss 10 refuses jobs for a queue that was not created. Creating one adds a partition of its job table;
   * two instances creating the same queue at once deadlock in PostgreSQL (each holds a lock the other's
   * ALTER TABLE needs), so creation is serialised across instances.
   */
  #ensureQueue(name: string): Promise<void> {
    let created = this.#queues.get(name);
    if (!created) {
      const create = async () => {
        if (await this.#boss.getQueue(name)) return;
        await this.#exclusively(async () => {
          if (!(await this.#boss.getQueue(name))) await this.#boss.createQueue(name);
        });
      };
      created = create().catch((err: unknown) => {
        this.#queues.delete(name);
        throw err;
      });
      this.#queues.set(name, created);
    }
    return created;
  }
}

/** The retry and expiry options a single send and a batch share, as pg-boss names them. */
function jobOptions({ retry, expireInSeconds }: BatchSendOptions) {
  return {
    ...(retry?.limit !== undefined ? { retryLimit: retry.limit } : {}),
    ...(retry?.delaySeconds !== undefined ? { retryDelay: Math.round(retry.delaySeconds) } : {}),
    ...(retry?.backoff !== undefined ? { retryBackoff: retry.backoff } : {}),
    ...(expireInSeconds !== undefined ? { expireInSeconds } : {}),
  };
}

/** Lets pg-boss run its INSERT on a kysely transaction (its `db` option wants `executeSql`). */
function executorAdapter(executor: Executor): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const result = await executor.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows };
    },
  };
}
