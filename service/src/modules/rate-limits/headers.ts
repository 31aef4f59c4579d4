import type { Response } from 'express';

/** Where a rate-limited operation reports its quotas: the response's `RateLimit` headers. */
export type RateLimitSink = (state: RatePolicyState[]) => void;

/** One quota after this request: `remaining` of `limit` hits per `windowSeconds`, one freed in `resetSeconds`. */
export interface RatePolicyState {
  policy: string;
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
}

/**
 * The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers-09): `RateLimit-Policy` lists each quota
 * (`q` hits per `w` seconds) and `RateLimit` what is left of it (`r` remaining, `t` seconds until one frees).
 */
export function rateLimitHeaders(states: RatePolicyState[]): { RateLimit: string; 'RateLimit-Policy': string } {
  return {
    'RateLimit-Policy': states.map((s) => `"${s.policy}";q=${s.limit};w=${s.windowSeconds}`).join(', '),
    RateLimit: states.map((s) => `"${s.policy}";r=${s.remaining};t=${s.resetSeconds}`).join(', '),
  };
}

/** A sink that sets the fields on `res` (a 429 thrown afterwards keeps them: the error handler adds to them). */
export function rateLimitSink(res: Response): RateLimitSink {
  return (states) => {
    for (const [name, value] of Object.entries(rateLimitHeaders(states))) res.setHeader(name, value);
  };
}
