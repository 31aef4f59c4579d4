import type { StorageConfig } from '../../config.ts';
import { LocalDiskStorage } from './local-disk-storage.ts';
import type { ObjectStorage } from './object-storage.ts';
import { S3Storage } from './s3-storage.ts';

export type { ObjectStorage, ByteRange, StoredObject } from './object-storage.ts';
export { ObjectNotFoundError } from './object-storage.ts';

/** The storage driver the configuration asks for. */
export function createStorage(config: StorageConfig): ObjectStorage {
  return config.driver === 's3' ? new S3Storage(config) : new LocalDiskStorage(config.root);
}
