import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

// Reading the zips the service writes, with yauzl (a reader of its own, not the writer's library), as a
// person would: each entry's name, size and bytes.

export interface ZipEntryInfo {
  name: string;
  size: number;
  compressed: boolean;
  sha256: string;
}

function open(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );
}

/** Visits every entry of the zip at `path` in order, with a stream of its bytes (which `visit` must consume). */
async function walk(path: string, visit: (entry: yauzl.Entry, stream: Readable) => Promise<void>): Promise<void> {
  const zip = await open(path);
  await new Promise<void>((resolve, reject) => {
    zip.once('error', reject);
    zip.once('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        visit(entry, stream).then(() => zip.readEntry(), reject);
      });
    });
    zip.readEntry();
  });
}

/** Every entry's name, size and sha256 (streamed: fine for archives of any size). */
export async function zipEntries(path: string): Promise<ZipEntryInfo[]> {
  const entries: ZipEntryInfo[] = [];
  await walk(path, async (entry, stream) => {
    const hash = createHash('sha256');
    for await (const chunk of stream) hash.update(chunk as Buffer);
    entries.push({ name: entry.fileName, size: entry.uncompressedSize, compressed: entry.isCompressed(), sha256: hash.digest('hex') });
  });
  return entries;
}

/** Extracts the zip at `path` into `dir` (names were checked by yauzl's strictFileNames: no `..`, no absolute paths). */
export async function unzip(path: string, dir: string): Promise<void> {
  await walk(path, async (entry, stream) => {
    const target = join(dir, entry.fileName);
    await mkdir(dirname(target), { recursive: true });
    await pipeline(stream, createWriteStream(target));
  });
}

/** Writes a fetch response's body to `path` as it arrives. */
export async function saveBody(res: Response, path: string): Promise<void> {
  const { Readable } = await import('node:stream');
  await pipeline(Readable.fromWeb(res.body! as import('node:stream/web').ReadableStream), createWriteStream(path));
}
