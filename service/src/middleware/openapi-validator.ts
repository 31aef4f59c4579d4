import type { RequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { OPENAPI_PATH } from '../lib/paths.ts';
import { cacheRouteMatchers } from './route-matcher-cache.ts';

/**
 * Validates every request under /v1 (and the probes) against openapi.yaml: unknown routes and fields,
 * wrong types and missing credentials are refused before a handler runs. With `validateResponses`, a
 * response that drifts from the contract becomes a 500, which the tests turn on to catch drift.
 */
export function openapiValidator(options: { validateResponses: boolean }): RequestHandler[] {
  cacheRouteMatchers();
  return OpenApiValidator.middleware({
    apiSpec: OPENAPI_PATH,
    validateRequests: { allowUnknownQueryParameters: false, coerceTypes: false, removeAdditional: false },
    validateResponses: options.validateResponses ? { removeAdditional: false } : false,
    validateSecurity: true,
    // Uploads are streamed by busboy in the files module, never buffered by the validator.
    fileUploader: false,
    validateFormats: true,
    ignoreUndocumented: false,
    // Pages, assets and the contract itself are not API operations.
    ignorePaths: (path: string) => !(path.startsWith('/v1/') || path === '/v1' || path === '/healthz' || path === '/readyz'),
  }) as unknown as RequestHandler[];
}
