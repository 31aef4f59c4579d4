import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Queue, RetryPolicy } from '../../adapters/queue/queue.ts';
import type { Db, Executor } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { NO_REQUEST } from '../../lib/request-meta.ts';
import type { EventRow } from '../events/table.ts';
import { webhookBody } from './payload.ts';
import { insertDelivery, lockDelivery, subscribedEndpoints } from './repository.ts';
import { postWebhook, type PostResult } from './sender.ts';
import { signWebhook, webhookSecretBox } from './secret.ts';

/** `webhooks.deliver {delivery_id}`: one attempt of one delivery. */
export const DELIVER_JOB = 'webhooks.deliver';

/**
 * Wait before each retry after a failed attempt (non-2xx, network error, timeout, refused address), after
 * the Standard Webhooks schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h — 8 attempts over about 27.6 hours.
 */
export const RETRY_SCHEDULE_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600] as const;

/** An endpoint whose attempts have all failed for this long is disabled. */
export const DISABLE_AFTER_MS = 24 * 3600_000;

/** One attempt: connect, send, and the complete response. */
export const ATTEMPT_TIMEOUT_MS = 15_000;

/** Retries of the job itself, for failures of ours (database unreachable), not of the receiver. */
const JOB_RETRY: RetryPolicy = { limit: 5, delaySeconds: 30, backoff: true };
const JOB_EXPIRY_SECONDS = 60;

/** How many deliveries an instance attempts at once, so one slow receiver does not hold up the rest. */
const CONCURRENT_DELIVERIES = 4;

export interface WebhookDeps {
  db: Db;
  queue: Queue;
  logger: Logger;
  /** Records `webhook_endpoint.disabled`. */
  events: EventRecorder;
  secretKey: string;
  /** WEBHOOKS_ALLOW_PRIVATE. */
  allowPrivate: boolean;
}

/** The webhooks consumer of one event, in the dispatch job's transaction: a delivery per subscribed endpoint. */
export async function queueWebhookDeliveries(trx: Executor, queue: Queue, event: EventRow): Promise<void> {
  for (const endpoint of await subscribedEndpoints(trx, event.workspace_id, event.type)) {
    const id = newId('webhookDelivery');
    const created = await insertDelivery(trx, {
      id,
      endpoint_id: endpoint.id,
      workspace_id: event.workspace_id,
      event_id: event.id,
      event_type: event.type,
    });
    if (created) await queueAttempt(trx, queue, id);
  }
}

/** Queues the next attempt of a delivery, in the caller's transaction: at once, or at `startAfter`. */
export async function queueAttempt(trx: Executor, queue: Queue, deliveryId: string, startAfter?: Date): Promise<void> {
  await queue.send(
    DELIVER_JOB,
    { delivery_id: deliveryId },
    { transaction: trx, retry: JOB_RETRY, expireInSeconds: JOB_EXPIRY_SECONDS, ...(startAfter ? { startAfter } : {}) },
  );
}

/** Runs this instance's delivery workers. */
export async function startWebhookJobs(deps: WebhookDeps, options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
  for (let i = 0; i < CONCURRENT_DELIVERIES; i++) {
    await deps.queue.work<{ delivery_id: string }>(DELIVER_JOB, (job) => attemptDelivery(deps, job.data.delivery_id), {
      ...options,
      drain: true,
    });
  }
}

/**
 * Makes the next attempt of a pending delivery, signed per Standard Webhooks (`webhook-id` is the delivery id,
 * the same on every attempt, so receivers can drop duplicates), then records it — and schedules the retry —
 * in one transaction.
 */
