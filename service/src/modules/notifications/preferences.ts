import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { EventRecorder } from '../events/recorder.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { MemberRow } from '../members/table.ts';
import type { SignInMethod } from '../sessions/table.ts';

export type NotificationSetting = MemberRow['notifications'];

/** How a preference changed, for the audit trail. */
export type PreferenceSource = 'api' | 'unsubscribe_link';

/**
 * Sets a member's notifications for its portal (`all` or `none`) and records `member.notifications_changed`
 * when that changes anything. Returns the member as it now is, or `undefined` when there is no such member.
 */
export async function setMemberNotifications(
  trx: Executor,
  events: EventRecorder,
  memberId: string,
  value: NotificationSetting,
  via: PreferenceSource,
  meta: RequestMeta,
  /** The member's sign-in method when it acts through a session (not through an unsubscribe link). */
  method: SignInMethod | null = null,
): Promise<MemberRow | undefined> {
  const member = await trx.selectFrom('members').selectAll().where('id', '=', memberId).forUpdate().executeTakeFirst();
  if (!member || member.notifications === value) return member;
  const updated = await trx
    .updateTable('members')
    .set({ notifications: value })
    .where('id', '=', member.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await events.record(
    trx,
    {
      workspaceId: member.workspace_id,
      portalId: member.portal_id,
      type: 'member.notifications_changed',
      actor: { kind: 'member', id: member.id, method },
      target: { type: 'member', id: member.id },
      data: { notifications: value, via },
    },
    meta,
  );
  return updated;
}

/**
 * An owner address's unsubscribe: removes it from the workspace's `notify_emails` (owners can add it back
 * with `PATCH /v1/workspace`) and records `workspace.notify_email_removed`. Returns the workspace's display
 * name, or `undefined` when the workspace is gone; removing an address no longer listed changes nothing.
 */
export async function removeNotifyEmail(
  trx: Executor,
  events: EventRecorder,
  workspaceId: string,
  email: string,
  meta: RequestMeta,
): Promise<string | undefined> {
  const workspace = await trx
    .selectFrom('workspaces')
    .select(['name', 'display_name', 'notify_emails'])
    .where('id', '=', workspaceId)
    .forUpdate()
    .executeTakeFirst();
  if (!workspace) return undefined;
  const name = workspace.display_name || workspace.name;
  const address = email.toLowerCase();
  if (!workspace.notify_emails.some((e) => e.toLowerCase() === address)) return name;
  await trx
    .updateTable('workspaces')
    .set({
      notify_emails: sql<string[]>`array(select e from unnest(notify_emails) as e where lower(e) <> ${address})`,
      updated_at: new Date(),
    })
    .where('id', '=', workspaceId)
    .execute();
  await events.record(
    trx,
    {
      workspaceId,
      portalId: null,
      type: 'workspace.notify_email_removed',
      // Whoever holds the mailbox clicked the link; no credential names them.
      actor: { kind: 'anonymous', id: null },
      data: { email: address, via: 'unsubscribe_link' },
    },
    meta,
  );
  return name;
}

/**
 * A user's unsubscribe (the link in a notification email to a user's address): mutes all of that user's
 * notification emails — they can turn them back on in the console or with `PATCH /v1/workspace/users/{id}` —
 * and records `user.updated`. Returns whether a user of the workspace has this address.
 */
export async function muteUserByEmail(
  trx: Executor,
  events: EventRecorder,
  workspaceId: string,
  email: string,
  meta: RequestMeta,
): Promise<boolean> {
  const user = await trx
    .selectFrom('users')
    .select(['id', 'notifications_muted', 'role'])
    .where('workspace_id', '=', workspaceId)
    .where('email', '=', email.toLowerCase())
    .forUpdate()
    .executeTakeFirst();
  if (!user) return false;
  if (user.notifications_muted) return true;
  await trx
    .updateTable('users')
    .set({ notifications_muted: true, updated_at: sql<Date>`now()` })
    .where('id', '=', user.id)
    .execute();
  await events.record(
    trx,
    {
      workspaceId,
      portalId: null,
      type: 'user.updated',
      // Whoever holds the mailbox clicked the link; no credential names them.
      actor: { kind: 'anonymous', id: null },
      target: { type: 'user', id: user.id },
      data: { changed: ['notifications'], role: user.role, via: 'unsubscribe_link' },
    },
    meta,
  );
  return true;
}
