import type { components } from '@foyer/contract';
import type { Queue } from '../../adapters/queue/queue.ts';
import { actorOf, requireOwner, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import { holdPortal } from '../portals/repository.ts';
import { newId } from '../../lib/ids.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import { enqueueEmail } from '../email/enqueue.ts';
import type { EventRecorder } from '../events/recorder.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import { revokeSessionsOfMember } from '../sessions/repository.ts';
import { voidPendingSignIns } from '../verifications/repository.ts';
import { toMemberDto, type MemberDto } from './dto.ts';
import * as repo from './repository.ts';
import type { MemberRow } from './table.ts';

export type MemberCreateDto = components['schemas']['MemberCreate'];

/** A portal's client contacts: owners add, list and revoke them. */
export class MemberService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly queue: Queue,
    private readonly publicUrl: string,
  ) {}

  /** Adds a member (or answers the existing one); `send_invite` emails the portal's link. */
  async add(
    auth: Auth | undefined,
    portalId: string,
    input: MemberCreateDto,
    meta: RequestMeta,
  ): Promise<{ created: boolean; member: MemberDto }> {
    const owner = requireOwner(auth);
    const portal = await requirePortalAccess(this.db, auth, portalId, 'manage');
    const email = input.email.trim().toLowerCase();
    const name = input.name?.trim() || null;
    const result = await this.db.transaction().execute(async (trx) => {
      if (!(await holdPortal(trx, portal.id))) throw notFound('portal');
      const existing = await repo.findMemberByEmail(trx, portal.id, email);
      let member: MemberRow;
      let created = false;
      if (existing?.status === 'active') {
        member = existing;
      } else if (existing) {
        member = await repo.reactivateMember(trx, existing.id, name);
        created = true;
      } else {
        member = await repo.insertMember(trx, {
          id: newId('member'),
          portal_id: portal.id,
          workspace_id: portal.workspace_id,
          email,
          name,
        });
        created = true;
      }
      if (created) {
        await this.events.record(
          trx,
          {
            workspaceId: portal.workspace_id,
            portalId: portal.id,
            type: 'member.added',
            actor: actorOf(owner),
            target: { type: 'member', id: member.id },
            data: { email },
          },
          meta,
        );
      }
      if (input.send_invite) {
        await enqueueEmail(
          this.queue,
          {
            workspaceId: portal.workspace_id,
            to: email,
            template: 'invitation',
            data: { portalName: portal.name, portalUrl: `${this.publicUrl}/p/${portal.id}`, recipientName: member.name },
            locale: member.locale,
          },
          { transaction: trx },
        );
        await this.events.record(
          trx,
          {
            workspaceId: portal.workspace_id,
            portalId: portal.id,
            type: 'member.invited',
            actor: actorOf(owner),
            target: { type: 'member', id: member.id },
            data: { email },
          },
          meta,
        );
      }
      return { created, member };
    });
    return { created: result.created, member: toMemberDto(result.member) };
  }

  async list(
    auth: Auth | undefined,
    portalId: string,
    query: { limit?: number; cursor?: string; status?: MemberRow['status'] },
  ): Promise<Page<MemberDto>> {
    const portal = await requirePortalAccess(this.db, auth, portalId, 'manage');
    const limit = query.limit ?? 20;
    const rows = await repo.listMembers(this.db, portal.id, {
      limit,
      beforeSeq: decodeCursor(query.cursor),
      ...(query.status ? { status: query.status } : {}),
    });
    return toPage(rows, limit, toMemberDto);
  }

  /**
   * Revokes a member: the member, all of its sessions and its pending codes and links, in one
   * transaction. Its very next request is 401.
   */
  async revoke(auth: Auth | undefined, portalId: string, memberId: string, meta: RequestMeta): Promise<void> {
    const owner = requireOwner(auth);
    const portal = await requirePortalAccess(this.db, auth, portalId, 'manage');
    await this.db.transaction().execute(async (trx) => {
      const member = await repo.revokeMemberRow(trx, portal.id, memberId);
      if (!member) {
        if (await repo.findMember(trx, portal.id, memberId)) return; // already revoked: nothing to do
        throw notFound('member');
      }
      const sessions = await revokeSessionsOfMember(trx, member.id);
      await voidPendingSignIns(trx, portal.id, member.id);
      await this.events.record(
        trx,
        {
          workspaceId: portal.workspace_id,
          portalId: portal.id,
          type: 'member.revoked',
          actor: actorOf(owner),
          target: { type: 'member', id: member.id },
          data: { email: member.email, sessions_revoked: sessions },
        },
        meta,
      );
    });
  }
}
