#!/usr/bin/env node
// npm run bench:mail — how fast a sign-in code reaches the client, through the whole path: POST …/verifications
// → verification.send job → mail.send job (queued in a transaction) → nodemailer → a real SMTP server in this
// process (bench/lib/smtp-sink.mjs). The service runs as `npm start` does (embedded PostgreSQL, SMTP_URL set).
//   1. one sign-in at a time (n = BENCH_SINGLE, default 20): request → message arrived; median, p95, max;
//   2. 30 sign-ins at once: time to the last code, and messages per second;
//   3. an SMTP outage: the server goes down, 20 sign-ins, it comes back after BENCH_OUTAGE_SECONDS (default
//      10): time to the first and the last delivery, and that each message arrived exactly once.
// Baseline: nodemailer in this process sending the same way (one transport, a connection per message) straight
// to the same server — what the mail costs without the service and its queue.
// Each request comes from an address of its own (127.0.0.0/8 is loopback on Linux), as from different clients:
// the per-IP limit (20 an hour) would otherwise refuse the burst. Targets (issue 11): median ≤ 1 s, p95 ≤ 2 s,
// 30 at once all delivered within 10 s.
import { request } from 'node:http';
import nodemailer from 'nodemailer';
import { benchSetup } from './lib/setup.mjs';
import { startSmtpSink } from './lib/smtp-sink.mjs';

const SINGLE = Number(process.env.BENCH_SINGLE ?? 20);
const BURST = 30;
const OUTAGE_REQUESTS = 20;
const OUTAGE_SECONDS = Number(process.env.BENCH_OUTAGE_SECONDS ?? 10);
let clients = 0; // requests sent so far: each gets a client address of its own

