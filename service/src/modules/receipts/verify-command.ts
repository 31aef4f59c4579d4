import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { asKeySet, asSignedReceipt, ReceiptFormatError, verifyReceipt, type Check, type SignedFacts } from './verify.ts';

/** `foyer receipt verify`'s options. */
export interface VerifyCommandOptions {
  file?: string;
  keys?: string;
}

export interface VerifyCommandResult {
  valid: boolean;
  /** Where the public keys came from. */
  keys: string;
  checks: Check[];
  /** The signed receipt (present when the signature holds). */
  receipt: SignedFacts | undefined;
}

/**
 * Verifies a receipt file as `foyer receipt verify` does. Throws {@link ReceiptFormatError} when something
 * cannot be checked at all (unreadable files, not a receipt, keys out of reach); a receipt that fails a check
 * resolves with `valid: false`.
 */
export async function verifyReceiptFile(path: string, options: VerifyCommandOptions): Promise<VerifyCommandResult> {
  const receipt = asSignedReceipt(await readJson(path, 'the receipt'));
  const named = (receipt.receipt as { keys_url?: unknown }).keys_url;
  const source = options.keys ?? (typeof named === 'string' ? named : undefined);
  if (!source) throw new ReceiptFormatError('the receipt names no keys_url: pass --keys');
  const keys = asKeySet(/^https?:\/\//i.test(source) ? await fetchJson(source) : await readJson(source, 'the key set'));
  const result = verifyReceipt(receipt, keys);
  const checks = [...result.checks];
  if (options.file !== undefined) checks.push(await fileCheck(options.file, result.signed));
  const valid = result.valid && checks.every((c) => c.ok);
  return {
    valid,
    keys: options.keys ? source : `${source} (named by the receipt itself; pass --keys with a copy you trust to check offline)`,
    checks,
    receipt: result.valid ? result.signed : undefined,
  };
}

/** The human-readable report: one line per check, then the verdict. */
export function formatReport(result: VerifyCommandResult): string {
  const lines: string[] = [];
  const r = result.receipt;
  if (r) {
    lines.push(
      `Receipt   ${text(r.approval_request?.id)}: ${text(r.approval_request?.status).replace('_', ' ')} — "${text(r.file?.name)}" ` +
        `version ${text(r.file?.version)}, portal "${text(r.portal?.name)}" of ${text(r.workspace?.name)}`,
    );
    for (const d of r.decisions ?? []) {
      lines.push(
        `          ${text(d.decision)} by ${text(d.email)} (${text(d.sign_in_method ?? 'sign-in not recorded')}) ` +
          `at ${text(d.decided_at)} from ${text(d.ip ?? 'an unrecorded address')}`,
      );
    }
  }
  lines.push(`Keys      ${result.keys}`);
  for (const check of result.checks) lines.push(`${check.ok ? 'ok    ' : 'FAILED'}    ${check.name}: ${check.detail}`);
  lines.push(result.valid ? 'Verified.' : 'NOT VERIFIED.');
  return lines.join('\n');
}

/** A value of the signed receipt as text (it is JSON: strings and numbers print as they are). */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value ?? null);
}

async function fileCheck(path: string, signed: SignedFacts | undefined): Promise<Check> {
  const expected = signed?.file?.sha256;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    throw new ReceiptFormatError(`cannot read --file ${path}: ${(err as Error).message}`);
  }
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const actual = hash.digest('hex');
  const ok = actual === expected && size === signed?.file?.size;
  return {
    name: 'file',
    ok,
    detail: ok
      ? `${path}: sha256 ${actual} (${size} bytes) is version ${text(signed?.file?.version)}'s`
      : `${path}: sha256 ${actual} (${size} bytes) is not the receipt's ${text(expected)} (${text(signed?.file?.size)} bytes)`,
  };
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ReceiptFormatError(`cannot read ${what} ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ReceiptFormatError(`${what} ${path} is not JSON`);
  }
}

async function fetchJson(url: string): Promise<unknown> {
  try {
    const res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.json();
  } catch (err) {
    throw new ReceiptFormatError(`cannot read the keys at ${url}: ${(err as Error).message}`);
  }
}
