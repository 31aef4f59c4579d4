import type { FetchLike } from '../../src/index.ts';

/** One request the SDK sent, as the fake server saw it. */
export interface RecordedCall {
  method: string;
  url: URL;
  headers: Headers;
  /** A JSON body, parsed. */
  body: unknown;
  /** A streamed or Blob body (uploads), read to the end before the reply. */
  bytes: Uint8Array | undefined;
  /** `init.duplex`, which Node's fetch requires for a streamed body. */
  duplex: string | undefined;
  /** `init.redirect`. */
  redirect: string | undefined;
  /** `init.credentials`. */
  credentials: string | undefined;
}

type Reply = Response | Error | 'hang';

/**
 * A `fetch` for unit tests: records each call and answers with `reply(call, index)` — a Response, an Error
 * to throw (a network failure), or 'hang' (never answers; an abort then rejects it, as real fetch does).
 */
export function fakeFetch(reply: (call: RecordedCall, index: number) => Reply | Promise<Reply>): {
  fetch: FetchLike;
  calls: RecordedCall[];
} {
  const calls: RecordedCall[] = [];
  const fetch: FetchLike = async (input, init) => {
    const headers = new Headers(init.headers);
    const call: RecordedCall = {
      method: init.method ?? 'GET',
      url: new URL(input),
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      bytes: undefined,
      duplex: (init as { duplex?: string }).duplex,
      redirect: init.redirect,
      credentials: init.credentials,
    };
    calls.push(call);
    if (init.body instanceof ReadableStream || init.body instanceof Blob) {
      call.bytes = new Uint8Array(await new Response(init.body).arrayBuffer());
    }
    const signal = init.signal ?? undefined;
    const answer = await reply(call, calls.length - 1);
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) => {
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch, calls };
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req_test', ...headers },
  });
}

/** An RFC 9457 problem response, as the service writes it. */
export function problem(status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(
    JSON.stringify({ type: `urn:foyer:error:${code}`, title: code.replace(/_/g, ' '), status, code, request_id: 'req_problem', ...extra }),
    { status, headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req_problem', ...headers } },
  );
}

/** A portal as the API returns it. */
export function portalFixture(n: number | string = 1): Record<string, unknown> {
  const id = `prt_${String(n).padStart(32, '0')}`;
  return {
    id,
    name: `Portal ${n}`,
    client_name: null,
    access_mode: 'verified',
    status: 'active',
    client_uploads: true,
    url: `https://portal.example.com/p/${id}`,
    created_at: '2026-11-28T09:30:00.000Z',
    updated_at: '2026-11-28T09:30:00.000Z',
  };
}
