import { createCipheriv, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { once } from 'node:events';

const CHUNK = 4 * 1024 * 1024;

/**
 * Writes `size` pseudo-random bytes to `path`, the same for the same `seed` (an AES-256-CTR keystream), 4 MiB
 * at a time, and answers their sha256, hashed as they are written: a file of any size without holding it.
 */
export async function writeSourceFile(path: string, size: number, seed: string): Promise<string> {
  const key = createHash('sha256').update(seed).digest();
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(CHUNK);
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  try {
    for (let written = 0; written < size;) {
      const bytes = cipher.update(zeros.subarray(0, Math.min(CHUNK, size - written)));
      hash.update(bytes);
      written += bytes.length;
      if (!out.write(bytes)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return hash.digest('hex');
}

/** The peak resident memory of this process (VmHWM) since the last {@link resetPeakRss}, in bytes. */
export async function peakRss(pid: number | 'self' = 'self'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

/** Starts this process's peak resident memory (VmHWM) again from its current size (Linux: clear_refs 5). */
export async function resetPeakRss(): Promise<void> {
  await writeFile('/proc/self/clear_refs', '5');
}
