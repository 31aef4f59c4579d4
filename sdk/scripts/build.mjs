// Builds the published package: dist/ holds ESM JavaScript and .d.ts files from tsc — the browser-safe
// files without Node types (sdk/tsconfig.build.json), then the Node entry with them
// (sdk/tsconfig.build-node.json). Run with `npm run build -w @foyer/sdk`.
//
// The contract's types come from the private @foyer/contract workspace (src/contract.ts re-exports them).
// A published package cannot point at it, so its generated file — types only, valid as a declaration
// file — becomes dist/contract.d.ts, and no emitted declaration may name @foyer/contract afterwards.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
rmSync(dist, { recursive: true, force: true });
const tsc = require.resolve('typescript/bin/tsc');
for (const project of ['tsconfig.build.json', 'tsconfig.build-node.json']) {
  execFileSync(process.execPath, [tsc, '-p', project], { cwd: root, stdio: 'inherit' });
}

const contract = dirname(require.resolve('@foyer/contract/package.json'));
copyFileSync(join(contract, 'openapi.ts'), join(dist, 'contract.d.ts'));
rmSync(join(dist, 'contract.d.ts.map'), { force: true }); // it mapped the re-export, which is gone
const leaks = readdirSync(dist, { recursive: true })
  .filter((file) => file.endsWith('.d.ts'))
  .filter((file) => readFileSync(join(dist, file), 'utf8').includes('@foyer/contract'));
if (leaks.length > 0) {
  console.error(`dist/ declarations still import the private @foyer/contract: ${leaks.join(', ')}`);
  process.exit(1);
}
console.log('built sdk/dist');
