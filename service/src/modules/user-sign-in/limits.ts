import { ipRateKey } from '../../lib/rate-limit-key.ts';
import type { RateRule } from '../rate-limits/limiter.ts';
import { addressSendRules, HOUR, LIMITS } from '../verifications/limits.ts';

/**
 * The console's sign-in limits: the same numbers as a portal's (verifications/limits.ts), counted per address
 * (which may belong to several workspaces) instead of per portal and address, in buckets of their own.
 */
export const USER_LIMITS = {
  ...LIMITS,
  /** Code confirmations per address, an hour: bounds guessing one address's code from many IPs. */
  confirmCodePerEmailPerHour: 30,
} as const;

export function userSendRules(address: string, ip: string | null): RateRule[] {
  return addressSendRules(`user-verify:email:${address}`, `user-verify:ip:${ipRateKey(ip)}`);
}

/** Any confirmation (a token, a workspace choice); codes add their own rule. */
export function userConfirmRules(ip: string | null): RateRule[] {
  return [{ policy: 'per-ip', bucket: `user-confirm:ip:${ipRateKey(ip)}`, limit: USER_LIMITS.confirmPerIpPerHour, windowSeconds: HOUR }];
}

export function userConfirmCodeRules(address: string, ip: string | null): RateRule[] {
  return [
    ...userConfirmRules(ip),
    { policy: 'per-email', bucket: `user-confirm:email:${address}`, limit: USER_LIMITS.confirmCodePerEmailPerHour, windowSeconds: HOUR },
  ];
}
