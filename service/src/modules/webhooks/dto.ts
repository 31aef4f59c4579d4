import type { components } from '@foyer/contract';
import type { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from './table.ts';

export type WebhookEndpointDto = components['schemas']['WebhookEndpoint'];
export type WebhookEndpointCreatedDto = components['schemas']['WebhookEndpointCreated'];
export type WebhookEndpointCreateDto = components['schemas']['WebhookEndpointCreate'];
export type WebhookDeliveryDto = components['schemas']['WebhookDelivery'];

export function toEndpointDto(row: WebhookEndpointRow): WebhookEndpointDto {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    status: row.status,
    disabled_reason: row.disabled_reason,
    created_at: row.created_at.toISOString(),
  };
}

export function toDeliveryDto(row: WebhookDeliveryRow, attempts: WebhookAttemptRow[]): WebhookDeliveryDto {
  return {
    id: row.id,
    event_id: row.event_id,
    event_type: row.event_type,
    status: row.status,
    attempts: attempts.map((a) => ({
      attempt: a.attempt,
      started_at: a.started_at.toISOString(),
      duration_ms: a.duration_ms,
      response_status: a.response_status,
      error: a.error,
      next_retry_at: a.next_retry_at?.toISOString() ?? null,
    })),
    next_attempt_at: row.next_attempt_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
  };
}
