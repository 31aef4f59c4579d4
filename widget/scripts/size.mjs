// Prints the bundle's minified + gzipped size and fails above the budget.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

const BUDGET = 35_000;
const file = new URL('../dist/foyer.js', import.meta.url);
if (!existsSync(file)) execFileSync(process.execPath, [new URL('./build.mjs', import.meta.url).pathname], { stdio: 'inherit' });
const code = readFileSync(file);
const gz = gzipSync(code, { level: 9 }).length;
const verdict = gz <= BUDGET ? 'within' : 'OVER';
console.log(`@foyer/widget  dist/foyer.js  ${code.length} bytes minified, ${gz} bytes min+gz (${verdict} the ${BUDGET}-byte budget)`);
if (gz > BUDGET) process.exit(1);
