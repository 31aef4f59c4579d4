import { createError, type HttpError } from '../../errors/http-error.ts';

/** Whether a detected content type is one of `allowed` (exact, or a family such as `image/*`); none listed: any type. */
export function typeAllowed(allowed: readonly string[], contentType: string): boolean {
  if (allowed.length === 0) return true;
  const type = contentType.toLowerCase();
  return allowed.some((a) => (a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : a === type));
}

// What people call the common types, for messages a client reads. Anything else is named by its media type.
const PLURAL: Record<string, string> = {
  'application/pdf': 'PDF documents',
  'image/*': 'images',
  'image/jpeg': 'JPEG images',
  'image/png': 'PNG images',
  'image/heic': 'HEIC photos',
  'text/plain': 'text files',
  'text/csv': 'CSV files',
  'application/zip': 'ZIP archives',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheets',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word documents',
  'video/*': 'videos',
  'audio/*': 'audio files',
  'text/*': 'text files',
};

const SINGULAR: Record<string, string> = {
  'application/pdf': 'a PDF document',
  'image/jpeg': 'a JPEG image',
  'image/png': 'a PNG image',
  'image/gif': 'a GIF image',
  'image/webp': 'a WebP image',
  'image/heic': 'a HEIC photo',
  'image/svg+xml': 'an SVG image',
  'text/plain': 'a text file',
  'text/html': 'an HTML page',
  'application/zip': 'a ZIP archive',
  'application/x-rar-compressed': 'a RAR archive',
  'application/x-7z-compressed': 'a 7-Zip archive',
  'application/gzip': 'a gzip archive',
  'application/xml': 'an XML document',
  'application/octet-stream': 'a file of unknown type',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'an Excel spreadsheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'a Word document',
};

function describeAllowed(type: string): string {
  const name = PLURAL[type];
  return name ? `${name} (${type})` : type;
}

function describeDetected(type: string): string {
  const name = SINGULAR[type];
  return name ? `${name} (${type})` : `of type ${type}`;
}

/**
 * The 415 for a file an item does not take, naming the item and the types: "Last year's return accepts PDF
 * documents (application/pdf); this file is a ZIP archive (application/zip)."
 */
export function typeRefusal(itemTitle: string, allowed: readonly string[], detected: string): HttpError {
  const list = allowed.map(describeAllowed);
  const accepted = list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : (list[0] ?? '');
  const detail = `${itemTitle} accepts ${accepted}; this file is ${describeDetected(detected)}.`;
  // The contract bounds a problem's detail at 2,000 characters; 20 long types after a long title could pass it.
  return createError('file_type_not_allowed', detail.length > 2000 ? `${detail.slice(0, 1999)}…` : detail);
}
