import { connect, createServer, type Socket } from 'node:net';

/** A TCP proxy in front of the service that cuts the connections it carries, like a dropped Wi-Fi link. */
export interface CuttingProxy {
  /** The proxy's base URL (`http://127.0.0.1:<port>`). */
  readonly baseUrl: string;
  /** How many times it has cut. */
  readonly cuts: number;
  /** Bytes that went from clients to the service through it. */
  readonly forwarded: number;
  /** Cuts once `bytes` more bytes have gone from clients to the service (on top of any `cutAt` still to come). */
  cutAfter(bytes: number): void;
  close(): Promise<void>;
}

/**
 * Starts a {@link CuttingProxy} to `target` (a `http://host:port` URL) that cuts each time the bytes it has
 * forwarded towards the service reach one of `cutAt` (cumulative counts), and when {@link CuttingProxy.cutAfter}
 * says. A cut forwards the bytes up to the count, then closes every connection (both ways, at once): the
 * service sees its request body end early, the client its connection fail; the client's bytes after the count
 * never arrive.
 */
export async function startCuttingProxy(target: string, cutAt: number[] = []): Promise<CuttingProxy> {
  const { hostname, port } = new URL(target);
  const open = new Set<Socket>();
  const pending = [...cutAt].sort((a, b) => a - b);
  let cutting = false;
  let cuts = 0;
  let forwarded = 0;

  const cutAll = () => {
    cuts++;
    cutting = false;
    for (const socket of open) socket.destroy();
    open.clear();
  };

  const server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    open.add(client).add(upstream);
    const close = () => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.on('data', (chunk: Buffer) => {
      if (cutting) return; // the bytes after the cut never arrive
      const budget = pending.length > 0 ? pending[0]! - forwarded : Infinity;
      const sent = chunk.length >= budget ? chunk.subarray(0, Math.max(0, budget)) : chunk;
      forwarded += sent.length;
      const more = upstream.write(sent);
      if (sent.length < chunk.length || forwarded === pending[0]) {
        pending.shift();
        cutting = true;
        // Let the last bytes reach the service first, then drop everything.
        upstream.write(Buffer.alloc(0), () => cutAll());
        return;
      }
      if (!more) {
        client.pause();
        upstream.once('drain', () => client.resume());
      }
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const proxyPort = typeof address === 'object' && address ? address.port : 0;

  return {
    baseUrl: `http://127.0.0.1:${proxyPort}`,
    get cuts() {
      return cuts;
    },
    get forwarded() {
      return forwarded;
    },
    cutAfter(bytes) {
      pending.push(forwarded + bytes);
      pending.sort((a, b) => a - b);
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
