import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { randomBase32 } from '../lib/ids.ts';

const INCOMING_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * pino-http with a request id on every log line and in the `X-Request-Id` response header. A well-formed
 * `X-Request-Id` from a proxy is kept, so one id follows the request across systems.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : `req_${randomBase32(20)}`;
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel(_req, res, err) {
      if (err || res.statusCode >= 500) return 'error';
      return 'info';
    },
    serializers: {
      req(req: { id: unknown; method: string; url: string }) {
        return { id: req.id, method: req.method, url: req.url };
      },
      res(res: { statusCode: number }) {
        return { status: res.statusCode };
      },
    },
  });
}
