import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConflictError, ConnectionError, Foyer, NotFoundError, RateLimitError, ApiError, errorFromResponse } from './index.ts';
import { INITIAL_RETRY_DELAY, MAX_RETRY_DELAY, retryDelay } from './retry.ts';
import { fakeFetch, json, portalFixture, problem } from '../test/support/fake-fetch.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs `call` to completion, firing the backoff timers as they come. */
async function settle<T>(call: PromiseLike<T>): Promise<{ value?: T; error?: unknown }> {
  const outcome = Promise.resolve(call).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.runAllTimersAsync();
  return outcome;
}

describe('retries', () => {
  it('retries a POST after a 503 with the same Idempotency-Key, and the server creates one portal', async () => {
    // A server that honours Idempotency-Key, whose first response is lost to a 503 from a proxy.
    const created = new Map<string, Record<string, unknown>>();
    const { fetch, calls } = fakeFetch((call, index) => {
      const key = call.headers.get('idempotency-key')!;
      const replay = created.has(key);
      if (!replay) created.set(key, portalFixture(created.size + 1));
      if (index === 0) return problem(503, 'service_unavailable');
      return json(201, created.get(key), replay ? { 'Idempotent-Replayed': 'true' } : {});
    });
    const foyer = new Foyer({ baseUrl: 'https://api.test', apiKey: 'sk_x', fetch });
    const { value } = await settle(foyer.portals.create({ name: 'Dana' }).withResponse());
    expect(calls).toHaveLength(2);
    expect(calls[1]!.headers.get('idempotency-key')).toBe(calls[0]!.headers.get('idempotency-key'));
    expect(created.size).toBe(1);
    expect(value!.data.id).toBe(portalFixture(1).id);
    expect(value!.response.headers.get('idempotent-replayed')).toBe('true');
  });

  it('retries network errors, 429, 5xx and 409 idempotency_in_progress', async () => {
    const failures = [
      new TypeError('fetch failed'),
      problem(429, 'rate_limited'),
      problem(500, 'internal_error'),
      problem(409, 'idempotency_in_progress'),
    ];
    for (const failure of failures) {
      const { fetch, calls } = fakeFetch((_, i) => (i === 0 ? failure : json(200, { status: 'ok' })));
      const { value } = await settle(new Foyer({ baseUrl: 'https://api.test', fetch }).system.health());
      expect(value).toEqual({ status: 'ok' });
      expect(calls).toHaveLength(2);
    }
  });

  it('does not retry other client errors, nor a 409 that is not idempotency_in_progress', async () => {
    for (const [failure, ErrorClass] of [
      [problem(404, 'not_found'), NotFoundError],
      [problem(409, 'state_conflict'), ConflictError],
    ] as const) {
      const { fetch, calls } = fakeFetch(() => failure);
      const { error } = await settle(new Foyer({ baseUrl: 'https://api.test', fetch }).portals.get('prt_1'));
      expect(error).toBeInstanceOf(ErrorClass);
      expect(calls).toHaveLength(1);
    }
  });

  it('gives up after maxRetries (2 by default) with the last error', async () => {
    const { fetch, calls } = fakeFetch(() => problem(502, 'bad_gateway'));
    const { error } = await settle(new Foyer({ baseUrl: 'https://api.test', fetch }).system.health());
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502 });
    expect(calls).toHaveLength(3);
  });

  it('takes maxRetries from the client, and from the call over the client', async () => {
    const { fetch, calls } = fakeFetch(() => new TypeError('fetch failed'));
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch, maxRetries: 4 });
    const { error } = await settle(foyer.system.health());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(calls).toHaveLength(5);
    calls.length = 0;
    await settle(foyer.system.health({ maxRetries: 0 }));
    expect(calls).toHaveLength(1);
  });

  it('waits out Retry-After before retrying a 429', async () => {
    const { fetch, calls } = fakeFetch((_, i) =>
      i === 0 ? problem(429, 'rate_limited', {}, { 'Retry-After': '3' }) : json(200, { status: 'ok' }),
    );
    const result = new Foyer({ baseUrl: 'https://api.test', fetch }).system.health();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await expect(result).resolves.toEqual({ status: 'ok' });
  });

  it('throws a RateLimitError at once when Retry-After is longer than a minute', async () => {
    const { fetch, calls } = fakeFetch(() => problem(429, 'rate_limited', {}, { 'Retry-After': '3600' }));
    const { error } = await settle(new Foyer({ baseUrl: 'https://api.test', fetch }).system.health());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(3600);
    expect(calls).toHaveLength(1);
  });

  it('stops waiting when the caller aborts during the backoff', async () => {
    const { fetch, calls } = fakeFetch(() => problem(503, 'service_unavailable'));
    const controller = new AbortController();
    const result = new Foyer({ baseUrl: 'https://api.test', fetch }).system.health({ signal: controller.signal });
    const outcome = result.then(
      () => undefined,
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error('user cancelled'));
    expect(await outcome).toMatchObject({ message: 'user cancelled' });
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(1);
  });
});

describe('retryDelay', () => {
  const unavailable = errorFromResponse(503, new Headers(), '');

  it('backs off exponentially with at most 25 % jitter, up to a cap', () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const delay = retryDelay(unavailable, attempt)!;
      const ceiling = Math.min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2 ** attempt);
      expect(delay).toBeLessThanOrEqual(ceiling);
      expect(delay).toBeGreaterThanOrEqual(ceiling * 0.75);
    }
  });

  it('honours Retry-After on a 503 too', () => {
    expect(retryDelay(errorFromResponse(503, new Headers({ 'retry-after': '2' }), ''), 0)).toBe(2_000);
  });

  it('does not retry what would fail the same way', () => {
    expect(retryDelay(errorFromResponse(400, new Headers(), ''), 0)).toBeUndefined();
    expect(retryDelay(new Error('bug'), 0)).toBeUndefined();
  });
});
