import type { components } from '@foyer/contract';
import type { Queue } from '../../adapters/queue/queue.ts';
import { actorOf, requireOwner, type Auth, type OwnerAuth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db, Executor } from '../../db/database.ts';
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
export type MemberUpdateDto = components['schemas']['MemberUpdate'];

/** Whether `locale` is already the member's language as the business's choice (null: none chosen, none stored). */
function isOwnerLocale(member: MemberRow, locale: MemberRow['locale']): boolean {
  return member.locale === locale && (locale === null || member.locale_source === 'owner');
}

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
      // The business's choice of language, before the invitation is written: an existing member's changes too.
      const before = member;
      if (input.locale !== undefined && !isOwnerLocale(member, input.locale))
        member = await repo.setOwnerLocale(trx, member.id, input.locale);
      if (created) {
        await this.events.record(
          trx,
          {
            workspaceId: portal.workspace_id,
            portalId: portal.id,
            type: 'member.added',
            actor: actorOf(owner),
            target: { type: 'member', id: member.id },
            data: { email, ...(input.locale !== undefined ? { locale: input.locale } : {}) },
          },
          meta,
        );
      } else if (member !== before) {
        await this.recordLocaleChange(trx, owner, member, before, meta);
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

  /**
   * Sets the language of the member's emails, as the business's choice: the member's sign-ins keep it. Null
   * forgets it. Records `member.updated` when it changes anything.
   */
  async update(auth: Auth | undefined, portalId: string, memberId: string, input: MemberUpdateDto, meta: RequestMeta): Promise<MemberDto> {
    const owner = requireOwner(auth);
    const portal = await requirePortalAccess(this.db, auth, portalId, 'manage');
    const member = await this.db.transaction().execute(async (trx) => {
      const current = await repo.lockMember(trx, portal.id, memberId);
      if (!current) throw notFound('member');
      if (isOwnerLocale(current, input.locale)) return current;
      const updated = await repo.setOwnerLocale(trx, current.id, input.locale);
      await this.recordLocaleChange(trx, owner, updated, current, meta);
      return updated;
    });
    return toMemberDto(member);
  }

  /** `member.updated`: the language now, and the one before with who had set it. */
  private recordLocaleChange(trx: Executor, owner: OwnerAuth, member: MemberRow, before: MemberRow, meta: RequestMeta) {
    return this.events.record(
      trx,
      {
        workspaceId: member.workspace_id,
        portalId: member.portal_id,
        type: 'member.updated',
        actor: actorOf(owner),
        target: { type: 'member', id: member.id },
        data: { changed: ['locale'], locale: member.locale, previous: { locale: before.locale, locale_source: before.locale_source } },
      },
      meta,
    );
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
