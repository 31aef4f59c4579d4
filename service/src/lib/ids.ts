import { randomFillSync } from 'node:crypto';

// Crockford's base32 alphabet, lowercase: no i, l, o, u, so ids survive being read aloud or retyped.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

// CSPRNG bytes fetched 4 KiB at a time (as Node's randomUUID does): every request takes an id, and one
// small randomBytes() call each costs a system call. Each byte is handed out once.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

/** `length` base32 characters from the CSPRNG (5 bits each: 32 characters carry 160 bits). */
export function randomBase32(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    if (poolOffset === pool.length) {
      randomFillSync(pool);
      poolOffset = 0;
    }
    out += ALPHABET[pool[poolOffset++]! & 31];
  }
  return out;
}

export const ID_PREFIXES = {
  workspace: 'wsp',
  portal: 'prt',
  apiKey: 'key',
  file: 'fil',
  member: 'mem',
  session: 'ses',
  webhookEndpoint: 'whe',
  webhookDelivery: 'whd',
  event: 'evt',
  comment: 'cmt',
  approvalRequest: 'apr',
  decision: 'dec',
  user: 'usr',
  userSession: 'uss',
  request: 'req',
  requestItem: 'rqi',
  requestTemplate: 'rqt',
  upload: 'upl',
  receiptKey: 'rkey',
  preview: 'pvw',
  export: 'exp',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

/** A new public id such as `prt_…`: prefix + 32 random base32 characters (160 bits). */
export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${randomBase32(32)}`;
}

const ID_BODY = /^[0-9a-z]{32}$/;

/** Whether `value` has the shape of an id of this kind. */
export function isId(kind: IdKind, value: string): boolean {
  // No RegExp built at run time: every regex applied to input is a literal the ReDoS test can check.
  const prefix = `${ID_PREFIXES[kind]}_`;
  return value.startsWith(prefix) && ID_BODY.test(value.slice(prefix.length));
}
