import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_ROOT } from '../../lib/paths.ts';

/** A static file of the service's pages, with the content-hashed URL the pages link it by. */
export interface PageAsset {
  /** `/assets/page.<hash>.css`: cached for a year, immutable — a changed file gets a new URL. */
  path: string;
  hash: string;
  body: string;
  type: string;
}

function pageAsset(file: string, type: string): PageAsset {
  // Served from the sources both by the tests and by the bundle `npm start` runs.
  const body = readFileSync(join(SERVICE_ROOT, 'src/modules/pages/assets', file), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const dot = file.lastIndexOf('.');
  return { path: `/assets/${file.slice(0, dot)}.${hash}${file.slice(dot)}`, hash, body, type };
}

/** The pages' stylesheet (the direct link, the sign-in landing, the console's shell, the unsubscribe page). */
export const PAGE_CSS: PageAsset = pageAsset('page.css', 'text/css; charset=utf-8');
/** The sign-in landing's script (its Continue button). */
export const VERIFY_JS: PageAsset = pageAsset('verify.js', 'text/javascript; charset=utf-8');
