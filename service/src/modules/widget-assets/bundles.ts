import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SERVICE_ROOT } from '../../lib/paths.ts';

/** Where `npm run build -w @foyer/widget` writes the bundle. */
export const WIDGET_DIST = join(SERVICE_ROOT, '../widget/dist');

/** One script of the build: its bytes as they are and precompressed, named by content. */
export interface Asset {
  identity: Buffer;
  /** Brotli (quality 11) and gzip (level 9), written by the build beside the script. */
  br: Buffer;
  gzip: Buffer;
  /** First 16 hex digits of the script's sha256: the ETag of each representation is made from it. */
  hash: string;
  /** `sha384-…`, for `<script integrity>` or `<link rel="modulepreload" integrity>`. */
  integrity: string;
}

/** One entry of the widget's build (`<foyer-portal>` or `<foyer-console>`) with everything it loads. */
export interface WidgetBundle {
  /** The entry: the script a page loads at {@link path}. */
  entry: Asset;
  /** The hash in the entry's name (`widget.<hash>.js`): the build's, over the entry and its chunks. */
  hash: string;
  /** The entry's `sha384-…` (the same as `entry.integrity`), for `<script integrity>`. */
  integrity: string;
  /** `/widget.<hash>.js` or `/console.<hash>.js`: served for a year. */
  path: string;
  /** The unhashed URL's script (`/widget.js`): one line that imports {@link path}; served for minutes. */
  loader: Asset;
  /** The chunks the entry loads, by their path under the service (`/chunks/views.<hash>.js`). */
  chunks: ReadonlyMap<string, Asset>;
}

/** What the build writes in `dist/<name>.meta.json` that the service reads. */
interface BuildMeta {
  file: string;
  hash: string;
  loader: string;
  chunks: { file: string }[];
}

function compressIfMissing(file: string, make: () => Buffer): Buffer {
  return existsSync(file) ? readFileSync(file) : make();
}

/** Reads a script of the build and its `.br` and `.gz` (made here when a build did not write them). */
export function readAsset(file: string): Asset {
  const identity = readFileSync(file);
  return {
    identity,
    br: compressIfMissing(`${file}.br`, () =>
      brotliCompressSync(identity, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
      }),
    ),
    gzip: compressIfMissing(`${file}.gz`, () => gzipSync(identity, { level: 9 })),
    hash: createHash('sha256').update(identity).digest('hex').slice(0, 16),
    integrity: `sha384-${createHash('sha384').update(identity).digest('base64')}`,
  };
}

/**
 * Reads one entry of the built widget (`foyer` or `console`: `dist/<name>.meta.json` says which files), again
 * whenever the build changed it (the meta file's mtime), so a rebuild is served without a restart.
 * `undefined` until it has been built.
 */
export function builtBundle(dist: string, name: 'foyer' | 'console'): () => WidgetBundle | undefined {
  let cached: { mtimeMs: number; bundle: WidgetBundle } | undefined;
  return () => {
    try {
      const metaFile = join(dist, `${name}.meta.json`);
      const { mtimeMs } = statSync(metaFile);
      if (cached?.mtimeMs === mtimeMs) return cached.bundle;
      const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as BuildMeta;
      const entry = readAsset(join(dist, meta.file));
      const chunks = new Map(meta.chunks.map(({ file }) => [`/${file}`, readAsset(join(dist, file))]));
      const bundle = {
        entry,
        hash: meta.hash,
        integrity: entry.integrity,
        path: `/${meta.file}`,
        loader: readAsset(join(dist, meta.loader)),
        chunks,
      };
      cached = { mtimeMs, bundle };
      return bundle;
    } catch {
      return undefined;
    }
  };
}

/** The scripts the service serves from the widget's build: `<foyer-portal>` and `<foyer-console>`. */
export interface WebAssets {
  /** `/widget.js`: `<foyer-portal>`, for the client's pages and the business's own site. */
  widget: () => WidgetBundle | undefined;
  /** `/console.js`: `<foyer-console>`, for the owner's console at `/console`. */
  console: () => WidgetBundle | undefined;
}

/** What `npm run build -w @foyer/widget` wrote to `dist` (the widget's `dist/` unless told otherwise). */
export function builtWebAssets(dist = WIDGET_DIST): WebAssets {
  return { widget: builtBundle(dist, 'foyer'), console: builtBundle(dist, 'console') };
}

/** The widget's build alone (`dist/foyer.meta.json`). */
export function widgetBundle(dist = WIDGET_DIST): () => WidgetBundle | undefined {
  return builtBundle(dist, 'foyer');
}
