// Builds the published package: dist/ holds ESM JavaScript and .d.ts files from tsc (tsconfig.build.json).
// Run with `npm run build -w @foyer/react`; @foyer/widget must be built first (its declarations).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
console.log('built widget/react/dist');
