#!/usr/bin/env node
// npm run bench:sdk-upload — a 1 GiB upload from Node through the SDK (the built @foyer/sdk/node) to a
// started service (local disk backend, embedded PostgreSQL), measuring THIS process — the SDK's — not the
// service. Prints its RSS before, at peak and after, the growth (target < 64 MB: the SDK streams, it never
// holds the file) and the MB/s. Sources: a Node Readable (fs.createReadStream, size unknown: sent chunked,
// once) and a file path (size known: Content-Length, retryable). BENCH_SDK_UPLOAD_MIB changes the size,
// BENCH_SDK_SOURCES the sources (comma-separated: readable, path).
import { randomFillSync } from 'node:crypto';
import { createReadStream, createWriteStream, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Foyer } from '@foyer/sdk/node';
import { benchSetup } from './lib/setup.mjs';

const SIZE = Number(process.env.BENCH_SDK_UPLOAD_MIB ?? 1024) * 1024 * 1024;
const SOURCES = (process.env.BENCH_SDK_SOURCES ?? 'readable,path').split(',').map((s) => s.trim());
const TARGET_GROWTH = 64 * 1024 * 1024;
const MB = 1e6;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const bench = await benchSetup('sdk-upload');
let failed = false;
try {
  console.log(`Foyer SDK upload benchmark: ${SIZE / 1024 / 1024} MiB from Node through @foyer/sdk/node (built dist/)`);
  const source = join(bench.work, 'source.bin');
  await writeRandomFile(source, SIZE);
  const service = await bench.start({ MAX_UPLOAD_BYTES: String(SIZE + 1024 * 1024) });
  const foyer = new Foyer({ baseUrl: `http://127.0.0.1:${service.port}`, apiKey: service.apiKey });
  // Warm up: the first request loads undici, opens the connection and JIT-compiles the upload path.
  await foyer.files.delete((await foyer.files.upload(service.portalId, new Uint8Array(1024 * 1024))).id);

  console.log('\n  source     size        MB/s   RSS before   RSS peak   RSS after   growth    target');
  for (const kind of SOURCES) {
    const input = kind === 'path' ? source : kind === 'readable' ? createReadStream(source) : undefined;
    if (input === undefined) throw new Error(`Unknown source ${kind}: use readable or path.`);
    settle();
    const before = process.memoryUsage.rss();
    resetPeak();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
    let loaded = 0;
    const start = process.hrtime.bigint();
    const file = await foyer.files.upload(service.portalId, input, { name: `bench-${kind}.bin`, onProgress: (p) => (loaded = p.loaded) });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage.rss(), await kernelPeak());
    settle();
    const after = process.memoryUsage.rss();
    if (file.current_version.size !== SIZE || loaded !== SIZE)
      throw new Error(`uploaded ${file.current_version.size} bytes, progress ${loaded}`);
    await foyer.files.delete(file.id);
    const growth = peak - before;
    const ok = growth < TARGET_GROWTH;
    failed ||= !ok;
    console.log(
      `  ${kind.padEnd(9)}  ${`${SIZE / 1024 / 1024} MiB`.padEnd(10)}  ${(SIZE / MB / seconds).toFixed(0).padStart(4)}   ${mb(before).padStart(10)}   ${mb(peak).padStart(8)}   ${mb(after).padStart(9)}   ${mb(growth).padStart(7)}   < 64 MB ${ok ? 'ok' : 'MISSED'}`,
    );
  }
} finally {
  await bench.finish();
}
if (failed) process.exitCode = 1;

/** Collects garbage when run with --expose-gc (npm run bench:sdk-upload does), so figures are comparable. */
function settle() {
  globalThis.gc?.();
}

/** Resets the kernel's peak-RSS mark (VmHWM) for this process, where Linux allows it. */
function resetPeak() {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the 20 ms sampling still runs.
  }
}

/** VmHWM: the kernel's own peak RSS since the last reset, which no sampling interval can miss. */
async function kernelPeak() {
  try {
    return Number((await readFile('/proc/self/status', 'utf8')).match(/VmHWM:\s+(\d+) kB/)[1]) * 1024;
  } catch {
    return 0;
  }
}

async function writeRandomFile(path, size) {
  const out = createWriteStream(path);
  const chunk = Buffer.alloc(4 * 1024 * 1024);
  for (let written = 0; written < size; written += chunk.length) {
    randomFillSync(chunk);
    if (!out.write(chunk.subarray(0, Math.min(chunk.length, size - written)))) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r, j) => out.end((err) => (err ? j(err) : r())));
}
