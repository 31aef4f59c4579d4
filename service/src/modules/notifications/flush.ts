import type { Queue } from '../../adapters/queue/queue.ts';
import type { Db, Executor } from '../../db/database.ts';
import { enqueueEmail } from '../email/enqueue.ts';
import type { EmailLocale } from '../email/locale.ts';
import type { NotificationLine } from '../email/templates/notification-digest.ts';
import { mergeRequestLines } from './merge-lines.ts';
import { claimBatch, itemsOf, ownerAddressWanted, pruneSentBatches } from './repository.ts';
import { requestStatuses } from './request-repository.ts';
import type { NotificationBatchRow } from './table.ts';
import { signUnsubscribeToken } from './unsubscribe-token.ts';

export interface FlushDeps {
  db: Db;
  queue: Queue;
  publicUrl: string;
  secretKey: string;
}

/**
 * Closes a batch and queues its email (`notification_digest`) in the same transaction: the email exists
 * exactly when the batch is marked sent, whichever instance runs the job. Preferences are checked again
 * here, so muting or revoking within the window stops the email.
 */
export async function flushBatch(deps: FlushDeps, batchId: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const batch = await claimBatch(trx, batchId);
    if (!batch) return; // already sent
    const items = await linesOf(trx, batch.id);
    const portal = await trx.selectFrom('portals').select(['id', 'name', 'status']).where('id', '=', batch.portal_id).executeTakeFirst();
    if (!portal || items.length === 0) return;
    const recipient = await stillWanted(trx, batch, portal.status);
    if (!recipient) return;
    const target =
      batch.audience === 'client'
        ? ({ kind: 'member', memberId: batch.member_id! } as const)
        : ({ kind: 'owner', workspaceId: batch.workspace_id, email: batch.email } as const);
    const unsubscribeUrl = `${deps.publicUrl}/unsubscribe?t=${signUnsubscribeToken(deps.secretKey, target)}`;
    await enqueueEmail(
      deps.queue,
      {
        workspaceId: batch.workspace_id,
        to: recipient.email,
        template: 'notification_digest',
        data: {
          audience: batch.audience,
          portalName: portal.name,
          portalUrl: `${deps.publicUrl}/p/${portal.id}`,
          // The business works in the console; the portal's own page is its clients' view.
          consoleUrl: batch.audience === 'owner' ? consoleUrl(deps.publicUrl, portal.id, items) : null,
          unsubscribeUrl,
          recipientName: recipient.name,
          items,
        },
        listUnsubscribe: unsubscribeUrl,
        locale: recipient.locale,
      },
      { transaction: trx },
    );
  });
  await pruneSentBatches(deps.db);
}

/** The batch's lines, with those about document requests tidied as they stand now (merge-lines.ts). */
async function linesOf(trx: Executor, batchId: string): Promise<NotificationLine[]> {
  const lines = (await itemsOf(trx, batchId)).map((item) => ({
    ...(item.data as Omit<NotificationLine, 'kind'>),
    kind: item.kind as NotificationLine['kind'],
  }));
  const requestIds = lines.flatMap((line) => (line.requestId ? [line.requestId] : []));
  return requestIds.length === 0 ? lines : mergeRequestLines(lines, await requestStatuses(trx, requestIds));
}

/** The portal in the console, on its requests tab when the email is about what clients sent for requests. */
function consoleUrl(publicUrl: string, portalId: string, lines: readonly NotificationLine[]): string {
  const requests = lines.some((line) => line.kind === 'client_submitted');
  return `${publicUrl}/console/portals/${portalId}${requests ? '?tab=requests' : ''}`;
}

/**
 * The recipient, if it still wants this email: an active, unmuted member of an active portal; a user of the
 * workspace who has not muted the portal, or a current notify address.
 */
async function stillWanted(
  trx: Executor,
  batch: NotificationBatchRow,
  portalStatus: string,
): Promise<{ email: string; name: string | null; locale: EmailLocale | null } | undefined> {
  if (batch.audience === 'client') {
    if (portalStatus !== 'active' || !batch.member_id) return undefined;
    const member = await trx
      .selectFrom('members')
      .select(['email', 'name', 'status', 'notifications', 'locale'])
      .where('id', '=', batch.member_id)
      .executeTakeFirst();
    return member && member.status === 'active' && member.notifications === 'all' ? member : undefined;
  }
  const wanted = await ownerAddressWanted(trx, batch.workspace_id, batch.portal_id, batch.email);
  // The business's own addresses: its console is English, and so are the emails about its portals.
  return wanted ? { email: batch.email, name: null, locale: null } : undefined;
}
