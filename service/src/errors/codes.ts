/**
 * The closed set of error codes the API answers with. Stable: clients branch on them.
 * Keep in step with `ErrorCode` in openapi.yaml (a test checks both lists are equal).
 */
export const ERROR_CODES = {
  validation_failed: { status: 400, title: 'The request is invalid' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'The request body has an unsupported media type' },
  authentication_required: { status: 401, title: 'Authentication is required' },
  invalid_credentials: { status: 401, title: 'The credentials are not valid' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  invalid_cursor: { status: 400, title: 'The pagination cursor is not valid' },
  idempotency_key_reused: { status: 422, title: 'This Idempotency-Key was used with a different request' },
  idempotency_in_progress: { status: 409, title: 'A request with this Idempotency-Key is in progress' },
  verification_failed: { status: 401, title: 'The code or link is not valid' },
  rate_limited: { status: 429, title: 'Too many requests' },
  uploads_disabled: { status: 403, title: 'Uploads are switched off for this portal' },
  not_author: { status: 403, title: 'Only the author may do this' },
  verification_required: { status: 403, title: 'A verified email address is required' },
  owner_cannot_decide: { status: 403, title: 'Owners cannot decide on approval requests' },
  not_an_approver: { status: 403, title: 'You are not an approver of this request' },
  approval_superseded: { status: 409, title: 'A newer version superseded this approval request' },
  approval_canceled: { status: 409, title: 'This approval request was canceled' },
  approval_closed: { status: 409, title: 'This approval request is already settled' },
  already_decided: { status: 409, title: 'You already decided on this request' },
  no_approvers: { status: 409, title: 'There is nobody to approve' },
  file_too_large: { status: 413, title: 'The file is too large' },
  malformed_upload: { status: 400, title: 'The upload is malformed or incomplete' },
  range_not_satisfiable: { status: 416, title: 'The requested range is not satisfiable' },
  owner_role_required: { status: 403, title: 'Only an owner of the workspace may do this' },
  last_owner: { status: 409, title: 'A workspace keeps at least one owner' },
  user_exists: { status: 409, title: 'This address is already a user of the workspace' },
  csrf_failed: { status: 403, title: 'The request did not prove it comes from the console' },
  delivery_not_failed: { status: 409, title: 'Only a failed delivery can be sent again' },
  service_unavailable: { status: 503, title: 'The service is not ready' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
