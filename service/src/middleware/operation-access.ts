import type { RequestHandler } from 'express';
import { ownerRoleRequired } from '../authz/auth.ts';
import { createError } from '../errors/http-error.ts';

/** What an operation of openapi.yaml says about its callers. */
interface OperationAccess {
  security?: Array<Record<string, string[]>>;
  'x-foyer-role'?: string;
}

/**
 * Who may call the operation the request names, read from openapi.yaml as the contract validator matched it
 * (`req.openapi`), so every operation follows its contract without a line of its own: a secured operation
 * without credentials is 401; one marked `x-foyer-role: owner` is 403 `owner_role_required` for a `staff`
 * user. Runs right after the validator matches the route and before it validates the request, as its own
 * security check did (which cannot see the console's cookie, middleware/authenticate.ts).
 * Which kinds of caller reach an operation at all (`x-foyer-credentials`) stays with the services: a denied
 * object is reported as not found there.
 */
export const operationAccess: RequestHandler = (req, _res, next) => {
  // The validator's metadata middleware sets `req.openapi.schema`: the operation object of openapi.yaml.
  const operation = (req as { openapi?: { schema?: OperationAccess } }).openapi?.schema;
  if (!operation) return next();
  // Public operations say `security: []`; the rest inherit the document's bearer requirement.
  const isPublic =
    operation.security !== undefined && (operation.security.length === 0 || operation.security.some((s) => Object.keys(s).length === 0));
  if (!isPublic && !req.auth) {
    return next(createError('authentication_required', 'Send an API key or a session as `Authorization: Bearer …`.'));
  }
  if (operation['x-foyer-role'] === 'owner' && req.auth?.kind === 'owner' && req.auth.user?.role === 'staff') {
    return next(ownerRoleRequired());
  }
  next();
};
