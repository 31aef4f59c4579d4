import type { components } from '@foyer/contract';
import { requireOwner, type Auth } from '../../authz/auth.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import { toPortalDto } from '../portals/dto.ts';
import { decodeDashboardCursor, encodeDashboardCursor } from './cursor.ts';
import * as repo from './repository.ts';

export type DashboardDto = components['schemas']['Dashboard'];
export type PortalSummaryDto = components['schemas']['PortalSummary'];

export interface DashboardQuery {
  limit?: number;
  cursor?: string;
  q?: string;
  filter?: repo.PortalState;
}

/** The console's home: every portal of the workspace with what waits in it; and the caller's seen marks. */
export class DashboardService {
  constructor(
    private readonly db: Db,
    private readonly publicUrl: string,
  ) {}

  async get(auth: Auth | undefined, query: DashboardQuery): Promise<DashboardDto> {
    const owner = requireOwner(auth);
    const limit = query.limit ?? 20;
    const after = decodeDashboardCursor(query.cursor);
    const { counts, rows } = await repo.dashboardPage(this.db, {
      workspaceId: owner.workspaceId,
      viewerId: owner.credentialId,
      pattern: query.q === undefined ? null : `%${escapeLike(query.q)}%`,
      filter: query.filter ?? null,
      afterActivityUs: after?.activityUs ?? null,
      afterId: after?.id ?? null,
      limit: limit + 1,
    });
    const hasMore = rows.length > limit;
    const page = hasMore ? rows.slice(0, limit) : rows;
    const last = page.at(-1);
    return {
      data: page.map((row) => this.toSummary(row)),
      has_more: hasMore,
      next_cursor: hasMore && last ? encodeDashboardCursor({ activityUs: last.activity_us, id: last.id }) : null,
      counts: {
        waiting_on_us: counts.count_waiting_on_us,
        waiting_on_client: counts.count_waiting_on_client,
        done: counts.count_done,
        archived: counts.count_archived,
      },
    };
  }

  /** The dashboard's new uploads of this portal start again from now, for this caller only. */
  async markSeen(auth: Auth | undefined, portalId: string): Promise<void> {
    const owner = requireOwner(auth);
    if (!(await repo.markSeen(this.db, owner.workspaceId, portalId, owner.credentialId))) throw notFound('portal');
  }

  private toSummary(row: repo.DashboardRow): PortalSummaryDto {
    return {
      portal: toPortalDto(row, this.publicUrl, row.request_overdue_items),
      client_emails: row.client_emails,
      member_count: row.member_count,
      last_activity_at: row.last_activity_at.toISOString(),
      seen_at: row.seen_at?.toISOString() ?? null,
      state: row.state,
      waiting: {
        new_uploads: row.new_uploads,
        unanswered_comments: row.unanswered_comments,
        pending_approvals: row.pending_approvals,
        overdue_approvals: row.overdue_approvals,
      },
    };
  }
}

/** `text` matched literally inside an ILIKE pattern: its `\`, `%` and `_` escaped (backslash is LIKE's escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
