#!/usr/bin/env node
// npm run bench:browser-download — what a big "Download all" costs the browser. Debian's Chromium (headless)
// fetches a zip of BENCH_DOWNLOAD_MB MiB (default 1,024) streamed by a local server, the way
// widget/src/internal/download.ts save() does it (the body through a byte-counting TransformStream into
// Response.blob()), and prints the time, the resident memory of all of Chromium's processes before, at peak
// (sampled every 100 ms) and after, and the size of the profile (where Chromium pages large blobs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SIZE = Number(process.env.BENCH_DOWNLOAD_MB ?? 1024) * 2 ** 20;
const MiB = (bytes) => Math.round(bytes / 2 ** 20);
const piece = Buffer.alloc(2 ** 20, 0x41);

const server = http.createServer((req, res) => {
  if (req.url === '/') return res.end('<!doctype html><title>download</title>');
  res.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Length': String(SIZE) });
  let sent = 0;
  const pump = () => {
    while (sent < SIZE) {
      sent += piece.length;
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const profile = mkdtempSync(join(tmpdir(), 'foyer-bench-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
});

/** The resident memory of every process of this Chromium (their command lines name the profile). */
function chromiumRss() {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
      total += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

try {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const before = chromiumRss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, chromiumRss())), 100);
  const started = Date.now();
  const size = await page.evaluate(async () => {
    const response = await fetch('/archive.zip');
    let received = 0;
    const counted = response.body.pipeThrough(
      new TransformStream({
        transform(chunk, out) {
          received += chunk.length;
          out.enqueue(chunk);
        },
      }),
    );
    const blob = await new Response(counted).blob();
    globalThis.kept = blob;
    if (received !== blob.size) throw new Error(`counted ${received} bytes of ${blob.size}`);
    return blob.size;
  });
  const seconds = (Date.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 500));
  const after = chromiumRss();
  clearInterval(sampler);
  peak = Math.max(peak, after);
  const profileMiB = Number(execFileSync('du', ['-sm', profile]).toString().split('\t')[0]);
  console.log(`blob of ${MiB(size)} MiB in ${seconds.toFixed(1)} s`);
  console.log(
    `Chromium's resident memory: ${MiB(before)} MiB before, ${MiB(peak)} MiB at peak (+${MiB(peak - before)}), ${MiB(after)} MiB after`,
  );
  console.log(`profile on disk: ${profileMiB} MiB`);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
