#!/usr/bin/env node
// Compiles service/src into service/dist for `npm start` (see tsconfig.build.json: emit only, incremental,
// a second run with nothing changed takes about a second) and copies the pages' static assets beside it.
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const service = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(service, 'tsconfig.build.json')], { cwd: service, stdio: 'inherit' });
cpSync(join(service, 'src/modules/pages/assets'), join(service, 'dist/modules/pages/assets'), { recursive: true });