const bench = await benchSetup('mail');
try {
  const sink = await startSmtpSink();
  bench.cleanup.push(() => sink.close());
  const service = await bench.start({ NODE_ENV: 'production', SMTP_URL: sink.url, MAIL_FROM: 'Bench <no-reply@bench.example>' });
  const base = `http://127.0.0.1:${service.port}`;
  const portal = service.portalId;

  const emails = (prefix, n) => Array.from({ length: n }, (_, i) => `${prefix}-${i}@client.example`);
  const single = emails('single', SINGLE);
  const burst = emails('burst', BURST);
  const outage = emails('outage', OUTAGE_REQUESTS);
  process.stdout.write(`adding ${SINGLE + BURST + OUTAGE_REQUESTS} members to the demo portal … `);
  for (const email of [...single, ...burst, ...outage]) await addMember(base, service.apiKey, portal, email);
  console.log('done');

  // Warm-up: the first request of a process compiles its code paths.
  await signIn(base, portal, 'demo.client@example.com');
  await sink.waitFor('demo.client@example.com', 10_000);

  // 1. One at a time.
  const latencies = [];
  for (const email of single) {
    const started = performance.now();
    await signIn(base, portal, email);
    latencies.push((await sink.waitFor(email, 30_000)) - started);
  }
  const one = stats(latencies);

  // 2. A burst.
  const burstStart = performance.now();
  await Promise.all(burst.map((email) => signIn(base, portal, email)));
  const burstArrivals = await Promise.all(burst.map((email) => sink.waitFor(email, 120_000)));
  const burstLast = Math.max(...burstArrivals) - burstStart;

  // 3. An outage.
  await sink.close();
  const outageStart = performance.now();
  await Promise.all(outage.map((email) => signIn(base, portal, email)));
  await new Promise((r) => setTimeout(r, OUTAGE_SECONDS * 1000));
  await sink.reopen();
  const back = performance.now();
  process.stdout.write(`SMTP down for ${OUTAGE_SECONDS} s, back up: waiting for the ${OUTAGE_REQUESTS} queued codes … `);
  const outageArrivals = await Promise.all(outage.map((email) => sink.waitFor(email, 600_000)));
  console.log('done');
  await new Promise((r) => setTimeout(r, 3000)); // a duplicate would come right after
  const copies = outage.map((email) => sink.count(email));
  const onceEach = copies.every((n) => n === 1);

  // Baseline: nodemailer to the same server from this process.
  const transport = nodemailer.createTransport(sink.url);
  const baseLatencies = [];
  for (let i = 0; i < SINGLE; i++) {
    const started = performance.now();
    await send(transport, `baseline-${i}@client.example`);
    baseLatencies.push((await sink.waitFor(`baseline-${i}@client.example`)) - started);
  }
  const baseOne = stats(baseLatencies);
  const baseBurstStart = performance.now();
  await Promise.all(Array.from({ length: BURST }, (_, i) => send(transport, `baseline-burst-${i}@client.example`)));
  const baseBurstLast =
    Math.max(...(await Promise.all(Array.from({ length: BURST }, (_, i) => sink.waitFor(`baseline-burst-${i}@client.example`))))) -
    baseBurstStart;
  transport.close();

  const ok = (pass) => (pass ? 'ok' : 'MISSED');
  console.log(`\n  sign-in code, request → SMTP server      median   p95    max    (n = ${SINGLE})`);
  console.log(`  service (queue, worker, nodemailer)     ${ms(one.median)} ${ms(one.p95)} ${ms(one.max)}`);
  console.log(`  baseline (nodemailer, same process)     ${ms(baseOne.median)} ${ms(baseOne.p95)} ${ms(baseOne.max)}`);
  console.log(`  target: median ≤ 1000 ms ${ok(one.median <= 1000)}, p95 ≤ 2000 ms ${ok(one.p95 <= 2000)}`);
  console.log(`\n  ${BURST} sign-ins at once                       last code   rate`);
  console.log(`  service                                 ${ms(burstLast)}    ${(BURST / (burstLast / 1000)).toFixed(1)} mails/s`);
  console.log(`  baseline                                ${ms(baseBurstLast)}    ${(BURST / (baseBurstLast / 1000)).toFixed(1)} mails/s`);
  console.log(`  target: all within 10000 ms ${ok(burstLast <= 10_000)}`);
  const first = Math.min(...outageArrivals);
  const last = Math.max(...outageArrivals);
  console.log(`\n  SMTP outage: ${OUTAGE_REQUESTS} sign-ins while the server is down for ${OUTAGE_SECONDS} s`);
  console.log(`  first delivery ${s(first - outageStart)} after the requests (${s(first - back)} after the server came back)`);
  console.log(`  last delivery  ${s(last - outageStart)} after the requests (${s(last - back)} after the server came back)`);
  console.log(`  each delivered exactly once: ${onceEach ? 'yes' : `NO (copies: ${copies.join(', ')})`}`);
  console.log('  (a message that failed waits for its retry: 15–30 s after the first failure, then doubling)');
  if (!onceEach) process.exitCode = 1;
} finally {
  await bench.finish();
}

async function addMember(base, apiKey, portalId, email) {
  const res = await fetch(`${base}/v1/portals/${portalId}/members`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (res.status !== 201) throw new Error(`adding ${email}: ${res.status} ${await res.text()}`);
}

/** POST …/verifications from a client address of its own; resolves on the 202. */
function signIn(base, portalId, email) {
  clients++;
  const localAddress = `127.0.${clients >> 8}.${(clients & 255) + 1}`;
  const body = JSON.stringify({ email });
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/v1/portals/${portalId}/verifications`,
      {
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => (res.statusCode === 202 ? resolve() : reject(new Error(`sign-in for ${email}: ${res.statusCode} ${text}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function send(transport, to) {
  return transport.sendMail({
    from: { name: 'Bench', address: 'no-reply@bench.example' },
    to,
    subject: '493817 is your sign-in code for Tax season',
    text: 'Your code is 493817.\n'.repeat(20),
    html: `<p>${'Your code is <b>493817</b>. '.repeat(40)}</p>`,
  });
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

function ms(value) {
  return `${String(Math.round(value)).padStart(5)} ms`;
}

function s(value) {
  return `${(value / 1000).toFixed(1)} s`;
}