export async function attemptDelivery(deps: WebhookDeps, deliveryId: string): Promise<void> {
  const row = await deps.db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
    .select(['d.id', 'd.status', 'd.attempts', 'd.event_id', 'd.endpoint_id', 'e.url', 'e.secret_sealed', 'e.status as endpoint_status'])
    .where('d.id', '=', deliveryId)
    .executeTakeFirst();
  if (!row || row.status !== 'pending') return; // deleted with its endpoint, or already settled
  const event = await deps.db.selectFrom('events').selectAll().where('id', '=', row.event_id).executeTakeFirst();
  if (row.endpoint_status !== 'enabled' || !event) {
    await deps.db
      .updateTable('webhook_deliveries')
      .set({ status: 'failed', next_attempt_at: null })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .execute();
    return;
  }
  const secret = webhookSecretBox(deps.secretKey).open(row.secret_sealed) as string;
  const body = webhookBody(event);
  const timestamp = Math.floor(Date.now() / 1000);
  const startedAt = new Date();
  const result = await postWebhook(
    row.url,
    body,
    {
      'user-agent': 'Foyer-Webhooks/1',
      'webhook-id': row.id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(secret, row.id, timestamp, body),
    },
    { allowPrivate: deps.allowPrivate, timeoutMs: ATTEMPT_TIMEOUT_MS },
  );
  await recordAttempt(deps, { id: row.id, endpointId: row.endpoint_id, attemptsBefore: row.attempts }, startedAt, result);
}

async function recordAttempt(
  deps: WebhookDeps,
  delivery: { id: string; endpointId: string; attemptsBefore: number },
  startedAt: Date,
  result: PostResult,
): Promise<void> {
  const log = deps.logger.child({ webhook: { delivery_id: delivery.id, endpoint_id: delivery.endpointId } });
  await deps.db.transaction().execute(async (trx) => {
    const current = await lockDelivery(trx, delivery.id);
    // Another run of this job (a retry after an expiry) recorded this attempt already.
    if (!current || current.status !== 'pending' || current.attempts !== delivery.attemptsBefore) return;
    const attempt = current.attempts + 1;
    let status: 'pending' | 'succeeded' | 'failed' = 'succeeded';
    let nextRetryAt: Date | null = null;

    if (result.error === null) {
      await trx.updateTable('webhook_endpoints').set({ failing_since: null }).where('id', '=', delivery.endpointId).execute();
    } else {
      status = 'failed';
      const endpoint = await trx
        .updateTable('webhook_endpoints')
        .set({ failing_since: sql<Date>`coalesce(failing_since, ${startedAt})` })
        .where('id', '=', delivery.endpointId)
        .returning(['workspace_id', 'failing_since', 'status'])
        .executeTakeFirstOrThrow();
      // A resent delivery starts the schedule again (retries_from: its attempts before the resend).
      const wait = RETRY_SCHEDULE_SECONDS[attempt - current.retries_from - 1];
      if (Date.now() - endpoint.failing_since!.getTime() >= DISABLE_AFTER_MS) {
        if (endpoint.status === 'enabled')
          await disableEndpoint(trx, deps.events, delivery.endpointId, endpoint.workspace_id, result.error);
        log.warn({ error: result.error }, 'webhook endpoint failing for a day: disabled');
      } else if (wait !== undefined) {
        status = 'pending';
        nextRetryAt = new Date(Date.now() + wait * 1000);
        await queueAttempt(trx, deps.queue, delivery.id, nextRetryAt);
      }
      log.info({ attempt, error: result.error, next_retry_at: nextRetryAt }, 'webhook attempt failed');
    }

    await trx
      .insertInto('webhook_attempts')
      .values({
        delivery_id: delivery.id,
        attempt,
        started_at: startedAt,
        duration_ms: result.durationMs,
        response_status: result.status,
        error: result.error,
        next_retry_at: nextRetryAt,
      })
      .execute();
    await trx
      .updateTable('webhook_deliveries')
      .set({ attempts: attempt, status, next_attempt_at: nextRetryAt })
      .where('id', '=', delivery.id)
      .execute();
  });
}

async function disableEndpoint(
  trx: Executor,
  events: EventRecorder,
  endpointId: string,
  workspaceId: string,
  lastError: string,
): Promise<void> {
  const reason = `Every delivery failed for 24 hours; last error: ${lastError}`.slice(0, 500);
  await trx.updateTable('webhook_endpoints').set({ status: 'disabled', disabled_reason: reason }).where('id', '=', endpointId).execute();
  await events.record(
    trx,
    {
      workspaceId,
      portalId: null,
      type: 'webhook_endpoint.disabled',
      actor: { kind: 'system', id: null },
      target: { type: 'webhook_endpoint', id: endpointId },
      data: { reason },
    },
    NO_REQUEST,
  );
}
