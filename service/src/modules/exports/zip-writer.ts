import { Readable, Transform } from 'node:stream';
import { ZipFile } from 'yazl';

/**
 * A zip written as a stream (yazl): entries are opened one at a time when the output reaches them, file data is
 * piped with backpressure, so memory stays flat whatever the archive's size; ZIP64 where sizes need it (past
 * 4 GiB). Files are stored uncompressed (documents and media are compressed already, and stored entries of known
 * size give the archive's size before a byte is written); JSON and text are deflated.
 */
export class ZipWriter {
  readonly #zip = new ZipFile();
  /** The archive's bytes; destroying it (a client gone) also closes whatever entry is being read. */
  readonly output: Readable;
  readonly #open = new Set<Readable>();
  readonly #mtime: Date;

  constructor(mtime = new Date()) {
    this.#mtime = mtime;
    this.output = this.#zip.outputStream as Readable;
    this.#zip.on('error', (err: Error) => this.output.destroy(err));
    this.output.once('close', () => {
      for (const source of this.#open) source.destroy();
    });
  }

  /**
   * Adds an entry of `size` bytes whose data `open` gives when the archive reaches it; `counted` hears each
   * chunk's length as it goes into the archive (progress).
   */
  addFile(path: string, size: number, open: () => Promise<Readable>, counted?: (bytes: number) => void): void {
    this.#addLazy(path, { compress: false, size, mtime: this.#mtime }, open, counted);
  }

  /** Adds a text entry made as the archive reaches it (JSON of a portal's rows, read page by page). */
  addGenerated(path: string, produce: () => AsyncIterable<string | Buffer>): void {
    this.#addLazy(path, { compress: true, mtime: this.#mtime }, () => Promise.resolve(Readable.from(produce(), { objectMode: false })));
  }

  addText(path: string, text: string): void {
    this.#zip.addBuffer(Buffer.from(text), path, { compress: true, mtime: this.#mtime });
  }

  /** No more entries. Resolves to the archive's final size when every entry's size is known ahead, else -1. */
  end(): Promise<number> {
    // @types/yazl types the callback without its argument; yazl passes the size (its README).
    const end = this.#zip.end.bind(this.#zip) as (options: undefined, done: (total: number) => void) => void;
    return new Promise((resolve) => end(undefined, resolve));
  }

  #addLazy(
    path: string,
    options: { compress: boolean; size?: number; mtime: Date },
    open: () => Promise<Readable>,
    counted?: (bytes: number) => void,
  ): void {
    this.#zip.addReadStreamLazy(path, options, (cb) => {
      if (this.output.destroyed) return cb(new Error('the archive was closed'), Readable.from([]));
      open().then(
        (source) => {
          this.#open.add(source);
          source.once('close', () => this.#open.delete(source));
          // yazl pipes the entry without hearing its errors: a source failing midway (the database gone, storage
          // failing) fails the archive instead of being an uncaught exception.
          source.once('error', (err) => this.output.destroy(err));
          cb(null, counted ? counting(source, counted) : source);
        },
        (err: unknown) => cb(err, Readable.from([])),
      );
    });
  }
}

/** `source` through a pass-through that reports each chunk's length (yazl pipes it; no 'data' listener of ours). */
function counting(source: Readable, counted: (bytes: number) => void): Readable {
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted(chunk.length);
      done(null, chunk);
    },
  });
  source.once('error', (err) => meter.destroy(err));
  return source.pipe(meter);
}
