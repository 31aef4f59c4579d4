import type { EventRow } from '../events/table.ts';

/**
 * The JSON body of a delivery, per Standard Webhooks: `{type, timestamp, data}` with the event in `data` —
 * its id, portal, actor, target and details as the audit trail holds them. IP addresses and user agents stay
 * in the audit trail; events never hold tokens or codes. The same event gives the same bytes on every attempt.
 */
export function webhookBody(event: EventRow): string {
  return JSON.stringify({
    type: event.type,
    timestamp: event.created_at.toISOString(),
    data: {
      id: event.id,
      type: event.type,
      workspace_id: event.workspace_id,
      portal_id: event.portal_id,
      actor: { kind: event.actor_kind, id: event.actor_id, ...(event.actor_email !== null ? { email: event.actor_email } : {}) },
      target: event.target_type && event.target_id ? { type: event.target_type, id: event.target_id } : null,
      data: event.data,
      created_at: event.created_at.toISOString(),
    },
  });
}
