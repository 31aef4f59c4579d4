import type { components } from '@foyer/contract';
import { sql } from 'kysely';
import { actorOf, requireAuth, requireOwner, requireVerifiedSignIn, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db, Executor } from '../../db/database.ts';
import { createError, notFound } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import type { EventRecorder } from '../events/recorder.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import { findFile, findVersion } from '../files/repository.ts';
import { toMemberDto } from '../members/dto.ts';
import type { MemberRow } from '../members/table.ts';
import type { ApprovalDecisionRow, ApprovalRequestRow, ApprovalStatus } from './table.ts';
import { findReadableApprovalRequest } from './access.ts';

export type ApprovalRequestDto = components['schemas']['ApprovalRequest'];
export type ApprovalRequestCreateDto = components['schemas']['ApprovalRequestCreate'];
export type DecisionCreateDto = components['schemas']['DecisionCreate'];
export type ApprovalRecordDto = components['schemas']['ApprovalRecord'];

/** Approval requests bound to one file version, and the immutable decisions on them. */
/** `maxItems` of an approval request's `approvers` (and so of its `decisions`) in openapi.yaml. */
const MAX_APPROVERS = 100;

export class ApprovalService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
  ) {}

  /** Owner: asks for approval of the file's current version. */
  async create(auth: Auth | undefined, fileId: string, input: ApprovalRequestCreateDto, meta: RequestMeta): Promise<ApprovalRequestDto> {
    const owner = requireOwner(auth);
    const file = await findFile(this.db, owner.workspaceId, fileId);
    if (!file) throw notFound('file');
    await requirePortalAccess(this.db, auth, file.portal_id, 'manage');
    const id = newId('approvalRequest');
    await this.db.transaction().execute(async (trx) => {
      // Lock the file: a version uploaded meanwhile either lands before (and we bind to it) or supersedes us.
      const locked = await trx
        .selectFrom('files')
        .select(['current_version'])
        .where('id', '=', file.id)
        .forUpdate()
        .executeTakeFirstOrThrow(() => notFound('file'));
      const version = await findVersion(trx, file.id, locked.current_version);
      if (!version) throw notFound('file');
      let approvers: string[];
      if (input.approvers) {
        const found = await trx
          .selectFrom('members')
          .select('id')
          .where('portal_id', '=', file.portal_id)
          .where('status', '=', 'active')
          .where('id', 'in', input.approvers)
          .execute();
        const missing = input.approvers.filter((m) => !found.some((f) => f.id === m));
        if (missing.length)
          throw createError(
            'validation_failed',
            'Approvers must be active members of this portal.',
            missing.map((m) => ({
              path: `/body/approvers/${input.approvers!.indexOf(m)}`,
              message: `${m} is not an active member of this portal`,
            })),
          );
        approvers = input.approvers;
      } else {
        approvers = (
          await trx
            .selectFrom('members')
            .select('id')
            .where('portal_id', '=', file.portal_id)
            .where('status', '=', 'active')
            .limit(MAX_APPROVERS + 1)
            .execute()
        ).map((m) => m.id);
        // A request answers its approvers and their decisions in full: the contract bounds both at 100.
        if (approvers.length > MAX_APPROVERS) {
          throw createError(
            'validation_failed',
            `The portal has more than ${MAX_APPROVERS} active members: name at most ${MAX_APPROVERS} approvers.`,
            [{ path: '/body/approvers', message: `is required when the portal has more than ${MAX_APPROVERS} active members` }],
          );
        }
      }
      if (approvers.length === 0) throw createError('no_approvers', 'The portal has no active members to approve: add one first.');
      const dueAt = input.due_at ? new Date(input.due_at) : null;
      await trx
        .insertInto('approval_requests')
        .values({
          id,
          file_id: file.id,
          portal_id: file.portal_id,
          workspace_id: file.workspace_id,
          version: version.version,
          sha256: version.sha256,
          rule: input.rule ?? 'any',
          message: input.message?.trim() || null,
          due_at: dueAt,
          requested_by: owner.credentialId,
        })
        .execute();
      await trx
        .insertInto('approval_approvers')
        .values(approvers.map((member_id) => ({ request_id: id, member_id })))
        .execute();
      await this.events.record(
        trx,
        {
          workspaceId: file.workspace_id,
          portalId: file.portal_id,
          type: 'approval.requested',
          actor: actorOf(owner),
          target: { type: 'approval_request', id },
          data: {
            file_id: file.id,
            version: version.version,
            due_at: dueAt?.toISOString() ?? null,
            approvers,
            rule: input.rule ?? 'any',
            message: input.message?.trim() || null,
          },
        },
        meta,
      );
    });
    return this.load(this.db, id);
  }

  async list(auth: Auth | undefined, fileId: string, query: { limit?: number; cursor?: string }): Promise<Page<ApprovalRequestDto>> {
    const caller = requireAuth(auth);
    const file = await findFile(this.db, caller.workspaceId, fileId);
    if (!file) throw notFound('file');
    await requirePortalAccess(this.db, auth, file.portal_id, 'read');
    const limit = query.limit ?? 20;
    const before = decodeCursor(query.cursor);
    let q = this.db.selectFrom('approval_requests').selectAll().where('file_id', '=', file.id);
    if (before !== undefined) q = q.where('seq', '<', before);
    const rows = await q
      .orderBy('seq', 'desc')
      .limit(limit + 1)
      .execute();
    const page = toPage(rows, limit, (r) => r);
    const details = await this.details(this.db, page.data);
    return { ...page, data: page.data.map((r) => toDto(r, details)) };
  }

  async get(auth: Auth | undefined, requestId: string): Promise<ApprovalRequestDto> {
    const request = await this.find(auth, requestId);
    return this.load(this.db, request.id);
  }

  /** Owner: cancels a pending request. */
  async cancel(auth: Auth | undefined, requestId: string, meta: RequestMeta): Promise<void> {
    const owner = requireOwner(auth);
    const request = await this.find(auth, requestId);
    await this.db.transaction().execute(async (trx) => {
      const locked = await trx
        .selectFrom('approval_requests')
        .selectAll()
        .where('id', '=', request.id)
        .forUpdate()
        .executeTakeFirstOrThrow(gone);
      if (locked.status !== 'pending') throw closedError(locked.status);
      await trx.updateTable('approval_requests').set({ status: 'canceled', updated_at: new Date() }).where('id', '=', locked.id).execute();
      await this.events.record(
        trx,
        {
          workspaceId: locked.workspace_id,
          portalId: locked.portal_id,
          type: 'approval.canceled',
          actor: actorOf(owner),
          target: { type: 'approval_request', id: locked.id },
          data: { file_id: locked.file_id, version: locked.version },
        },
        meta,
      );
    });
  }

  /**
   * A member's decision: once per request, only while it is pending, only by an approver. The request row is
   * locked, so concurrent decisions settle it exactly once; the record holds the verified email, the version
   * and the sha256 of its bytes.
   */
  async decide(auth: Auth | undefined, requestId: string, input: DecisionCreateDto, meta: RequestMeta): Promise<ApprovalRequestDto> {
    const caller = requireAuth(auth);
    const request = await this.find(auth, requestId);
    if (caller.kind === 'owner')
      throw createError('owner_cannot_decide', 'Approvals are decided by the client; an owner can cancel the request instead.');
    requireVerifiedSignIn(caller);
    await this.db.transaction().execute(async (trx) => {
      const locked = await trx
        .selectFrom('approval_requests')
        .selectAll()
        .where('id', '=', request.id)
        .forUpdate()
        .executeTakeFirstOrThrow(gone);
      const approver = await trx
        .selectFrom('approval_approvers')
        .select('member_id')
        .where('request_id', '=', locked.id)
        .where('member_id', '=', caller.memberId)
        .executeTakeFirst();
      if (!approver) throw createError('not_an_approver', 'You are not one of the approvers of this request.');
      const earlier = await trx
        .selectFrom('approval_decisions')
        .select('id')
        .where('request_id', '=', locked.id)
        .where('member_id', '=', caller.memberId)
        .executeTakeFirst();
      if (earlier) throw createError('already_decided', 'You already decided on this request; a decision never changes.');
      if (locked.status !== 'pending') throw closedError(locked.status);
      const member = await trx.selectFrom('members').selectAll().where('id', '=', caller.memberId).executeTakeFirstOrThrow(gone);
      await trx
        .insertInto('approval_decisions')
        .values({
          id: newId('decision'),
          request_id: locked.id,
          member_id: member.id,
          email: member.email,
          decision: input.decision,
          note: input.note?.trim() || null,
          version: locked.version,
          sha256: locked.sha256,
          ip: meta.ip,
          user_agent: meta.userAgent?.slice(0, 512) ?? null,
          sign_in_method: caller.method,
        })
        .execute();
      const status = await settle(trx, locked, input.decision);
      if (status !== 'pending')
        await trx.updateTable('approval_requests').set({ status, updated_at: new Date() }).where('id', '=', locked.id).execute();
      await this.events.record(
        trx,
        {
          workspaceId: locked.workspace_id,
          portalId: locked.portal_id,
          type: input.decision === 'approve' ? 'approval.approved' : 'approval.changes_requested',
          actor: actorOf(caller),
          target: { type: 'approval_request', id: locked.id },
          data: {
            file_id: locked.file_id,
            version: locked.version,
            sha256: locked.sha256,
            member_id: member.id,
            email: member.email,
            note: input.note?.trim() || null,
            decision: input.decision,
            status,
          },
        },
        meta,
      );
    });
    return this.load(this.db, request.id);
  }

  /** The decision record as a self-contained JSON document. */
  async record(auth: Auth | undefined, requestId: string): Promise<ApprovalRecordDto> {
    const request = await this.find(auth, requestId);
    const [file, version, portal, decisions] = await Promise.all([
      this.db.selectFrom('files').select(['id', 'name']).where('id', '=', request.file_id).executeTakeFirst(),
      findVersion(this.db, request.file_id, request.version),
      this.db
        .selectFrom('portals as p')
        .innerJoin('workspaces as w', 'w.id', 'p.workspace_id')
        .select(['p.id', 'p.name', 'w.name as workspace_name', 'w.display_name'])
        .where('p.id', '=', request.portal_id)
        .executeTakeFirst(),
      this.db.selectFrom('approval_decisions').selectAll().where('request_id', '=', request.id).orderBy('created_at').execute(),
    ]);
    // The file (and its requests) may be deleted between the reads above: that is a request that no longer exists.
    if (!file || !portal) throw notFound('approval request');
    return {
      record_version: 1,
      approval_request: {
        id: request.id,
        status: request.status,
        rule: request.rule,
        message: request.message,
        due_at: request.due_at?.toISOString() ?? null,
        created_at: request.created_at.toISOString(),
      },
      file: {
        id: file.id,
        name: file.name,
        version: request.version,
        sha256: request.sha256,
        size: Number(version?.size ?? 0),
        content_type: version?.content_type ?? 'application/octet-stream',
      },
      portal: { id: portal.id, name: portal.name, workspace_name: portal.display_name ?? portal.workspace_name },
      decisions: decisions.map(decisionDto),
      generated_at: new Date().toISOString(),
    };
  }

  private find(auth: Auth | undefined, requestId: string): Promise<ApprovalRequestRow> {
    return findReadableApprovalRequest(this.db, auth, requestId);
  }

  private async load(db: Executor, id: string): Promise<ApprovalRequestDto> {
    const row = await db.selectFrom('approval_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow(gone);
    return toDto(row, await this.details(db, [row]));
  }

  /** Approvers and decisions of several requests, in two queries. */
  private async details(db: Executor, rows: ApprovalRequestRow[]): Promise<Details> {
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return { approvers: new Map(), decisions: new Map() };
    const [approvers, decisions] = await Promise.all([
      db
        .selectFrom('approval_approvers as a')
        .innerJoin('members as m', 'm.id', 'a.member_id')
        .selectAll('m')
        .select('a.request_id')
        .where('a.request_id', 'in', ids)
        .orderBy('m.seq')
        .execute(),
      db.selectFrom('approval_decisions').selectAll().where('request_id', 'in', ids).orderBy('created_at').execute(),
    ]);
    const group = <T extends { request_id: string }>(list: T[]) => {
      const map = new Map<string, T[]>();
      for (const item of list) map.set(item.request_id, [...(map.get(item.request_id) ?? []), item]);
      return map;
    };
    return { approvers: group(approvers), decisions: group(decisions) };
  }
}

