import type { Request } from 'express';
import type { RequestMeta } from '../modules/events/recorder.ts';

/**
 * The request's origin for the audit trail: IP (per TRUST_PROXY), user agent and request id, bounded as
 * the contract says sessions, events and decisions show them (100 and 512 characters).
 */
export function requestMeta(req: Request): RequestMeta {
  return { ip: req.ip?.slice(0, 100) ?? null, userAgent: req.get('user-agent')?.slice(0, 512) ?? null, requestId: String(req.id) };
}
