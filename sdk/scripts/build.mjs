// Builds the published package: dist/ holds ESM JavaScript and .d.ts files from tsc — the browser-safe
// files without Node types (sdk/tsconfig.build.json), then the Node entry with them
// (sdk/tsconfig.build-node.json). Run with `npm run build -w @foyer/sdk`.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
for (const project of ['tsconfig.build.json', 'tsconfig.build-node.json']) {
  execFileSync(process.execPath, [tsc, '-p', project], { cwd: root, stdio: 'inherit' });
}
console.log('built sdk/dist');
