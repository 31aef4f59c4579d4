import type { Request } from 'express';

/** Where a request came from, for the audit trail (events, sessions, decisions). Never holds a token or a code. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** The origin of what no request caused: jobs, the CLI. */
export const NO_REQUEST: RequestMeta = { ip: null, userAgent: null, requestId: null };

/**
 * The request's origin for the audit trail: IP (per TRUST_PROXY), user agent and request id, bounded as
 * the contract says sessions, events and decisions show them (100 and 512 characters).
 */
export function requestMeta(req: Request): RequestMeta {
  return { ip: req.ip?.slice(0, 100) ?? null, userAgent: req.get('user-agent')?.slice(0, 512) ?? null, requestId: String(req.id) };
}
