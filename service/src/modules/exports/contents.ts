import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import type { Db } from '../../db/database.ts';
import { SERVICE_ROOT } from '../../lib/paths.ts';
import { GENESIS_HASH } from '../events/chain-hash.ts';
import type { EventRow } from '../events/table.ts';
import * as data from './portal-data.ts';
import { exportReadme } from './readme.ts';
import { UniqueNames } from './zip-names.ts';
import type { ZipWriter } from './zip-writer.ts';

const VERIFY_SCRIPT = join(SERVICE_ROOT, 'src/modules/exports/assets/verify-export.mjs');

export interface ExportTarget {
  exportId: string;
  workspaceId: string;
  /** One portal, or null for the whole workspace. */
  portalId: string | null;
  createdAt: Date;
}

/** What an export will hold, read before the first byte is written: its files' sizes give its progress. */
export interface ExportPlan {
  workspaceName: string;
  portals: Array<{ id: string; files: data.FileWithVersions[] }>;
  versions: number;
  bytes: number;
}

/** Counts the export reports when done (manifest.json, the CLI's summary). */
export interface ExportCounts {
  portals: number;
  files: number;
  versions: number;
  bytes: number;
  members: number;
  comments: number;
  approval_requests: number;
  decisions: number;
  requests: number;
  events: number;
}

export async function planExport(db: Db, target: ExportTarget): Promise<ExportPlan | undefined> {
  const workspace = await db.selectFrom('workspaces').select('name').where('id', '=', target.workspaceId).executeTakeFirst();
  if (!workspace) return undefined;
  let portalIds: string[];
  if (target.portalId) {
    const portal = await db
      .selectFrom('portals')
      .select('id')
      .where('id', '=', target.portalId)
      .where('workspace_id', '=', target.workspaceId)
      .executeTakeFirst();
    if (!portal) return undefined;
    portalIds = [portal.id];
  } else {
    portalIds = (await db.selectFrom('portals').select('id').where('workspace_id', '=', target.workspaceId).orderBy('seq').execute()).map(
      (p) => p.id,
    );
  }
  const portals = [];
  for (const id of portalIds) portals.push({ id, files: await data.filesWithVersions(db, id) });
  const versions = portals.flatMap((p) => p.files.flatMap((f) => f.versions));
  return { workspaceName: workspace.name, portals, versions: versions.length, bytes: versions.reduce((sum, v) => sum + v.size, 0) };
}

/**
 * Adds the export's entries to `zip` (the caller ends it): a README and the verification script first, then each
 * portal — its JSON read from the database when the archive reaches it, one portal at a time, and every version's
 * bytes streamed from storage — then the workspace's own records, and last the manifest, with the counts and
 * chain heads seen on the way. `onBytes` hears file bytes as they go into the archive.
 */
