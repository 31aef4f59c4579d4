import { describe, expect, it } from 'vitest';
import { ConnectionError, Foyer } from './index.ts';
import { fakeFetch, json } from '../test/support/fake-fetch.ts';

describe('timeouts', () => {
  it('turns an attempt that outlives the timeout into ConnectionError(timeout), after the retries', async () => {
    const { fetch, calls } = fakeFetch(() => 'hang');
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch, timeout: 30, maxRetries: 1 });
    const error = await foyer.system.health().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ code: 'timeout', status: undefined });
    expect(calls).toHaveLength(2);
  });

  it('lets a per-call timeout override the client’s', async () => {
    const { fetch } = fakeFetch(() => 'hang');
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch, timeout: 60_000, maxRetries: 0 });
    const started = Date.now();
    await expect(foyer.system.health({ timeout: 20 })).rejects.toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('retries after a timeout and succeeds', async () => {
    const { fetch, calls } = fakeFetch((_, i) => (i === 0 ? 'hang' : json(200, { status: 'ok' })));
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch, timeout: 20 });
    await expect(foyer.system.health()).resolves.toEqual({ status: 'ok' });
    expect(calls).toHaveLength(2);
  });

  it('rejects with the caller’s abort reason and does not retry it', async () => {
    const { fetch, calls } = fakeFetch(() => 'hang');
    const controller = new AbortController();
    const result = new Foyer({ baseUrl: 'https://api.test', fetch }).system.health({ signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toHaveLength(1);
  });

  it('does not send a request whose signal is already aborted', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { status: 'ok' }));
    const result = new Foyer({ baseUrl: 'https://api.test', fetch }).system.health({ signal: AbortSignal.abort() });
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toHaveLength(0);
  });
});
