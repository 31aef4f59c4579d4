import type { Logger } from 'pino';
import { actorOf, type OwnerAuth } from '../../authz/auth.ts';
import type { Db, Executor } from '../../db/database.ts';
import { createError, HttpError } from '../../errors/http-error.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { requestsChanged } from '../requests/completion.ts';
import { requestCreatedData, requestRows } from '../requests/creation.ts';
import type { RequestTemplateRow } from '../requests/table.ts';
import type { ApplyResultDto, RequestTemplateAppliedDto, RequestTemplateApplyDto } from './dto.ts';
import { holdTemplate } from './repository.ts';
import { existingOpenRequests, insertRequestItems, insertTemplateRequests, lockPortals } from './apply-repository.ts';

export interface ApplyDeps {
  db: Db;
  events: EventRecorder;
  logger: Logger;
}

/**
 * Portals per transaction. Each chunk is a handful of statements whatever its size (multi-row inserts, one
 * progress refresh, one batch of events), so a thousand portals take four transactions, not a thousand;
 * small enough that a chunk's locks on its portals are held for a fraction of a second.
 */
export const APPLY_CHUNK = 250;

/**
 * Portals in a row whose own transaction failed unexpectedly before the apply stops trying the others: then
 * the database is failing, not one portal, and a thousand more attempts would only make the caller wait.
 */
const GIVE_UP_AFTER = 3;

interface ApplyContext {
  deps: ApplyDeps;
  owner: OwnerAuth;
  template: RequestTemplateRow;
  input: RequestTemplateApplyDto;
  meta: RequestMeta;
  /** Unexpected failures of single-portal transactions since the last success, and the last one's error. */
  failuresInARow: number;
  lastFailure?: Error;
}

/**
 * Gives each listed portal its own request made from the template: `created`, `exists` (an open request
 * from this template is already there — the unique index `requests_open_template_idx` decides, so two
 * applies racing cannot both create one) or `failed`, in the order the portals were given. A portal gets the
 * whole request with all its items, or nothing: chunks of portals share a transaction, and a chunk that fails
 * as a whole is redone one portal per transaction, so one bad portal fails alone.
 */
export async function applyTemplate(
  deps: ApplyDeps,
  owner: OwnerAuth,
  template: RequestTemplateRow,
  input: RequestTemplateApplyDto,
  meta: RequestMeta,
): Promise<RequestTemplateAppliedDto> {
  const ctx: ApplyContext = { deps, owner, template, input, meta, failuresInARow: 0 };
  const results = new Map<string, ApplyResultDto>();
  const portalIds = [...new Set(input.portal_ids)];
  for (let i = 0; i < portalIds.length; i += APPLY_CHUNK) {
    const chunk = portalIds.slice(i, i + APPLY_CHUNK);
    for (const result of await applyChunkOrEach(ctx, chunk)) results.set(result.portal_id, result);
  }
  const data = input.portal_ids.map((id) => results.get(id)!);
  // Nothing written because the database failed: an error (5xx), not a list of failures, so a retry with the
  // same Idempotency-Key runs again instead of replaying them.
  if (ctx.lastFailure !== undefined && data.every((r) => r.status === 'failed')) throw ctx.lastFailure;
  const count = (status: ApplyResultDto['status']) => data.filter((r) => r.status === status).length;
  return { data, counts: { created: count('created'), exists: count('exists'), failed: count('failed') } };
}

async function applyChunkOrEach(ctx: ApplyContext, portalIds: string[]): Promise<ApplyResultDto[]> {
  if (portalIds.length > 1 && ctx.failuresInARow < GIVE_UP_AFTER) {
    try {
      return await inTransaction(ctx, portalIds);
    } catch (err) {
      ctx.deps.logger.warn(
        { err, portals: portalIds.length },
        'applying a template to a chunk of portals failed; retrying one portal at a time',
      );
    }
  }
  const results: ApplyResultDto[] = [];
  for (const portalId of portalIds) {
    if (ctx.failuresInARow >= GIVE_UP_AFTER) {
      results.push(
        failed(portalId, createError('internal_error', 'Not tried: the database failed for the portals before it; apply again.')),
      );
      continue;
    }
    try {
      results.push(...(await inTransaction(ctx, [portalId])));
    } catch (err) {
      results.push(failedUnexpectedly(ctx, portalId, err));
    }
  }
  return results;
}

