import type { Readable } from 'node:stream';
import { DataStore, type Upload } from '@tus/utils';
import type { UploadDigests } from './upload-digests.ts';

/**
 * A tus store that hashes what it is given as it writes it ({@link UploadDigests}); everything else is the
 * wrapped store's. After a write it tells the digests the offset the store holds — the one the write
 * answered, or, when the write failed (a cut connection), the one the store reports then, still under the
 * upload's lock.
 */
export class DigestingDataStore extends DataStore {
  constructor(
    private readonly inner: DataStore,
    private readonly digests: UploadDigests,
  ) {
    super();
    this.extensions = inner.extensions;
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    const tap = this.digests.tap(id, offset, readable);
    if (!tap) return this.inner.write(readable, id, offset);
    try {
      const stored = await this.inner.write(tap.stream, id, offset);
      tap.settle(stored);
      return stored;
    } catch (err) {
      tap.settle(
        await this.inner.getUpload(id).then(
          (upload) => upload.offset,
          () => undefined,
        ),
      );
      throw err;
    }
  }

  override create(upload: Upload): Promise<Upload> {
    return this.inner.create(upload);
  }

  override async remove(id: string): Promise<void> {
    this.digests.drop(id);
    await this.inner.remove(id);
  }

  override getUpload(id: string): Promise<Upload> {
    return this.inner.getUpload(id);
  }

  override declareUploadLength(id: string, length: number): Promise<void> {
    return this.inner.declareUploadLength(id, length);
  }

  override deleteExpired(): Promise<number> {
    return this.inner.deleteExpired();
  }

  override getExpiration(): number {
    return this.inner.getExpiration();
  }
}
