import { actorOf, requireOwner, type Auth } from '../../authz/auth.ts';
import type { Queue } from '../../adapters/queue/queue.ts';
import type { Db } from '../../db/database.ts';
import { createError, notFound } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import type { EventRecorder } from '../events/recorder.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import { resolveAllowed, UnsafeAddressError } from './address-guard.ts';
import { queueAttempt } from './deliveries.ts';
import {
  toDeliveryDto,
  toEndpointDto,
  type WebhookDeliveryDto,
  type WebhookEndpointCreateDto,
  type WebhookEndpointCreatedDto,
  type WebhookEndpointDto,
} from './dto.ts';
import * as repo from './repository.ts';
import { newWebhookSecret, webhookSecretBox } from './secret.ts';

const MAX_URL_LENGTH = 2048;

/** Owners' webhook endpoints: create (the secret is shown once), list, delete, and each one's deliveries. */
export class WebhookEndpointService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    /** Where a resent delivery's attempt is queued. */
    private readonly queue: Queue,
    private readonly secretKey: string,
    /** WEBHOOKS_ALLOW_PRIVATE. */
    private readonly allowPrivate: boolean,
  ) {}

  async create(auth: Auth | undefined, input: WebhookEndpointCreateDto, meta: RequestMeta): Promise<WebhookEndpointCreatedDto> {
    const owner = requireOwner(auth);
    const url = await this.checkUrl(input.url);
    const events = input.events === undefined || input.events.includes('*') ? ['*'] : [...new Set(input.events)];
    const secret = newWebhookSecret();
    const row = await this.db.transaction().execute(async (trx) => {
      const endpoint = await repo.insertEndpoint(trx, {
        id: newId('webhookEndpoint'),
        workspace_id: owner.workspaceId,
        url,
        events,
        secret_sealed: webhookSecretBox(this.secretKey).seal(secret),
      });
      await this.events.record(
        trx,
        {
          workspaceId: owner.workspaceId,
          portalId: null,
          type: 'webhook_endpoint.created',
          actor: actorOf(owner),
          target: { type: 'webhook_endpoint', id: endpoint.id },
          data: { url, events },
        },
        meta,
      );
      return endpoint;
    });
    return { ...toEndpointDto(row), secret };
  }

  async list(auth: Auth | undefined, query: { limit?: number; cursor?: string }): Promise<Page<WebhookEndpointDto>> {
    const owner = requireOwner(auth);
    const limit = query.limit ?? 20;
    const rows = await repo.listEndpoints(this.db, owner.workspaceId, { limit, beforeSeq: decodeCursor(query.cursor) });
    return toPage(rows, limit, toEndpointDto);
  }

  /** Deletes the endpoint and its delivery history; pending retries stop. */
  async delete(auth: Auth | undefined, endpointId: string, meta: RequestMeta): Promise<void> {
    const owner = requireOwner(auth);
    await this.db.transaction().execute(async (trx) => {
      if (!(await repo.deleteEndpoint(trx, owner.workspaceId, endpointId))) throw notFound('webhook endpoint');
      await this.events.record(
        trx,
        {
          workspaceId: owner.workspaceId,
          portalId: null,
          type: 'webhook_endpoint.deleted',
          actor: actorOf(owner),
          target: { type: 'webhook_endpoint', id: endpointId },
        },
        meta,
      );
    });
  }

  async listDeliveries(
    auth: Auth | undefined,
    endpointId: string,
    query: { limit?: number; cursor?: string },
  ): Promise<Page<WebhookDeliveryDto>> {
    const owner = requireOwner(auth);
    const endpoint = await repo.findEndpoint(this.db, owner.workspaceId, endpointId);
    if (!endpoint) throw notFound('webhook endpoint');
    const limit = query.limit ?? 20;
    const rows = await repo.listDeliveries(this.db, endpoint.id, { limit, beforeSeq: decodeCursor(query.cursor) });
    const attempts = await repo.attemptsOf(
      this.db,
      rows.slice(0, limit).map((r) => r.id),
    );
    return toPage(rows, limit, (row) => toDeliveryDto(row, attempts.get(row.id) ?? []));
  }

  /**
   * Sends a failed delivery again: pending, its next attempt queued at once (the same `webhook-id`; the
   * attempt signs a fresh timestamp), then the usual retries. Its endpoint, if disabled, is enabled again.
   */
  async resendDelivery(auth: Auth | undefined, endpointId: string, deliveryId: string): Promise<WebhookDeliveryDto> {
    const owner = requireOwner(auth);
    const endpoint = await repo.findEndpoint(this.db, owner.workspaceId, endpointId);
    if (!endpoint) throw notFound('webhook endpoint');
    const row = await this.db.transaction().execute(async (trx) => {
      const delivery = await repo.lockEndpointDelivery(trx, endpoint.id, deliveryId);
      if (!delivery) throw notFound('webhook delivery');
      if (delivery.status !== 'failed')
        throw createError('delivery_not_failed', `This delivery is ${delivery.status}: only a failed delivery can be sent again.`);
      await repo.enableEndpoint(trx, endpoint.id);
      const restarted = await repo.restartDelivery(trx, delivery.id);
      await queueAttempt(trx, this.queue, delivery.id);
      return restarted;
    });
    const attempts = await repo.attemptsOf(this.db, [row.id]);
    return toDeliveryDto(row, attempts.get(row.id) ?? []);
  }

  /**
   * An absolute http(s) URL without credentials or fragment, whose host resolves only to public addresses
   * (unless WEBHOOKS_ALLOW_PRIVATE). Deliveries check again at every attempt: DNS may change.
   */
  private async checkUrl(raw: string): Promise<string> {
    const refuse = (message: string): never => {
      throw createError('validation_failed', `url ${message}`, [{ path: '/body/url', message }]);
    };
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      refuse('must be an absolute URL');
    }
    if (!url) return refuse('must be an absolute URL');
    if (url.protocol !== 'https:' && url.protocol !== 'http:') refuse('must be an http or https URL');
    if (url.username || url.password) refuse('must not carry a user name or password (use the signature to authenticate deliveries)');
    if (url.hash) refuse('must not carry a fragment');
    try {
      await resolveAllowed(url.hostname, this.allowPrivate);
    } catch (err) {
      if (err instanceof UnsafeAddressError) refuse(err.message);
      throw err;
    }
    const normalised = url.toString();
    // Endpoints answer their URL as stored (normalised: punycode, percent-encoding), within the contract's 2048.
    if (normalised.length > MAX_URL_LENGTH) refuse(`must be at most ${MAX_URL_LENGTH} characters once normalised (${normalised.length})`);
    return normalised;
  }
}
