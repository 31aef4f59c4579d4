import { randomBytes } from 'node:crypto';

export interface Part {
  name: string;
  value: string | Buffer;
  /** Raw header parameters after `form-data; name="…"`, e.g. `; filename="a.pdf"`. */
  params?: string;
  contentType?: string;
}

/** A hand-built multipart/form-data body, so tests control every byte (hostile filenames included). */
export function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----foyer${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.params ?? ''}\r\n`;
    if (part.contentType) head += `Content-Type: ${part.contentType}\r\n`;
    chunks.push(Buffer.from(head + '\r\n'), Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Upload `bytes` as the `file` part (filename and declared type as a browser would send them). */
export function fileForm(bytes: Buffer, options: { filename?: string; type?: string; name?: string } = {}) {
  const parts: Part[] = [];
  if (options.name !== undefined) parts.push({ name: 'name', value: options.name });
  parts.push({
    name: 'file',
    value: bytes,
    params: `; filename="${options.filename ?? 'upload.bin'}"`,
    contentType: options.type ?? 'application/octet-stream',
  });
  return multipart(parts);
}

/** The smallest valid PNG (1×1, transparent). */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A small but real PDF header, enough for magic-byte detection. */
export const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
