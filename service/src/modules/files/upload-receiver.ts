import busboy from 'busboy';
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import { createError, HttpError } from '../../errors/http-error.ts';
import { SNIFF_BYTES, detectContentType } from '../../lib/content-type.ts';
import { sanitizeFilename } from '../../lib/filename.ts';
import { unsafeCharMessage } from '../../lib/unsafe-text.ts';
import { refusal } from '../../middleware/refuse-unsafe-text.ts';
import { isId, randomBase32 } from '../../lib/ids.ts';

/** A file that reached storage whole: where it is and what it is. */
export interface ReceivedFile {
  storageKey: string;
  size: number;
  sha256: string;
  contentType: string;
  /** Sanitised display name: the `name` field, else the part's filename. */
  name: string;
}

/** The parts sent before `file` that the upload's owner decides on. */
export interface UploadFields {
  /** `request_item_id`: the request item the file answers. */
  requestItemId?: string;
}

/** Refuses a detected content type (returns the error to answer), or accepts it (undefined). */
export type TypeCheck = (contentType: string) => HttpError | undefined;

export interface UploadOptions {
  maxBytes: number;
  keyPrefix: string;
  /**
   * Runs once the parts before `file` are in and before any byte is stored: it may refuse the upload (throw an
   * HttpError), and may return a check of the type detected from the file's first bytes, which then runs as
   * soon as they have arrived — a refused type ends the upload there, and its partial blob is removed.
   */
  beforeFile?: (fields: UploadFields) => Promise<TypeCheck | undefined>;
}

/**
 * Streams the `file` part of a multipart request straight into storage under a random key, counting bytes
 * against `maxBytes`, hashing (sha256) and keeping the first bytes for type detection as they pass. Nothing
 * is buffered whole. Any failure — too large (413), aborted, malformed, no file (400), refused by
 * `beforeFile` or its type check — rejects after the partial blob has been removed.
 */
