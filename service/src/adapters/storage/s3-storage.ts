import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  S3Client,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Readable } from 'node:stream';
import type { StorageConfig } from '../../config.ts';
import { ObjectNotFoundError, type ByteRange, type ObjectStorage, type PresignOptions, type StoredObject } from './object-storage.ts';

type S3Config = Extract<StorageConfig, { driver: 's3' }>;

// 8 MiB parts, 4 in flight: at most ~32 MiB of an upload in memory, whatever the file's size.
export const PART_SIZE = 8 * 1024 * 1024;
const QUEUE_SIZE = 4;

/** An S3 bucket (AWS, or any S3-compatible store via `S3_ENDPOINT`). Streams go up as multipart uploads. */
export class S3Storage implements ObjectStorage {
  readonly driver = 's3';
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: S3Config) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle,
      ...(config.accessKeyId && config.secretAccessKey
        ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } }
        : {}),
      // Checksums on every request: S3-compatible stores differ in support; the service keeps its own sha256.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable): Promise<void> {
    const upload = new Upload({
      client: this.client,
      // lib-storage sizes a body from its byteLength, length, size, start/end or path and then insists on that
      // many parts; a stream may carry any of those names for something else (an upload meter's count, 0 when
      // the upload starts). Handing it a bare iterator-backed stream leaves it nothing to read but the bytes.
      params: { Bucket: this.bucket, Key: key, Body: Readable.from(body, { objectMode: false }), ContentType: 'application/octet-stream' },
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
    });
    // No upload.abort() when the source fails: abort() makes done() reject at once, while parts are still in
    // flight and before the multipart upload is aborted. A failing source fails done() itself, which aborts
    // the multipart upload (leavePartsOnError: false) before it rejects — so when put() rejects, nothing is left.
    try {
      await upload.done();
    } catch (err) {
      // A small body is sent with one PutObject, which may have completed before the source failed.
      await this.delete(key).catch(() => {});
      throw err;
    }
    if (body.errored) {
      await this.delete(key);
      throw body.errored;
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    try {
      const result = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }),
      );
      return result.Body as Readable;
    } catch (err) {
      if (err instanceof NoSuchKey || (err as { name?: string }).name === 'NoSuchKey') throw new ObjectNotFoundError(key);
      throw err;
    }
  }

  async head(key: string): Promise<StoredObject | undefined> {
    try {
      const result = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { key, size: result.ContentLength ?? 0, lastModified: result.LastModified ?? new Date(0) };
    } catch (err) {
      if (err instanceof NotFound || (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
        return undefined;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async *list(prefix: string): AsyncIterable<StoredObject> {
    for await (const page of paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: prefix })) {
      for (const object of page.Contents ?? []) {
        if (object.Key) yield { key: object.Key, size: object.Size ?? 0, lastModified: object.LastModified ?? new Date(0) };
      }
    }
  }

  async presignGet(key: string, options: PresignOptions): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentType: options.contentType,
      ResponseContentDisposition: options.contentDisposition,
    });
    return getSignedUrl(this.client, command, { expiresIn: options.expiresInSeconds });
  }

  destroy(): void {
    this.client.destroy();
  }
}
