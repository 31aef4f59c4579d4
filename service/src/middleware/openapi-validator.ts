import type { RequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { isDateTime } from '../lib/date-time.ts';
import { OPENAPI_PATH } from '../lib/paths.ts';
import { operationAccess } from './operation-access.ts';

/**
 * Validates every request under /v1 (and the probes) against openapi.yaml: unknown routes and fields,
 * wrong types and missing credentials are refused before a handler runs. With `validateResponses`, a
 * response that drifts from the contract becomes a 500, which the tests turn on to catch drift.
 *
 * Route lookup compiles each route's matcher once: the validator is patched with upstream's fix
 * (cdimascio/express-openapi-validator#1217, `patches/`), see service/test/route-matcher-cache.test.ts.
 *
 * Credentials and roles are checked by {@link operationAccess}, placed right after the validator has matched
 * the operation: the validator's own security check knows only the `Authorization` header, not the console's
 * cookie. The validator is pinned (5.6.2); if its middleware ever changes shape this throws at start.
 */
export function openapiValidator(options: { validateResponses: boolean }): RequestHandler[] {
  const handlers = OpenApiValidator.middleware({
    apiSpec: OPENAPI_PATH,
    // Checking openapi.yaml against the OpenAPI schema is a third of the validator's start-up work. The file
    // ships with the code and is linted (redocly, spectral) by `npm test`; the tests, which check responses,
    // check it here too, and a production start trusts it.
    validateApiSpec: options.validateResponses,
    validateRequests: { allowUnknownQueryParameters: false, coerceTypes: false, removeAdditional: false },
    validateResponses: options.validateResponses ? { removeAdditional: false } : false,
    validateSecurity: false,
    // Uploads are streamed by busboy in the files module, never buffered by the validator.
    fileUploader: false,
    validateFormats: true,
    // Only instants the service can store (ajv's RFC 3339 check lets `23:59:60` and `+25:00` through).
    formats: { 'date-time': { type: 'string', validate: isDateTime } },
    ignoreUndocumented: false,
    // Pages, assets and the contract itself are not API operations; the receipt key set is one (documented,
    // public). Express routes ignore case, so `/V1/…` reaches the same handlers: it must not skip validation
    // (it is then an unknown route, 404).
    ignorePaths: (path: string) => {
      const lower = path.toLowerCase();
      return !(
        lower.startsWith('/v1/') ||
        lower === '/v1' ||
        lower === '/healthz' ||
        lower === '/readyz' ||
        lower === '/.well-known/foyer-receipt-keys.json'
      );
    },
  });
  const matched = handlers.findIndex((handler) => handler.name === 'metadataMiddleware');
  if (matched === -1) throw new Error('express-openapi-validator: no metadataMiddleware to place the access check after');
  return [...handlers.slice(0, matched + 1), operationAccess, ...handlers.slice(matched + 1)];
}
