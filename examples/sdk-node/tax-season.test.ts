import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, freePort, REPO_ROOT, startService, type ServiceProcess } from '../../service/test/support/process.ts';

// End-to-end: the example, as a newcomer runs it, against a started service with embedded defaults.
let dataDir: string;
let service: ServiceProcess;
let baseUrl: string;
let apiKey: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'foyer-example-'));
  const port = await freePort();
  service = startService({ FOYER_DATA_DIR: dataDir, PORT: String(port) });
  await service.waitFor(/Ready in/);
  apiKey = service.output().match(/Owner API key\s+(sk_\S+)/)![1]!;
  baseUrl = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  service.child.kill('SIGTERM');
  await service.exited;
  await rm(dataDir, { recursive: true, force: true });
});

describe('examples/sdk-node (npm run example:sdk)', () => {
  it('creates three portals, invites, uploads a PDF into each, requests approval and prints states and links', async () => {
    const result = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn('npm', ['run', '--silent', 'example:sdk'], {
        cwd: REPO_ROOT,
        env: childEnv({ FOYER_URL: baseUrl, FOYER_API_KEY: apiKey }),
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (code) => resolve({ code, out }));
    });
    expect(result.code, result.out).toBe(0);
    for (const name of ['Dana Whitfield', 'Omar Haddad', 'Mei Tanaka']) expect(result.out).toContain(`✓ ${name}: portal created`);
    expect(result.out.match(/pending/g)).toHaveLength(3);
    expect(result.out.match(new RegExp(`${baseUrl}/p/prt_`, 'g'))).toHaveLength(3);

    const headers = { Authorization: `Bearer ${apiKey}` };
    const portals = (await (await fetch(`${baseUrl}/v1/portals?limit=100`, { headers })).json()) as {
      data: Array<{ id: string; client_name: string | null }>;
    };
    const dana = portals.data.find((p) => p.client_name === 'Dana Whitfield')!;
    const files = (await (await fetch(`${baseUrl}/v1/portals/${dana.id}/files`, { headers })).json()) as {
      data: Array<{ name: string; current_version: { content_type: string }; approval: { status: string } }>;
    };
    expect(files.data[0]).toMatchObject({
      name: '2026-return-dana-whitfield.pdf',
      current_version: { content_type: 'application/pdf' },
      approval: { status: 'pending' },
    });
    // The invitations go out through the job queue; without SMTP_URL they land in the dev mailbox.
    let mail = '';
    for (let i = 0; i < 50 && !mail.includes('dana.whitfield@example.com'); i++) {
      mail = await (await fetch(`${baseUrl}/dev/mail.json`)).text();
      if (!mail.includes('dana.whitfield@example.com')) await new Promise((r) => setTimeout(r, 200));
    }
    expect(mail).toContain('dana.whitfield@example.com');
    expect(mail).toContain('invited you');
  }, 120_000);
});
