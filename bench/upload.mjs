#!/usr/bin/env node
// npm run bench:upload — upload and download a 512 MiB file through the service (local disk backend,
// embedded PostgreSQL) and, in the same run, through a bare node:http pipe-to-disk baseline; and the same file
// as a resumable (tus) upload: a creation, then PATCHes of BENCH_TUS_CHUNK_MIB (default: the whole file in one
// PATCH, as the SDK's files.uploadResumable sends it), streamed from disk by a plain tus client on node:http.
// Prints MB/s, the ratios (medians of several rounds, taking turns) and the service's peak RSS (VmHWM): over
// the whole run, and during one 1 GiB resumable upload (the peak reset just before it, clear_refs).
// Targets: upload ratio ≥ 0.7, download ratio ≥ 0.8, peak RSS ≤ 200 MB (issue 3); resumable/plain upload
// ≥ 0.8 and peak RSS during a 1 GiB resumable upload ≤ 200 MB (issue 15).
import { randomFillSync, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { benchSetup } from './lib/setup.mjs';

const SIZE = Number(process.env.BENCH_UPLOAD_MIB ?? 512) * 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// Bytes per PATCH of the resumable upload; 0: the whole file in one PATCH.
const TUS_CHUNK = Number(process.env.BENCH_TUS_CHUNK_MIB ?? 0) * 1024 * 1024;
const GiB = 1024 * 1024 * 1024;
const MB = 1e6;

const bench = await benchSetup('upload');
const { work } = bench;
try {
  console.log(`Foyer upload/download benchmark: ${SIZE / 1024 / 1024} MiB file, ${ROUNDS} rounds each, medians`);
  const source = join(work, 'source.bin');
  await writeRandomFile(source, SIZE);

  const service = await bench.start({ MAX_UPLOAD_BYTES: String(Math.max(SIZE, GiB) + 1024) });
  const raw = await bench.fork('raw-server.mjs', [work]);

  const boundary = `----foyerbench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const contentType = `multipart/form-data; boundary=${boundary}`;

  const results = { serviceUp: [], rawUp: [], serviceDown: [], rawDown: [], resumableUp: [] };
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
    results.resumableUp.push((await timed(() => tusUpload(service, source, SIZE))).seconds);
    process.stdout.write(`  round ${round + 1}/${ROUNDS} done\n`);
  }
  const rss = await peakRss(service.pid);

  // One 1 GiB resumable upload, the service's peak RSS started again from its current size just before.
  const big = join(work, 'source-1gib.bin');
  await writeRandomFile(big, GiB);
  await writeFile(`/proc/${service.pid}/clear_refs`, '5');
  const rssBefore = await peakRss(service.pid);
  const bigSeconds = (await timed(() => tusUpload(service, big, GiB))).seconds;
  const resumableRss = await peakRss(service.pid);

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
  const plain = rate(results.serviceUp);
  const resumable = rate(results.resumableUp);
  const chunk = TUS_CHUNK > 0 ? `PATCHes of ${TUS_CHUNK / 1024 / 1024} MiB` : 'one PATCH';
  const ratio = resumable / plain;
  console.log(
    `\n  resumable upload (tus, ${chunk}): ${resumable.toFixed(0)} MB/s vs plain upload ${plain.toFixed(0)} MB/s: ` +
      `ratio ${ratio.toFixed(2)} (target ≥ 0.8) ${ratio >= 0.8 ? 'ok' : 'MISSED'}`,
  );
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
  console.log(`\n  service peak RSS (VmHWM), the whole run: ${mb(rss)} MB (target ≤ 200 MB) ${rss <= 200 * 1024 * 1024 ? 'ok' : 'MISSED'}`);
  console.log(
    `  service peak RSS (VmHWM) during a 1 GiB resumable upload (${(GiB / MB / bigSeconds).toFixed(0)} MB/s): ${mb(resumableRss)} MB ` +
      `(target ≤ 200 MB) ${resumableRss <= 200 * 1024 * 1024 ? 'ok' : 'MISSED'}; ${mb(rssBefore)} MB resident when it began`,
  );
} finally {
  await bench.finish();
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

/**
 * A resumable upload of `size` bytes of `file` with tus 1.0 over node:http: the creation, then PATCHes of
 * TUS_CHUNK bytes (or one), each streamed from disk. Resolves to the file the last PATCH answers.
 */
async function tusUpload(service, file, size) {
  const auth = { authorization: `Bearer ${service.apiKey}`, 'tus-resumable': '1.0.0' };
  const b64 = (text) => Buffer.from(text).toString('base64');
  const created = await send(service.port, {
    method: 'POST',
    path: '/v1/uploads',
    headers: { ...auth, 'upload-length': size, 'upload-metadata': `portal_id ${b64(service.portalId)},filename ${b64('bench.bin')}` },
  });
  if (created.status !== 201) throw new Error(`tus creation ${created.status}: ${created.body}`);
  const path = new URL(created.headers.location, 'http://service').pathname;
  for (let offset = 0; ;) {
    const end = TUS_CHUNK > 0 ? Math.min(size, offset + TUS_CHUNK) : size;
    const headers = { ...auth, 'upload-offset': offset, 'content-type': 'application/offset+octet-stream', 'content-length': end - offset };
    const body = createReadStream(file, { start: offset, end: end - 1, highWaterMark: 1024 * 1024 });
    const answer = await send(service.port, { method: 'PATCH', path, headers }, body);
    if (answer.status !== 204 && answer.status !== 200) throw new Error(`tus PATCH ${answer.status}: ${answer.body}`);
    offset = Number(answer.headers['upload-offset']);
    if (offset === size) {
      if (JSON.parse(answer.body).current_version.size !== size) throw new Error(`tus upload: ${answer.body}`);
      return answer.body;
    }
  }
}

/** One request on node:http, `body` (a stream) piped into it; resolves to the status, headers and body text. */
function send(port, options, body) {
  return new Promise((resolveDone, reject) => {
    const req = request({ host: '127.0.0.1', port, ...options }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolveDone({ status: res.statusCode, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    if (body) body.pipe(req);
    else req.end();
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
