// How the fake API answers, shared by its modules (fake-api.ts for <foyer-portal>, console*.ts for the
// console): every answer goes through `reply`, typed by operation and status from the generated contract and
// checked against openapi.yaml as it is sent (contract.ts). What breaks the contract is collected here and
// listed at `GET /__fake/violations`, which the browser tests check after every test.
import { Readable } from 'node:stream';
import type { ErrorCode, Schema } from '@foyer/sdk';
import { checkAnswer, checkEmptyAnswer } from './contract.ts';
import type { Answer, OperationId, Status } from './scenario.ts';

/** What the fake uses of Koa's context (web-test-runner's dev server is Koa). */
export interface FakeContext {
  path: string;
  /** The path and query string, as sent. */
  url: string;
  method: string;
  query: Record<string, string | string[] | undefined>;
  req: AsyncIterable<Buffer>;
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string | string[]): void;
  get(name: string): string;
}

// One list for the whole server: right for web-test-runner's one page at a time (`concurrency: 1`).
const violations: string[] = [];
let counter = 0;

/** Records something the fake was asked that it cannot answer within the contract. */
export function violation(message: string): void {
  violations.push(message);
}

/** Everything recorded since the last call, emptied. */
export function takeViolations(): string[] {
  return violations.splice(0);
}

/** A number never given before, for ids (`fakeId(prefix, nextNumber())`). */
export function nextNumber(): number {
  return ++counter;
}

/** Answers an operation of the contract; the body's type is that operation's for this status. */
export function reply<K extends OperationId, S extends Status<K>>(
  ctx: FakeContext,
  operation: K,
  status: S,
  body: Answer<K, S>,
  headers: Record<string, string | string[]> = {},
): void {
  if (body === undefined) return replyEmpty(ctx, operation, status, headers);
  counter++;
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.set('X-Request-Id', `req_fake${counter}`);
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  violations.push(...checkAnswer(operation, status, type, body));
  ctx.type = type;
  ctx.body = JSON.stringify(body);
}

/**
 * Answers an operation of the contract with no body: for a status the contract gives none, or one whose body is
 * there only sometimes (checked by contract.ts, which knows which).
 */
export function replyEmpty<K extends OperationId, S extends Status<K>>(
  ctx: FakeContext,
  operation: K,
  status: S,
  headers: Record<string, string | string[]> = {},
): void {
  counter++;
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.set('X-Request-Id', `req_fake${counter}`);
  violations.push(...checkEmptyAnswer(operation, status));
  ctx.body = '';
}

/** Answers an RFC 9457 problem with a stable `code`, as the service does. */
export function problem<K extends OperationId, S extends Status<K>>(
  ctx: FakeContext,
  operation: K,
  status: S,
  code: ErrorCode,
  detail: string,
  headers: Record<string, string | string[]> = {},
): void {
  const body: Schema<'Problem'> = {
    type: `urn:foyer:error:${code}`,
    title: detail,
    status,
    code,
    detail,
    request_id: `req_fake${counter + 1}`,
  };
  // Every error answer of the contract is a Problem; TypeScript cannot narrow `Answer<K, S>` for a generic S.
  reply(ctx, operation, status, body as unknown as Answer<K, S>, headers);
}

/**
 * Answers `getApprovalReceipt` for a caller that asks for HTML (the widget's and the console's Receipt
 * button): a stand-in for the service's printable page, or 409 `approval_undecided` before the request is
 * decided, as the service does. A caller that asks for anything else is a violation here.
 */
export function receiptPage(ctx: FakeContext, request: Schema<'ApprovalRequest'>): void {
  if (request.status !== 'approved' && request.status !== 'changes_requested')
    return problem(ctx, 'getApprovalReceipt', 409, 'approval_undecided', 'This request is not decided: it has no receipt.');
  if (!ctx.get('accept').startsWith('text/html')) violation(`the receipt was asked for as ${ctx.get('accept')}, not as a page`);
  counter++;
  ctx.status = 200;
  ctx.set('X-Request-Id', `req_fake${counter}`);
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><title>Approval receipt</title><h1>Approval receipt</h1><p>${request.id}: ${request.status}</p>`;
}

/**
 * Answers a zip (`downloadPortalArchive`, `downloadExport`) as the service does: `Content-Length` ahead, an
 * attachment named `filename`. The body (`PK`, the entries' names, then padding to `size` bytes) is sent in four
 * pieces `pace` ms apart, so a test sees the download's progress. A binary answer: the JSON check does not apply.
 */
export function zipAnswer(ctx: FakeContext, filename: string, names: string[], size = 64 * 1024, pace = 0): void {
  counter++;
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write(`PK ${names.join('\n')}\n`);
  ctx.status = 200;
  ctx.set('X-Request-Id', `req_fake${counter}`);
  ctx.set('Content-Type', 'application/zip');
  ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
  const quarter = Math.ceil(size / 4);
  ctx.body = Readable.from(
    (async function* () {
      for (let at = 0; at < size; at += quarter) {
        if (at) await sleep(pace);
        yield bytes.subarray(at, at + quarter);
      }
    })(),
  );
  // After the body: Koa drops the length when a stream replaces a body.
  ctx.set('Content-Length', String(size));
}

export async function readBody(req: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export const json = async <T>(req: AsyncIterable<Buffer>): Promise<T> => JSON.parse((await readBody(req)).toString('utf8') || '{}') as T;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One page of `items` as the contract's lists answer it: `?limit=` (default 20, 1–100) and an offset cursor. */
export function page<T>(ctx: FakeContext, items: T[]): { data: T[]; has_more: boolean; next_cursor: string | null } {
  const limit = Math.min(100, Math.max(1, Number(ctx.query.limit ?? 20)));
  const offset = Number(ctx.query.cursor ?? 0);
  const end = offset + limit;
  return { data: items.slice(offset, end), has_more: end < items.length, next_cursor: end < items.length ? String(end) : null };
}