async function inTransaction(ctx: ApplyContext, portalIds: string[]): Promise<ApplyResultDto[]> {
  const results = await ctx.deps.db.transaction().execute((trx) => applyChunk(trx, ctx, portalIds));
  ctx.failuresInARow = 0;
  return results;
}

type Draft = ReturnType<typeof requestRows>;

/** One transaction: the chunk's portals each get their request and items, or (by throwing) none does. */
async function applyChunk(trx: Executor, ctx: ApplyContext, portalIds: string[]): Promise<ApplyResultDto[]> {
  if (!(await holdTemplate(trx, ctx.template.id)))
    return portalIds.map((id) => failed(id, createError('not_found', 'The template was deleted while it was being applied.')));
  const { refused, drafts } = await draftRequests(trx, ctx, portalIds);
  const { made, answered } = await insertRequests(trx, ctx, drafts);
  await insertRequestItems(
    trx,
    made.flatMap((d) => d.items),
  );
  await requestsChanged(
    trx,
    made.map((d) => d.request.portal_id),
    made.map((d) => d.request.id),
  );
  await ctx.deps.events.recordMany(
    trx,
    made.map(({ request, items }) => ({
      workspaceId: request.workspace_id,
      portalId: request.portal_id,
      type: 'request.created',
      actor: actorOf(ctx.owner),
      target: { type: 'request', id: request.id },
      // As for a request made by hand; `notify` tells the notifications whether to email the members.
      data: requestCreatedData(request, items, ctx.input.notify ?? true),
    })),
    ctx.meta,
  );
  return [...refused, ...answered];
}

/** Locks the chunk's portals; the rows of a request for each active one, a failure for each other. */
async function draftRequests(trx: Executor, { owner, template, input }: ApplyContext, portalIds: string[]) {
  const portals = new Map((await lockPortals(trx, owner.workspaceId, portalIds)).map((p) => [p.id, p]));
  const refused: ApplyResultDto[] = [];
  const drafts: Draft[] = [];
  for (const portalId of portalIds) {
    const portal = portals.get(portalId);
    // Another workspace's portal and a portal that does not exist look the same.
    if (!portal) refused.push(failed(portalId, createError('not_found', 'No such portal.')));
    else if (portal.status === 'archived') refused.push(failed(portalId, createError('portal_archived', 'The portal is archived.')));
    else
      drafts.push(
        requestRows({
          workspaceId: owner.workspaceId,
          portalId,
          templateId: template.id,
          title: template.name,
          message: input.message !== undefined ? input.message : template.message,
          dueAt: input.due_at ? new Date(input.due_at) : null,
          createdBy: owner.credentialId,
          items: template.items,
        }),
      );
  }
  return { refused, drafts };
}

/** Inserts the requests: `created` for each one inserted, `exists` where an open one from the template was there. */
async function insertRequests(trx: Executor, { template }: ApplyContext, drafts: Draft[]) {
  const inserted = new Set(
    (
      await insertTemplateRequests(
        trx,
        drafts.map((d) => d.request),
      )
    ).map((r) => r.portal_id),
  );
  const skipped = drafts.filter((d) => !inserted.has(d.request.portal_id)).map((d) => d.request.portal_id);
  const existing = await existingOpenRequests(trx, template.id, skipped);
  const answered: ApplyResultDto[] = drafts.map(({ request }) => {
    if (inserted.has(request.portal_id)) return { portal_id: request.portal_id, status: 'created', request_id: request.id, error: null };
    const other = existing.get(request.portal_id);
    // The open request the insert ran into was completed or deleted since: redone alone, the portal gets one.
    if (!other) throw new Error(`the open request from ${template.id} in ${request.portal_id} is gone`);
    return { portal_id: request.portal_id, status: 'exists', request_id: other, error: null };
  });
  return { made: drafts.filter((d) => inserted.has(d.request.portal_id)), answered };
}

function failed(portalId: string, error: HttpError): ApplyResultDto {
  return { portal_id: portalId, status: 'failed', request_id: null, error: { code: error.code, detail: error.detail ?? error.title } };
}

function failedUnexpectedly(ctx: ApplyContext, portalId: string, err: unknown): ApplyResultDto {
  if (err instanceof HttpError) return failed(portalId, err);
  ctx.failuresInARow++;
  ctx.lastFailure = err instanceof Error ? err : new Error(String(err));
  ctx.deps.logger.error({ err, portal_id: portalId, template_id: ctx.template.id }, 'applying a template to a portal failed');
  return failed(portalId, createError('internal_error', 'The request could not be made; applying the template again retries it.'));
}
