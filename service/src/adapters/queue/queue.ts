import type { Executor } from '../../db/database.ts';

/** How a job is retried when its handler throws. */
export interface RetryPolicy {
  /** Attempts after the first one. 0: no retry. */
  limit: number;
  /** Wait before the first retry, in seconds. */
  delaySeconds: number;
  /** Double the wait after each failure (with jitter), instead of waiting `delaySeconds` every time. */
  backoff: boolean;
}

export interface SendOptions {
  retry?: Partial<RetryPolicy>;
  /** Run no earlier than this time (a Date) or this many seconds from now. */
  startAfter?: Date | number;
  /**
   * Deduplication: at most one job with this key per `singletonSeconds` window; a second send in the
   * same window is dropped and `send` returns `null`. Needs `singletonSeconds`.
   */
  singletonKey?: string;
  singletonSeconds?: number;
  /**
   * With a singleton window already taken, schedule this job for the next window instead of dropping
   * it (debounce: a burst becomes one job at the end of the window, then one more).
   */
  singletonNextSlot?: boolean;
  /** How long one attempt may run before it counts as failed (and is retried). */
  expireInSeconds?: number;
  /**
   * Enqueue inside this database transaction: the job exists only if the transaction commits, so a
   * rolled-back change never sends its email.
   */
  transaction?: Executor;
}

/** What {@link Queue.sendMany} takes: a singleton window deduplicates single sends only. */
export type BatchSendOptions = Omit<SendOptions, 'singletonKey' | 'singletonSeconds' | 'singletonNextSlot'>;

/** One job as its handler sees it. */
export interface Job<T> {
  id: string;
  name: string;
  data: T;
  /** 0 on the first attempt, 1 on the first retry, … */
  retryCount: number;
  retryLimit: number;
}

/** Returns (or resolves) to complete the job; throws (or rejects) to fail this attempt (it is retried per its policy). */
export type JobHandler<T> = (job: Job<T>) => void | Promise<void>;

export interface WorkOptions {
  /**
   * How often an idle worker looks for due jobs (≥ 0.5 s): the fallback. A job sent without a transaction in
   * this process wakes it at once; one sent in a transaction wakes the workers of every instance when it commits.
   */
  pollingIntervalSeconds?: number;
  /**
   * After a job, look for the next one at once instead of after the polling interval (pg-boss otherwise
   * takes one job per interval per worker): for queues that see bursts, such as one job per event.
   */
  drain?: boolean;
  /**
   * How many jobs of this queue this process runs at once (default 1): for queues whose jobs mostly wait
   * on the network, such as sending mail.
   */
  concurrency?: number;
}

/**
 * A durable job queue kept in PostgreSQL: jobs survive restarts and are shared by every instance (any
 * instance's worker may run a job another instance sent). Delivery is at least once: handlers must
 * tolerate running twice.
 */
export interface Queue {
  /** Installs or upgrades the queue's schema (safe when several instances start at once) and starts. */
  start(): Promise<void>;
  /** Stops fetching, waits up to `timeoutMs` for running jobs, then closes its connections. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
  /** Enqueues a job; resolves to its id, or `null` when a singleton window dropped it. */
  send<T extends object>(name: string, payload: T, options?: SendOptions): Promise<string | null>;
  /**
   * Enqueues several jobs of `name` in one statement (a bulk change's jobs: one insert, not one each), with
   * the options of {@link send} but no singleton window.
   */
  sendMany<T extends object>(name: string, payloads: readonly T[], options?: BatchSendOptions): Promise<void>;
  /** Runs `handler` for the jobs of `name` in this process, `concurrency` at a time (default one). */
  work<T extends object>(name: string, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
}
