#!/usr/bin/env node
// npm run bench:console — the console's dashboard at 1,000 portals (issue 13). Seeds the demo workspace with
// 1,000 portals (1–2 members, 4 files, a few comment threads and approval requests each, some overdue, some
// archived; bench/lib/seed-console.mjs, in SQL), then measures GET /v1/dashboard?limit=25 — plain, with a
// search (`q=`) and with a state filter — beside GET /v1/portals?limit=25 in the same run: all warmed up,
// then RUNS alternating runs of SAMPLES sequential requests each on one kept-alive connection (latency:
// median and p95 of every sample), then autocannon (CONNECTIONS connections, DURATION s per URL) for
// throughput. Prints each figure, the ratio to /v1/portals, and whether the dashboard's median is within
// the target (≤ 50 ms).
import { Agent } from 'node:http';
import { seedConsolePortals } from './lib/seed-console.mjs';
import { benchSetup, latencyKnobs, PRODUCTION } from './lib/setup.mjs';
import { percentile, sequential, throughput as measureThroughput } from './lib/timing.mjs';

const PORTALS = Number(process.env.BENCH_PORTALS ?? 1000);
const { SAMPLES, RUNS, WARMUP, DURATION, CONNECTIONS } = latencyKnobs();
const TARGET_MS = 50;

const bench = await benchSetup('console');
try {
  const service = await bench.start(PRODUCTION);
  const db = await bench.connect(service);

  const { rows } = await db.query('select workspace_id from portals where id = $1', [service.portalId]);
  const keyId = `key_${service.apiKey.slice(3, 35)}`;
  process.stdout.write(`seeding ${PORTALS.toLocaleString('en')} portals … `);
  const started = Date.now();
  await seedConsolePortals(db, { workspaceId: rows[0].workspace_id, viewerId: keyId, count: PORTALS });
  const counts = (
    await db.query(`select
      (select count(*) from portals) as portals, (select count(*) from members) as members,
      (select count(*) from files) as files, (select count(*) from file_versions) as versions,
      (select count(*) from comments) as comments, (select count(*) from approval_requests) as requests,
      (select count(*) from approval_requests where status = 'pending' and due_at < now()) as overdue,
      (select count(*) from portals where status = 'archived') as archived, (select count(*) from events) as events`)
  ).rows[0];
  console.log(`done in ${Date.now() - started} ms`);
  console.log(
    `  ${counts.portals} portals (${counts.archived} archived), ${counts.members} members, ${counts.files} files / ${counts.versions} versions, ` +
      `${counts.comments} comments, ${counts.requests} approval requests (${counts.overdue} overdue), ${counts.events} events`,
  );

  const base = `http://127.0.0.1:${service.port}`;
  const headers = { authorization: `Bearer ${service.apiKey}` };
  const urls = {
    'GET /v1/portals?limit=25': '/v1/portals?limit=25',
    'GET /v1/dashboard?limit=25': '/v1/dashboard?limit=25',
    'GET /v1/dashboard?limit=25&q=client12': '/v1/dashboard?limit=25&q=client12',
    'GET /v1/dashboard?limit=25&filter=waiting_on_client': '/v1/dashboard?limit=25&filter=waiting_on_client',
  };
  await sanityCheck(base, headers, urls);

  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  bench.cleanup.push(async () => agent.destroy());
  process.stdout.write(`warming up (${WARMUP} requests per URL) … `);
  for (const path of Object.values(urls)) await sequential(agent, base + path, headers, WARMUP);
  console.log('done');

  console.log(`\nlatency: ${RUNS} alternating runs × ${SAMPLES} sequential requests per URL, one kept-alive connection`);
  const samples = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  const runMedians = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, path] of Object.entries(urls)) {
      const times = await sequential(agent, base + path, headers, SAMPLES);
      samples[name].push(...times);
      runMedians[name].push(percentile(times, 0.5));
    }
  }

  console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION} s per URL`);
  const throughput = {};
  for (const [name, path] of Object.entries(urls))
    throughput[name] = await measureThroughput(base + path, headers, { connections: CONNECTIONS, duration: DURATION });

  const portalsMedian = percentile(samples['GET /v1/portals?limit=25'], 0.5);
  console.log(`\n  ${'request'.padEnd(52)} median ms  p95 ms  median per run       req/s seq  req/s (${CONNECTIONS} conn)  × portals`);
  for (const name of Object.keys(urls)) {
    const median = percentile(samples[name], 0.5);
    const mean = samples[name].reduce((a, b) => a + b, 0) / samples[name].length;
    console.log(
      `  ${name.padEnd(52)} ${median.toFixed(1).padStart(9)}  ${percentile(samples[name], 0.95).toFixed(1).padStart(6)}  ` +
        `${runMedians[name]
          .map((m) => m.toFixed(1))
          .join(', ')
          .padEnd(19)}  ${String(Math.round(1000 / mean)).padStart(9)}  ` +
        `${String(Math.round(throughput[name])).padStart(17)}  ${(median / portalsMedian).toFixed(2).padStart(9)}`,
    );
  }
  const dashboardMedian = percentile(samples['GET /v1/dashboard?limit=25'], 0.5);
  const worst = Math.max(
    ...Object.keys(urls)
      .filter((n) => n.includes('dashboard'))
      .map((n) => percentile(samples[n], 0.5)),
  );
  console.log(
    `\n  dashboard median ${dashboardMedian.toFixed(1)} ms (worst variant ${worst.toFixed(1)} ms) at ${PORTALS.toLocaleString('en')} portals: ` +
      `target ≤ ${TARGET_MS} ms ${worst <= TARGET_MS ? 'ok' : 'MISSED'}`,
  );
} finally {
  await bench.finish();
}

/** Each URL answers a full page; the dashboard's counts cover every portal. */
async function sanityCheck(base, headers, urls) {
  for (const path of Object.values(urls)) {
    const res = await fetch(base + path, { headers });
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    const body = await res.json();
    if (body.data.length === 0) throw new Error(`${path}: an empty page`);
  }
  const dashboard = await (await fetch(`${base}/v1/dashboard?limit=25`, { headers })).json();
  const total = Object.values(dashboard.counts).reduce((a, b) => a + b, 0);
  if (dashboard.data.length !== 25 || total !== PORTALS + 1)
    throw new Error(`dashboard: ${dashboard.data.length} rows, counts ${JSON.stringify(dashboard.counts)}`);
  console.log(`  dashboard counts: ${JSON.stringify(dashboard.counts)}`);
}
