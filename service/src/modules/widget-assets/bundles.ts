import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_ROOT } from '../../lib/paths.ts';

/** Where `npm run build -w @foyer/widget` writes the bundle. */
export const WIDGET_DIST = join(SERVICE_ROOT, '../widget/dist');

/** The built widget: its bytes and what the build recorded about them. */
export interface WidgetBundle {
  code: Buffer;
  /** First 16 hex digits of the bundle's sha256: the hashed URL is `/widget.<hash>.js`. */
  hash: string;
  /** `sha384-…`, for `<script integrity>`. */
  integrity: string;
  /** `/widget.<hash>.js`. */
  path: string;
}

/**
 * Reads the built widget, again whenever the build changed it (the meta file's mtime), so a rebuild is
 * served without a restart. `undefined` until the widget has been built.
 */
export function widgetBundle(dist = WIDGET_DIST): () => WidgetBundle | undefined {
  let cached: { mtimeMs: number; bundle: WidgetBundle } | undefined;
  return () => {
    try {
      const metaFile = join(dist, 'foyer.meta.json');
      const { mtimeMs } = statSync(metaFile);
      if (cached?.mtimeMs === mtimeMs) return cached.bundle;
      const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { hash: string; integrity: string };
      const code = readFileSync(join(dist, 'foyer.js'));
      cached = { mtimeMs, bundle: { code, hash: meta.hash, integrity: meta.integrity, path: `/widget.${meta.hash}.js` } };
      return cached.bundle;
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
  return { widget: widgetBundle(dist), console: consoleBundle(dist) };
}

/**
 * Reads `dist/console.js` — the widget build's second entry — and works out its content hash and SRI from
 * the bytes, again whenever the file changes (its mtime), so a rebuild is served without a restart.
 * `undefined` until the console has been built.
 */
export function consoleBundle(dist = WIDGET_DIST): () => WidgetBundle | undefined {
  let cached: { mtimeMs: number; size: number; bundle: WidgetBundle } | undefined;
  return () => {
    try {
      const file = join(dist, 'console.js');
      const { mtimeMs, size } = statSync(file);
      if (cached?.mtimeMs === mtimeMs && cached.size === size) return cached.bundle;
      const code = readFileSync(file);
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
      const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
      cached = { mtimeMs, size, bundle: { code, hash, integrity, path: `/console.${hash}.js` } };
      return cached.bundle;
    } catch {
      return undefined;
    }
  };
}