export function receiveUpload(req: Request, storage: ObjectStorage, options: UploadOptions): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    const storageKey = `${options.keyPrefix}/${randomBase32(32)}`;
    let fieldName: string | undefined;
    const fields: UploadFields = {};
    /** The file part has begun: the parts that decide on it are all in. */
    let fileSeen = false;
    let partFilename: string | undefined;
    let meter: UploadMeter | undefined;
    let stored: Promise<void> | undefined;
    let settled = false;

    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // The meter enforces the exact size limit; busboy's limit (one byte more) is the backstop.
        limits: { files: 1, fields: 4, parts: 6, headerPairs: 20, fieldNameSize: 100, fieldSize: 4096, fileSize: options.maxBytes + 1 },
      });
    } catch (err) {
      reject(createError('malformed_upload', `Send multipart/form-data with a boundary (${(err as Error).message}).`));
      return;
    }

    const fail = (error: HttpError) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      meter?.destroy(error);
      // Drain what the client still sends so it can read our answer; the connection closes after it.
      req.resume();
      const cleanup = stored ? stored.catch(() => {}).then(() => storage.delete(storageKey)) : Promise.resolve();
      cleanup.catch(() => {}).finally(() => reject(error));
    };

    parser.on('field', (name, value, info) => {
      if (name === 'request_item_id') {
        // Decided on before the file is stored: after the file part it would come too late.
        if (fileSeen) fail(createError('malformed_upload', 'Send the "request_item_id" part before the "file" part.'));
        else if (fields.requestItemId !== undefined || !isId('requestItem', value))
          fail(refusal({ path: '/body/request_item_id', message: 'must be one request item id (rqi_…)' }));
        else fields.requestItemId = value;
        return;
      }
      if (name !== 'name' || info.valueTruncated) return;
      // The same rule as for JSON strings (middleware/refuse-unsafe-text.ts): refused, not silently cleaned.
      const unsafe = unsafeCharMessage(value);
      if (unsafe) fail(refusal({ path: '/body/name', message: unsafe }));
      else fieldName = value;
    });

    /** Streams the file part into storage, its type checked by `typeCheck` once its first bytes are known. */
    const store = (stream: Readable, typeCheck?: TypeCheck) => {
      const tooLarge = () => createError('file_too_large', `Files are limited to ${options.maxBytes} bytes.`);
      meter = new UploadMeter(options.maxBytes, tooLarge, typeCheck);
      // Errors on the meter reach storage.put through its pipeline; this keeps a late one from going unhandled.
      meter.on('error', (err: Error) => {
        if (err instanceof HttpError) fail(err);
      });
      stream.on('limit', () => fail(tooLarge()));
      stored = storage.put(storageKey, stream.pipe(meter));
      stored.catch((err: unknown) => {
        if (!settled) {
          req.log.error({ err }, 'storage write failed');
          fail(createError('internal_error'));
        }
      });
    };

    parser.on('file', (name, stream, info) => {
      fileSeen = true;
      // A body that ends inside the file part errors on the part's own stream ("Unexpected end of form"),
      // whatever becomes of it: while `beforeFile` is still deciding, after a refusal, or while it is stored.
      // Unheard, that error would be an uncaught exception that takes the process down.
      stream.on('error', (err: Error) => fail(createError('malformed_upload', err.message)));
      if (settled) {
        // Already refused (e.g. an unsafe `name` field before it): store nothing.
        stream.resume();
        return;
      }
      if (name !== 'file' || meter) {
        stream.resume();
        fail(createError('malformed_upload', `Send exactly one file, in the part named "file" (got "${name}").`));
        return;
      }
      const unsafe = info.filename === undefined ? undefined : unsafeCharMessage(info.filename);
      if (unsafe) {
        stream.resume();
        fail(refusal({ path: '/body/file', message: `(its filename) ${unsafe}` }));
        return;
      }
      partFilename = info.filename;
      if (!options.beforeFile) {
        store(stream);
        return;
      }
      // The file waits until the owner of the upload has decided on the parts before it: busboy holds it back
      // (and closes only once it has been read).
      void options.beforeFile(fields).then(
        (typeCheck) => {
          if (settled) stream.resume();
          else store(stream, typeCheck);
        },
        (err: unknown) => {
          stream.resume();
          fail(err instanceof HttpError ? err : createError('internal_error'));
          if (!(err instanceof HttpError)) req.log.error({ err }, 'upload check failed');
        },
      );
    });

    for (const event of ['filesLimit', 'fieldsLimit', 'partsLimit'] as const) {
      parser.on(event, () =>
        fail(createError('malformed_upload', 'Send one "file" part and at most a "name" and a "request_item_id" field.')),
      );
    }
    parser.on('error', (err: Error) => fail(createError('malformed_upload', `The multipart body is malformed: ${err.message}.`)));

    parser.on('close', () => {
      if (settled) return;
      if (!meter || !stored) {
        fail(createError('malformed_upload', 'The request has no part named "file".'));
        return;
      }
      const m = meter;
      stored
        .then(async () => {
          if (settled) return;
          settled = true;
          resolve({
            storageKey,
            size: m.bytesSeen(),
            sha256: m.digest(),
            contentType: m.contentType ?? (await detectContentType(m.head())),
            name: sanitizeFilename(fieldName ?? partFilename),
          });
        })
        .catch(() => {
          // reported by the storage error handler above
        });
    });

    // A client that goes away mid-upload: 'close' before the whole body arrived.
    req.on('close', () => {
      if (!req.complete) fail(createError('malformed_upload', 'The upload was interrupted before it finished.'));
    });
    req.on('error', () => fail(createError('malformed_upload', 'The upload was interrupted before it finished.')));
    req.pipe(parser);
  });
}

/**
 * Counts, hashes and keeps the first bytes of what flows through, without holding more. The count is
 * private: a public `size` on a stream is what upload libraries read as the body's total length.
 */
class UploadMeter extends Transform {
  #bytes = 0;
  /** The type detected from the first bytes, once a type check has run. */
  contentType: string | undefined;

  constructor(
    private readonly maxBytes: number,
    private readonly tooLarge: () => Error,
    private readonly typeCheck?: TypeCheck,
  ) {
    super();
  }

  private readonly hash = createHash('sha256');
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#bytes += chunk.length;
    if (this.#bytes > this.maxBytes) {
      callback(this.tooLarge());
      return;
    }
    this.hash.update(chunk);
    if (this.headLength < SNIFF_BYTES) {
      const part = chunk.subarray(0, SNIFF_BYTES - this.headLength);
      this.headChunks.push(Buffer.from(part));
      this.headLength += part.length;
      if (this.headLength === SNIFF_BYTES && this.typeCheck) {
        this.check().then(() => callback(null, chunk), callback);
        return;
      }
    }
    callback(null, chunk);
  }

  /** A file shorter than the sniffed head is checked at its end. */
  override _flush(callback: TransformCallback): void {
    if (this.typeCheck && this.contentType === undefined) this.check().then(() => callback(), callback);
    else callback();
  }

  private async check(): Promise<void> {
    this.contentType = await detectContentType(this.head());
    const refused = this.typeCheck?.(this.contentType);
    if (refused) throw refused;
  }

  bytesSeen(): number {
    return this.#bytes;
  }

  digest(): string {
    return this.hash.digest('hex');
  }

  head(): Buffer {
    return Buffer.concat(this.headChunks);
  }
}
