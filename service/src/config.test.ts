import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const server = { DATABASE_URL: 'postgres://u:p@db:5432/foyer', SECRET_KEY: 'k'.repeat(40) };
// Most cases below are about other variables: keep mail in the (sealed) dev mailbox so no SMTP_URL is needed.
const production = { ...server, DEV_MAILBOX: 'true' };

describe('loadConfig', () => {
  it('has embedded defaults: port 8080 on 127.0.0.1, a generated secret kept in the data dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'foyer-config-'));
    const config = loadConfig({ FOYER_DATA_DIR: dir });
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', embedded: true, databaseUrl: undefined, dataDir: dir });
    expect(config.publicUrl).toBe('http://127.0.0.1:8080');
    expect(config.secretKey).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(dir, 'secret-key'), 'utf8').trim()).toBe(config.secretKey);
    expect(statSync(join(dir, 'secret-key')).mode & 0o777).toBe(0o600);
    expect(loadConfig({ FOYER_DATA_DIR: dir }).secretKey).toBe(config.secretKey); // kept across restarts
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('listens on 0.0.0.0 by default with an external database', () => {
    expect(loadConfig(production)).toMatchObject({ host: '0.0.0.0', embedded: false, publicUrl: 'http://localhost:8080' });
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['SECRET_KEY', { DATABASE_URL: 'postgres://x/y' }],
    ['SECRET_KEY', { ...production, SECRET_KEY: 'short' }],
    ['PUBLIC_URL', { ...production, PUBLIC_URL: 'not a url' }],
    ['PUBLIC_URL', { ...production, PUBLIC_URL: 'ftp://files.example' }],
    ['LOG_LEVEL', { ...production, LOG_LEVEL: 'loud' }],
    ['TRUST_PROXY', { ...production, TRUST_PROXY: 'maybe' }],
    ['TRUST_PROXY', { ...production, TRUST_PROXY: '11' }],
    ['TRUST_PROXY', { ...production, TRUST_PROXY: '10.0.0.0/33' }],
    ['TRUST_PROXY', { ...production, TRUST_PROXY: '10.0.0.1, proxy.example' }],
    ['NODE_ENV', { ...production, NODE_ENV: 'staging' }],
    ['SMTP_URL', { ...production, SMTP_URL: 'mail.example.com:587', MAIL_FROM: 'a@example.com' }],
    ['SMTP_URL', { ...production, SMTP_URL: 'https://mail.example.com', MAIL_FROM: 'a@example.com' }],
    ['SMTP_URL', { ...production, SMTP_URL: 'smtp://', MAIL_FROM: 'a@example.com' }],
    ['MAIL_FROM', { ...production, SMTP_URL: 'smtp://mail.example.com:587' }],
    ['MAIL_FROM', { ...production, MAIL_FROM: 'not an address' }],
    ['MAIL_FROM', { ...production, MAIL_FROM: 'a@example.com, b@example.com' }],
    ['MAIL_FROM', { ...production, MAIL_FROM: 'Acme <no-reply@acme.example>\r\nBcc: victim@example.com' }],
    ['MAIL_FROM', { ...production, MAIL_FROM: 'Acme <no-reply@>' }],
    ['NOTIFY_BATCH_SECONDS', { ...production, NOTIFY_BATCH_SECONDS: '0' }],
    ['NOTIFY_BATCH_SECONDS', { ...production, NOTIFY_BATCH_SECONDS: 'two minutes' }],
    ['WEBHOOKS_ALLOW_PRIVATE', { ...production, WEBHOOKS_ALLOW_PRIVATE: 'sometimes' }],
    ['REQUEST_REMINDER_BEFORE_SECONDS', { ...production, REQUEST_REMINDER_BEFORE_SECONDS: '3d' }],
    ['REQUEST_REMINDER_BEFORE_SECONDS', { ...production, REQUEST_REMINDER_BEFORE_SECONDS: '0' }],
    ['REQUEST_REMINDER_OVERDUE_EVERY_SECONDS', { ...production, REQUEST_REMINDER_OVERDUE_EVERY_SECONDS: '0' }],
    ['REQUEST_REMINDER_MAX', { ...production, REQUEST_REMINDER_MAX: '-1' }],
    ['DATABASE_PREPARED_STATEMENTS', { ...production, DATABASE_PREPARED_STATEMENTS: 'pgbouncer' }],
  ])('fails fast naming %s', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}:`));
  });

  it('runs prepared statements unless DATABASE_PREPARED_STATEMENTS=false (PgBouncer in transaction mode)', () => {
    expect(loadConfig(production).databasePreparedStatements).toBe(true);
    expect(loadConfig({ ...production, DATABASE_PREPARED_STATEMENTS: 'false' }).databasePreparedStatements).toBe(false);
  });

  it('batches notifications over 2 minutes and refuses private webhook addresses by default', () => {
    expect(loadConfig(production)).toMatchObject({ notifyBatchSeconds: 120, webhooksAllowPrivate: false });
    expect(loadConfig({ ...production, NOTIFY_BATCH_SECONDS: '5', WEBHOOKS_ALLOW_PRIVATE: 'true' })).toMatchObject({
      notifyBatchSeconds: 5,
      webhooksAllowPrivate: true,
    });
  });

  it('reminds of a document request 3 days before it is due, on the day, then weekly, 4 times at most', () => {
    expect(loadConfig(production).requestReminders).toEqual({ beforeSeconds: 259_200, overdueEverySeconds: 604_800, max: 4 });
    const short = { REQUEST_REMINDER_BEFORE_SECONDS: '2', REQUEST_REMINDER_OVERDUE_EVERY_SECONDS: '3', REQUEST_REMINDER_MAX: '0' };
    expect(loadConfig({ ...production, ...short }).requestReminders).toEqual({ beforeSeconds: 2, overdueEverySeconds: 3, max: 0 });
  });

  it('keeps mail in the dev mailbox from Foyer <no-reply@localhost> when SMTP_URL is unset', () => {
    expect(loadConfig(production)).toMatchObject({
      smtpUrl: undefined,
      devMailbox: 'kept',
      mailFrom: { name: 'Foyer', address: 'no-reply@localhost' },
    });
  });

  describe('the dev mailbox', () => {
    const dataDir = () => mkdtempSync(join(tmpdir(), 'foyer-config-'));

    it('is local (clear, /dev/mail) only for the embedded database on loopback outside production', () => {
      for (const HOST of [undefined, '127.0.0.1', 'localhost', '::1', '127.0.0.2']) {
        expect(loadConfig({ FOYER_DATA_DIR: dataDir(), ...(HOST ? { HOST } : {}) }).devMailbox, HOST).toBe('local');
      }
      expect(loadConfig({ FOYER_DATA_DIR: dataDir(), NODE_ENV: 'test' }).devMailbox).toBe('local');
    });

    it.each([
      ['a DATABASE_URL installation', server],
      ['the embedded database on 0.0.0.0', { HOST: '0.0.0.0' }],
      ['the embedded database on a LAN address', { HOST: '192.168.1.20' }],
      ['the embedded database in production', { NODE_ENV: 'production' }],
      ['DEV_MAILBOX=false', { DEV_MAILBOX: 'false' }],
    ])('refuses to start without SMTP_URL for %s, saying what to set', (_what, env) => {
      const start = () => loadConfig({ FOYER_DATA_DIR: dataDir(), ...env });
      expect(start).toThrow(ConfigError);
      expect(start).toThrow(/^SMTP_URL: is required .*Set SMTP_URL and MAIL_FROM, or DEV_MAILBOX=true/);
    });

    it('is kept (sealed, no page) wherever DEV_MAILBOX=true is set explicitly', () => {
      expect(loadConfig({ ...server, DEV_MAILBOX: 'true' }).devMailbox).toBe('kept');
      expect(loadConfig({ FOYER_DATA_DIR: dataDir(), HOST: '0.0.0.0', NODE_ENV: 'production', DEV_MAILBOX: 'true' }).devMailbox).toBe(
        'kept',
      );
      expect(loadConfig({ FOYER_DATA_DIR: dataDir(), DEV_MAILBOX: 'true' }).devMailbox).toBe('kept');
    });

    it('is off with SMTP_URL, and DEV_MAILBOX=true beside SMTP_URL is refused', () => {
      const smtp = { ...server, SMTP_URL: 'smtp://mail.example.com:587', MAIL_FROM: 'a@example.com' };
      expect(loadConfig(smtp).devMailbox).toBeUndefined();
      expect(() => loadConfig({ ...smtp, DEV_MAILBOX: 'true' })).toThrow(/^DEV_MAILBOX: cannot be true when SMTP_URL is set/);
      expect(() => loadConfig({ ...server, DEV_MAILBOX: 'perhaps' })).toThrow(/^DEV_MAILBOX: must be true or false/);
    });

    it('is not insisted on by the CLI, which sends no mail itself', () => {
      expect(loadConfig(server, { sendsMail: false })).toMatchObject({ smtpUrl: undefined, devMailbox: undefined });
    });
  });

  it('takes SMTP_URL and MAIL_FROM together', () => {
    const config = loadConfig({
      ...server,
      SMTP_URL: 'smtps://user:p%40ss@mail.acme.example:465',
      MAIL_FROM: '"Acme Portal" <no-reply@acme.example>',
    });
    expect(config.smtpUrl).toBe('smtps://user:p%40ss@mail.acme.example:465');
    expect(config.mailFrom).toEqual({ name: 'Acme Portal', address: 'no-reply@acme.example' });
    expect(loadConfig({ ...production, MAIL_FROM: 'no-reply@acme.example' }).mailFrom).toEqual({
      name: '',
      address: 'no-reply@acme.example',
    });
  });

  it('never echoes the SMTP password in an error', () => {
    const load = () => loadConfig({ ...server, SMTP_URL: 'http://user:hunter2@mail.example.com', MAIL_FROM: 'a@example.com' });
    expect(load).toThrow();
    expect(load).not.toThrow(/hunter2/);
  });

  it('trusts no proxy by default', () => {
    expect(loadConfig(production).trustProxy).toBe(false);
    expect(loadConfig({ ...production, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ ...production, TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });

  it("takes TRUST_PROXY in Express's forms: a hop count, or addresses, CIDRs and names", () => {
    expect(loadConfig({ ...production, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...production, TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ ...production, TRUST_PROXY: 'Loopback' }).trustProxy).toEqual(['loopback']);
    expect(
      loadConfig({ ...production, TRUST_PROXY: 'loopback, 10.0.0.0/8,192.168.1.7, fd00::/8, ::1, uniquelocal, linklocal' }).trustProxy,
    ).toEqual(['loopback', '10.0.0.0/8', '192.168.1.7', 'fd00::/8', '::1', 'uniquelocal', 'linklocal']);
  });

  it.each(['true', 'TRUE', 'yes', 'on', '0.0.0.0/0', '::/0', '10.0.0.1, 0.0.0.0/0'])(
    'refuses TRUST_PROXY=%s, which trusts any forwarded address, and says what to write',
    (value) => {
      expect(() => loadConfig({ ...production, TRUST_PROXY: value })).toThrow(
        /^TRUST_PROXY: .*write the number of proxies in front of the service \(e\.g\. 1\)/,
      );
    },
  );

  it('puts an IPv6 HOST in brackets in the default PUBLIC_URL', () => {
    expect(loadConfig({ ...production, HOST: '::1', PORT: '3000' }).publicUrl).toBe('http://[::1]:3000');
    expect(loadConfig({ ...production, HOST: '::' }).publicUrl).toBe('http://localhost:8080');
  });

  it('strips a trailing slash from PUBLIC_URL', () => {
    expect(loadConfig({ ...production, PUBLIC_URL: 'https://portal.acme.example/' }).publicUrl).toBe('https://portal.acme.example');
  });
});
