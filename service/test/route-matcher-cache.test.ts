import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openapiValidator } from '../src/middleware/openapi-validator.ts';

// express-openapi-validator 5.6.2 compiled a path-to-regexp matcher for every route of the contract on every
// request; patches/express-openapi-validator+5.6.2.patch (upstream PR #1217) compiles each one once. This
// counts the compilations in the path-to-regexp copy the validator loads: a request after the first compiles
// nothing. Without the patch (`npx patch-package --reverse`) the second request compiles every route again.
type PathToRegexp = (path: string, options?: object) => unknown;
const pathToRegexpModule = createRequire(createRequire(import.meta.url).resolve('express-openapi-validator'))('path-to-regexp') as {
  pathToRegexp: PathToRegexp;
};

let base: string;
let close: () => Promise<void>;
const compiled = vi.spyOn(pathToRegexpModule, 'pathToRegexp');

beforeAll(async () => {
  const app = express();
  app.use(openapiValidator({ validateResponses: false }));
  // Only the validator's answer matters here: unknown routes are 404, known ones without credentials 401.
  app.use(((err, _req, res, _next) => res.status((err as { status?: number }).status ?? 500).end()) as express.ErrorRequestHandler);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((r) => server.close(() => r()));
});
afterAll(async () => {
  compiled.mockRestore();
  await close();
});

async function compilationsFor(path: string, status: number): Promise<number> {
  compiled.mockClear();
  const res = await fetch(`${base}${path}`);
  expect(res.status).toBe(status);
  return compiled.mock.calls.length;
}

describe('the request validator', () => {
  it("compiles each contract route's matcher once, not on every request", async () => {
    // An unknown path is compared with every route of the contract.
    const first = await compilationsFor('/v1/nowhere', 404);
    expect(first).toBeGreaterThan(20);
    expect(await compilationsFor('/v1/nowhere', 404)).toBe(0);
    expect(await compilationsFor('/v1/portals/prt_0123456789abcdefghijklmnop/files', 401)).toBe(0);
    expect(await compilationsFor('/v1/NOWHERE', 404)).toBe(0);
  });
});
