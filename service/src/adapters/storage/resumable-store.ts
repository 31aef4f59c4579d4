import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataStore } from '@tus/utils';
import type { StorageConfig } from '../../config.ts';
import { DigestingDataStore } from './digesting-data-store.ts';
import { UploadDigests, type ArrivedDigest } from './upload-digests.ts';

/** The tus extensions the service offers: no deferred length, no concatenation. */
export const TUS_EXTENSIONS = ['creation', 'creation-with-upload', 'termination', 'expiration'];

/**
 * Where resumable (tus) uploads keep their bytes while they arrive — `@tus/file-store` under the disk root's
 * `uploads/`, or `@tus/s3-store` (one multipart upload each) in the bucket — and which ObjectStorage key the
 * finished bytes then have: a completed upload's bytes become its version's blob where they are, never copied.
 */
export interface ResumableStore {
  readonly datastore: DataStore;
  /** The ObjectStorage key under which the upload's bytes are, once complete. */
  blobKey(id: string): string;
  /**
   * Drops the store's own record of a completed upload (its `.json` or `.info`), leaving the bytes, which a
   * version now owns.
   */
  forget(id: string): Promise<void>;
  /** Removes an unfinished upload: its bytes, its record, an S3 multipart upload and its parts. */
  remove(id: string): Promise<void>;
  /**
   * The sha256 and first bytes of the upload's [0, length), when this process hashed exactly those as they
   * arrived; undefined otherwise (a restart, another instance's PATCH), and the caller reads the bytes back.
   */
  digest(id: string, length: number): ArrivedDigest | undefined;
}

/**
 * One app's tus store: `given` (the service's, shared with its sweeper), else one for `config` made at first use
 * (the AWS SDK loads only then).
 */
export function resumableStoreOnce(
  config: StorageConfig,
  options: { expiryMs: number },
  given?: ResumableStore,
): () => Promise<ResumableStore> {
  let store: Promise<ResumableStore> | undefined;
  return () => (store ??= given ? Promise.resolve(given) : createResumableStore(config, options));
}

/** The tus store for the configured storage driver; the AWS SDK is loaded only when S3 is configured. */
export async function createResumableStore(config: StorageConfig, options: { expiryMs: number }): Promise<ResumableStore> {
  const digests = new UploadDigests({ idleMs: options.expiryMs });
  if (config.driver === 'local') {
    const { FileStore } = await import('@tus/file-store');
    const directory = join(config.root, 'uploads');
    const files = new FileStore({ directory, expirationPeriodInMilliseconds: options.expiryMs });
    files.extensions = TUS_EXTENSIONS;
    return {
      datastore: new DigestingDataStore(files, digests),
      blobKey: (id) => `uploads/${id}`,
      forget: (id) => {
        digests.drop(id);
        return rm(join(directory, `${id}.json`), { force: true });
      },
      remove: async (id) => {
        digests.drop(id);
        await rm(join(directory, id), { force: true });
        await rm(join(directory, `${id}.json`), { force: true });
      },
      digest: (id, length) => digests.peek(id, length),
    };
  }
  const { S3Store } = await import('@tus/s3-store');
  const { DeleteObjectsCommand, S3Client } = await import('@aws-sdk/client-s3');
  const clientConfig = {
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    ...(config.accessKeyId && config.secretAccessKey
      ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } }
      : {}),
    // As in s3-storage.ts: the service keeps its own sha256; S3-compatible stores differ in checksum support.
    requestChecksumCalculation: 'WHEN_REQUIRED' as const,
    responseChecksumValidation: 'WHEN_REQUIRED' as const,
  };
  // Expiry is the service's (the uploads table and the sweeper), not object tags: not every S3-compatible
  // store has lifecycle rules on tags.
  const s3 = new S3Store({
    partSize: 8 * 1024 * 1024,
    useTags: false,
    expirationPeriodInMilliseconds: options.expiryMs,
    s3ClientConfig: { bucket: config.bucket, ...clientConfig },
  });
  s3.extensions = TUS_EXTENSIONS;
  const client = new S3Client(clientConfig);
  const drop = async (keys: string[]) => {
    await client.send(new DeleteObjectsCommand({ Bucket: config.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }));
  };
  return {
    datastore: new DigestingDataStore(s3, digests),
    blobKey: (id) => id,
    forget: (id) => {
      digests.drop(id);
      return drop([`${id}.info`, `${id}.part`]);
    },
    remove: async (id) => {
      digests.drop(id);
      // The store aborts the multipart upload (its parts) and deletes its objects; a record already gone
      // (removed before, or never made) is fine, and whatever could remain is deleted by name.
      await s3.remove(id).catch((err: unknown) => {
        if ((err as { status_code?: number }).status_code !== 404) throw err;
      });
      await drop([id, `${id}.info`, `${id}.part`]);
    },
    digest: (id, length) => digests.peek(id, length),
  };
}
