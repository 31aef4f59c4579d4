import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface Part {
  name: string;
  value: string | Buffer;
  /** Raw header parameters after `form-data; name="…"`, e.g. `; filename="a.pdf"`. */
  params?: string;
  contentType?: string;
}

/** A hand-built multipart/form-data body, so tests control every byte (hostile filenames included). */
export function multipart(parts: Part[], boundary = `----foyer${randomBytes(8).toString('hex')}`): { body: Buffer; contentType: string } {
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

export interface StreamedUpload {
  status: number;
  /** The answer's body (JSON text). */
  body: string;
  /** sha256 (hex) of the file bytes sent. */
  sha256: string;
}

/**
 * POSTs a `file` part of `size` random bytes to `url`, generating them as they are sent (1 MiB at a time)
 * so a 100 MiB upload never sits in memory whole. The answer may come before the body is all sent (413);
 * the rest is still sent, as a browser would.
 */
export async function streamFileUpload(url: string, apiKey: string, size: number, filename = 'large.bin'): Promise<StreamedUpload> {
  const boundary = `----foyer${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const hash = createHash('sha256');
  const target = new URL(url);
  const req = request(target, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${apiKey}`,
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
      'Content-Length': head.length + size + tail.length,
    },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.once('error', reject);
    });
  });
  const body = Readable.from(
    (function* () {
      yield head;
      for (let sent = 0; sent < size;) {
        const chunk = randomBytes(Math.min(1024 * 1024, size - sent));
        hash.update(chunk);
        sent += chunk.length;
        yield chunk;
      }
      yield tail;
    })(),
    { objectMode: false },
  );
  // A server that answered early and closed the connection may cut the send short; its answer still counts.
  const sent = pipeline(body, req).catch(() => {});
  const result = await answer;
  await sent;
  return { ...result, sha256: hash.digest('hex') };
}

/**
 * Sends the head of an upload that declares `size` file bytes, then `sendBytes` of them, waits `pauseMs`
 * and drops the connection, as a client that goes away mid-upload.
 */
export async function abandonFileUpload(url: string, apiKey: string, size: number, sendBytes: number, pauseMs: number): Promise<void> {
  const boundary = `----foyer${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="abandoned.bin"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const target = new URL(url);
  const socket = connect(Number(target.port), target.hostname);
  socket.on('error', () => {});
  await new Promise((r) => socket.once('connect', r));
  socket.write(
    `POST ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\nAuthorization: Bearer ${apiKey}\r\n` +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${head.length + size + tail.length}\r\n\r\n`,
  );
  socket.write(head);
  for (let sent = 0; sent < sendBytes;) {
    const chunk = randomBytes(Math.min(1024 * 1024, sendBytes - sent));
    sent += chunk.length;
    if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r));
  }
  await new Promise((r) => setTimeout(r, pauseMs));
  socket.destroy();
}
