// `npm start` calls this (service/scripts/start.mjs), and so may any script that needs the bundle: builds the
// widget when dist/ is missing or older than its sources (the widget's, the SDK's, the lockfile; tests aside), so
// the direct link works on a fresh clone. Directories' own mtimes count, so a deleted or renamed source does too.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const widget = fileURLToPath(new URL('..', import.meta.url));
const root = join(widget, '..');
const built = join(widget, 'dist/foyer.meta.json');

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return path.endsWith('.test.ts') ? 0 : stat.mtimeMs; // tests are not in the bundle
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds widget/dist unless it is newer than every source; a few milliseconds when it is. */
export function ensureWidgetBuilt() {
  const sources = [join(widget, 'src'), join(widget, 'rollup.config.js'), join(root, 'sdk/src'), join(root, 'package-lock.json')];
  const stale = !existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
  if (stale) {
    console.log('Building the widget (widget/dist is missing or older than its sources)…');
    execFileSync(process.execPath, [join(widget, 'scripts/build.mjs')], { stdio: 'inherit' });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) ensureWidgetBuilt();
