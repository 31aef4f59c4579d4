import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP, isIPv6 } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import addressparser from 'nodemailer/lib/addressparser';
import { isEmailAddress } from './lib/email-address.ts';
import { trimEndOf } from './lib/trim.ts';

/** Everything the service reads from its environment, read once at start and frozen. */
export interface Config {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  /** Base of every link the service builds (emails, portal URLs). Never taken from request headers. */
  readonly publicUrl: string;
  /** `undefined` means: start the embedded PostgreSQL under `dataDir/postgres`. */
  readonly databaseUrl: string | undefined;
  /**
   * Run the busiest reads as named server-side prepared statements (planned once per connection). Off for a
   * pooler in transaction mode (PgBouncer), where a connection's prepared statements do not follow the client.
   */
  readonly databasePreparedStatements: boolean;
  readonly embedded: boolean;
  /** Where embedded state lives (`./.foyer`): database, files, generated secret. */
  readonly dataDir: string;
  /** Key for HMAC-SHA256 of API keys, codes, tokens and session secrets. */
  readonly secretKey: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly logFormat: 'json' | 'pretty';
  /**
   * Which proxies in front of the service may set `X-Forwarded-For` (Express's `trust proxy`): `false` (none:
   * the socket's address is the client's), a hop count, or proxy addresses, CIDRs and the names `loopback`,
   * `linklocal`, `uniquelocal`. Never "trust every hop": a client could then write its own IP.
   */
  readonly trustProxy: TrustProxy;
  readonly shutdownTimeoutMs: number;
  /** Check every response against openapi.yaml (tests turn this on; a drift becomes a 500). */
  readonly validateResponses: boolean;
  /** Largest accepted upload, in bytes (a file of exactly this size is accepted). */
  readonly maxUploadBytes: number;
  /** How long a resumable upload may take from its creation before it expires and its bytes are removed. */
  readonly uploadExpirySeconds: number;
  readonly storage: StorageConfig;
  /** `smtp://` or `smtps://` URL of the mail server; `undefined` keeps mail in the dev mailbox. */
  readonly smtpUrl: string | undefined;
  /**
   * Without SMTP, where mail goes instead. `local`: the embedded default listening on loopback outside
   * production — mail kept in clear, shown at /dev/mail (to loopback Host names only), codes printed to the
   * console. `kept`: `DEV_MAILBOX=true` — mail kept encrypted, no page, no code in the log. `undefined`: SMTP
   * (or, for the CLI, which sends nothing itself, not decided).
   */
  readonly devMailbox: DevMailboxMode | undefined;
  /** Where mail comes from. Messages show the workspace's name with this address. */
  readonly mailFrom: MailAddress;
  /** Notification emails: events for one recipient in one portal within this many seconds become one email. */
  readonly notifyBatchSeconds: number;
  /** When clients are reminded of a document request's due date (`REQUEST_REMINDER_*`). */
  readonly requestReminders: RequestReminderSettings;
  /**
   * Let webhook endpoints point at private, loopback, link-local and unique-local addresses (tests, or an
   * installation whose receivers live on its own network). Off: such URLs are refused and never called.
   */
  readonly webhooksAllowPrivate: boolean;
  /** File previews: what the renderer may do with one version (`PREVIEW_*`). */
  readonly previews: PreviewSettings;
}

/**
 * Limits of the preview renderer, a child process per version: the first `maxPages` pages of a PDF; a file over
 * `maxBytes` is not rendered; a render over `timeoutSeconds` or `memoryMb` of resident memory is killed.
 */
export interface PreviewSettings {
  readonly maxPages: number;
  readonly maxBytes: number;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
}

/**
 * A document request's reminders: one `beforeSeconds` ahead of its due date, one on it, then one every
 * `overdueEverySeconds` while overdue — at most `max` in all (0: none).
 */
export interface RequestReminderSettings {
  readonly beforeSeconds: number;
  readonly overdueEverySeconds: number;
  readonly max: number;
}

