import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService, freePort, runCli, startService as startServiceProcess, type ServiceProcess } from './support/process.ts';

// `npm start` on a fresh machine: embedded PostgreSQL under the data dir, a demo workspace, a printed key;
// Ctrl-C / SIGTERM stops cleanly after in-flight requests, and the next start finds the same data.
let dataDir: string;
let port: number;
let env: Record<string, string>;

const started: ServiceProcess[] = [];
function startService(environment: Record<string, string | undefined>): ServiceProcess {
  const service = startServiceProcess(environment);
  started.push(service);
  return service;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'foyer-start-'));
  port = await freePort();
  env = { FOYER_DATA_DIR: dataDir, PORT: String(port) };
  // npm start's prestart, outside the tests' time limits (about 5 s on a fresh clone, far more on a busy machine).
  buildService();
}, 120_000);
afterAll(async () => {
  // A failed or timed-out test may leave a service running, and its database: stop them, so they neither
  // hold the port for the next run nor slow the machine (SIGINT is PostgreSQL's fast shutdown).
  for (const service of started) {
    if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
  }
  const pidFile = await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').catch(() => '');
  const postmaster = Number(pidFile.split('\n')[0]);
  if (postmaster > 0 && isAlive(postmaster)) process.kill(postmaster, 'SIGINT');
  await rm(dataDir, { recursive: true, force: true });
});

/** Whether `pid` runs (a zombie, exited but not yet reaped by init, does not count). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

/** PostgreSQL processes whose command line names this data directory (`postgres -D <dir>`). */
function postgresProcessesFor(pgdata: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes(pgdata) && !line.includes('ps -eo'));
}

