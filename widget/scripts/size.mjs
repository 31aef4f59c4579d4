// Prints each bundle's minified + gzipped size and fails above its budget.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

const BUDGETS = { 'foyer.js': 35_000, 'console.js': 60_000 };
let over = false;
for (const [name, budget] of Object.entries(BUDGETS)) {
  const file = new URL(`../dist/${name}`, import.meta.url);
  if (!existsSync(file)) execFileSync(process.execPath, [new URL('./build.mjs', import.meta.url).pathname], { stdio: 'inherit' });
  const code = readFileSync(file);
  const gz = gzipSync(code, { level: 9 }).length;
  const verdict = gz <= budget ? 'within' : 'OVER';
  console.log(`@foyer/widget  dist/${name}  ${code.length} bytes minified, ${gz} bytes min+gz (${verdict} the ${budget}-byte budget)`);
  if (gz > budget) over = true;
}
if (over) process.exit(1);
