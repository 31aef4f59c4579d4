#!/usr/bin/env node
// npm run bench:list — GET /v1/portals/{id}/files with an owner key (a portal of 50 files, 3 comments and an
// approval request each) under autocannon (50 connections, 10 s per run), against a bare node:http + pg server
// answering the same data with one SQL query, in the same run: both warmed up, then three runs each,
// alternating, compared by their medians (this machine's speed drifts between runs). Then the first page of a
// 100,000-file portal against the 50-file one, the same way. Prints req/s, p99 and the ratios.
// Targets (issue 5): service ≥ 0.75 of the bare server; 100k-file first page ≥ 0.9 of the 50-file one.
import autocannon from 'autocannon';
import { benchSetup, PRODUCTION } from './lib/setup.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 8);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const bench = await benchSetup('list');
try {
  const service = await bench.start(PRODUCTION);
  const { databaseUrl } = service;
  const db = await bench.connect(service);

  process.stdout.write('seeding: 50 files × (3 comments + 1 approval request), and a 100,000-file portal … ');
  const small = service.portalId;
  const large = await seed(db, service, small);
  console.log('done');

  const bare = await bench.fork('bare-list-server.mjs', [databaseUrl]);

  const serviceUrl = `http://127.0.0.1:${service.port}/v1/portals/${small}/files?limit=50`;
  const bareUrl = `http://127.0.0.1:${bare.port}/files?portal=${small}&limit=50`;
  const headers = { authorization: `Bearer ${service.apiKey}` };
  await sanityCheck(serviceUrl, headers, bareUrl);

  // Both servers run a few seconds of the same load first, so neither is measured while its JIT warms up.
  process.stdout.write(`warming up both servers (${WARMUP} s each) … `);
  await load(serviceUrl, headers, WARMUP);
  await load(bareUrl, {}, WARMUP);
  console.log('done');

  console.log(`\nautocannon: ${CONNECTIONS} connections, ${DURATION} s, ${RUNS} runs each, alternating`);
  const runs = { service: [], bare: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.service.push(await load(serviceUrl, headers));
    runs.bare.push(await load(bareUrl, {}));
  }
  const svc = median(runs.service);
  const base = median(runs.bare);
  console.log('\n  server                 req/s per run              median   p99 ms (median run)');
  console.log(`  service (Express)      ${fmt(runs.service)}  ${String(Math.round(svc.rps)).padStart(6)}   ${svc.p99}`);
  console.log(`  bare node:http + pg    ${fmt(runs.bare)}  ${String(Math.round(base.rps)).padStart(6)}   ${base.p99}`);
  console.log(`  per-run ratios: ${runs.service.map((r, i) => (r.rps / runs.bare[i].rps).toFixed(2)).join(', ')}`);
  const ratio = svc.rps / base.rps;
  console.log(`  ratio of medians service / bare: ${ratio.toFixed(2)} (target ≥ 0.75) ${ratio >= 0.75 ? 'ok' : 'MISSED'}`);

  const largeUrl = `http://127.0.0.1:${service.port}/v1/portals/${large}/files?limit=50`;
  const scale = { small: [], large: [] };
  for (let i = 0; i < RUNS; i++) {
    scale.large.push(await load(largeUrl, headers));
    scale.small.push(await load(serviceUrl, headers));
  }
  const s = median(scale.small);
  const l = median(scale.large);
  console.log('\n  first page             req/s per run              median   p99 ms (median run)');
  console.log(`  50 files               ${fmt(scale.small)}  ${String(Math.round(s.rps)).padStart(6)}   ${s.p99}`);
  console.log(`  100,000 files          ${fmt(scale.large)}  ${String(Math.round(l.rps)).padStart(6)}   ${l.p99}`);
  const scaleRatio = l.rps / s.rps;
  console.log(`  ratio of medians 100k / 50: ${scaleRatio.toFixed(2)} (target ≥ 0.9) ${scaleRatio >= 0.9 ? 'ok' : 'MISSED'}`);
} finally {
  await bench.finish();
}

