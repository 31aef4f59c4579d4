import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Arrivals } from './arrivals.ts';

/** One request as the receiver got it. */
export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as sent (what a signature covers). */
  body: string;
  receivedAt: number;
}

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  requests: ReceivedWebhook[];
  /** TCP connections accepted so far (a refused delivery must not even connect). */
  readonly connections: number;
  /** Statuses to answer the next requests to a path with, in order; then 204. */
  answer(path: string, ...statuses: number[]): void;
  /** The first request (received before or after the call) that matches. */
  waitFor(predicate?: (request: ReceivedWebhook) => boolean, timeoutMs?: number): Promise<ReceivedWebhook>;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 that records every webhook delivery it receives. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received = new Arrivals<ReceivedWebhook>();
  const requests = received.items;
  const state = { connections: 0 };
  const answers = new Map<string, number[]>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.add({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() });
      res.statusCode = answers.get(req.url ?? '')?.shift() ?? 204;
      res.end();
    });
  });
  server.on('connection', () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    get connections() {
      return state.connections;
    },
    answer(path, ...statuses) {
      answers.set(path, [...(answers.get(path) ?? []), ...statuses]);
    },
    waitFor(predicate = () => true, timeoutMs = 20_000) {
      return received.waitFor(predicate, timeoutMs, () => `no matching webhook within ${timeoutMs} ms (received ${requests.length})`);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
