// Prints the browser bundle's size, minified and gzipped, and fails above the budget. Bundles the
// browser entry (src/index.ts, dependencies included) for `platform: 'browser'`, so a Node-only import
// there fails this script too. Generated types weigh nothing: they are erased. `npm run size -w @foyer/sdk`.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// 8 KB until issue 13 added 16 operations (users, user sign-in, API keys, dashboard, …): 8.2 KB with them.
// Issue 15's approval receipts (approvals.receipt and .receiptPage, workspace.rotateReceiptKey,
// system.receiptKeys, and their operations' table entries) cost 164 bytes: the budget grows by as much.
// Issue 15's previews (files.previews, files.previewImage and their two entries) cost 80 bytes: as much again.
// Issue 15's resumable uploads: foyer.uploads (the tus requests one by one) and files.uploadResumable's tus
// client (PATCHes from the service's offset, retries with backoff, pause/resume/abort, resume from a stored
// URL) cost 1.28 KB more.
// Its archive and exports (portals.downloadArchive, the exports group, portals.delete's query and six table
// entries) cost 221 bytes more (9,304 → 9,525 before the previews and uploads): the budget grows by as much.
// That made 10,916 bytes; the operations table then lost the `sdk: 'group.method'` names only the coverage test
// reads (they moved to sdk/test/operations.test.ts): 10,508. The budget is that and a small margin.
// Its entries as 'GET /v1/portals/{portal_id}' strings instead of { method, path } objects: 10,431.
// Issue 16 §3: PublicFoyer (the sign-in groups, its own module and operations table, ClientFoyer extends it),
// paginate() and multipart.ts as modules of their own so a sign-in screen's bundle leaves them out, and
// PublicPortalsResource: 10,465 → 10,594 (+129) for the whole entry; <foyer-portal>'s first screen lost ~4,400
// bytes brotli by it. The budget is that and a small margin.
// Issue 16 §4's members.update (updateMember: the language of a member's emails) and its table entry: 10,629 →
// 10,654 (+25), 4 over; the budget grows by 30.
// ClientFoyer's own operations table (the owner's apart, for Foyer): 10,607 → 10,629 before members.update;
// ClientFoyer alone 9,008 → 8,417. ClientFoyer's groups with a client's methods only (ClientPortalsResource, … ;
// Foyer's extend them): 10,654 → 10,734 (+80; Foyer alone 9,729 → 9,780: five class headers, five groups made
// again), ClientFoyer alone 8,417 → 8,242. The budget is that and a small margin.
const BUDGET = 10_780;

const entry = new URL('../src/index.ts', import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

async function measure(stdin) {
  const result = await build({
    stdin: { contents: stdin, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

// The budget applies to the whole browser entry; the second figure is what an app that imports only
// `Foyer` ships once its bundler drops the unused exports. The low-level openapi-fetch client is a
// separate entry (`@foyer/sdk/openapi-fetch`), outside the budget: printed for information.
const whole = await measure(`export * from ${JSON.stringify(entry)};`);
const foyerOnly = await measure(`export { Foyer } from ${JSON.stringify(entry)};`);
const clientOnly = await measure(`export { ClientFoyer } from ${JSON.stringify(entry)};`);
const publicOnly = await measure(`export { PublicFoyer } from ${JSON.stringify(entry)};`);
const lowLevel = await measure(`export * from ${JSON.stringify(new URL('../src/openapi-client.ts', import.meta.url).pathname)};`);
const gzipped = whole.gzipped;
console.log(`@foyer/sdk browser bundle: ${kb(whole.minified)} minified, ${kb(gzipped)} min+gz (budget ${kb(BUDGET)})`);
console.log(`  of which an app importing only { Foyer } ships: ${kb(foyerOnly.gzipped)} min+gz`);
console.log(`  an app for clients importing only { ClientFoyer } ships: ${kb(clientOnly.gzipped)} min+gz`);
console.log(`  a sign-in screen importing only { PublicFoyer } ships: ${kb(publicOnly.gzipped)} min+gz`);
console.log(`  @foyer/sdk/openapi-fetch (separate entry, not in the budget): ${kb(lowLevel.gzipped)} min+gz`);
if (gzipped > BUDGET) {
  console.error(`Over budget by ${gzipped - BUDGET} bytes.`);
  process.exit(1);
}
