import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { requestMeta } from './request-meta.ts';

describe('requestMeta', () => {
  it('bounds the IP and user agent as sessions, events and decisions show them in the contract', () => {
    const req = { ip: `2001:db8::${'f'.repeat(300)}`, id: 'req_1', get: () => `Agent/${'x'.repeat(2000)}` } as unknown as Request;
    const meta = requestMeta(req);
    expect(meta.ip).toHaveLength(100);
    expect(meta.userAgent).toHaveLength(512);
    expect(meta.requestId).toBe('req_1');
  });

  it('keeps ordinary values as they are', () => {
    const req = { ip: '203.0.113.9', id: 'req_2', get: () => undefined } as unknown as Request;
    expect(requestMeta(req)).toEqual({ ip: '203.0.113.9', userAgent: null, requestId: 'req_2' });
  });
});