/** See {@link Config.devMailbox}. */
export type DevMailboxMode = 'local' | 'kept';

/** See {@link Config.trustProxy}. */
export type TrustProxy = false | number | readonly string[];

/** One mailbox: a display name (may be empty) and an address. */
export interface MailAddress {
  readonly name: string;
  readonly address: string;
}

/** Where file bytes live: local disk (the embedded default) or an S3-compatible bucket. */
export type StorageConfig =
  | { readonly driver: 'local'; readonly root: string }
  | {
      readonly driver: 's3';
      readonly bucket: string;
      readonly region: string;
      readonly endpoint: string | undefined;
      readonly accessKeyId: string | undefined;
      readonly secretAccessKey: string | undefined;
      readonly forcePathStyle: boolean;
      /** Downloads answer 302 to a presigned URL instead of streaming through the service. */
      readonly presignedDownloads: boolean;
    };

/** Raised for a bad environment variable; the message names it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const DAY_SECONDS = 24 * 3600;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface LoadConfigOptions {
  /**
   * This process sends mail (the service): without SMTP, and outside the embedded default on loopback, it
   * insists on `DEV_MAILBOX=true`. The CLI passes `false`: `foyer migrate` needs no mail setup.
   */
  sendsMail?: boolean;
}

/**
 * Reads and validates the configuration. Fails fast with a {@link ConfigError} naming the variable.
 * In embedded mode (no `DATABASE_URL`) a `SECRET_KEY` is generated once and kept in `dataDir`.
 */
export function loadConfig(env: Env = process.env, { sendsMail = true }: LoadConfigOptions = {}): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const databaseUrl = optional(env, 'DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// URL');
  }
  const embedded = databaseUrl === undefined;
  const port = integer(env, 'PORT', 8080, 0, 65535);
  const host = optional(env, 'HOST') ?? (embedded ? '127.0.0.1' : '0.0.0.0');
  const baseDir = env.INIT_CWD ?? process.cwd();
  const rawDataDir = optional(env, 'FOYER_DATA_DIR') ?? '.foyer';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(baseDir, rawDataDir);
  const publicUrl = url(env, 'PUBLIC_URL', `http://${urlHost(host)}:${port}`);

  const logFormatDefault = embedded && process.stdout.isTTY && nodeEnv !== 'production' ? 'pretty' : 'json';
  const config: Config = {
    nodeEnv,
    port,
    host,
    publicUrl,
    databaseUrl,
    databasePreparedStatements: boolean(env, 'DATABASE_PREPARED_STATEMENTS', true),
    embedded,
    dataDir,
    secretKey: secretKey(env, embedded, dataDir),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'pretty'] as const, logFormatDefault),
    trustProxy: trustProxy(env),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    validateResponses: boolean(env, 'FOYER_VALIDATE_RESPONSES', false),
    maxUploadBytes: integer(env, 'MAX_UPLOAD_BYTES', 2 * 1024 ** 3, 1, Number.MAX_SAFE_INTEGER),
    uploadExpirySeconds: integer(env, 'UPLOAD_EXPIRY_SECONDS', DAY_SECONDS, 1, 30 * DAY_SECONDS),
    storage: storage(env, dataDir),
    ...mail(env, { sendsMail, localOnly: embedded && nodeEnv !== 'production' && isLoopbackHost(host) }),
    notifyBatchSeconds: integer(env, 'NOTIFY_BATCH_SECONDS', 120, 1, 3600),
    requestReminders: Object.freeze({
      beforeSeconds: integer(env, 'REQUEST_REMINDER_BEFORE_SECONDS', 3 * DAY_SECONDS, 1, 365 * DAY_SECONDS),
      overdueEverySeconds: integer(env, 'REQUEST_REMINDER_OVERDUE_EVERY_SECONDS', 7 * DAY_SECONDS, 1, 365 * DAY_SECONDS),
      max: integer(env, 'REQUEST_REMINDER_MAX', 4, 0, 100),
    }),
    webhooksAllowPrivate: boolean(env, 'WEBHOOKS_ALLOW_PRIVATE', false),
    previews: Object.freeze({
      maxPages: integer(env, 'PREVIEW_MAX_PAGES', 20, 1, 100),
      maxBytes: integer(env, 'PREVIEW_MAX_BYTES', 100 * 1024 ** 2, 1, 2 * 1024 ** 3),
      timeoutSeconds: integer(env, 'PREVIEW_TIMEOUT_SECONDS', 60, 1, 3600),
      memoryMb: integer(env, 'PREVIEW_MEMORY_MB', 768, 128, 16_384),
    }),
  };
  return Object.freeze(config);
}

