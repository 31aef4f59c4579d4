import type { Db } from '../../db/database.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { findWorkspace } from '../workspaces/repository.ts';
import { muteUserByEmail, removeNotifyEmail, setMemberNotifications } from './preferences.ts';
import { memberSubscription, userSubscription } from './repository.ts';
import type { UnsubscribeTarget } from './unsubscribe-token.ts';

/** What an unsubscribe page says about its link. */
export interface Subscription {
  /** What stops: "notification emails from <portal>" or "notification emails to <address>". */
  what: string;
  /** Who sends them. */
  sender: string;
  /** Already stopped. */
  done: boolean;
}

/** The subscription an unsubscribe link names, or `undefined` when its member or workspace is gone. */
export async function describeSubscription(db: Db, target: UnsubscribeTarget): Promise<Subscription | undefined> {
  if (target.kind === 'member') {
    const row = await memberSubscription(db, target.memberId);
    if (!row) return undefined;
    return {
      what: `notification emails from ${row.portal_name}`,
      sender: row.display_name || row.workspace_name,
      done: row.notifications === 'none',
    };
  }
  const workspace = await findWorkspace(db, target.workspaceId);
  if (!workspace) return undefined;
  const user = await userSubscription(db, workspace.id, target.email);
  return {
    what: `notification emails to ${target.email}`,
    sender: workspace.display_name || workspace.name,
    done: !workspace.notify_emails.some((e) => e.toLowerCase() === target.email) && (!user || user.notifications_muted),
  };
}

/**
 * A member's notifications for its portal become `none`; a business address leaves `notify_emails`, and the
 * user with that address (if any) mutes their notifications.
 */
export async function unsubscribe(db: Db, events: EventRecorder, target: UnsubscribeTarget, meta: RequestMeta): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (target.kind === 'member') {
      await setMemberNotifications(trx, events, target.memberId, 'none', 'unsubscribe_link', meta);
      return;
    }
    await removeNotifyEmail(trx, events, target.workspaceId, target.email, meta);
    await muteUserByEmail(trx, events, target.workspaceId, target.email, meta);
  });
}