/**
 * A request found a moment ago whose row is gone now: its file or portal was deleted meanwhile (the delete
 * cascades). For the caller that is a request that no longer exists, not a server error.
 */
const gone = () => notFound('approval request');

interface Details {
  approvers: Map<string, Array<MemberRow & { request_id: string }>>;
  decisions: Map<string, ApprovalDecisionRow[]>;
}

/** The status after this decision, by the request's rule. */
async function settle(trx: Executor, request: ApprovalRequestRow, decision: 'approve' | 'request_changes'): Promise<ApprovalStatus> {
  if (decision === 'request_changes') return 'changes_requested';
  if (request.rule === 'any') return 'approved';
  const { rows } = await sql<{ waiting: string }>`
    select count(*) as waiting from approval_approvers a
    where a.request_id = ${request.id}
      and not exists (select 1 from approval_decisions d where d.request_id = a.request_id and d.member_id = a.member_id and d.decision = 'approve')`.execute(
    trx,
  );
  return Number(rows[0]?.waiting ?? 1) === 0 ? 'approved' : 'pending';
}

function closedError(status: ApprovalStatus) {
  if (status === 'superseded')
    return createError('approval_superseded', 'A newer version of the file superseded this request; the owner can ask again.');
  if (status === 'canceled') return createError('approval_canceled', 'The owner canceled this request.');
  return createError('approval_closed', `This request is already ${status.replace('_', ' ')}.`);
}

function decisionDto(d: ApprovalDecisionRow): components['schemas']['Decision'] {
  return {
    id: d.id,
    member_id: d.member_id,
    email: d.email,
    decision: d.decision,
    note: d.note,
    version: d.version,
    sha256: d.sha256,
    sign_in_method: d.sign_in_method,
    ip: d.ip,
    user_agent: d.user_agent,
    created_at: d.created_at.toISOString(),
  };
}

function toDto(row: ApprovalRequestRow, details: Details): ApprovalRequestDto {
  return {
    id: row.id,
    file_id: row.file_id,
    portal_id: row.portal_id,
    version: row.version,
    sha256: row.sha256,
    status: row.status,
    rule: row.rule,
    message: row.message,
    due_at: row.due_at?.toISOString() ?? null,
    approvers: (details.approvers.get(row.id) ?? []).map(({ request_id: _r, ...m }) => toMemberDto(m)),
    decisions: (details.decisions.get(row.id) ?? []).map(decisionDto),
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