describe('npm start with embedded defaults', () => {
  let service: ServiceProcess;
  let apiKey: string;
  let workspaceId: string;
  let demoPortal: string;
  const base = () => `http://127.0.0.1:${port}`;

  it('is ready within 10 s on a fresh data dir and prints the URL, a key and the demo portal', async () => {
    buildService(); // npm start's prestart; a fresh clone compiles once (about 5 s), later starts reuse it
    const started = Date.now();
    service = startService(env);
    await service.waitFor(/Ready in/);
    const elapsed = Date.now() - started;
    const out = service.output();
    apiKey = out.match(/Owner API key\s+(sk_\S+)/)![1]!;
    workspaceId = out.match(/Workspace\s+(wsp_\w+)/)![1]!;
    demoPortal = out.match(/Demo portal\s+\S+\/p\/(prt_\w+)/)![1]!;
    expect(elapsed).toBeLessThan(10_000);
    expect(out).toContain(`Foyer is running at ${base()}`);
    expect(out).toContain(`curl -H "Authorization: Bearer ${apiKey}" ${base()}/v1/portals`);
    expect(out).toMatch(/Demo client\s+demo\.client@example\.com/);
    expect(out).toContain(`Dev mailbox      ${base()}/dev/mail`);
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
  });

  it('lists the demo portal with the printed key', async () => {
    const res = await fetch(`${base()}/v1/portals`, { headers: { Authorization: `Bearer ${apiKey}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: Array<{ id: string }> };
    expect(body.data.map((p) => p.id)).toEqual([demoPortal]);
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
  });

  it('serves the contract and a readable API reference', async () => {
    const spec = await fetch(`${base()}/openapi.yaml`);
    expect(spec.status).toBe(200);
    expect(await spec.text()).toMatch(/^openapi: 3\.1/);
    const docs = await fetch(`${base()}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('<redoc spec-url="/openapi.yaml"');
    expect((await fetch(`${base()}/docs/redoc.standalone.js`)).status).toBe(200);
  });

  it('lets the CLI attach to the running embedded database', async () => {
    const result = await runCli(['key', 'create', '--workspace', workspaceId, '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const created = JSON.parse(result.stdout) as { api_key: string };
    const res = await fetch(`${base()}/v1/workspace`, { headers: { Authorization: `Bearer ${created.api_key}` } });
    expect(res.status).toBe(200);
  });

  it('keeps mail in the dev mailbox and prints a summary line for each message', async () => {
    const result = await runCli(['mail', 'test', '--to', 'ops@demo.test'], env);
    expect(result.code, result.stderr).toBe(0);
    await service.waitFor(/mail to ops@demo\.test “Test message from Demo”/);
    const page = await fetch(`${base()}/dev/mail`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Test message from Demo');
  });

  it('finishes an in-flight request on SIGTERM, then stops the database', async () => {
    const body = JSON.stringify({ name: 'Created during shutdown' });
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let response = '';
    socket.on('data', (d) => (response += d.toString()));
    socket.write(
      `POST /v1/portals HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${apiKey}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n` +
        body.slice(0, 10),
    );
    await new Promise((r) => setTimeout(r, 200));
    service.child.kill('SIGTERM');
    await service.waitFor(/SIGTERM received/);
    // No new connections once shutdown began.
    await expect(fetch(`${base()}/healthz`)).rejects.toThrow();
    socket.write(body.slice(10));
    await new Promise((r) => socket.once('close', r));
    expect(response).toMatch(/^HTTP\/1\.1 201/);
    expect(response).toContain('Created during shutdown');
    expect(await service.exited).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('finds the same data on the next start and never prints an old key', async () => {
    service = startService(env);
    await service.waitFor(/Ready in/);
    const out = service.output();
    expect(out).not.toMatch(/sk_[0-9a-z]{32}\./);
    expect(out).toContain(workspaceId);
    expect(out).toContain(`key create --workspace ${workspaceId}`);
    const res = await fetch(`${base()}/v1/portals`, { headers: { Authorization: `Bearer ${apiKey}` } });
    const names = ((await res.json()) as { data: Array<{ name: string }> }).data.map((p) => p.name);
    expect(names).toContain('Created during shutdown');
    service.child.kill('SIGINT');
    expect(await service.exited).toBe(0);
  });

  it('lets the CLI start the embedded database itself when the service is not running', async () => {
    const result = await runCli(['key', 'list', '--workspace', workspaceId, '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { data: unknown[] }).data).toHaveLength(2);
    expect(result.stderr).toContain('started embedded PostgreSQL');
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false); // and stopped it again
  });

  it('takes over the database a killed service left running, and stops it on SIGTERM', { timeout: 120_000 }, async () => {
    const first = startService(env);
    await first.waitFor(/Ready in/, 60_000);
    first.child.kill('SIGKILL');
    await first.exited;
    // kill -9 gives the service no chance to stop PostgreSQL, which runs in a session of its own.
    const postmaster = Number((await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(isAlive(postmaster)).toBe(true);

    const second = startService(env);
    await second.waitFor(/Ready in/, 60_000);
    expect(second.output()).toMatch(/took over the embedded PostgreSQL/);
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(isAlive(postmaster)).toBe(false);
    expect(postgresProcessesFor(join(dataDir, 'postgres'))).toEqual([]);
  });

  it('fails fast on invalid configuration, naming the variable', async () => {
    const bad = startService({ ...env, PORT: 'eighty' });
    const badMail = startService({ ...env, SMTP_URL: 'smtp://user:s3cret@', MAIL_FROM: 'no-reply@acme.test' });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toContain('Invalid configuration: PORT:');
    expect(await badMail.exited).toBe(1);
    expect(badMail.output()).toContain('Invalid configuration: SMTP_URL: is not a valid URL');
    expect(badMail.output()).not.toContain('s3cret');
  });

  it('refuses to start without SMTP_URL anywhere but on loopback, where /dev/mail could serve codes to others', async () => {
    const open = startService({ ...env, HOST: '0.0.0.0' });
    expect(await open.exited).toBe(1);
    expect(open.output()).toContain('Invalid configuration: SMTP_URL: is required');
    expect(open.output()).toContain('DEV_MAILBOX=true');
  });
});
