// Whether service/dist is current, without building: `npm start` asks this on every start. A make-style
// check: the newest mtime among the build's inputs — directories included, so a deleted or renamed file
// counts too — against a stamp that build.mjs leaves in dist/, dated when that build *started* (a file saved
// while it ran is newer, so the next start builds again). Costs a few milliseconds.
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const service = fileURLToPath(new URL('..', import.meta.url));
const root = join(service, '..');

/**
 * What the bundle depends on: sources (tests excluded), the tsconfig esbuild reads, the build script, and the
 * bundled packages — their versions (the lockfile) and the fixes we carry in them (patches/).
 */
export const BUILD_INPUTS = Object.freeze([
  join(service, 'src'),
  join(root, 'tsconfig.json'),
  join(service, 'scripts/build.mjs'),
  join(root, 'package-lock.json'),
  join(root, 'patches'),
]);
export const BUILD_STAMP = join(service, 'dist/.build-stamp');
/** A build without this file did not finish. */
const BUILD_OUTPUT = join(service, 'dist/server.js');

/** The newest modification time (ms) of `path` and, for a directory, of everything under it; 0 if missing. */
export function newestMtime(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return path.endsWith('.test.ts') ? 0 : stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when the stamp (or the output) is missing or any input changed after the last build started. */
export function isStale({ inputs = BUILD_INPUTS, stamp = BUILD_STAMP, output = BUILD_OUTPUT } = {}) {
  if (!existsSync(stamp) || !existsSync(output)) return true;
  const built = statSync(stamp).mtimeMs;
  return inputs.some((input) => newestMtime(input) > built);
}

/** Records a finished build that started at `startedAtMs` (take it before the build reads any input). */
export function markBuilt(startedAtMs, stamp = BUILD_STAMP) {
  writeFileSync(stamp, 'service/dist was built from the sources as they were at this file’s mtime (see build-stamp.mjs)\n');
  utimesSync(stamp, startedAtMs / 1000, startedAtMs / 1000);
}
