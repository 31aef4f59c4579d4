import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { REPO_ROOT, runCli } from './support/process.ts';
import { askApproval, decide, signedInMember, uploadFile } from './support/receipts.ts';
import { PDF_BYTES } from './support/uploads.ts';

// The acceptance of issue 15 §4: a receipt verifies with `foyer receipt verify` and with the real `openssl
// pkeyutl -verify`, run as the README says; altering one byte fails both; after a key rotation an old receipt
// still verifies with the retired key from the well-known document.
let ctx: TestContext;
let ws: TestWorkspace;
let dir: string;
let receipt: { payload: string; receipt: Record<string, unknown>; key_id: string };
const json = { 'content-type': 'application/json' };

/** The README's openssl procedure (the first `sh` block under "Approval receipts"), run as it is written. */
async function readmeProcedure(): Promise<string> {
  const readme = await readFile(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Approval receipts'));
  return /```sh\n([\s\S]*?)```/.exec(section)![1]!;
}

function sh(script: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', ['-eo', 'pipefail', '-c', script], { cwd }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function keySetText(): Promise<string> {
  return (await ctx.fetch('/.well-known/foyer-receipt-keys.json')).text();
}

/** A folder with receipt.json, keys.json and return.pdf, as a verifier would have them. */
async function folder(receiptJson: string, keys: string, file: Buffer = PDF_BYTES): Promise<string> {
  const d = await mkdtemp(join(dir, 'case-'));
  await writeFile(join(d, 'receipt.json'), receiptJson);
  await writeFile(join(d, 'keys.json'), keys);
  await writeFile(join(d, 'return.pdf'), file);
  return d;
}

const verifyCli = (d: string, ...extra: string[]) =>
  runCli(['receipt', 'verify', join(d, 'receipt.json'), '--file', join(d, 'return.pdf'), ...extra], {});

beforeAll(async () => {
  ctx = await createTestContext({ TRUST_PROXY: '1' });
  dir = await mkdtemp(join(tmpdir(), 'foyer-receipts-'));
  ws = await ctx.newWorkspace('Acme Accounting');
  const portal = (await (
    await ctx.fetch('/v1/portals', { apiKey: ws.apiKey, method: 'POST', headers: json, body: '{"name":"Tax 2026"}' })
  ).json()) as {
    id: string;
  };
  const dana = await signedInMember(ctx, ws, portal.id, 'dana@client.example', 'sign_in_link', '203.0.113.7');
  const requestId = await askApproval(ctx, ws, await uploadFile(ctx, ws, portal.id, PDF_BYTES, 'return.pdf'), [dana]);
  await decide(ctx, requestId, dana, 'approve', 'Looks right — merci');
  receipt = (await (await ctx.fetch(`/v1/approval-requests/${requestId}/receipt`, { apiKey: dana.token })).json()) as typeof receipt;
});
afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

/** The receipt with one byte of its signed bytes changed, re-encoded: what a forger would hand over. */
function alteredPayload(): string {
  const bytes = Buffer.from(receipt.payload, 'base64');
  const at = bytes.indexOf('"size":') + '"size":'.length;
  bytes[at] = bytes[at] === 0x39 ? 0x38 : bytes[at]! + 1;
  const altered = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  return JSON.stringify({ ...receipt, payload: bytes.toString('base64'), receipt: altered }, null, 2);
}

describe('a receipt', () => {
  it('verifies with `foyer receipt verify`, offline, file included', async () => {
    const d = await folder(JSON.stringify(receipt, null, 2), await keySetText());
    const result = await verifyCli(d, '--keys', join(d, 'keys.json'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^Receipt {3}apr_[0-9a-z]{32}: approved — "return\.pdf" version 1, portal "Tax 2026" of Acme Accounting$/m,
    );
    expect(result.stdout).toContain('approve by dana@client.example (sign_in_link) at ');
    expect(result.stdout).toContain('from 203.0.113.7');
    expect(result.stdout).toMatch(/^ok {8}signature: /m);
    expect(result.stdout).toMatch(/^ok {8}contents: /m);
    expect(result.stdout).toMatch(/^ok {8}file: .*return\.pdf: sha256 [0-9a-f]{64} \(\d+ bytes\) is version 1's$/m);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Verified.');
    const asJson = await verifyCli(d, '--keys', join(d, 'keys.json'), '--json');
    expect(JSON.parse(asJson.stdout)).toMatchObject({
      valid: true,
      checks: [{ name: 'key', ok: true }, {}, {}, { name: 'file', ok: true }],
    });
  });

  it('verifies with openssl pkeyutl -verify, following the README', async () => {
    const d = await folder(JSON.stringify(receipt, null, 2), await keySetText());
    const result = await sh(await readmeProcedure(), d);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('Signature Verified Successfully\nreceipt: as signed\nfile: as decided\n');
  });

  it('fails both when one byte of what was signed is altered', async () => {
    const d = await folder(alteredPayload(), await keySetText());
    const cli = await verifyCli(d, '--keys', join(d, 'keys.json'));
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/^FAILED {4}signature: does not verify with key rkey_/m);
    expect(cli.stdout).toContain('NOT VERIFIED.');
    expect(cli.stdout).not.toContain('Receipt   ');
    const openssl = await sh(await readmeProcedure(), d);
    expect(openssl.code).toBe(1);
    expect(openssl.stdout).toContain('Signature Verification Failure');
  });

  it('fails when one byte of the readable copy is altered: the CLI, and the README’s comparison', async () => {
    const text = JSON.stringify(receipt, null, 2).replace('"name": "Tax 2026"', '"name": "Tax 2027"');
    const d = await folder(text, await keySetText());
    const cli = await verifyCli(d, '--keys', join(d, 'keys.json'));
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/^FAILED {4}contents: the readable "receipt" differs from the signed "payload"$/m);
    // openssl verifies the signed bytes (which are intact); the README's next line shows the copy is not them.
    const readme = await sh(await readmeProcedure(), d);
    expect(readme.stdout).toContain('Signature Verified Successfully');
    expect(readme.stdout).not.toContain('receipt: as signed');
    expect(readme.stdout).toMatch(/^> +"name": "Tax 2027"$/m);
  });

  it('fails with another file, and against another workspace’s key', async () => {
    const d = await folder(JSON.stringify(receipt, null, 2), await keySetText(), Buffer.concat([PDF_BYTES, Buffer.from(' ')]));
    const cli = await verifyCli(d, '--keys', join(d, 'keys.json'));
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/^FAILED {4}file: /m);
    const readme = await sh(await readmeProcedure(), d);
    expect(readme.code).toBe(1);
    expect(readme.stdout).not.toContain('file: as decided');
    // The key set lists the key under another workspace: refused before the signature is even tried.
    const moved = (await keySetText()).replaceAll(ws.workspaceId, 'wsp_00000000000000000000000000000000');
    const elsewhere = await folder(JSON.stringify(receipt), moved);
    const other = await verifyCli(elsewhere, '--keys', join(elsewhere, 'keys.json'));
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(/^FAILED {4}key: key rkey_[0-9a-z]{32} belongs to workspace wsp_0{32}/m);
  });

  it('says it cannot check what is not a receipt: exit 2', async () => {
    const d = await folder('{"hello": "world"}', await keySetText());
    const result = await verifyCli(d, '--keys', join(d, 'keys.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^foyer: cannot check the receipt: "payload" is missing/);
    const missing = await runCli(['receipt', 'verify', join(d, 'nothing.json')], {});
    expect(missing.code).toBe(2);
  });

  it('still verifies after a key rotation, with the retired key from the well-known document (fetched by URL)', async () => {
    const rotated = await ctx.fetch('/v1/workspace/receipt-keys', { apiKey: ws.apiKey, method: 'POST' });
    expect(rotated.status).toBe(201);
    const keys = JSON.parse(await keySetText()) as { keys: Array<{ kid: string; status: string }> };
    expect(keys.keys.find((k) => k.kid === receipt.key_id)?.status).toBe('retired');
    const d = await folder(JSON.stringify(receipt, null, 2), await keySetText());
    const cli = await verifyCli(d, '--keys', `${ctx.baseUrl}/.well-known/foyer-receipt-keys.json`);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/^ok {8}key: rkey_[0-9a-z]{32} of workspace wsp_[0-9a-z]{32} \(retired .*; what it signed stays valid\)$/m);
    expect((await sh(await readmeProcedure(), d)).code).toBe(0);
  });
});
