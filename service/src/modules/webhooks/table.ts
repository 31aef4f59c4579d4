import type { ColumnType, Generated, Selectable } from 'kysely';

export interface WebhookEndpointTable {
  id: string;
  seq: Generated<string>;
  workspace_id: string;
  url: string;
  /** Event types to deliver, or `['*']` for every one. */
  events: ColumnType<string[], string[], string[]>;
  /** The `whsec_…` secret, sealed under a key derived from SECRET_KEY. */
  secret_sealed: string;
  status: Generated<'enabled' | 'disabled'>;
  disabled_reason: string | null;
  failing_since: Date | null;
  created_at: Generated<Date>;
}

export interface WebhookDeliveryTable {
  /** `whd_…`, sent as `webhook-id` on every attempt of this delivery. */
  id: string;
  seq: Generated<string>;
  endpoint_id: string;
  workspace_id: string;
  event_id: string;
  event_type: string;
  status: Generated<'pending' | 'succeeded' | 'failed'>;
  attempts: Generated<number>;
  /** Attempts made before the latest resend: the retry schedule starts again after them. */
  retries_from: Generated<number>;
  next_attempt_at: Date | null;
  created_at: Generated<Date>;
}

export interface WebhookAttemptTable {
  delivery_id: string;
  attempt: number;
  started_at: Date;
  duration_ms: number;
  /** The receiver's HTTP status; null when no response came (refused, timed out, blocked address). */
  response_status: number | null;
  error: string | null;
  next_retry_at: Date | null;
}

export type WebhookEndpointRow = Selectable<WebhookEndpointTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveryTable>;
export type WebhookAttemptRow = Selectable<WebhookAttemptTable>;
