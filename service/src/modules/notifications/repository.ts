import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { MemberRow } from '../members/table.ts';
import type { NotificationBatchRow, NotificationItemRow } from './table.ts';

export interface Recipient {
  id: string;
  email: string;
  name: string | null;
}

/**
 * Active members of the portal who have not muted it; only `ids` when given (an empty list means all). Only
 * addresses someone stands behind are mailed: proved by the member (verified), or added by the owner. A
 * link-mode visitor's typed address is not mailed until it is verified — else anyone with the link could
 * make the service mail any address.
 */
export function subscribedMembers(db: Executor, portalId: string, ids?: readonly string[]): Promise<Recipient[]> {
  let query = db
    .selectFrom('members')
    .select(['id', 'email', 'name'])
    .where('portal_id', '=', portalId)
    .where('status', '=', 'active')
    .where('notifications', '=', 'all')
    .where((eb) => eb.or([eb('verified', '=', true), eb('origin', '=', 'owner')]));
  if (ids && ids.length > 0) query = query.where('id', 'in', [...ids]);
  return query.orderBy('seq').execute();
}

/**
 * Who at the business hears about `portalId`: every user of the workspace who muted neither everything nor this
 * portal (oldest first), then the workspace's `notify_emails` (extra addresses, a shared inbox); lowercased,
 * each address once.
 */
export async function ownerAddresses(db: Executor, workspaceId: string, portalId: string): Promise<string[]> {
  const [users, workspace] = await Promise.all([
    unmutedUsers(db, workspaceId, portalId).execute(),
    db.selectFrom('workspaces').select('notify_emails').where('id', '=', workspaceId).executeTakeFirst(),
  ]);
  return [...new Set([...users.map((u) => u.email), ...(workspace?.notify_emails ?? []).map((e) => e.toLowerCase())])];
}

/** Whether `email` still wants the business's notifications about `portalId`: an unmuted user, or a `notify_emails` address. */
export async function ownerAddressWanted(db: Executor, workspaceId: string, portalId: string, email: string): Promise<boolean> {
  const user = await unmutedUsers(db, workspaceId, portalId).where('email', '=', email).executeTakeFirst();
  if (user) return true;
  const workspace = await db.selectFrom('workspaces').select('notify_emails').where('id', '=', workspaceId).executeTakeFirst();
  return workspace?.notify_emails.some((e) => e.toLowerCase() === email) ?? false;
}

function unmutedUsers(db: Executor, workspaceId: string, portalId: string) {
  return db
    .selectFrom('users')
    .select('email')
    .where('workspace_id', '=', workspaceId)
    .where('notifications_muted', '=', false)
    .where(sql<boolean>`not (${portalId} = any(muted_portal_ids))`)
    .orderBy('seq');
}

/** A member's notification setting with the names its unsubscribe page shows. */
export function memberSubscription(
  db: Executor,
  memberId: string,
): Promise<
  { notifications: MemberRow['notifications']; portal_name: string; workspace_name: string; display_name: string | null } | undefined
> {
  return db
    .selectFrom('members as m')
    .innerJoin('portals as p', 'p.id', 'm.portal_id')
    .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
    .select(['m.notifications', 'p.name as portal_name', 'w.name as workspace_name', 'w.display_name'])
    .where('m.id', '=', memberId)
    .executeTakeFirst();
}

