import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  Foyer,
  FoyerError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ValidationError,
  errorFromResponse,
} from './index.ts';
import { fakeFetch, problem } from '../test/support/fake-fetch.ts';

const headers = (h: Record<string, string> = {}): Headers => new Headers(h);
const body = (status: number, code: string, extra: object = {}): string =>
  JSON.stringify({ type: `urn:foyer:error:${code}`, title: 'Title', status, code, request_id: 'req_1', ...extra });

describe('errorFromResponse', () => {
  it.each([
    [400, 'validation_failed', ValidationError],
    [401, 'invalid_credentials', AuthenticationError],
    [403, 'forbidden', PermissionError],
    [404, 'not_found', NotFoundError],
    [409, 'idempotency_in_progress', ConflictError],
    [422, 'idempotency_key_reused', ValidationError],
    [429, 'rate_limited', RateLimitError],
    [500, 'internal_error', ApiError],
    [503, 'service_unavailable', ApiError],
    [418, 'teapot', ApiError],
  ])('picks the class for HTTP %i', (status, code, ErrorClass) => {
    const error = errorFromResponse(status, headers(), body(status, code));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(FoyerError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ status, code, requestId: 'req_1', name: ErrorClass.name });
  });

  it('reads message, request id and field details from the problem document', () => {
    const error = errorFromResponse(
      400,
      headers({ 'x-request-id': 'req_header' }),
      body(400, 'validation_failed', {
        detail: '/body/name must not be empty',
        errors: [{ path: '/body/name', message: 'must not be empty' }],
      }),
    );
    expect(error.message).toBe('/body/name must not be empty');
    expect(error.requestId).toBe('req_1');
    expect(error.details).toEqual([{ path: '/body/name', message: 'must not be empty' }]);
  });

  it('falls back to the status, the X-Request-Id header and a generic code for a non-JSON body', () => {
    const error = errorFromResponse(502, headers({ 'x-request-id': 'req_proxy' }), '<html>Bad gateway</html>');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, code: 'http_error', requestId: 'req_proxy', details: [] });
    expect(error.message).toContain('502');
  });

  it('gives RateLimitError the Retry-After seconds, as a number or from an HTTP date', () => {
    expect((errorFromResponse(429, headers({ 'retry-after': '42' }), '') as RateLimitError).retryAfter).toBe(42);
    const date = new Date(Date.now() + 30_000).toUTCString();
    const fromDate = (errorFromResponse(429, headers({ 'retry-after': date }), '') as RateLimitError).retryAfter;
    expect(fromDate).toBeGreaterThanOrEqual(28);
    expect(fromDate).toBeLessThanOrEqual(31);
    expect((errorFromResponse(429, headers(), '') as RateLimitError).retryAfter).toBeUndefined();
  });
});

describe('errors thrown by the client', () => {
  it('rejects with the typed error the service described', async () => {
    const { fetch } = fakeFetch(() => problem(404, 'not_found', { detail: 'No such portal.' }));
    const foyer = new Foyer({ baseUrl: 'https://api.test', apiKey: 'sk_x', fetch });
    const error = await foyer.portals.get('prt_1').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: 'No such portal.', requestId: 'req_problem' });
  });

  it('reports a network failure as ConnectionError without a status', async () => {
    const { fetch } = fakeFetch(() => new TypeError('fetch failed'));
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch, maxRetries: 0 });
    const error = await foyer.system.health().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ status: undefined, code: 'connection_failed' });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });
});
