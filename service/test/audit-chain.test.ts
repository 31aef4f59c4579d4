import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer } from '@foyer/sdk';
import { newId } from '../src/lib/ids.ts';
import { NO_REQUEST } from '../src/lib/request-meta.ts';
import { legacyCanonicalJson } from '../src/modules/events/legacy-canonical-json.ts';
import { verifyAuditChains } from '../src/modules/events/verify.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { fileForm } from './support/uploads.ts';

// The audit chain's formats: events keep the hash version they were recorded with, new ones are hashed over
// RFC 8785 canonical JSON (version 3 on; version 4 also covers the acting user's address), and an outside
// verifier recomputes a hash from the API's answer with any RFC 8785 implementation (here the `canonicalize`
// package) and SHA-256.
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

/**
 * Appends an event as an older release recorded it: version 1 or 2 fields, hashed over the legacy canonical
 * JSON, or version 3 (the fields of 2, before users' addresses were recorded) over RFC 8785.
 */
async function seedOldEvent(portalId: string, version: 1 | 2 | 3, data: Record<string, unknown>): Promise<void> {
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
  const hashed = version === 1 ? fields : { ...fields, actor_method: 'code', hash_version: version };
  await ctx.db
    .insertInto('events')
    .values({
      ...event,
      data: JSON.stringify(data),
      actor_method: version === 1 ? null : 'code',
      hash_version: version,
      prev_hash: prevHash,
      hash: sha256(prevHash + (version === 3 ? canonicalize(hashed)! : legacyCanonicalJson(hashed))),
    })
    .execute();
}

describe('audit chain format', () => {
  it('verifies a chain of version 1, 2 and 3 events followed by new version 4 ones', async () => {
    const portal = await foyer.portals.create({ name: 'Old and new' });
    await seedOldEvent(portal.id, 1, { note: 'before sign-in methods' });
    await seedOldEvent(portal.id, 2, { nested: { b: 1, a: [true, null, 'é'] } });
    await seedOldEvent(portal.id, 3, { note: 'before users' });
    await foyer.files.upload(portal.id, new Blob(['bytes']), { name: 'ünïcode – report.pdf' });
    await foyer.portals.update(portal.id, { access_mode: 'link' });

    const versions = await ctx.db
      .selectFrom('events')
      .select(['type', 'hash_version'])
      .where('portal_id', '=', portal.id)
      .orderBy('seq')
      .execute();
    expect(versions.map((e) => e.hash_version)).toEqual([1, 2, 3, 4, 4]);
    expect(versions.slice(3).map((e) => e.type)).toEqual(['file.uploaded', 'portal.access_mode_changed']);
    const [report] = await verifyAuditChains(ctx.db, { portalId: portal.id });
    expect(report).toEqual({ chain: portal.id, events: 5 });
  });

  it('appends a batch (recordMany) to several chains at once, each after its last event, in the order given', async () => {
    const a = await foyer.portals.create({ name: 'Batch A' });
    const b = await foyer.portals.create({ name: 'Batch B' });
    await foyer.portals.update(a.id, { access_mode: 'link' }); // a chain that already has an event
    const actor = { kind: 'owner' as const, id: owner.keyId };
    const event = (portalId: string | null, n: number) => ({
      workspaceId: owner.workspaceId,
      portalId,
      type: 'test.batched',
      actor,
      data: { n },
    });
    await ctx.db
      .transaction()
      .execute((trx) =>
        ctx.events.recordMany(trx, [event(a.id, 1), event(b.id, 2), event(null, 3), event(a.id, 4), event(null, 5)], NO_REQUEST),
      );
    const batched = await ctx.db
      .selectFrom('events')
      .select(['portal_id', 'data'])
      .where('workspace_id', '=', owner.workspaceId)
      .where('type', '=', 'test.batched')
      .orderBy('seq')
      .execute();
    expect(batched.map((e) => [e.portal_id, e.data.n])).toEqual([
      [a.id, 1],
      [b.id, 2],
      [null, 3],
      [a.id, 4],
      [null, 5],
    ]);
    const reports = (await verifyAuditChains(ctx.db)).filter((r) => [a.id, b.id, `workspace:${owner.workspaceId}`].includes(r.chain));
    expect(reports).toHaveLength(3);
    expect(reports.filter((r) => r.broken)).toEqual([]);
    expect(reports.find((r) => r.chain === a.id)!.events).toBe(3);
    // Each event of the batch was dispatched to the consumers like any other.
    const { rows } = await sql<{ n: string }>`
      select count(*) as n from (select id, name from pgboss.job union all select id, name from pgboss.archive) j
      where j.name = 'events.dispatch'`.execute(ctx.db);
    expect(Number(rows[0]!.n)).toBeGreaterThanOrEqual(5);
  });

  it('lets an outside verifier recompute a new event’s hash from the API with RFC 8785 and SHA-256', async () => {
    const portal = await foyer.portals.create({ name: 'Outside' });
    await foyer.files.upload(portal.id, new Blob(['one']), { name: 'first.pdf' });
    // The second by a person of the business: version 4 covers their address.
    const user = await ctx.newUser(owner.workspaceId);
    const upload = await ctx.upload(
      `/v1/portals/${portal.id}/files`,
      fileForm(Buffer.from('two'), { filename: 'Ω “quoted” \\ name.pdf' }),
      user.token,
    );
    expect(upload.status).toBe(201);
    const [newest, previous] = (await foyer.events.listPortal(portal.id).page()).data;

    expect(newest).toMatchObject({ type: 'file.uploaded', hash_version: 4, prev_hash: previous!.hash });
    expect(newest!.actor).toEqual({ kind: 'user', id: user.id, email: user.email, sign_in_method: null });
    expect(previous!.actor).toEqual({ kind: 'owner', id: owner.keyId, sign_in_method: null });
    expect(previous!.prev_hash).toBe('0'.repeat(64)); // the chain's first event
    for (const event of [newest!, previous!]) {
      // The README's recipe: the version-4 fields, RFC 8785, then sha256(prev_hash ‖ that), all UTF-8.
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
        actor_email: event.actor.email ?? null,
      };
      expect(sha256(event.prev_hash + canonicalize(fields)!)).toBe(event.hash);
    }
  });

  it('breaks an event’s hash when the recorded user address is changed', async () => {
    const portal = await foyer.portals.create({ name: 'Who did it' });
    const user = await ctx.newUser(owner.workspaceId);
    const res = await ctx.fetch(`/v1/portals/${portal.id}`, {
      apiKey: user.token,
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ access_mode: 'link' }),
    });
    expect(res.status).toBe(200);
    expect((await verifyAuditChains(ctx.db, { portalId: portal.id }))[0]!.broken).toBeUndefined();
    await sql`alter table events disable trigger events_append_only`.execute(ctx.db);
    await sql`update events set actor_email = 'someone.else@business.test' where portal_id = ${portal.id}`.execute(ctx.db);
    await sql`alter table events enable trigger events_append_only`.execute(ctx.db);
    expect((await verifyAuditChains(ctx.db, { portalId: portal.id }))[0]!.broken?.reason).toContain('altered');
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
        hash_version: 5,
        prev_hash: prevHash,
        hash: 'f'.repeat(64),
      })
      .execute();
    const [report] = await verifyAuditChains(ctx.db, { portalId: portal.id });
    expect(report!.broken?.event_id).toBe(id);
    expect(report!.broken?.reason).toContain('hash version 5 is not known');
  });
});
