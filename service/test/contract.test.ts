import express from 'express';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors/codes.ts';
import { errorHandler } from '../src/middleware/error-handler.ts';
import { openapiValidator } from '../src/middleware/openapi-validator.ts';
import { requestLogger } from '../src/middleware/request-logger.ts';
import { resolve, spec, type OperationNode } from './support/contract.ts';

describe('the contract', () => {
  it('lists exactly the error codes the service can answer with', () => {
    expect(resolve(spec.components.schemas.ErrorCode)?.enum?.sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it('turns a response that drifts from openapi.yaml into a failure the tests see', async () => {
    // The same validator the app installs when FOYER_VALIDATE_RESPONSES=true (as in every integration test).
    const app = express();
    app.use(requestLogger(pino({ level: 'silent' })));
    // The app's authentication would have resolved the caller (operation-access.ts answers 401 otherwise).
    app.use((req, _res, next) => {
      req.auth = { kind: 'owner', workspaceId: 'wsp_x', credentialId: 'key_x' };
      next();
    });
    app.use(openapiValidator({ validateResponses: true }));
    app.get('/healthz', (_req, res) => {
      res.json({ status: 'fine', extra: true });
    });
    app.get('/v1/workspace', (_req, res) => {
      res.json({ id: 123 });
    });
    app.use(errorHandler);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const res = await fetch(`${base}/v1/workspace`, { headers: { Authorization: 'Bearer x' } });
      expect(res.status).toBe(500);
      expect(await res.json()).toMatchObject({ code: 'internal_error' });
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(500);
    } finally {
      server.close();
    }
  });
});

describe('credentials in the contract', () => {
  it('says on every operation which credentials may call it, consistently with its security', () => {
    for (const [path, item] of Object.entries(spec.paths)) {
      // Every key of a path item but `parameters` is an operation (whatever the method, so none escapes).
      for (const [method, op] of Object.entries(item as Record<string, OperationNode>)) {
        if (method === 'parameters') continue;
        const credentials = op['x-foyer-credentials'];
        expect(credentials, `${method.toUpperCase()} ${path}`).toBeDefined();
        expect(credentials!.every((c) => c === 'owner' || c === 'user' || c === 'client')).toBe(true);
        const isPublic = Array.isArray(op.security) && op.security.length === 0;
        expect(isPublic, `${op.operationId}: security [] exactly when no credentials are needed`).toBe(credentials!.length === 0);
        // `x-foyer-role: owner` (staff may not call it) only on owner operations, which then document the 403.
        const role = (op as { 'x-foyer-role'?: string })['x-foyer-role'];
        if (role !== undefined) {
          expect(role, op.operationId).toBe('owner');
          expect(credentials, op.operationId).toEqual(['owner']);
          expect((op as { responses?: Record<string, { $ref?: string }> }).responses?.['403']?.$ref, op.operationId).toBe(
            '#/components/responses/OwnerRoleRequired',
          );
        }
      }
    }
  });
});
