import type { Request } from 'express';
import type { RequestMeta } from '../modules/events/recorder.ts';

/** The request's origin for the audit trail: IP (per TRUST_PROXY), user agent and request id. */
export function requestMeta(req: Request): RequestMeta {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null, requestId: String(req.id) };
}
