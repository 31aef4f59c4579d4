import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook } from './sender.ts';

let server: Server;
let port: number;
let connections = 0;
const seen: Array<{ url: string; host: string | undefined; body: string }> = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', host: req.headers.host, body });
      if (req.url === '/redirect') {
        res.writeHead(307, { location: `http://127.0.0.1:${port}/elsewhere` }).end();
      } else if (req.url === '/hang') {
        // never answers
      } else {
        res.writeHead(200).end('ok');
      }
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const allow = { allowPrivate: true, timeoutMs: 2000 };

describe('postWebhook', () => {
  it('posts the body to the address it checked, keeping the host name for Host', async () => {
    const result = await postWebhook(`http://localhost:${port}/ok`, '{"a":1}', { 'webhook-id': 'whd_1' }, allow);
    expect(result).toMatchObject({ status: 200, error: null });
    expect(seen.at(-1)).toEqual({ url: '/ok', host: `localhost:${port}`, body: '{"a":1}' });
  });

  it('does not follow redirects: a 3xx is a failed attempt', async () => {
    const before = seen.length;
    const result = await postWebhook(`http://127.0.0.1:${port}/redirect`, '{}', {}, allow);
    expect(result).toMatchObject({ status: 307, error: 'HTTP 307' });
    expect(seen.slice(before).map((s) => s.url)).toEqual(['/redirect']);
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const result = await postWebhook(`http://127.0.0.1:${port}/hang`, '{}', {}, { allowPrivate: true, timeoutMs: 300 });
    expect(result).toMatchObject({ status: null, error: 'no complete response within 0.3 s' });
    expect(result.durationMs).toBeGreaterThanOrEqual(290);
    expect(result.durationMs).toBeLessThan(2000);
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await postWebhook(`http://127.0.0.1:${closedPort}/`, '{}', {}, allow);
    expect(result.status).toBeNull();
    expect(result.error).toMatch(/ECONNREFUSED/);
  });

  it('never connects to a private address without allowPrivate', async () => {
    const before = connections;
    for (const host of ['127.0.0.1', 'localhost', '[::ffff:127.0.0.1]']) {
      const result = await postWebhook(`http://${host}:${port}/ok`, '{}', {}, { allowPrivate: false, timeoutMs: 2000 });
      expect(result.status).toBeNull();
      expect(result.error).toContain('is a loopback address');
    }
    expect(connections).toBe(before);
  });
});
