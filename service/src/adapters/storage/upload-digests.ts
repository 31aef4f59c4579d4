import { createHash, type Hash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { SNIFF_BYTES } from '../../lib/content-type.ts';

/** What was hashed of an upload's bytes as they arrived: the sha256 of [0, size) and its first bytes. */
export interface ArrivedDigest {
  sha256: string;
  /** The first {@link SNIFF_BYTES} bytes (fewer for a smaller upload), for the type. */
  head: Buffer;
}

/** Hash states are kept at every multiple of this offset: where an S3 store's parts end. */
const ALIGN = 1024 * 1024;
/** How many aligned states an upload keeps: an S3 store can fall back to the start of its last part (8 MiB). */
const ALIGNED_KEPT = 16;
/** How many states at chunk ends a write keeps: a disk store can lose the chunks it had not written yet. */
const CHUNKS_KEPT = 64;

interface Checkpoint {
  offset: number;
  hash: Hash;
}

interface Running {
  /** The bytes [0, offset) are in `hash`. */
  offset: number;
  hash: Hash;
  head: Buffer;
  headLength: number;
  /** States at multiples of ALIGN below or at `offset`, oldest first. */
  aligned: Checkpoint[];
  /** While a write runs: its start and the end of each chunk handed to the store, oldest first. */
  chunks: Checkpoint[];
  writing: boolean;
  touched: number;
}

/** One write's tap: the stream to hand the store, and what to call with the offset the store holds after it. */
export interface DigestTap {
  stream: Readable;
  /** The store's offset once the write ended (resolved or failed), or undefined when it could not be asked. */
  settle(stored: number | undefined): void;
}

/**
 * A running sha256 per resumable upload, fed as the bytes stream to the tus store, so that completion need
 * not read a whole upload back (on S3, download it). It knows only what this process saw: it starts at
 * offset 0 and follows writes that continue exactly where the store is; after a write it goes back to the
 * offset the store reports (a cut connection loses the bytes a store had not kept — on disk the chunks not
 * yet written, on S3 everything since the last whole part) using a hash state kept at that offset. Any
 * other case — the service restarted, another instance took a PATCH, no state at the offset the store fell
 * back to — forgets the upload, and completion reads the bytes back. Bodies are never buffered: each upload
 * holds a hash, its first bytes and a few hash states; idle ones are dropped after `idleMs`, and at most
 * `maxUploads` are kept.
 */
export class UploadDigests {
  readonly #uploads = new Map<string, Running>();

  constructor(private readonly options: { idleMs: number; maxUploads?: number }) {}

  /** How many uploads are followed now. */
  get size(): number {
    return this.#uploads.size;
  }

  /**
   * Taps a write of `readable` at `offset` when it continues what this process hashed (or starts the upload);
   * undefined when it does not, and the upload is forgotten.
   */
  tap(id: string, offset: number, readable: Readable): DigestTap | undefined {
    let state = this.#uploads.get(id);
    this.#uploads.delete(id);
    if (state && (state.writing || state.offset !== offset)) state = undefined;
    if (!state && offset === 0) state = fresh();
    if (!state) return undefined;
    state.writing = true;
    state.touched = Date.now();
    state.chunks = [{ offset, hash: state.hash.copy() }];
    this.#uploads.set(id, state); // the newest last: eviction takes the least recently written first
    this.#evict();
    const running = state;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        // Cut at each aligned offset, so that a store that keeps whole parts stops on a kept state.
        for (let rest = chunk; rest.length > 0;) {
          const room = ALIGN - (running.offset % ALIGN);
          const piece = rest.length > room ? rest.subarray(0, room) : rest;
          rest = rest.subarray(piece.length);
          feed(running, piece);
          const checkpoint = { offset: running.offset, hash: running.hash.copy() };
          keep(running.chunks, checkpoint, CHUNKS_KEPT);
          if (running.offset % ALIGN === 0) keep(running.aligned, checkpoint, ALIGNED_KEPT);
          this.push(piece);
        }
        done();
      },
    });
    // A failing source fails the store's stream too (it must not look like a body that ended).
    pipeline(readable, tap, () => {});
    return {
      stream: tap,
      settle: (stored) => {
        running.writing = false;
        if (this.#uploads.get(id) !== running) return;
        if (stored === undefined || !rewind(running, stored)) this.#uploads.delete(id);
      },
    };
  }

  /** The digest of [0, length) when this process hashed exactly that, and no write is running. */
  peek(id: string, length: number): ArrivedDigest | undefined {
    const state = this.#uploads.get(id);
    if (!state || state.writing || state.offset !== length) return undefined;
    return { sha256: state.hash.copy().digest('hex'), head: Buffer.from(state.head.subarray(0, state.headLength)) };
  }

  /** Forgets an upload (completed, terminated, expired). */
  drop(id: string): void {
    this.#uploads.delete(id);
  }

  #evict(): void {
    const idleSince = Date.now() - this.options.idleMs;
    const max = this.options.maxUploads ?? 1000;
    for (const [id, state] of this.#uploads) {
      if (this.#uploads.size <= max && state.touched > idleSince) break;
      if (!state.writing) this.#uploads.delete(id);
    }
  }
}

function fresh(): Running {
  return {
    offset: 0,
    hash: createHash('sha256'),
    head: Buffer.alloc(SNIFF_BYTES),
    headLength: 0,
    aligned: [],
    chunks: [],
    writing: false,
    touched: 0,
  };
}

function feed(state: Running, bytes: Buffer): void {
  state.hash.update(bytes);
  if (state.headLength < SNIFF_BYTES) state.headLength += bytes.copy(state.head, state.headLength);
  state.offset += bytes.length;
}

function keep(list: Checkpoint[], checkpoint: Checkpoint, max: number): void {
  list.push(checkpoint);
  if (list.length > max) list.shift();
}

/** Brings the state to the store's offset: as is, or back to a state kept there. False when there is none. */
function rewind(state: Running, stored: number): boolean {
  const chunks = state.chunks;
  state.chunks = [];
  if (stored === state.offset) return true;
  if (stored > state.offset) return false;
  const checkpoint = [...state.aligned, ...chunks].find((c) => c.offset === stored);
  if (!checkpoint) return false;
  state.hash = checkpoint.hash.copy();
  state.offset = stored;
  state.headLength = Math.min(state.headLength, stored);
  state.aligned = state.aligned.filter((c) => c.offset <= stored);
  return true;
}
