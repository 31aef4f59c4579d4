// How the fake API answers, shared by its modules (fake-api.ts for <foyer-portal>, console*.ts for the
// console): every answer goes through `reply`, typed by operation and status from the generated contract and
// checked against openapi.yaml as it is sent (contract.ts). What breaks the contract is collected here and
// listed at `GET /__fake/violations`, which the browser tests check after every test.
import type { ErrorCode, Schema } from '@foyer/sdk';
import { checkAnswer, checkEmptyAnswer } from './contract.ts';
import type { Answer, OperationId, Status } from './scenario.ts';

/** What the fake uses of Koa's context (web-test-runner's dev server is Koa). */
export interface FakeContext {
  path: string;
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
  counter++;
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.set('X-Request-Id', `req_fake${counter}`);
  if (body === undefined) {
    violations.push(...checkEmptyAnswer(operation, status));
    ctx.body = '';
    return;
  }
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  violations.push(...checkAnswer(operation, status, type, body));
  ctx.type = type;
  ctx.body = JSON.stringify(body);
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
