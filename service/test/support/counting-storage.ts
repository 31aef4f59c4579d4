import type { ObjectStorage } from '../../src/adapters/storage/index.ts';

/**
 * The storage, counting the reads (`get`) of each key in `reads`: a resumable upload's completion reads its
 * bytes back only when it did not hash them as they arrived.
 */
export function countingReads(storage: ObjectStorage, reads: Map<string, number>): ObjectStorage {
  return new Proxy(storage, {
    get(target, prop, receiver) {
      if (prop === 'get')
        return (key: string, range?: Parameters<ObjectStorage['get']>[1]) => {
          reads.set(key, (reads.get(key) ?? 0) + 1);
          return target.get(key, range);
        };
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
