import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { legacyCanonicalJson } from './legacy-canonical-json.ts';
import type { EventRow } from './table.ts';

/** The previous hash of a chain's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The chain format new events are hashed with. 1: the fields events had before sign-in methods were recorded;
 * 2: also `actor_method` and `hash_version`; 3: the fields of 2, in RFC 8785 canonical JSON (JCS), so any
 * RFC 8785 implementation recomputes the hash; 4: also `actor_email` (the acting user's address), in JCS.
 * Each event keeps the version it was hashed with.
 */
export const HASH_VERSION = 4;
const KNOWN_VERSIONS = new Set([1, 2, 3, 4]);

/** An event row as far as its hash goes. */
export type HashedRow = Omit<EventRow, 'seq' | 'prev_hash' | 'hash'>;

/**
 * The fields a link's hash covers. Version 1 keeps its original field set, so chains recorded then still
 * verify; from version 2 on the hash also covers `actor_method` and `hash_version`, so relabelling an event
 * with another version breaks its hash; from version 4 on, `actor_email` too.
 */
export function hashedFields(row: HashedRow): Record<string, unknown> {
  const fields = {
    id: row.id,
    workspace_id: row.workspace_id,
    portal_id: row.portal_id,
    type: row.type,
    actor_kind: row.actor_kind,
    actor_id: row.actor_id,
    target_type: row.target_type,
    target_id: row.target_id,
    data: row.data,
    ip: row.ip,
    user_agent: row.user_agent,
    request_id: row.request_id,
    created_at: row.created_at.toISOString(),
  };
  if (row.hash_version === 1) return fields;
  const withMethod = { ...fields, actor_method: row.actor_method, hash_version: row.hash_version };
  return row.hash_version < 4 ? withMethod : { ...withMethod, actor_email: row.actor_email };
}

/** The bytes (as text) a link hashes after the previous hash: its fields in its version's canonical JSON. */
export function canonicalEvent(row: HashedRow): string {
  if (!KNOWN_VERSIONS.has(row.hash_version)) throw new UnknownHashVersionError(row.hash_version);
  const fields = hashedFields(row);
  // RFC 8785 refuses what JSON cannot carry (NaN, lone surrogates); the edge refuses such input first.
  return row.hash_version >= 3 ? canonicalize(fields)! : legacyCanonicalJson(fields);
}

/** sha256(previous hash ‖ canonical JSON of the event), hex: both as UTF-8. */
export function chainHash(prevHash: string, row: HashedRow): string {
  return createHash('sha256').update(prevHash).update(canonicalEvent(row)).digest('hex');
}

/** A stored event whose hash version this release does not know (written by a newer one). */
export class UnknownHashVersionError extends Error {
  constructor(readonly version: number) {
    super(`hash version ${version} is not known to this release`);
  }
}
