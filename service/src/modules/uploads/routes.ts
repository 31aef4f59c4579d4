import { Router, type Response as ExpressResponse } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import type { ResumableStore } from '../../adapters/storage/resumable-store.ts';
import type { Config } from '../../config.ts';
import { createError, HttpError } from '../../errors/http-error.ts';
import { requestMeta } from '../../lib/request-meta.ts';
import { FileUploadService } from '../files/upload-service.ts';
import { readCreation, type CreationHeaders } from './creation.ts';
import { ResumableUploadService } from './service.ts';
import { relayTusHeaders, tusFailure, TusEndpoint } from './tus-endpoint.ts';

/**
 * The tus 1.0 endpoint (`/v1/uploads`): the route checks the caller and the upload (service.ts), `@tus/server`
 * runs the protocol (tus-endpoint.ts), and the request that finds every byte in makes the file.
 */
export function uploadRoutes(config: Config, deps: AppDeps, resumable: () => Promise<ResumableStore>): Router {
  const files = new FileUploadService(deps.db, deps.events, deps.storage, deps.logger, config.maxUploadBytes);
  const uploads = new ResumableUploadService(deps.db, files, deps.storage, resumable, deps.logger, config.uploadExpirySeconds * 1000);
  const tus = new TusEndpoint(resumable, { maxUploadBytes: config.maxUploadBytes, publicUrl: config.publicUrl, logger: deps.logger });
  const router = Router();

  router.options('/v1/uploads', async (req, res) => {
    const answer = await tus.handle(req, res);
    if (answer.status >= 400) throw await tusFailure(answer);
    relayTusHeaders(answer, res);
    res.status(204).end();
  });

  router.post('/v1/uploads', async (req, res) => {
    res.setHeader('Tus-Resumable', '1.0.0');
    const creation = readCreation(req.headers as CreationHeaders, config.maxUploadBytes);
    const row = await uploads.create(req.auth, creation);
    res.locals.uploadId = row.id;
    const answer = await tus.handle(req, res);
    if (answer.status >= 400) {
      await uploads.abandon(row.id);
      throw await tusFailure(answer);
    }
    const location = answer.headers.get('location');
    // Every byte came with the creation (creation-with-upload, or an empty file): the file is made now.
    const file =
      Number(answer.headers.get('upload-offset') ?? 0) === creation.size
        ? await uploads.complete(req.auth, row, requestMeta(req))
        : undefined;
    relayTusHeaders(answer, res);
    if (location) res.setHeader('Location', location);
    if (file) res.status(201).json(file);
    else res.status(201).end();
  });

  router.head('/v1/uploads/:upload_id', async (req, res) => {
    res.setHeader('Tus-Resumable', '1.0.0');
    const row = await uploads.find(req.auth, req.params.upload_id);
    if (row.status === 'completed') {
      res.setHeader('Upload-Offset', row.size).setHeader('Upload-Length', row.size).status(200).end();
      return;
    }
    const answer = await tus.handle(req, res);
    if (answer.status >= 400) throw await tusFailure(answer);
    // Every byte in, no file yet: the service stopped between the two. Finish it now.
    if (answer.headers.get('upload-offset') === row.size) await uploads.complete(req.auth, row, requestMeta(req));
    relayTusHeaders(answer, res);
    res.status(200).end();
  });

  router.patch('/v1/uploads/:upload_id', async (req, res) => {
    res.setHeader('Tus-Resumable', '1.0.0');
    const row = await uploads.find(req.auth, req.params.upload_id);
    if (row.status === 'completed') {
      req.resume();
      // The answer to the last PATCH was lost: the same PATCH again (at the end, nothing more) gets it again.
      if (req.get('upload-offset') !== row.size) throw offsetMismatch(row.size);
      res
        .setHeader('Upload-Offset', row.size)
        .status(200)
        .json(await uploads.result(row));
      return;
    }
    const answer = await tus.handle(req, res);
    if (answer.status >= 400) throw await tusFailure(answer);
    relayTusHeaders(answer, res);
    if (answer.headers.get('upload-offset') === row.size) {
      sendFile(res, await uploads.complete(req.auth, row, requestMeta(req)));
      return;
    }
    res.status(204).end();
  });

  router.delete('/v1/uploads/:upload_id', async (req, res) => {
    res.setHeader('Tus-Resumable', '1.0.0');
    const row = await uploads.find(req.auth, req.params.upload_id);
    if (row.status === 'completed')
      throw createError('upload_completed', `This upload is a file now (${row.file_id}): delete the file instead.`);
    const answer = await tus.handle(req, res);
    // Already gone from the store: what was asked.
    if (answer.status >= 400 && answer.status !== 404) throw await tusFailure(answer);
    await uploads.terminated(row);
    res.status(204).end();
  });

  return router;
}

function sendFile(res: ExpressResponse, file: unknown): void {
  res.status(200).json(file);
}

function offsetMismatch(size: string): HttpError {
  return new HttpError('upload_offset_mismatch', `This upload is complete at ${size} bytes.`, undefined, { 'Upload-Offset': size });
}
