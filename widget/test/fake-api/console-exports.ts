// The fake API's exports for the console (`<foyer-console-export>`): a portal's or the workspace's export is
// queued, then each `getExport` moves it on — running at 0 %, then by `extra.exportPlan.step` percent — until it
// is ready (or, with `extra.exportPlan.fail`, failed with that reason). Kept in `extra.exports`, newest first, so a
// test reads them back with the workspace; `extra.exportPlan.size` and `pace` shape the zip (see zipAnswer).
import type { Schema } from '@foyer/sdk';
import type { ConsoleHandlers, ConsoleRequest } from './console.ts';
import { nextNumber, page, problem, reply, zipAnswer } from './respond.ts';
import { fakeId } from './scenario.ts';

type Export = Schema<'Export'>;

interface Extra {
  exports?: Export[];
  exportPlan?: { step?: number; fail?: string; size?: number; pace?: number };
}

const extraOf = (r: ConsoleRequest) => r.ws.extra as Extra;

/** Queues an export, or answers the one of that scope already under way (as the service does). */
function create(r: ConsoleRequest, portalId: string | null): Export {
  const exports = (extraOf(r).exports ??= []);
  const busy = exports.find((e) => e.portal_id === portalId && (e.status === 'queued' || e.status === 'running'));
  if (busy) return busy;
  const job: Export = {
    id: fakeId('exp', nextNumber()),
    scope: portalId ? 'portal' : 'workspace',
    portal_id: portalId,
    status: 'queued',
    progress: 0,
    size: null,
    error: null,
    created_at: new Date().toISOString(),
    completed_at: null,
    expires_at: null,
  };
  exports.unshift(job);
  return job;
}

/** One step further: queued → running 0 % → … → ready 100 % (or failed). */
function advance(r: ConsoleRequest, job: Export): void {
  const plan = extraOf(r).exportPlan ?? {};
  if (job.status === 'queued') return void (job.status = 'running');
  if (job.status !== 'running') return;
  job.progress = Math.min(100, job.progress + (plan.step ?? 50));
  if (job.progress < 100) return;
  const now = new Date();
  if (plan.fail) Object.assign(job, { status: 'failed', progress: 0, error: plan.fail, completed_at: now.toISOString() });
  else
    Object.assign(job, {
      status: 'ready',
      size: plan.size ?? 64 * 1024,
      completed_at: now.toISOString(),
      expires_at: new Date(now.getTime() + 7 * 86400e3).toISOString(),
    });
}

function exportOf(r: ConsoleRequest): Export | undefined {
  return extraOf(r).exports?.find((e) => e.id === r.params.export_id);
}

export const exportHandlers: ConsoleHandlers = {
  createPortalExport: (r) => {
    if (!r.ws.portals.some((s) => s.portal.id === r.params.portal_id))
      return problem(r.ctx, 'createPortalExport', 404, 'not_found', 'Not found');
    reply(r.ctx, 'createPortalExport', 202, create(r, r.params.portal_id!));
  },

  createWorkspaceExport: (r) => reply(r.ctx, 'createWorkspaceExport', 202, create(r, null)),

  listExports: (r) => {
    const portalId = r.ctx.query.portal_id;
    const exports = (extraOf(r).exports ?? []).filter((e) => !portalId || e.portal_id === portalId);
    reply(r.ctx, 'listExports', 200, page(r.ctx, exports));
  },

  getExport: (r) => {
    const job = exportOf(r);
    if (!job) return problem(r.ctx, 'getExport', 404, 'not_found', 'Not found');
    advance(r, job);
    reply(r.ctx, 'getExport', 200, job);
  },

  downloadExport: (r) => {
    const job = exportOf(r);
    if (!job) return problem(r.ctx, 'downloadExport', 404, 'not_found', 'Not found');
    if (job.status !== 'ready') return problem(r.ctx, 'downloadExport', 409, 'export_not_ready', 'The export is not ready yet.');
    const plan = extraOf(r).exportPlan ?? {};
    zipAnswer(r.ctx, `foyer-export-${job.id}.zip`, ['README.md'], job.size ?? undefined, plan.pace);
  },
};
