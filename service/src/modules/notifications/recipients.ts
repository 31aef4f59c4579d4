import type { Executor } from '../../db/database.ts';
import type { NotificationKind, NotificationLine } from '../email/templates/notification-digest.ts';
import type { EventRow } from '../events/table.ts';
import { commentAuthor, fileName, memberLabel, ownerAddresses, subscribedMembers, type Recipient } from './repository.ts';
import { answersRequestItem, itemWithRequest, requestForMail } from './request-repository.ts';
import type { Audience } from './table.ts';

/** One line of a future email for one recipient. */
export interface PlannedNotification {
  audience: Audience;
  /** The member, for a client. */
  memberId: string | null;
  email: string;
  kind: NotificationKind;
  line: Omit<NotificationLine, 'kind'>;
}

type Portal = { id: string; workspace_id: string; status: string };

/** The event types anyone is told about by email; for the rest (views, downloads, …) nothing is read. */
export const NOTIFYING_EVENT_TYPES: ReadonlySet<string> = new Set([
  'file.uploaded',
  'file.version_uploaded',
  'comment.created',
  'approval.requested',
  'approval.approved',
  'approval.changes_requested',
  'request.created',
  'request_item.submitted',
]);

/**
 * Who hears about `event`, and what each is told. Clients (active, not muted members): a file or version the
 * business shared, an approval request to its approvers, a reply to their comment. The business (its users who
 * have not muted the portal, and the workspace's `notify_emails`): what clients did — uploads, comments,
 * decisions, items sent for a document request. Nobody hears about their own action. A client's upload that
 * answers a request item is told once, as the item's submission (`request_item.submitted`), not as an upload.
 * Reads only the event and current names: it works from the event shapes alone, whoever emitted them.
 */
export async function planNotifications(db: Executor, event: EventRow): Promise<PlannedNotification[]> {
  if (!event.portal_id || !NOTIFYING_EVENT_TYPES.has(event.type)) return [];
  const portal = await db
    .selectFrom('portals')
    .select(['id', 'workspace_id', 'status'])
    .where('id', '=', event.portal_id)
    .executeTakeFirst();
  if (!portal) return [];
  const d = event.data;
  // The business acts through an API key (`owner`) or a person (`user`): clients hear of it alike.
  const byOwner = event.actor_kind === 'owner' || event.actor_kind === 'user';
  const byMember = event.actor_kind === 'member';
  const actor = () => memberLabel(db, event.actor_id);

  switch (event.type) {
    case 'file.uploaded': {
      const line = { fileName: text(d.name) ?? (await fileName(db, event.target_id)), version: 1 };
      if (byOwner) return toClients(await clientsOf(db, portal), 'file_shared', line);
      if (byMember && (await answersItem(db, event.target_id))) return [];
      if (byMember)
        return toOwners(await ownerAddresses(db, portal.workspace_id, portal.id), 'client_uploaded', { ...line, actor: await actor() });
      return [];
    }
    case 'file.version_uploaded': {
      const line = { fileName: await fileName(db, event.target_id), version: int(d.version) };
      if (byOwner) return toClients(await clientsOf(db, portal), 'version_shared', line);
      if (byMember && (await answersItem(db, event.target_id))) return [];
      if (byMember)
        return toOwners(await ownerAddresses(db, portal.workspace_id, portal.id), 'client_uploaded_version', {
          ...line,
          actor: await actor(),
        });
      return [];
    }
    case 'comment.created': {
      const line = { fileName: await fileName(db, d.file_id), version: int(d.version), excerpt: text(d.excerpt) };
      const planned: PlannedNotification[] = [];
      if (byMember)
        planned.push(
          ...toOwners(await ownerAddresses(db, portal.workspace_id, portal.id), 'client_commented', { ...line, actor: await actor() }),
        );
      const parentId = text(d.parent_id);
      const parent = parentId ? await commentAuthor(db, portal.id, parentId) : undefined;
      const replyToOther = parent?.actor_kind === 'member' && parent.actor_id && !(byMember && parent.actor_id === event.actor_id);
      if (replyToOther) {
        // An owner's reply shows as the business; a member's under its name.
        const author = byMember ? await actor() : null;
        planned.push(...toClients(await clientsOf(db, portal, [parent.actor_id!]), 'comment_reply', { ...line, actor: author }));
      }
      return planned;
    }
    case 'approval.requested': {
      const approvers = Array.isArray(d.approvers) ? d.approvers.filter((a): a is string => typeof a === 'string') : [];
      const line = { fileName: await fileName(db, d.file_id), version: int(d.version), dueAt: text(d.due_at), message: text(d.message) };
      // No approvers listed means every member, as the request's default.
      return toClients(await clientsOf(db, portal, approvers), 'approval_requested', line);
    }
    case 'approval.approved':
    case 'approval.changes_requested': {
      const line = {
        fileName: await fileName(db, d.file_id),
        version: int(d.version),
        note: text(d.note),
        actor: await memberLabel(db, text(d.member_id) ?? event.actor_id, text(d.email)),
      };
      return toOwners(
        await ownerAddresses(db, portal.workspace_id, portal.id),
        event.type === 'approval.approved' ? 'approved' : 'changes_requested',
        line,
      );
    }
    case 'request.created': {
      // `notify: false` (createRequest, applyRequestTemplate): the business tells its clients itself.
      const request = d.notify === false || !event.target_id ? undefined : await requestForMail(db, event.target_id);
      if (!request) return [];
      const line = {
        requestId: event.target_id,
        requestTitle: request.title,
        message: request.message,
        dueAt: request.due_at?.toISOString() ?? null,
        requestItems: request.items,
      };
      return toClients(await clientsOf(db, portal), 'request_created', line);
    }
    case 'request_item.submitted': {
      if (!byMember || !event.target_id) return [];
      const item = await itemWithRequest(db, event.target_id);
      const fileId = text(d.file_id);
      const line = {
        actor: await actor(),
        requestId: item?.request_id ?? text(d.request_id),
        requestTitle: item?.request_title ?? null,
        itemId: event.target_id,
        itemTitle: item?.item_title ?? text(d.title),
        fileId,
        fileNames: [await fileName(db, fileId)],
      };
      return toOwners(await ownerAddresses(db, portal.workspace_id, portal.id), 'client_submitted', line);
    }
    default:
      return [];
  }
}

function answersItem(db: Executor, fileId: string | null): Promise<boolean> {
  return fileId ? answersRequestItem(db, fileId) : Promise.resolve(false);
}

/** Clients hear nothing from an archived portal: they could not open it. */
export async function clientsOf(db: Executor, portal: Portal, ids?: readonly string[]): Promise<Recipient[]> {
  return portal.status === 'active' ? subscribedMembers(db, portal.id, ids) : [];
}

function toClients(members: Recipient[], kind: NotificationKind, line: PlannedNotification['line']): PlannedNotification[] {
  return members.map((m) => ({ audience: 'client', memberId: m.id, email: m.email, kind, line }));
}

function toOwners(addresses: string[], kind: NotificationKind, line: PlannedNotification['line']): PlannedNotification[] {
  return addresses.map((email) => ({ audience: 'owner', memberId: null, email, kind, line }));
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function int(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}
