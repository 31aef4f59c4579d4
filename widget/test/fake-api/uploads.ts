// Resumable uploads (tus 1.0) in the fake API: creation, HEAD, PATCH (409 on a wrong offset, the file on the last
// byte), DELETE. Each portal keeps its uploads and a log of the tus requests (`tusLog`, read back with
// `GET /__fake/portals/{id}`). `tusStallAt` makes the first PATCH that reaches that many bytes stop there and
// hang until the client goes away (a tab closed, a pause mid-transfer); `tusDropAt` makes the first PATCH that
// reaches that many bytes lose its connection there (a dropped link); `tusFail` answers the next PATCHes with
// those statuses instead (a proxy's 503).
import type { Schema } from '@foyer/sdk';
import { fakeId } from './scenario.ts';
import { nextNumber, problem, reply, replyEmpty, type FakeContext } from './respond.ts';

export interface TusState {
  uploads?: Record<string, { length: number; offset: number; name: string; fileId?: string; portalId?: string }>;
  tusLog?: string[];
  tusStallAt?: number;
  tusDropAt?: number;
  tusFail?: 503[];
}

const TUS = { 'Tus-Resumable': '1.0.0' };

function metadata(header: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of header.split(',')) {
    const [key, value = ''] = pair.trim().split(' ');
    if (key) values[key] = Buffer.from(value, 'base64').toString('utf8');
  }
  return values;
}

/**
 * Answers `/v1/uploads` and `/v1/uploads/{id}` for a member of `state`'s portal (or the console's user);
 * `make(name, size, fileId, portalId)` makes the file (or version) once the last byte is in. False when the
 * path is not a tus one.
 */
export async function tusCall(
  ctx: FakeContext,
  state: TusState,
  make: (name: string, size: number, fileId: string | undefined, portalId: string | undefined) => Schema<'File'>,
): Promise<boolean> {
  const uploads = (state.uploads ??= {});
  const log = (state.tusLog ??= []);
  if (ctx.path === '/v1/uploads' && ctx.method === 'POST') {
    const meta = metadata(ctx.get('upload-metadata'));
    const id = fakeId('upl', nextNumber());
    uploads[id] = {
      length: Number(ctx.get('upload-length')),
      offset: 0,
      name: meta['filename'] ?? 'upload',
      fileId: meta['file_id'],
      portalId: meta['portal_id'],
    };
    log.push(`POST ${meta['portal_id'] ?? meta['file_id']}`);
    replyEmpty(ctx, 'createUpload', 201, { ...TUS, Location: `/v1/uploads/${id}` });
    return true;
  }
  const m = /^\/v1\/uploads\/(upl_[0-9a-z]{32})$/.exec(ctx.path);
  if (!m) return false;
  const id = m[1]!;
  const upload = uploads[id];
  log.push(`${ctx.method} ${ctx.method === 'PATCH' ? ctx.get('upload-offset') : ''}`.trim());
  if (ctx.method === 'HEAD') {
    if (!upload) return (problem(ctx, 'getUploadOffset', 404, 'not_found', 'Not found'), true);
    reply(ctx, 'getUploadOffset', 200, undefined, {
      ...TUS,
      'Upload-Offset': String(upload.offset),
      'Upload-Length': String(upload.length),
    });
    return true;
  }
  if (ctx.method === 'DELETE') {
    if (!upload) return (problem(ctx, 'deleteUpload', 404, 'not_found', 'Not found'), true);
    delete uploads[id];
    reply(ctx, 'deleteUpload', 204, undefined, TUS);
    return true;
  }
  if (!upload) return (problem(ctx, 'appendToUpload', 404, 'not_found', 'Not found'), true);
  const fail = state.tusFail?.shift();
  if (fail === 503) return (problem(ctx, 'appendToUpload', 503, 'service_unavailable', 'Try again'), true);
  if (Number(ctx.get('upload-offset')) !== upload.offset) {
    return (problem(ctx, 'appendToUpload', 409, 'upload_offset_mismatch', `The service holds ${upload.offset} bytes`), true);
  }
  try {
    for await (const chunk of ctx.req) {
      upload.offset += chunk.length;
      if (state.tusStallAt !== undefined && upload.offset >= state.tusStallAt) {
        state.tusStallAt = undefined;
        // Hold the request (as a slow or dying link would) until the client gives up on it.
        await new Promise((resolve) => (ctx.req as unknown as NodeJS.EventEmitter).once('close', resolve));
        return true;
      }
      if (state.tusDropAt !== undefined && upload.offset >= state.tusDropAt) {
        state.tusDropAt = undefined;
        // Koa leaves the response alone (`respond: false`): the socket is gone.
        Object.assign(ctx, { respond: false });
        (ctx.req as unknown as { socket: { destroy(): void } }).socket.destroy();
        return true;
      }
    }
  } catch {
    return true; // the client went away mid-body: what arrived stays, as on the service
  }
  if (upload.offset < upload.length) {
    reply(ctx, 'appendToUpload', 204, undefined, { ...TUS, 'Upload-Offset': String(upload.offset) });
    return true;
  }
  reply(ctx, 'appendToUpload', 200, make(upload.name, upload.length, upload.fileId, upload.portalId), {
    ...TUS,
    'Upload-Offset': String(upload.offset),
  });
  return true;
}