function storage(env: Env, dataDir: string): StorageConfig {
  const bucket = optional(env, 'S3_BUCKET');
  if (bucket === undefined) {
    for (const name of ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_PRESIGNED_DOWNLOADS']) {
      if (optional(env, name) !== undefined) throw new ConfigError('S3_BUCKET', `is required when ${name} is set`);
    }
    return { driver: 'local', root: join(dataDir, 'files') };
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ConfigError('S3_BUCKET', `"${bucket}" is not a valid bucket name`);
  }
  const accessKeyId = optional(env, 'S3_ACCESS_KEY_ID');
  const secretAccessKey = optional(env, 'S3_SECRET_ACCESS_KEY');
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    throw new ConfigError(
      accessKeyId === undefined ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY',
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
    );
  }
  const endpoint = optional(env, 'S3_ENDPOINT');
  return {
    driver: 's3',
    bucket,
    region: optional(env, 'S3_REGION') ?? 'us-east-1',
    endpoint: endpoint === undefined ? undefined : url(env, 'S3_ENDPOINT', endpoint),
    accessKeyId,
    secretAccessKey,
    forcePathStyle: boolean(env, 'S3_FORCE_PATH_STYLE', false),
    presignedDownloads: boolean(env, 'S3_PRESIGNED_DOWNLOADS', false),
  };
}