export function addExportEntries(
  zip: ZipWriter,
  deps: { db: Db; storage: ObjectStorage },
  target: ExportTarget,
  plan: ExportPlan,
  onBytes: (bytes: number) => void,
): Promise<ExportCounts> {
  const { db, storage } = deps;
  const counts: ExportCounts = {
    portals: plan.portals.length,
    files: 0,
    versions: plan.versions,
    bytes: plan.bytes,
    members: 0,
    comments: 0,
    approval_requests: 0,
    decisions: 0,
    requests: 0,
    events: 0,
  };
  const heads: Record<string, { events: number; head: string }> = {};
  const scope = target.portalId ? 'portal' : 'workspace';
  zip.addText(
    'README.md',
    exportReadme({ exportId: target.exportId, scope, workspaceName: plan.workspaceName, createdAt: target.createdAt }),
  );
  zip.addText('verify-export.mjs', readFileSync(VERIFY_SCRIPT, 'utf8'));

  for (const { id, files } of plan.portals) {
    const dir = `portals/${id}`;
    counts.files += files.length;
    zip.addGenerated(`${dir}/portal.json`, () => json(data.portalRecord(db, id)));
    zip.addGenerated(`${dir}/members.json`, () => json(data.members(db, id).then(tally(counts, 'members'))));
    // Paths are ids and numbers, so they are unique and safe whatever the names; the name is kept for people.
    const paths = new Map<string, string>();
    for (const file of files) {
      const names = new UniqueNames();
      for (const v of file.versions)
        paths.set(`${file.id}/${v.version}`, `${dir}/files/${file.id}/${names.take(`v${v.version}-${file.name}`)}`);
    }
    zip.addGenerated(`${dir}/files.json`, () =>
      json(
        files.map(({ versions, ...file }) => ({
          ...file,
          versions: versions.map(({ storage_key: _key, file_id: _file, ...v }) => ({ ...v, path: paths.get(`${file.id}/${v.version}`) })),
        })),
      ),
    );
    for (const file of files)
      for (const v of file.versions) zip.addFile(paths.get(`${file.id}/${v.version}`)!, v.size, () => storage.get(v.storage_key), onBytes);
    zip.addGenerated(`${dir}/comments.json`, () => json(data.comments(db, id).then(tally(counts, 'comments'))));
    zip.addGenerated(`${dir}/approvals.json`, () =>
      json(
        data.approvals(db, id).then((rows) => {
          counts.approval_requests += rows.length;
          counts.decisions += rows.reduce((n, r) => n + r.decisions.length, 0);
          return rows;
        }),
      ),
    );
    zip.addGenerated(`${dir}/requests.json`, () => json(data.documentRequests(db, id).then(tally(counts, 'requests'))));
    zip.addGenerated(`${dir}/events.json`, () =>
      eventsJson(data.chainEvents(db, target.workspaceId, id), (n, head) => {
        counts.events += n;
        heads[id] = { events: n, head };
      }),
    );
  }

  if (!target.portalId) {
    zip.addGenerated('workspace/workspace.json', () =>
      json(
        db
          .selectFrom('workspaces')
          .select([
            'id',
            'name',
            'display_name',
            'logo_url',
            'accent_color',
            'allowed_origins',
            'notify_emails',
            'created_at',
            'updated_at',
          ])
          .where('id', '=', target.workspaceId)
          .executeTakeFirst(),
      ),
    );
    zip.addGenerated('workspace/users.json', () =>
      json(
        db
          .selectFrom('users')
          .select(['id', 'email', 'name', 'role', 'status', 'last_sign_in_at', 'created_at', 'updated_at'])
          .where('workspace_id', '=', target.workspaceId)
          .orderBy('seq')
          .execute(),
      ),
    );
    zip.addGenerated('workspace/events.json', () =>
      eventsJson(data.chainEvents(db, target.workspaceId, null), (n, head) => {
        counts.events += n;
        heads.workspace = { events: n, head };
      }),
    );
  }

  return new Promise((resolve) => {
    // Last: by the time the archive reaches it, every entry above was written and counted.
    zip.addGenerated('manifest.json', () => {
      resolve(counts);
      return json({
        format: 'foyer-export',
        format_version: 1,
        export_id: target.exportId,
        scope,
        workspace_id: target.workspaceId,
        workspace_name: plan.workspaceName,
        portal_id: target.portalId,
        created_at: target.createdAt,
        counts,
        chains: heads,
      });
    });
  });
}

function tally<T>(counts: ExportCounts, key: keyof ExportCounts): (rows: T[]) => T[] {
  return (rows) => {
    counts[key] += rows.length;
    return rows;
  };
}

/** A value (or a promise of one) as pretty JSON. */
async function* json(value: unknown): AsyncGenerator<string> {
  yield `${JSON.stringify(await value, null, 2)}\n`;
}

/** The hashed fields of each event and its links, in the order of the chain, as one JSON array written as it is read. */
async function* eventsJson(rows: AsyncIterable<EventRow>, done: (events: number, head: string) => void): AsyncGenerator<string> {
  let n = 0;
  let head = GENESIS_HASH;
  let chunk = '[';
  for await (const row of rows) {
    const { seq, prev_hash, hash, ...fields } = row;
    chunk += `${n === 0 ? '\n' : ',\n'}${JSON.stringify({ seq, ...fields, prev_hash, hash })}`;
    n++;
    head = hash;
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${n === 0 ? ']' : '\n]'}\n`;
  done(n, head);
}
