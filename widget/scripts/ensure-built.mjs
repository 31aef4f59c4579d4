// `npm start` runs this first: builds the widget bundle when dist/ is missing or older than its sources
// (the widget's, the SDK's, the lockfile), so the direct link works on a fresh clone.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const widget = fileURLToPath(new URL('..', import.meta.url));
const root = join(widget, '..');
const built = join(widget, 'dist/foyer.meta.json');

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = [join(widget, 'src'), join(widget, 'rollup.config.js'), join(root, 'sdk/src'), join(root, 'package-lock.json')];
const stale = !existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
if (stale) {
  console.log('Building the widget (widget/dist is missing or older than its sources)…');
  execFileSync(process.execPath, [join(widget, 'scripts/build.mjs')], { stdio: 'inherit' });
}
