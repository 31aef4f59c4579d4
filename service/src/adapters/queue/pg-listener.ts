import pg from 'pg';
import type { Logger } from 'pino';

export interface PgListenerOptions {
  connectionString: string;
  channel: string;
  logger: Logger;
  /** A notification's payload arrived on the channel. */
  onNotify(payload: string): void;
  /**
   * The listener (re)connected. Notifications sent while it was away are lost, so whoever relies on
   * them should look for work now.
   */
  onConnect?(): void;
  /** Wait before the first reconnection attempt; doubles up to 10 s. */
  reconnectDelayMs?: number;
}

const MAX_RECONNECT_DELAY_MS = 10_000;

/**
 * One dedicated connection that `LISTEN`s on a channel (a pooled connection cannot: the pool hands it to
 * others). When the connection is lost — a database restart — it reconnects with backoff until stopped.
 */
export class PgListener {
  readonly #options: PgListenerOptions;
  #client: pg.Client | undefined;
  #stopped = true;
  #retry: NodeJS.Timeout | undefined;
  #delay: number;

  constructor(options: PgListenerOptions) {
    this.#options = options;
    this.#delay = options.reconnectDelayMs ?? 500;
  }

  /** Connects and listens; resolves once listening, or rejects when the first connection fails. */
  async start(): Promise<void> {
    this.#stopped = false;
    await this.#connect();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }

  async #connect(): Promise<void> {
    const { connectionString, channel, logger } = this.#options;
    const client = new pg.Client({ connectionString, application_name: 'foyer-queue-listener', keepAlive: true });
    // Only an established listener reconnects by itself; a failed connect is the caller's to retry.
    const onLost = (err?: Error) => {
      if (this.#client !== client) return;
      this.#client = undefined;
      void client.end().catch(() => {});
      if (this.#stopped) return;
      logger.warn({ err }, `lost the LISTEN connection for ${channel}; reconnecting`);
      this.#scheduleReconnect();
    };
    // Without an 'error' listener a lost connection would throw from the client's EventEmitter.
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel === channel && this.#client === client) this.#options.onNotify(message.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      await client.end().catch(() => {});
      throw err;
    }
    if (this.#stopped) {
      await client.end().catch(() => {});
      return;
    }
    this.#client = client;
    this.#delay = this.#options.reconnectDelayMs ?? 500;
    this.#options.onConnect?.();
  }

  #scheduleReconnect(): void {
    clearTimeout(this.#retry);
    this.#retry = setTimeout(() => {
      if (this.#stopped) return;
      this.#connect().catch((err: unknown) => {
        this.#options.logger.warn({ err }, `LISTEN ${this.#options.channel}: reconnection failed; trying again`);
        this.#delay = Math.min(this.#delay * 2, MAX_RECONNECT_DELAY_MS);
        this.#scheduleReconnect();
      });
    }, this.#delay);
    this.#retry.unref();
  }
}
