import type { StorageConfig } from '../../config.ts';
import { LocalDiskStorage } from './local-disk-storage.ts';
import type { ObjectStorage } from './object-storage.ts';

export type { ObjectStorage, ByteRange, StoredObject } from './object-storage.ts';
export { ObjectNotFoundError } from './object-storage.ts';

/** The storage driver the configuration asks for. The AWS SDK is loaded only when S3 is configured. */
export async function createStorage(config: StorageConfig): Promise<ObjectStorage> {
  if (config.driver === 'local') return new LocalDiskStorage(config.root);
  const { S3Storage } = await import('./s3-storage.ts');
  return new S3Storage(config);
}
