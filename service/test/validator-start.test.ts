import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openapiValidator } from '../src/middleware/openapi-validator.ts';

// express-openapi-validator 5.6.2 compiled every component schema the contract references while it prepared
// the contract (its schema preprocessor asked ajv for a reference's schema, and ajv compiles before it
// answers), then threw the compiled functions away: the largest CPU cost of starting the service.
// patches/express-openapi-validator+5.6.2.patch reads a reference inside the document from the document.
// Without the patch (`npx patch-package --reverse`) preparing the contract asks ajv for over a hundred.
type GetSchema = (ref: string) => unknown;
const fromValidator = createRequire(createRequire(import.meta.url).resolve('express-openapi-validator'));
const ajvCore = fromValidator('ajv/dist/core') as { default: { prototype: { getSchema: GetSchema } } };
const getSchema = vi.spyOn(ajvCore.default.prototype, 'getSchema');
const servers: Array<{ close: () => void }> = [];
afterAll(() => {
  getSchema.mockRestore();
  for (const server of servers) server.close();
});

/** The validator alone (an error answers with its status and message), listening on loopback. */
async function validatorOnly(): Promise<string> {
  const app = express();
  app.use(express.json());
  app.use(openapiValidator({ validateResponses: false }));
  app.get('/healthz', (_req, res) => res.json({ status: 'ok' }));
  app.use(((err, _req, res, _next) => {
    const { status = 500, message } = err as { status?: number; message?: string };
    res.status(status).json({ message });
  }) as express.ErrorRequestHandler);
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((r) => server.once('listening', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the request validator', () => {
  it('prepares the contract without compiling the component schemas it references', async () => {
    const base = await validatorOnly();
    // The first request waits for the contract to be prepared, then is validated against it.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const componentLookups = getSchema.mock.calls.filter(([ref]) => String(ref).startsWith('#/components/'));
    expect(componentLookups).toEqual([]);
  });

  it('still validates bodies that reference component schemas', async () => {
    const base = await validatorOnly();
    // startUserSignIn's body is a $ref to a component schema (VerificationStart); a wrong type in it is
    // refused before any handler.
    const res = await fetch(`${base}/v1/auth/verifications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 42 }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/email.*string/);
  });
});
