import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Db } from '../db/database.ts';
import { createError } from '../errors/http-error.ts';
import { SecretBox } from '../lib/secret-box.ts';
import { claimKey, completeKey, findKey, releaseKey } from '../modules/idempotency/repository.ts';

// Response headers worth replaying; the rest (dates, request ids) belong to the new response. `set-cookie`:
// a console sign-in (`transport: "cookie"`) answers its session only there, so a replay without it would
// leave the retrying browser signed out with its code spent.
const REPLAYED_HEADERS = ['content-type', 'location', 'set-cookie'];

interface StoredResponse {
  /** `set-cookie` is a list (one cookie each); the others are single values. */
  headers: Record<string, string | string[]>;
  body: string;
}

/**
 * `Idempotency-Key` on POST: the first request with a key runs and its response (status < 500) is kept for
 * 24 hours; a retry with the same key and body replays it with `Idempotent-Replayed: true`; the same key
 * with another body is 422; a retry while the first still runs is 409. Keys are scoped to the caller.
 * Runs after request validation, so a 400 never consumes a key. The kept response rests sealed under
 * SECRET_KEY and bound to its scope and key: it may carry a session token, a link key or a webhook secret.
 */
export function idempotency(db: Db, secretKey: string): RequestHandler {
  const box = new SecretBox(secretKey, 'idempotent response');
  return async (req, res, next) => {
    const key = req.get('idempotency-key');
    if (req.method !== 'POST' || key === undefined) return next();
    // A user's keys are their own: another user of the workspace (staff, say) never replays their responses.
    const scope = !req.auth
      ? `anonymous:${req.ip ?? ''}`
      : req.auth.kind === 'client'
        ? `client:${req.auth.memberId}`
        : req.auth.user
          ? `user:${req.auth.user.id}`
          : `owner:${req.auth.workspaceId}`;
    const requestHash = createHash('sha256')
      .update(`${req.method} ${req.originalUrl}\n`)
      // Streamed uploads are not read before the handler runs: their size stands in for their body.
      .update(req.is('multipart/form-data') ? `multipart ${req.get('content-length') ?? '?'}` : JSON.stringify(req.body ?? null))
      .digest('hex');

    if (await claimKey(db, scope, key, requestHash)) {
      captureResponse(res, async (status, headers, body) => {
        // A 5xx, or a body that never fully arrived (an upload cut off mid-way), is not an answer to keep:
        // the retry must run again.
        if (status >= 500 || !req.complete) await releaseKey(db, scope, key);
        else
          await completeKey(db, scope, key, {
            status,
            sealed: box.seal({ headers, body } satisfies StoredResponse, sealContext(scope, key)),
          });
      }).catch((err: unknown) => req.log.error({ err }, 'could not record the idempotent response'));
      return next();
    }

    const existing = await findKey(db, scope, key);
    if (!existing) {
      // Released between our claim and this read (the first attempt failed with a 5xx): let the client retry.
      return next(createError('idempotency_in_progress', 'Retry this request.'));
    }
    if (existing.request_hash !== requestHash) {
      return next(createError('idempotency_key_reused', 'This Idempotency-Key was already used for another request.'));
    }
    if (existing.state !== 'completed' || existing.response_status === null || existing.response_sealed === null) {
      return next(createError('idempotency_in_progress', 'The first request with this Idempotency-Key is still running.'));
    }
    let stored: StoredResponse;
    try {
      stored = box.open(existing.response_sealed, sealContext(scope, key)) as StoredResponse;
    } catch (err) {
      // Sealed under another SECRET_KEY, or altered: nothing to replay, so the retry may run again.
      req.log.warn({ err }, 'a stored idempotent response does not open: released');
      await releaseKey(db, scope, key);
      return next(createError('idempotency_in_progress', 'Retry this request.'));
    }
    for (const [name, value] of Object.entries(stored.headers)) res.setHeader(name, value);
    res.setHeader('Idempotent-Replayed', 'true');
    req.resume(); // an unread upload body is discarded
    res.status(existing.response_status).send(stored.body);
  };
}

function sealContext(scope: string, key: string): string {
  return `${scope}\n${key}`;
}

/**
 * Calls `done` with the status, replayable headers and body as the response is sent. Recorded at send
 * time, not on 'finish': a client that hung up still had its request carried out, and its retry must
 * replay that result rather than run again.
 */
function captureResponse(
  res: Response,
  done: (status: number, headers: Record<string, string | string[]>, body: string) => Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const send = res.send.bind(res);
    res.send = (chunk?: unknown) => {
      res.send = send;
      let body = '';
      if (typeof chunk === 'string') body = chunk;
      else if (Buffer.isBuffer(chunk)) body = chunk.toString('utf8');
      else if (chunk !== undefined && chunk !== null) body = JSON.stringify(chunk);
      const headers: Record<string, string | string[]> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = res.getHeader(name);
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.map(String) : String(value);
      }
      done(res.statusCode, headers, body).then(resolve, reject);
      return send(chunk);
    };
  });
}
