import type { Db } from '../../db/database.ts';
import { HttpError } from '../../errors/http-error.ts';
import { ipRateKey } from '../../lib/rate-limit-key.ts';
import type { RateLimitSink } from '../rate-limits/headers.ts';
import { consumeRate, type RateRule } from '../rate-limits/limiter.ts';

/** The sign-in limits (DESIGN.md's security numbers); each has a test. Per-IP buckets are `ipRateKey`s. */
export const LIMITS = {
  /** Code requests: 1 a minute and 5 an hour per (portal, email), 20 an hour per IP. */
  sendPerAddressPerMinute: 1,
  sendPerAddressPerHour: 5,
  sendPerIpPerHour: 20,
  /** Confirm requests of any kind, per IP, an hour. */
  confirmPerIpPerHour: 60,
  /** Code confirmations per portal, an hour: bounds guessing across all of a portal's members. */
  confirmCodePerPortalPerHour: 100,
  /** Link-mode sign-ins per IP, an hour (within the confirm limit). */
  accessLinkPerIpPerHour: 30,
} as const;

export const HOUR = 3600;

export function sendRules(portalId: string, address: string, ip: string | null): RateRule[] {
  return addressSendRules(`verify:email:${portalId}:${address}`, `verify:ip:${ipRateKey(ip)}`);
}

/**
 * The send limits of any sign-in by email (a portal's clients, the console's users): 1 a minute and 5 an hour
 * in `addressBucket`, 20 an hour in `ipBucket`.
 */
export function addressSendRules(addressBucket: string, ipBucket: string): RateRule[] {
  return [
    { policy: 'per-email-minute', bucket: addressBucket, limit: LIMITS.sendPerAddressPerMinute, windowSeconds: 60 },
    { policy: 'per-email-hour', bucket: addressBucket, limit: LIMITS.sendPerAddressPerHour, windowSeconds: HOUR },
    { policy: 'per-ip', bucket: ipBucket, limit: LIMITS.sendPerIpPerHour, windowSeconds: HOUR },
  ];
}

/** Any confirmation (a token here; codes and portal links add their own rules). */
export function confirmRules(ip: string | null): RateRule[] {
  return [{ policy: 'per-ip', bucket: `confirm:ip:${ipRateKey(ip)}`, limit: LIMITS.confirmPerIpPerHour, windowSeconds: HOUR }];
}

export function confirmCodeRules(portalId: string, ip: string | null): RateRule[] {
  return [
    ...confirmRules(ip),
    { policy: 'per-portal', bucket: `confirm:portal:${portalId}`, limit: LIMITS.confirmCodePerPortalPerHour, windowSeconds: HOUR },
  ];
}

export function accessLinkRules(ip: string | null): RateRule[] {
  return [
    ...confirmRules(ip),
    { policy: 'per-ip-link', bucket: `access:ip:${ipRateKey(ip)}`, limit: LIMITS.accessLinkPerIpPerHour, windowSeconds: HOUR },
  ];
}

/**
 * Counts one request against `rules`, or refuses it with 429 and `Retry-After` (a refused request counts
 * nothing); `report` hears the quotas for the `RateLimit` headers either way.
 */
export async function enforceLimits(db: Db, rules: RateRule[], wait: (seconds: number) => string, report?: RateLimitSink): Promise<void> {
  const decision = await consumeRate(db, rules, report);
  if (!decision.allowed) {
    throw new HttpError('rate_limited', wait(decision.retryAfterSeconds), undefined, { 'Retry-After': String(decision.retryAfterSeconds) });
  }
}