function fmt(runs) {
  return runs
    .map((r) => String(Math.round(r.rps)).padStart(5))
    .join(', ')
    .padEnd(25);
}

/** The run with the median throughput (RUNS is odd; with an even count, the lower middle one). */
function median(runs) {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function load(url, headers, duration = DURATION) {
  return new Promise((resolveRun, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, headers }, (err, result) => {
      if (err) return reject(err);
      if (result.non2xx > 0) return reject(new Error(`${url}: ${result.non2xx} non-2xx responses`));
      resolveRun({ rps: result.requests.average, p99: result.latency.p99 });
    });
  });
}

async function sanityCheck(serviceUrl, headers, bareUrl) {
  const a = await (await fetch(serviceUrl, { headers })).json();
  const b = await (await fetch(bareUrl)).json();
  if (a.data.length !== 50 || b.data.length !== 50)
    throw new Error(`expected 50 files from both, got ${a.data.length} and ${b.data.length}`);
  if (JSON.stringify(a.data.map((f) => f.id)) !== JSON.stringify(b.data.map((f) => f.id)))
    throw new Error('the two servers answer different files');
}

/** 50 files with 3 comments and a request each in the demo portal; a second portal with 100,000 files. */
async function seed(db, service, portalId) {
  const member = `mem_${'b'.repeat(32)}`;
  const { rows } = await db.query('select workspace_id from portals where id = $1', [portalId]);
  const workspaceId = rows[0].workspace_id;
  await db.query(
    `insert into members (id, portal_id, workspace_id, email, name, status, verified) values ($1, $2, $3, 'bench@client.example', 'Bench Client', 'active', true)`,
    [member, portalId, workspaceId],
  );
  await db.query(
    `with f as (
       insert into files (id, portal_id, workspace_id, name, current_version, uploaded_by_kind, uploaded_by_id)
       select 'fil_' || lpad(to_hex(g), 32, '0'), $1, $2, 'Statement ' || g || '.pdf', 1, 'member', $3 from generate_series(1, 50) g
       returning id)
     insert into file_versions (file_id, version, size, content_type, sha256, storage_key, uploaded_by_kind, uploaded_by_id)
     select id, 1, 48213, 'application/pdf', repeat('a', 64), 'portals/' || $1 || '/' || id, 'member', $3 from f`,
    [portalId, workspaceId, member],
  );
  await db.query(
    `insert into comments (id, file_id, portal_id, workspace_id, author_kind, author_id, body)
     select 'cmt_' || lpad(to_hex(f.n * 10 + c), 32, '0'), f.id, $1, $2, 'member', $3, 'Comment ' || c
     from (select id, row_number() over () as n from files where portal_id = $1) f, generate_series(1, 3) c`,
    [portalId, workspaceId, member],
  );
  await db.query(
    `insert into approval_requests (id, file_id, portal_id, workspace_id, version, sha256, rule, requested_by)
     select 'apr_' || substr(id, 5), id, $1, $2, 1, repeat('a', 64), 'any', 'key_bench' from files where portal_id = $1`,
    [portalId, workspaceId],
  );
  const large = (
    await fetch(`http://127.0.0.1:${service.port}/v1/portals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${service.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Large' }),
    }).then((r) => r.json())
  ).id;
  await db.query(
    `with f as (
       insert into files (id, portal_id, workspace_id, name, current_version, uploaded_by_kind, uploaded_by_id)
       select 'fil_' || lpad(to_hex(1000000 + g), 32, '0'), $1, $2, 'Document ' || g || '.pdf', 1, 'owner', 'key_bench' from generate_series(1, 100000) g
       returning id)
     insert into file_versions (file_id, version, size, content_type, sha256, storage_key, uploaded_by_kind, uploaded_by_id)
     select id, 1, 1000, 'application/pdf', repeat('b', 64), 'portals/' || $1 || '/' || id, 'owner', 'key_bench' from f`,
    [large, workspaceId],
  );
  await db.query('analyze');
  return large;
}
