#!/usr/bin/env node
// Verifies a Foyer export offline, with Node.js 18 or newer and nothing else: run `node verify-export.mjs` in
// the folder the zip was extracted to (or pass that folder). It checks
//   - every event chain (portals/<portal_id>/events.json, and workspace/events.json in a workspace export):
//     each event's `prev_hash` is the hash of the event before it (64 zeros for the first) and its `hash` is
//     sha256(prev_hash || canonical JSON of its hashed fields), as README.md explains;
//   - every file version (portals/<portal_id>/files.json): the bytes at its `path` have its `sha256` and `size`.
// It prints one line per chain and per portal's files, and exits 1 if anything does not match.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GENESIS = '0'.repeat(64);
const root = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));

/** RFC 8785 (JSON Canonicalization Scheme) for the values events hold: keys sorted by UTF-16 code units. */
function canonical(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
}

/** The fields an event's hash covers, by its `hash_version`. */
function hashedFields(e) {
  const fields = {
    id: e.id,
    workspace_id: e.workspace_id,
    portal_id: e.portal_id,
    type: e.type,
    actor_kind: e.actor_kind,
    actor_id: e.actor_id,
    target_type: e.target_type,
    target_id: e.target_id,
    data: e.data,
    ip: e.ip,
    user_agent: e.user_agent,
    request_id: e.request_id,
    created_at: e.created_at,
  };
  if (e.hash_version === 1) return fields;
  Object.assign(fields, { actor_method: e.actor_method, hash_version: e.hash_version });
  if (e.hash_version >= 4) fields.actor_email = e.actor_email;
  return fields;
}

function verifyChain(file) {
  const events = JSON.parse(readFileSync(file, 'utf8'));
  let previous = GENESIS;
  for (const [i, e] of events.entries()) {
    if (![1, 2, 3, 4].includes(e.hash_version)) return { events: i, error: `event ${e.id}: unknown hash version ${e.hash_version}` };
    if (e.prev_hash !== previous) return { events: i, error: `event ${e.id}: its prev_hash is not the hash of the event before it` };
    const hash = createHash('sha256')
      .update(previous)
      .update(canonical(hashedFields(e)))
      .digest('hex');
    if (hash !== e.hash) return { events: i, error: `event ${e.id}: its content does not match its hash` };
    previous = hash;
  }
  return { events: events.length, head: previous };
}

function sha256Of(path) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let size = 0;
    createReadStream(path)
      .on('data', (chunk) => {
        size += chunk.length;
        hash.update(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve({ sha256: hash.digest('hex'), size }));
  });
}

async function verifyFiles(file) {
  const files = JSON.parse(readFileSync(file, 'utf8'));
  let versions = 0;
  for (const f of files) {
    for (const v of f.versions) {
      const path = join(root, v.path);
      if (!existsSync(path)) return { versions, error: `${v.path} is missing` };
      const got = await sha256Of(path);
      if (got.sha256 !== v.sha256 || got.size !== v.size) return { versions, error: `${v.path} does not match its sha256 or size` };
      versions++;
    }
  }
  return { versions };
}

let failed = false;
const report = (ok, text) => {
  if (!ok) failed = true;
  console.log(`${ok ? 'ok    ' : 'FAILED'}  ${text}`);
};
const portalsDir = join(root, 'portals');
const portals = existsSync(portalsDir) ? readdirSync(portalsDir).sort() : [];
for (const portal of portals) {
  const chain = verifyChain(join(portalsDir, portal, 'events.json'));
  report(!chain.error, `${portal} events: ${chain.error ?? `${chain.events} event(s), head ${chain.head}`}`);
  const files = await verifyFiles(join(portalsDir, portal, 'files.json'));
  report(!files.error, `${portal} files: ${files.error ?? `${files.versions} version(s), every sha256 matches`}`);
}
if (existsSync(join(root, 'workspace', 'events.json'))) {
  const chain = verifyChain(join(root, 'workspace', 'events.json'));
  report(!chain.error, `workspace events: ${chain.error ?? `${chain.events} event(s), head ${chain.head}`}`);
}
if (portals.length === 0 && !existsSync(join(root, 'workspace'))) report(false, `${root} holds no Foyer export (no portals/ folder)`);
process.exitCode = failed ? 1 : 0;
