// End to end: a client sends a 32 MiB PDF through <foyer-portal> on the portal's direct link, over a link
// throttled to 1 MiB/s (Chromium's network emulation). Mid-way the browser goes offline for a while: the row says
// so, and once the connection is back the upload goes on from what the service holds (a HEAD, then a PATCH
// from there). Then the page is reloaded mid-upload: nothing of the half file is visible, and the same file
// picked again asks "Resume the upload of … from N%?"; Resume finishes it with the right sha256, one file,
// one upload. Screenshots at 1280 px and 360 px go to .test-output/resumable-e2e/.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createTcpServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { codeFor, DESKTOP, freePort, screenshots, seedBrandedPortal, watch } from '../support/e2e.ts';
import { createTestContext, type TestContext, type TestWorkspace } from '../support/context.ts';
import { startTestSmtp, type TestSmtp } from '../support/smtp.ts';
import { PDF_BYTES } from '../support/uploads.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHOTS = `${ROOT}.test-output/resumable-e2e`;
const shots = screenshots(SHOTS);
const EMAIL = 'dana@clients.test';
const SIZE = 32 * 1024 * 1024;
const RATE = 1024 * 1024; // bytes a second up

let smtp: TestSmtp;
let ctx: TestContext;
let workspace: TestWorkspace;
let browser: Browser;
let portalId: string;
let dir: string;
let path: string;
let bytes: Buffer;
let proxy: { server: Server; sockets: Set<Socket>; offline: boolean };

/**
 * The client's network: a TCP proxy in front of the service (PUBLIC_URL points at it). Unplugged, it drops every
 * connection and takes no new one, as a lost Wi-Fi link does; Chromium is told it is offline at the same time.
 */
async function startProxy(target: number): Promise<number> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((client) => {
    if (proxy.offline) return void client.destroy();
    const upstream = connect(target, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {}).on('close', () => (sockets.delete(socket), client.destroy(), upstream.destroy()));
    }
    client.pipe(upstream).pipe(client);
  });
  proxy = { server, sockets, offline: false };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  execFileSync(process.execPath, [`${ROOT}widget/scripts/ensure-built.mjs`], { stdio: 'inherit' });
  await mkdir(SHOTS, { recursive: true });
  smtp = await startTestSmtp();
  const port = await freePort();
  const proxyPort = await startProxy(port);
  ctx = await createTestContext({ SMTP_URL: smtp.url, PUBLIC_URL: `http://127.0.0.1:${proxyPort}` }, { port });
  const seeded = await seedBrandedPortal(ctx, {
    name: 'Acme Studio',
    portal: { name: 'Spring campaign', members: [{ email: EMAIL, send_invite: false }] },
  });
  workspace = seeded.workspace;
  portalId = seeded.portal.id;
  // A PDF on disk: the same file picked again after the reload has the same name, size and modification time.
  dir = await mkdtemp(join(tmpdir(), 'foyer-resumable-e2e-'));
  path = join(dir, 'cut-v3.pdf');
  bytes = Buffer.alloc(SIZE);
  PDF_BYTES.copy(bytes);
  for (let i = PDF_BYTES.length; i < SIZE; i += 4096) bytes.writeUInt32BE(i, i);
  await writeFile(path, bytes);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const socket of proxy?.sockets ?? []) socket.destroy();
  proxy?.server.close();
  await ctx?.close();
  await smtp?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const percentOf = (text: string | null): number => Number(/(\d+)%/.exec(text ?? '')?.[1] ?? -1);

it('a widget upload survives an offline period and a reload', { timeout: 240_000 }, async () => {
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // Offline, the upload's requests fail (no status) and nothing else is refused.
  const problems = watch(page);
  const tus: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/v1/uploads')) tus.push(request.method());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const link = async (offline: boolean) => {
    proxy.offline = offline;
    if (offline) for (const socket of proxy.sockets) socket.destroy();
    await cdp.send('Network.emulateNetworkConditions', { offline, latency: 20, downloadThroughput: -1, uploadThroughput: RATE });
  };
  await link(false);

  const before = smtp.messages.length;
  await page.goto(`${ctx.config.publicUrl}/p/${portalId}`);
  await page.getByLabel('Email address').fill(EMAIL);
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.getByLabel('Digit 1 of 6').pressSequentially(await codeFor(smtp, EMAIL, before));
  const input = page.locator('foyer-upload input[type=file]').first();
  await input.waitFor({ state: 'attached' });

  await input.setInputFiles(path);
  const status = page.locator('foyer-upload .item-status').first();
  await expect.poll(async () => percentOf(await status.textContent()), { timeout: 60_000 }).toBeGreaterThanOrEqual(10);

  // The connection drops for a while: the row says so; nothing moves.
  await link(true);
  await status.getByText(/Offline at \d+% — it goes on when the connection is back/).waitFor({ timeout: 30_000 });
  await shots(page, '1-offline', () => status.getByText(/Offline at/).waitFor());
  const offlineAt = percentOf(await status.textContent());
  await page.waitForTimeout(3000);
  const headsBefore = tus.filter((m) => m === 'HEAD').length;

  // Back online: it asks the service where it is and goes on from there.
  await link(false);
  await expect.poll(() => tus.filter((m) => m === 'HEAD').length, { timeout: 60_000 }).toBeGreaterThan(headsBefore);
  await expect.poll(async () => percentOf(await status.textContent()), { timeout: 60_000 }).toBeGreaterThan(offlineAt);
  expect(tus.filter((m) => m === 'POST')).toHaveLength(1);

  // The page is reloaded mid-upload: nothing of the half file shows, in the page or through the API.
  await page.reload();
  await input.waitFor({ state: 'attached' });
  await page.getByText('No files yet').first().waitFor();
  const listed = async () =>
    (
      (await (await ctx.fetch(`/v1/portals/${portalId}/files`, { apiKey: workspace.apiKey })).json()) as {
        data: Array<{ name: string; current_version: { sha256: string } }>;
      }
    ).data;
  expect(await listed()).toEqual([]);

  // The same file, picked again: asked to go on from what the service holds.
  await input.setInputFiles(path);
  const ask = page.getByText(/Resume the upload of cut-v3\.pdf from \d+%\?/);
  await ask.waitFor({ timeout: 30_000 });
  expect(percentOf(await ask.textContent())).toBeGreaterThan(0);
  await shots(page, '2-resume-after-reload', () => ask.waitFor());
  await page.getByRole('button', { name: 'Resume upload of cut-v3.pdf' }).click();
  await page.locator('foyer-file-list').getByText('cut-v3.pdf').first().waitFor();
  await expect.poll(async () => (await listed()).length, { timeout: 60_000 }).toBe(1);
  const [file] = await listed();
  expect(file!.name).toBe('cut-v3.pdf');
  expect(file!.current_version.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  expect(tus.filter((m) => m === 'POST')).toHaveLength(1);
  await shots(page, '3-uploaded', () => page.locator('foyer-file-list').getByText('cut-v3.pdf').first().waitFor());
  // The saved upload is forgotten once the file is in.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('foyer:upload:')))).toEqual([]);
  expect(problems.filter((p) => !p.startsWith('console: Failed'))).toEqual([]);
  await context.close();
});
