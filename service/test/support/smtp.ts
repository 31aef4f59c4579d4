import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Arrivals } from './arrivals.ts';

/** One message as the test SMTP server received it. */
export interface ReceivedMail {
  /** SMTP envelope: what nodemailer said in MAIL FROM / RCPT TO. */
  envelope: { from: string; to: string[] };
  /** Bare addresses of the `To` header. */
  to: string[];
  from: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** Header names lowercased; values as parsed by mailparser (strings for the simple ones). */
  headers: Map<string, unknown>;
  raw: string;
  parsed: ParsedMail;
}

/** How the server answers MAIL FROM: accept, or refuse for now (451, the sender retries later). */
export type SmtpBehaviour = 'accept' | 'tempfail';

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>` (with credentials when `auth` was given): use as SMTP_URL. */
  url: string;
  port: number;
  /** Every message received so far, in order. */
  messages: ReceivedMail[];
  /** Transactions refused so far (tempfail mode or rejected recipients). */
  refusals: number;
  setBehaviour(behaviour: SmtpBehaviour): void;
  /** RCPT TO these addresses gets `550 no such user` (a permanent refusal). */
  rejectRecipients: Set<string>;
  /** The first message (received before or after the call) that matches. */
  waitForMessage(predicate?: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Listen on this port (to come up where a service already expects it); default: any free port. */
  port?: number;
  behaviour?: SmtpBehaviour;
  /** Require AUTH PLAIN/LOGIN with these credentials (put into `url`). */
  auth?: { user: string; pass: string };
}

/**
 * A real SMTP server in this process on 127.0.0.1 receiving what nodemailer sends: plain SMTP without
 * STARTTLS (nodemailer then sends in the clear, as to any server that offers no TLS), AUTH optional unless
 * `auth` is given. Each message is parsed with mailparser.
 */
export async function startTestSmtp(options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const received = new Arrivals<ReceivedMail>();
  const messages = received.items;
  let behaviour: SmtpBehaviour = options.behaviour ?? 'accept';
  const rejectRecipients = new Set<string>();
  const state = { refusals: 0 };

  const server = new SMTPServer({
    secure: false,
    hideSTARTTLS: true,
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    logger: false,
    closeTimeout: 200,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) {
        callback(null, { user: auth.username });
      } else {
        callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      }
    },
    onMailFrom(_address, _session, callback) {
      if (behaviour === 'tempfail') {
        state.refusals++;
        callback(Object.assign(new Error('Mail service temporarily unavailable, try again later'), { responseCode: 451 }));
        return;
      }
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (rejectRecipients.has(address.address.toLowerCase())) {
        state.refusals++;
        callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
            const toHeader = Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [];
            const fromValue = parsed.from?.value[0];
            received.add({
              envelope: { from: envelopeFrom, to: session.envelope.rcptTo.map((r) => r.address) },
              to: toHeader.flatMap((a) => a.value.map((v) => v.address ?? '')),
              from: { name: fromValue?.name ?? '', address: fromValue?.address ?? '' },
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              headers: parsed.headers,
              raw,
              parsed,
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
  server.on('error', () => {}); // a client hanging up mid-session is not a test failure

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const credentials = options.auth ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@` : '';

  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    port,
    messages,
    get refusals() {
      return state.refusals;
    },
    rejectRecipients,
    setBehaviour(next) {
      behaviour = next;
    },
    waitForMessage(predicate = () => true, timeoutMs = 15_000) {
      return received.waitFor(
        predicate,
        timeoutMs,
        () => `no matching message within ${timeoutMs} ms (received ${messages.length}: ${messages.map((m) => m.subject).join(' | ')})`,
      );
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
