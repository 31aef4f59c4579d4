// A real SMTP server in the benchmark's own process (smtp-server, as the tests use), on 127.0.0.1: it takes
// every message and records who it was for and when it arrived (performance.now(), the benchmark's clock).
// `close()` takes it down, so connections are refused (an outage); `reopen()` brings it back on the same port.
import { SMTPServer } from 'smtp-server';

export async function startSmtpSink({ port = 0 } = {}) {
  const arrivals = [];
  const waiters = new Set();
  let server;

  const listen = (onPort) =>
    new Promise((resolve, reject) => {
      server = new SMTPServer({
        secure: false,
        hideSTARTTLS: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        authOptional: true,
        logger: false,
        closeTimeout: 100,
        onData(stream, session, callback) {
          stream.on('data', () => {});
          stream.on('error', callback);
          stream.on('end', () => {
            const at = performance.now();
            for (const rcpt of session.envelope.rcptTo) arrivals.push({ to: rcpt.address.toLowerCase(), at });
            for (const wake of waiters) wake();
            callback();
          });
        },
      });
      server.on('error', () => {}); // a client hanging up mid-session is not the benchmark's failure
      server.server.once('error', reject);
      server.listen(onPort, '127.0.0.1', () => resolve(server.server.address().port));
    });

  const boundPort = await listen(port);
  return {
    port: boundPort,
    url: `smtp://127.0.0.1:${boundPort}`,
    /** `{ to, at }` per recipient of every message received, in order. */
    arrivals,
    /** Resolves with the arrival time of the first message to `address` (received before or after the call). */
    waitFor(address, timeoutMs = 120_000) {
      const to = address.toLowerCase();
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = arrivals.find((a) => a.to === to);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found.at);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no message to ${address} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    /** How many messages `address` received. */
    count(address) {
      const to = address.toLowerCase();
      return arrivals.filter((a) => a.to === to).length;
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
    async reopen() {
      await listen(boundPort);
    },
  };
}
