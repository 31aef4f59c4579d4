import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { randomBase32 } from '../lib/ids.ts';
import { loggableUrl } from './loggable-url.ts';

declare module 'http' {
  interface IncomingMessage {
    /** The request id: a well-formed incoming `X-Request-Id`, or `req_…`. */
    id: string;
    /** A logger whose every line carries the request's id, method and url (query values redacted, see loggable-url.ts). */
    log: Logger;
  }
}

const INCOMING_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * A request id on every log line and in the `X-Request-Id` response header, and one line per finished
 * request (`request completed`, or `request errored` at error level for a 5xx), as pino-http writes them.
 * A well-formed `X-Request-Id` from a proxy is kept, so one id follows the request across systems.
 *
 * Written on pino rather than with pino-http because this runs on every request: pino-http builds a child
 * logger (serialising the request) for each one even when nothing logs, which cost ~5% of the busiest read
 * (`npm run bench:list`). Here the child is made the first time something logs.
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : `req_${randomBase32(20)}`;
    req.id = id;
    res.setHeader('X-Request-Id', id);
    let child: Logger | undefined;
    Object.defineProperty(req, 'log', {
      configurable: true,
      enumerable: false,
      get: () => (child ??= logger.child({ req: { id, method: req.method, url: loggableUrl(req.originalUrl) } })),
    });
    const started = Date.now();
    res.once('finish', () => {
      const failed = res.statusCode >= 500;
      if (!logger.isLevelEnabled(failed ? 'error' : 'info')) return;
      const fields = { res: { status: res.statusCode }, responseTime: Date.now() - started };
      if (failed) req.log.error({ ...fields, err: new Error(`failed with status code ${res.statusCode}`) }, 'request errored');
      else req.log.info(fields, 'request completed');
    });
    next();
  };
}