/** Whether the user with this address (if any) muted all notification emails. */
export function userSubscription(db: Executor, workspaceId: string, email: string): Promise<{ notifications_muted: boolean } | undefined> {
  return db
    .selectFrom('users')
    .select('notifications_muted')
    .where('workspace_id', '=', workspaceId)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

/** How owners see a member: its name, else its email. */
export async function memberLabel(db: Executor, memberId: string | null | undefined, fallback?: string | null): Promise<string> {
  const member = memberId
    ? await db.selectFrom('members').select(['name', 'email']).where('id', '=', memberId).executeTakeFirst()
    : undefined;
  return member?.name || member?.email || fallback || 'A client';
}

export async function fileName(db: Executor, fileId: unknown): Promise<string> {
  if (typeof fileId !== 'string') return 'a file';
  const file = await db.selectFrom('files').select('name').where('id', '=', fileId).executeTakeFirst();
  return file?.name ?? 'a file';
}

/** Who wrote a comment, from its `comment.created` event: the events are the record, whatever the comments table says. */
export function commentAuthor(
  db: Executor,
  portalId: string,
  commentId: string,
): Promise<{ actor_kind: string; actor_id: string | null } | undefined> {
  return db
    .selectFrom('events')
    .select(['actor_kind', 'actor_id'])
    .where('target_type', '=', 'comment')
    .where('target_id', '=', commentId)
    .where('portal_id', '=', portalId)
    .where('type', '=', 'comment.created')
    .limit(1)
    .executeTakeFirst();
}

export interface NewItem {
  workspaceId: string;
  portalId: string;
  audience: NotificationBatchRow['audience'];
  memberId: string | null;
  email: string;
  recipientKey: string;
  flushAt: Date;
  dedupeKey: string;
  kind: string;
  eventId: string | null;
  data: Record<string, unknown>;
  occurredAt: Date;
}

/**
 * Joins the recipient's open batch in this portal, or opens one (`opened: true`), in one statement: the
 * unique partial index on open batches settles races between transactions and instances.
 */
export function joinOrOpenBatch(db: Executor, item: NewItem): Promise<{ id: string; flush_at: Date; opened: boolean }> {
  return (
    db
      .insertInto('notification_batches')
      .values({
        workspace_id: item.workspaceId,
        portal_id: item.portalId,
        audience: item.audience,
        member_id: item.memberId,
        email: item.email,
        recipient_key: item.recipientKey,
        flush_at: item.flushAt,
      })
      .onConflict((oc) =>
        oc
          .columns(['portal_id', 'recipient_key'])
          .where('sent_at', 'is', null)
          .doUpdateSet((eb) => ({ email: eb.ref('excluded.email') })),
      )
      // xmax is 0 on a freshly inserted row, the updater's transaction id on a row that already existed.
      .returning(['id', 'flush_at', sql<boolean>`(xmax = 0)`.as('opened')])
      .executeTakeFirstOrThrow()
  );
}

export async function itemExists(db: Executor, dedupeKey: string): Promise<boolean> {
  return (await db.selectFrom('notification_items').select('id').where('dedupe_key', '=', dedupeKey).executeTakeFirst()) !== undefined;
}

export async function insertItem(db: Executor, batchId: string, item: NewItem): Promise<boolean> {
  const row = await db
    .insertInto('notification_items')
    .values({
      batch_id: batchId,
      dedupe_key: item.dedupeKey,
      kind: item.kind,
      event_id: item.eventId,
      data: JSON.stringify(item.data),
      occurred_at: item.occurredAt,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks the batch sent and returns it, if it was still open: exactly one flush wins. */
export function claimBatch(db: Executor, batchId: string): Promise<NotificationBatchRow | undefined> {
  return db
    .updateTable('notification_batches')
    .set({ sent_at: new Date() })
    .where('id', '=', batchId)
    .where('sent_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export function itemsOf(db: Executor, batchId: string): Promise<NotificationItemRow[]> {
  return db.selectFrom('notification_items').selectAll().where('batch_id', '=', batchId).orderBy('occurred_at').orderBy('id').execute();
}

/**
 * Sent batches are kept a week, so that a dispatch job run again (at-least-once delivery) finds its items'
 * dedupe keys and does not notify twice; then they go.
 */
export async function pruneSentBatches(db: Executor): Promise<void> {
  await sql`delete from notification_batches where id in (
    select id from notification_batches where sent_at < now() - interval '7 days' limit 500)`.execute(db);
}
