import type { Readable } from 'node:stream';

/** An inclusive byte range, as in HTTP `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredObject {
  key: string;
  size: number;
  lastModified: Date;
}

export interface PresignOptions {
  expiresInSeconds: number;
  contentType: string;
  contentDisposition: string;
}

/**
 * Where file bytes live. Keys are opaque (`portals/{portal_id}/{random}`); callers never derive them from
 * user input. Every driver passes the same contract tests (service/test/storage-contract.test.ts).
 */
export interface ObjectStorage {
  readonly driver: 'local' | 's3';
  /**
   * Streams `body` to `key`. Resolves once the object is durable; on any error (including `body` failing
   * or being destroyed) nothing is left under `key` and the promise rejects.
   */
  put(key: string, body: Readable): Promise<void>;
  /** A stream of the object's bytes (or a range of them). Rejects with {@link ObjectNotFoundError}. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** Size and time, or `undefined` when there is no such object. */
  head(key: string): Promise<StoredObject | undefined>;
  /** Removes the object; removing a missing object succeeds. */
  delete(key: string): Promise<void>;
  /** Every object under `prefix`, for the orphan sweeper. */
  list(prefix: string): AsyncIterable<StoredObject>;
  /** A short-lived URL that downloads the object directly; only drivers that can serve one have it. */
  presignGet?(key: string, options: PresignOptions): Promise<string>;
}

export class ObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`no object at ${key}`);
    this.name = 'ObjectNotFoundError';
  }
}
