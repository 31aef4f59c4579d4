#!/usr/bin/env node
// Compiles service/src into service/dist (see tsconfig.build.json: emit only, incremental) and copies the
// pages' static assets beside it, then stamps dist/ so `npm start` can tell without tsc that nothing changed
// (build-stamp.mjs). `npm run build -w @foyer/service`; `npm start` runs it only when sources changed.
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markBuilt } from './build-stamp.mjs';

const service = join(dirname(fileURLToPath(import.meta.url)), '..');
const startedAt = Date.now();
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(service, 'tsconfig.build.json')], { cwd: service, stdio: 'inherit' });
cpSync(join(service, 'src/modules/pages/assets'), join(service, 'dist/modules/pages/assets'), { recursive: true });
markBuilt(startedAt);
