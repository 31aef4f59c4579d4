// Prints each build's scripts (minified, min+gz, brotli; `--modules`: the modules in each) and the figures the
// budgets hold, and fails above a budget.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// The budgets. Why each is what it is — every feature's cost and every byte won back — is widget/SIZES.md;
// a change that moves one says so there.
const BUDGETS = {
  'widget first screen (brotli)': 20_000,
  'widget whole (min+gz)': 47_650,
  'console.js (min+gz)': 60_000,
  'console whole (min+gz)': 73_750,
};

/** A language pack's chunk (src/locales/): one at most is downloaded, the chosen language's. */
const isPack = (size) => /(^|\/)(de|fr|es|nl)\.[0-9a-f]+\.js$/.test(size.file);

import { fileURLToPath } from 'node:url';
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const verbose = process.argv.includes('--modules');
if (!existsSync(`${dist}foyer.meta.json`) || !existsSync(`${dist}console.meta.json`))
  execFileSync(process.execPath, [fileURLToPath(new URL('./build.mjs', import.meta.url))], { stdio: 'inherit' });

const sum = (sizes, key) => sizes.reduce((total, size) => total + size[key], 0);
const figures = {};
for (const [name, label] of [
  ['foyer', 'widget'],
  ['console', 'console'],
]) {
  const meta = JSON.parse(readFileSync(`${dist}${name}.meta.json`, 'utf8'));
  console.log(`@foyer/widget  ${label} (${meta.file}, ${meta.sizes.length} files): minified, min+gz, brotli`);
  for (const size of meta.sizes) {
    const tag = size.first_screen ? 'first screen' : 'lazy';
    console.log(
      `  ${size.file.padEnd(40)} ${String(size.bytes).padStart(7)} ${String(size.gzip_bytes).padStart(7)} ${String(size.brotli_bytes).padStart(7)}  ${tag}`,
    );
    if (verbose)
      for (const [module, bytes] of Object.entries(size.modules).sort((a, b) => b[1] - a[1]))
        console.log(`      ${String(bytes).padStart(7)}  ${module}`);
  }
  const first = meta.sizes.filter((size) => size.first_screen);
  if (name === 'foyer') {
    figures['widget first screen (brotli)'] = sum(first, 'brotli_bytes');
    const packs = meta.sizes.filter(isPack).map((size) => size.gzip_bytes);
    figures['widget whole (min+gz)'] =
      sum(
        meta.sizes.filter((size) => !isPack(size)),
        'gzip_bytes',
      ) + Math.max(0, ...packs);
  } else {
    figures['console.js (min+gz)'] = meta.gzip_bytes;
    figures['console whole (min+gz)'] = sum(meta.sizes, 'gzip_bytes');
  }
}
let over = false;
for (const [name, budget] of Object.entries(BUDGETS)) {
  const verdict = figures[name] <= budget ? 'within' : 'OVER';
  console.log(`@foyer/widget  ${name}: ${figures[name]} bytes (${verdict} the ${budget}-byte budget)`);
  if (figures[name] > budget) over = true;
}
if (over) process.exit(1);
