import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionError, Foyer } from '../../src/index.ts';
import { createTestContext, type TestContext } from '../../../service/test/support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('foyer.system against a started service', () => {
  it('answers the liveness and readiness probes without credentials', async () => {
    const foyer = new Foyer({ baseUrl: ctx.baseUrl });
    await expect(foyer.system.health()).resolves.toEqual({ status: 'ok' });
    const { data, requestId } = await foyer.system.ready().withResponse();
    expect(data).toEqual({ status: 'ok' });
    expect(requestId).toBeTruthy();
  });

  it('reports a service that is not listening as ConnectionError', async () => {
    const foyer = new Foyer({ baseUrl: 'http://127.0.0.1:9', maxRetries: 0 });
    await expect(foyer.system.health()).rejects.toBeInstanceOf(ConnectionError);
  });
});
