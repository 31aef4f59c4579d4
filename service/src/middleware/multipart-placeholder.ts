import type { RequestHandler } from 'express';

/**
 * Uploads are streamed by busboy after validation, so the OpenAPI validator cannot see their parts. It
 * still checks the media type, path, query and headers; for the body it is shown a placeholder `file`
 * part, and the upload receiver enforces the parts itself (one `file`, an optional `name`, busboy limits).
 */
export const multipartPlaceholder: RequestHandler = (req, _res, next) => {
  if (req.is('multipart/form-data')) req.body = { file: '' };
  next();
};
