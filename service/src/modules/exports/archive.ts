import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import { actorOf, requireAuth, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { currentVersions } from './portal-data.ts';
import { UniqueNames } from './zip-names.ts';
import { ZipWriter } from './zip-writer.ts';

/** "Download all": the current version of a portal's files (or some of them) as one zip, streamed. */
export class PortalArchiveService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly storage: ObjectStorage,
  ) {}

  /**
   * Owners and the portal's own clients; `fileIds` (from `?files=`) must all be files of the portal, else 404.
   * The archive's size is known before its first byte (stored entries of known sizes): it goes out with a
   * Content-Length, so browsers show real progress.
   */
  async send(auth: Auth | undefined, portalId: string, fileIds: string[] | undefined, req: Request, res: Response, meta: RequestMeta) {
    const caller = requireAuth(auth);
    const portal = await requirePortalAccess(this.db, auth, portalId, 'read');
    const wanted = fileIds ? [...new Set(fileIds)] : undefined;
    const versions = await currentVersions(this.db, portal.id, wanted);
    if (wanted && versions.length !== wanted.length) throw notFound('file');
    await this.db.transaction().execute((trx) =>
      this.events.record(
        trx,
        {
          workspaceId: portal.workspace_id,
          portalId: portal.id,
          type: 'portal.archive_downloaded',
          actor: actorOf(caller),
          target: { type: 'portal', id: portal.id },
          data: { files: versions.length, bytes: versions.reduce((sum, v) => sum + v.size, 0) },
        },
        meta,
      ),
    );

    const zip = new ZipWriter();
    const names = new UniqueNames();
    for (const v of versions) zip.addFile(names.take(v.name), v.size, () => this.storage.get(v.storage_key));
    const size = await zip.end();
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', contentDisposition(`foyer-${portal.id}.zip`, { type: 'attachment' }));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', 'sandbox');
    if (size >= 0) res.setHeader('Content-Length', String(size));
    try {
      await pipeline(zip.output, res);
    } catch (err) {
      // The client went away, or storage failed mid-stream: the answer is cut, which the client sees.
      if (!res.writableEnded) res.destroy();
      if (!(err instanceof Error && 'code' in err && err.code === 'ERR_STREAM_PREMATURE_CLOSE'))
        req.log.warn({ err }, 'archive interrupted');
    }
  }
}
