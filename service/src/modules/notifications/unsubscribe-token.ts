import { createHmac, timingSafeEqual } from 'node:crypto';

/** Whose notifications an unsubscribe link stops: one member (in its portal), or one owner address of a workspace. */
export type UnsubscribeTarget = { kind: 'member'; memberId: string } | { kind: 'owner'; workspaceId: string; email: string };

const VERSION = 'u1';

function key(secretKey: string): Buffer {
  // A key of its own, derived from SECRET_KEY, so these MACs can never be confused with another use of it.
  return createHmac('sha256', secretKey).update('foyer unsubscribe link').digest();
}

function mac(secretKey: string, body: string): Buffer {
  return createHmac('sha256', key(secretKey)).update(`${VERSION}.${body}`).digest();
}

/**
 * `u1.<payload>.<mac>` (base64url): the payload names the target, the MAC (HMAC-SHA256 under a key derived
 * from SECRET_KEY) proves the service wrote it. No expiry: an unsubscribe link in an old email must still
 * work; all it can do is stop notification emails to the address it was sent to.
 */
export function signUnsubscribeToken(secretKey: string, target: UnsubscribeTarget): string {
  const payload = target.kind === 'member' ? { m: target.memberId } : { w: target.workspaceId, e: target.email };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${VERSION}.${body}.${mac(secretKey, body).toString('base64url')}`;
}

/** The target of a token this service signed, or `undefined` (malformed, altered, or signed under another key). */
export function verifyUnsubscribeToken(secretKey: string, token: string): UnsubscribeTarget | undefined {
  if (token.length > 1000) return undefined;
  const [version, body, signature, extra] = token.split('.');
  if (version !== VERSION || !body || !signature || extra !== undefined) return undefined;
  const expected = mac(secretKey, body);
  const presented = Buffer.from(signature, 'base64url');
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { m?: unknown; w?: unknown; e?: unknown };
    if (typeof payload.m === 'string') return { kind: 'member', memberId: payload.m };
    if (typeof payload.w === 'string' && typeof payload.e === 'string') return { kind: 'owner', workspaceId: payload.w, email: payload.e };
  } catch {
    // fall through: a MAC over garbage is still garbage
  }
  return undefined;
}