/** The host as it appears in a URL: a wildcard address becomes `localhost`, an IPv6 address gets brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return isIPv6(host) ? `[${host}]` : host;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const TRUST_PROXY_HELP =
  'write the number of proxies in front of the service (e.g. 1), or their addresses or CIDRs, comma-separated (e.g. "loopback" or "10.0.0.0/8, 192.168.1.7")';

function trustProxy(env: Env): TrustProxy {
  const raw = optional(env, 'TRUST_PROXY');
  if (raw === undefined || ['false', 'no', '0'].includes(raw.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(raw.toLowerCase())) {
    throw new ConfigError('TRUST_PROXY', `"${raw}" would trust any X-Forwarded-For a client writes; ${TRUST_PROXY_HELP}`);
  }
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError('TRUST_PROXY', `a hop count must be from 0 to 10, got "${raw}"`);
    return hops;
  }
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => (PROXY_NAMES.includes(entry.toLowerCase()) ? entry.toLowerCase() : entry));
  for (const entry of entries) {
    if (PROXY_NAMES.includes(entry)) continue;
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || extra !== undefined || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      throw new ConfigError(
        'TRUST_PROXY',
        `"${entry}" is not an IP address, a CIDR or one of ${PROXY_NAMES.join(', ')}; ${TRUST_PROXY_HELP}`,
      );
    }
    const bits = prefix === undefined ? undefined : Number(prefix);
    if (bits !== undefined && bits > (family === 4 ? 32 : 128)) {
      throw new ConfigError('TRUST_PROXY', `"${entry}" has a prefix longer than the address`);
    }
    if (bits === 0) {
      throw new ConfigError('TRUST_PROXY', `"${entry}" trusts every address, so any client could write its own IP; ${TRUST_PROXY_HELP}`);
    }
  }
  return Object.freeze(entries);
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: Env, name: string, fallback: string): string {
  const raw = optional(env, name) ?? fallback;
  // Links built on PUBLIC_URL are bounded in the contract (2100 characters with their path and token).
  if (raw.length > 2000) throw new ConfigError(name, 'must be at most 2000 characters');
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be an absolute http(s) URL, got "${raw}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError(name, `must be an http(s) URL, got "${raw}"`);
  }
  if (parsed.search || parsed.hash) throw new ConfigError(name, 'must not carry a query or fragment');
  return trimEndOf(parsed.toString(), '/');
}

function secretKey(env: Env, embedded: boolean, dataDir: string): string {
  const raw = optional(env, 'SECRET_KEY');
  if (raw !== undefined) {
    if (raw.length < 32) throw new ConfigError('SECRET_KEY', 'must be at least 32 characters');
    return raw;
  }
  if (!embedded) {
    throw new ConfigError('SECRET_KEY', 'is required when DATABASE_URL is set (generate one: openssl rand -hex 32)');
  }
  // Embedded mode: generate once, keep beside the embedded database so hashes stay valid across restarts.
  const file = join(dataDir, 'secret-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o711 });
  const generated = randomBytes(32).toString('hex');
  writeFileSync(file, generated + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return generated;
}

const DEV_MAIL_FROM = 'Foyer <no-reply@localhost>';

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

function mail(env: Env, where: { sendsMail: boolean; localOnly: boolean }): Pick<Config, 'smtpUrl' | 'mailFrom' | 'devMailbox'> {
  const smtpUrl = optional(env, 'SMTP_URL');
  if (smtpUrl !== undefined) {
    const example = 'e.g. smtp://user:pass@mail.example.com:587';
    let parsed: URL;
    try {
      parsed = new URL(smtpUrl);
    } catch {
      // Never echo the value back: it may carry the SMTP password.
      throw new ConfigError('SMTP_URL', `is not a valid URL (${example}; percent-encode special characters in the user and password)`);
    }
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
      throw new ConfigError('SMTP_URL', `must start with smtp:// or smtps:// (${example})`);
    }
    if (!parsed.hostname) throw new ConfigError('SMTP_URL', `must name a host (${example})`);
  }
  const rawFrom = optional(env, 'MAIL_FROM');
  if (rawFrom === undefined && smtpUrl !== undefined) {
    // Real mail from no-reply@localhost is refused or filed as spam by every receiving server.
    throw new ConfigError('MAIL_FROM', 'is required when SMTP_URL is set, e.g. "Acme Portal <no-reply@acme.example>"');
  }
  const mailFrom = mailAddress('MAIL_FROM', rawFrom ?? DEV_MAIL_FROM);
  const explicitDevMailbox = optional(env, 'DEV_MAILBOX') === undefined ? undefined : boolean(env, 'DEV_MAILBOX', false);
  if (smtpUrl !== undefined && explicitDevMailbox === true) {
    throw new ConfigError('DEV_MAILBOX', 'cannot be true when SMTP_URL is set: mail is either sent or kept');
  }
  let devMailbox: DevMailboxMode | undefined;
  if (smtpUrl === undefined) {
    if (explicitDevMailbox === true) devMailbox = 'kept';
    else if (explicitDevMailbox === undefined && where.localOnly) devMailbox = 'local';
    else if (where.sendsMail) {
      throw new ConfigError(
        'SMTP_URL',
        'is required (with MAIL_FROM) unless the service runs on its embedded database, outside production, listening on loopback (HOST=127.0.0.1), ' +
          'where mail is kept in a dev mailbox. Set SMTP_URL and MAIL_FROM, or DEV_MAILBOX=true to keep mail in the database, encrypted and never sent',
      );
    }
  }
  return { smtpUrl, mailFrom, devMailbox };
}

function mailAddress(name: string, raw: string): MailAddress {
  const parsed = /[\r\n]/.test(raw) ? [] : addressparser(raw, { flatten: true });
  const [first] = parsed;
  if (parsed.length !== 1 || !first || !isEmailAddress(first.address)) {
    throw new ConfigError(name, `must be one email address, e.g. "Acme Portal <no-reply@acme.example>"; got "${raw}"`);
  }
  return Object.freeze({ name: first.name.trim(), address: first.address });
}
