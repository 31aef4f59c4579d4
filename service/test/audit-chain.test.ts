import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer } from '@foyer/sdk';
import { newId } from '../src/lib/ids.ts';
import { legacyCanonicalJson } from '../src/modules/events/legacy-canonical-json.ts';
import { verifyAuditChains } from '../src/modules/events/verify.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';

// The audit chain's formats: events keep the hash version they were recorded with, new ones are hashed over
// RFC 8785 canonical JSON (version 3), and an outside verifier recomputes a hash from the API's answer with
// any RFC 8785 implementation (here the `canonicalize` package) and SHA-256.
let ctx: TestContext;
let owner: TestWorkspace;
let foyer: Foyer;

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await ctx.newWorkspace('Chain');
  foyer = new Foyer({ baseUrl: ctx.baseUrl, apiKey: owner.apiKey });
});
afterAll(() => ctx.close());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The last hash of a portal's chain (its genesis when empty). */
async function lastHash(portalId: string): Promise<string> {
  const row = await ctx.db.selectFrom('events').select('hash').where('portal_id', '=', portalId).orderBy('seq', 'desc').executeTakeFirst();
  return row?.hash ?? '0'.repeat(64);
}

/** Appends an event as an older release recorded it: version 1 or 2 fields, hashed over the legacy canonical JSON. */
async function seedOldEvent(portalId: string, version: 1 | 2, data: Record<string, unknown>): Promise<void> {
  const prevHash = await lastHash(portalId);
  const event = {
    id: newId('event'),
    workspace_id: owner.workspaceId,
    portal_id: portalId,
    type: 'portal.viewed',
    actor_kind: 'member' as const,
    actor_id: `mem_${'0'.repeat(32)}`,
    target_type: 'portal',
    target_id: portalId,
    data,
    ip: '192.0.2.7',
    user_agent: 'Old/1.0',
    request_id: `req_old_v${version}`,
    created_at: new Date(),
  };
  const fields = { ...event, created_at: event.created_at.toISOString() };
  const hashed = version === 1 ? fields : { ...fields, actor_method: 'code', hash_version: 2 };
  await ctx.db
    .insertInto('events')
    .values({
      ...event,
      data: JSON.stringify(data),
      actor_method: version === 1 ? null : 'code',
      hash_version: version,
      prev_hash: prevHash,
      hash: sha256(prevHash + legacyCanonicalJson(hashed)),
    })
    .execute();
}

describe('audit chain format', () => {
  it('verifies a chain of version 1 and 2 events followed by new version 3 ones', async () => {
    const portal = await foyer.portals.create({ name: 'Old and new' });
    await seedOldEvent(portal.id, 1, { note: 'before sign-in methods' });
    await seedOldEvent(portal.id, 2, { nested: { b: 1, a: [true, null, 'é'] } });
    await foyer.files.upload(portal.id, new Blob(['bytes']), { name: 'ünïcode – report.pdf' });
    await foyer.portals.update(portal.id, { access_mode: 'link' });

    const versions = await ctx.db
      .selectFrom('events')
      .select(['type', 'hash_version'])
      .where('portal_id', '=', portal.id)
      .orderBy('seq')
      .execute();
    expect(versions.map((e) => e.hash_version)).toEqual([1, 2, 3, 3]);
    expect(versions.slice(2).map((e) => e.type)).toEqual(['file.uploaded', 'portal.access_mode_changed']);
    const [report] = await verifyAuditChains(ctx.db, { portalId: portal.id });
    expect(report).toEqual({ chain: portal.id, events: 4 });
  });

  it('lets an outside verifier recompute a new event’s hash from the API with RFC 8785 and SHA-256', async () => {
    const portal = await foyer.portals.create({ name: 'Outside' });
    await foyer.files.upload(portal.id, new Blob(['one']), { name: 'first.pdf' });
    await foyer.files.upload(portal.id, new Blob(['two']), { name: 'Ω “quoted” \\ name.pdf' });
    const [newest, previous] = (await foyer.events.listPortal(portal.id).page()).data;

    expect(newest).toMatchObject({ type: 'file.uploaded', hash_version: 3, prev_hash: previous!.hash });
    expect(previous!.prev_hash).toBe('0'.repeat(64)); // the chain's first event
    for (const event of [newest!, previous!]) {
      // The README's recipe: the version-3 fields, RFC 8785, then sha256(prev_hash ‖ that), all UTF-8.
      const fields = {
        id: event.id,
        workspace_id: owner.workspaceId,
        portal_id: event.portal_id,
        type: event.type,
        actor_kind: event.actor.kind,
        actor_id: event.actor.id,
        actor_method: event.actor.sign_in_method,
        target_type: event.target?.type ?? null,
        target_id: event.target?.id ?? null,
        data: event.data,
        ip: event.ip,
        user_agent: event.user_agent,
        request_id: event.request_id,
        created_at: event.created_at,
        hash_version: event.hash_version,
      };
      expect(sha256(event.prev_hash + canonicalize(fields)!)).toBe(event.hash);
    }
  });

  it('gives the same bytes as RFC 8785 for the values older versions hashed', () => {
    const value = { z: [1, 2.5, -0, 1e21, 'x'], a: { é: 'ü', e: null, '\u20ac': true, '\ud83d\ude00': '😀' }, b: 'tab\t"quote"\n' };
    expect(legacyCanonicalJson(value)).toBe(canonicalize(value));
  });

  it('names an event of a hash version it does not know instead of calling it altered', async () => {
    const portal = await foyer.portals.create({ name: 'From the future' });
    await foyer.files.upload(portal.id, new Blob(['now']), { name: 'now.pdf' });
    const prevHash = await lastHash(portal.id);
    const id = newId('event');
    await ctx.db
      .insertInto('events')
      .values({
        id,
        workspace_id: owner.workspaceId,
        portal_id: portal.id,
        type: 'portal.viewed',
        actor_kind: 'system',
        actor_id: null,
        actor_method: null,
        target_type: null,
        target_id: null,
        data: '{}',
        ip: null,
        user_agent: null,
        request_id: null,
        created_at: new Date(),
        hash_version: 4,
        prev_hash: prevHash,
        hash: 'f'.repeat(64),
      })
      .execute();
    const [report] = await verifyAuditChains(ctx.db, { portalId: portal.id });
    expect(report!.broken?.event_id).toBe(id);
    expect(report!.broken?.reason).toContain('hash version 4 is not known');
  });
});
