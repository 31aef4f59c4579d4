#!/usr/bin/env node
// npm run bench:upload — upload and download a 512 MiB file through the service (local disk backend,
// embedded PostgreSQL) and, in the same run, through a bare node:http pipe-to-disk baseline. Prints MB/s,
// the ratio service/baseline (medians of several rounds, alternating) and the service's peak RSS (VmHWM).
// Targets (issue 3): upload ratio ≥ 0.7, download ratio ≥ 0.8, peak RSS ≤ 200 MB.
import { fork } from 'node:child_process';
import { randomFillSync, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startService } from './lib/service.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = Number(process.env.BENCH_UPLOAD_MIB ?? 512) * 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MB = 1e6;

const work = await mkdtemp(join(tmpdir(), 'foyer-bench-upload-'));
// As root, the embedded PostgreSQL runs as the `postgres` user, which must be able to traverse this folder.
await chmod(work, 0o711);
const cleanup = [];
try {
  console.log(`Foyer upload/download benchmark: ${SIZE / 1024 / 1024} MiB file, ${ROUNDS} rounds each, medians`);
  const source = join(work, 'source.bin');
  await writeRandomFile(source, SIZE);

  const service = await startService(work, { MAX_UPLOAD_BYTES: String(SIZE + 1024) });
  cleanup.push(() => service.stop());
  const raw = await startRaw(work);
  cleanup.push(() => raw.stop());

  const boundary = `----foyerbench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const contentType = `multipart/form-data; boundary=${boundary}`;

  const results = { serviceUp: [], rawUp: [], serviceDown: [], rawDown: [] };
  let fileId;
  for (let round = 0; round < ROUNDS; round++) {
    const up = await timed(() =>
      postFile(service.port, `/v1/portals/${service.portalId}/files`, service.apiKey, source, head, tail, contentType),
    );
    fileId = JSON.parse(up.body).id;
    results.serviceUp.push(up.seconds);
    results.rawUp.push((await timed(() => postFile(raw.port, '/upload', undefined, source, head, tail, contentType))).seconds);
    results.serviceDown.push((await timed(() => getFile(service.port, `/v1/files/${fileId}/content`, service.apiKey))).seconds);
    // The baseline kept the whole multipart body, so it sends back a few hundred bytes more.
    results.rawDown.push((await timed(() => getFile(raw.port, '/download', undefined, head.length + SIZE + tail.length))).seconds);
    process.stdout.write(`  round ${round + 1}/${ROUNDS} done\n`);
  }
  const rss = await peakRss(service.pid);

  const rate = (seconds) => SIZE / MB / median(seconds);
  const rows = [
    ['upload', rate(results.serviceUp), rate(results.rawUp)],
    ['download', rate(results.serviceDown), rate(results.rawDown)],
  ];
  console.log('\n  direction   service MB/s   baseline MB/s   ratio   target');
  for (const [name, svc, base] of rows) {
    const target = name === 'upload' ? 0.7 : 0.8;
    const ratio = svc / base;
    console.log(
      `  ${name.padEnd(10)}  ${svc.toFixed(0).padStart(12)}   ${base.toFixed(0).padStart(13)}   ${ratio.toFixed(2).padStart(5)}   ≥ ${target} ${ratio >= target ? 'ok' : 'MISSED'}`,
    );
  }
  console.log(
    `\n  service peak RSS (VmHWM): ${(rss / 1024 / 1024).toFixed(0)} MB (target ≤ 200 MB) ${rss <= 200 * 1024 * 1024 ? 'ok' : 'MISSED'}`,
  );
} finally {
  for (const fn of cleanup.reverse()) await fn().catch(() => {});
  await rm(work, { recursive: true, force: true });
}

async function writeRandomFile(path, size) {
  const out = createWriteStream(path);
  const chunk = Buffer.alloc(4 * 1024 * 1024);
  for (let written = 0; written < size; written += chunk.length) {
    randomFillSync(chunk);
    const part = chunk.subarray(0, Math.min(chunk.length, size - written));
    if (!out.write(part)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r, j) => out.end((err) => (err ? j(err) : r())));
}

async function startRaw(dir) {
  const child = fork(join(root, 'bench/lib/raw-server.mjs'), [dir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { port } = await new Promise((r) => child.once('message', r));
  return {
    port,
    stop: () =>
      new Promise((r) => {
        child.once('exit', r);
        child.kill('SIGTERM');
      }),
  };
}

function postFile(port, path, apiKey, file, head, tail, contentType) {
  return new Promise((resolveDone, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: {
          'content-type': contentType,
          'content-length': head.length + SIZE + tail.length,
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => (res.statusCode === 201 ? resolveDone(body) : reject(new Error(`upload ${res.statusCode}: ${body}`))));
      },
    );
    req.on('error', reject);
    req.write(head);
    const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
    stream.pipe(req, { end: false });
    stream.on('end', () => req.end(tail));
  });
}

function getFile(port, path, apiKey, expected = SIZE) {
  return new Promise((resolveDone, reject) => {
    request({ host: '127.0.0.1', port, path, headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} }, (res) => {
      let bytes = 0;
      res.on('data', (d) => (bytes += d.length));
      res.on('end', () =>
        bytes === expected ? resolveDone('') : reject(new Error(`download got ${bytes} bytes (status ${res.statusCode})`)),
      );
    })
      .on('error', reject)
      .end();
  });
}

async function timed(fn) {
  const start = process.hrtime.bigint();
  const body = await fn();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, body };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function peakRss(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmHWM:\s+(\d+) kB/)[1]) * 1024;
}
