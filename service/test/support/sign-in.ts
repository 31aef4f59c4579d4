import { sql } from 'kysely';
import { expect } from 'vitest';
import type { TestContext } from './context.ts';
import type { ReceivedMail, TestSmtp } from './smtp.ts';

// Sign-in by emailed code and magic link, as a portal's clients (`/v1/portals/{id}/verifications`) and the
// console's users (`/v1/auth/verifications`) both do it, with the same security numbers. A driver speaks one
// flow's HTTP; the `expect…` scenarios below run the same security test on either flow, so the client and
// user tests share one implementation of each (client-access.test.ts, user-sign-in.test.ts).

/** One flow's HTTP: where codes are asked for and confirmed. */
export interface SignInPaths {
  start: string;
  confirm: string;
}

export interface SignInDriver {
  /** A client IP address no other request of this driver used (sent as X-Forwarded-For; needs TRUST_PROXY=1). */
  freshIp(): string;
  askForCode(email: string, headers?: Record<string, string>): Promise<Response>;
  confirm(body: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  /** The first code mail to `email` received after the `after`-th message. */
  codeMail(email: string, after?: number): Promise<ReceivedMail>;
  /** Asks for a code (limits forgotten first) and reads it from the mail. */
  requestCode(email: string): Promise<SignInMail>;
  /** Lets the next request through the limits (the limits themselves are tested by the scenarios). */
  forgetRateLimits(): Promise<void>;
}

export interface SignInMail {
  code: string;
  /** The magic link's token (after `#token=`). */
  token: string;
  link: string;
}

const json = { 'content-type': 'application/json' };

/** Distinct client IPs per driver: `10.<base>.x.y`. */
let driverCount = 0;

export function signInDriver(ctx: TestContext, smtp: TestSmtp, paths: SignInPaths): SignInDriver {
  const base = 100 + (driverCount++ % 100);
  let ipCounter = 0;
  const driver: SignInDriver = {
    freshIp() {
      ipCounter++;
      return `10.${base}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
    },
    askForCode(email, headers = {}) {
      return ctx.fetch(paths.start, {
        method: 'POST',
        headers: { ...json, 'X-Forwarded-For': driver.freshIp(), ...headers },
        body: JSON.stringify({ email }),
      });
    },
    confirm(body, headers = {}) {
      return ctx.fetch(paths.confirm, {
        method: 'POST',
        headers: { ...json, 'X-Forwarded-For': driver.freshIp(), ...headers },
        body: JSON.stringify(body),
      });
    },
    codeMail(email, after = 0) {
      return smtp.waitForMessage(
        (m) => m.to.includes(email) && /sign-in code/.test(m.subject) && smtp.messages.indexOf(m) >= after,
        25_000,
      );
    },
    async requestCode(email) {
      await driver.forgetRateLimits();
      const mark = smtp.messages.length;
      expect((await driver.askForCode(email)).status).toBe(202);
      return parseCodeMail(await driver.codeMail(email, mark));
    },
    async forgetRateLimits() {
      await ctx.db.deleteFrom('rate_limit_hits').execute();
    },
  };
  return driver;
}

export function parseCodeMail(mail: ReceivedMail): SignInMail {
  const code = /\b(\d{6})\b/.exec(mail.subject)![1]!;
  const link = /(https?:\/\/\S+\/verify#token=[A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  return { code, token: new URL(link).hash.replace('#token=', ''), link };
}

export function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/**
 * Two sets of timings that must not tell their cases apart: the medians differ only by noise — well under a
 * millisecond on a quiet machine, and never by more than 25% or 3 ms.
 */
function similarTiming(aMs: number[], bMs: number[]): { difference: number; bound: number; says: string } {
  const [a, b] = [median(aMs), median(bMs)];
  return {
    difference: Math.abs(a - b),
    bound: Math.max(3, 0.25 * Math.max(a, b)),
    says: `medians ${a.toFixed(2)} ms and ${b.toFixed(2)} ms`,
  };
}

/**
 * Measures two interleaved series with `round` up to three times and expects one round's medians within noise
 * (`similarTiming`'s bound). A burst of load elsewhere on the machine (another test worker, a build) can
 * skew one round of ~2 s; a real difference between the cases skews every round, and fails.
 */
async function expectSimilarTimingInOneOf3(round: () => Promise<[number[], number[]]>): Promise<void> {
  const seen: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const verdict = similarTiming(...(await round()));
    if (verdict.difference < verdict.bound) return;
    seen.push(verdict.says);
  }
  expect.fail(`the cases' timings differed in each of 3 rounds: ${seen.join('; ')}`);
}

/** Five wrong codes kill the code: the right one is refused afterwards. */
export async function expectBruteForceKillsCode(d: SignInDriver, email: string, extra: Record<string, unknown> = {}): Promise<void> {
  const { code } = await d.requestCode(email);
  const wrong = code === '000000' ? '111111' : '000000';
  for (let i = 0; i < 5; i++) {
    const res = await d.confirm({ email, code: wrong, ...extra });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'verification_failed' });
  }
  expect((await d.confirm({ email, code, ...extra })).status).toBe(401);
}

/** A second code voids the first code and its magic link; the second code works. */
export async function expectNewCodeVoidsOld(d: SignInDriver, email: string): Promise<void> {
  const first = await d.requestCode(email);
  const second = await d.requestCode(email);
  if (first.code !== second.code) expect((await d.confirm({ email, code: first.code })).status).toBe(401);
  expect((await d.confirm({ token: first.token })).status).toBe(401);
  expect((await d.confirm({ email, code: second.code })).status).toBe(201);
}

/** 20 confirms of one magic link at once: exactly one session (`sessions()` counts them). */
export async function expectParallelConfirmsMakeOneSession(d: SignInDriver, email: string, sessions: () => Promise<number>): Promise<void> {
  const { token } = await d.requestCode(email);
  const before = await sessions();
  const results = await Promise.all(Array.from({ length: 20 }, () => d.confirm({ token })));
  const statuses = results.map((r) => r.status).sort();
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 401)).toHaveLength(19);
  expect((await sessions()) - before).toBe(1);
}

/** An expired code and an expired magic link are refused (`expire` moves their clock back in the database). */
export async function expectExpiredRefused(
  d: SignInDriver,
  email: string,
  expire: (what: 'code' | 'token') => Promise<void>,
): Promise<void> {
  const { code, token } = await d.requestCode(email);
  await expire('code');
  expect((await d.confirm({ email, code })).status).toBe(401);
  await expire('token');
  expect((await d.confirm({ token })).status).toBe(401);
}

/**
 * 1 code a minute and 5 an hour per address, with `Retry-After`, counting addresses nobody has too (pass one
 * known and one unknown address).
 */
export async function expectAddressSendLimits(ctx: TestContext, d: SignInDriver, emails: string[]): Promise<void> {
  await d.forgetRateLimits();
  const minuteAgo = () =>
    ctx.db
      .updateTable('rate_limit_hits')
      .set({ hit_at: sql<Date>`hit_at - interval '61 seconds'` })
      .execute();
  for (const email of emails) {
    expect((await d.askForCode(email)).status).toBe(202);
    const second = await d.askForCode(email);
    expect(second.status).toBe(429);
    expect(await second.json()).toMatchObject({ code: 'rate_limited' });
    const retryAfter = Number(second.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Four more, each a minute apart (moved back in time instead of waited for).
    for (let i = 0; i < 4; i++) {
      await minuteAgo();
      expect((await d.askForCode(email)).status).toBe(202);
    }
    await minuteAgo();
    const sixth = await d.askForCode(email);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(60);
  }
}

/** 20 codes an hour per IP address, whatever the addresses. */
export async function expectIpSendLimit(d: SignInDriver, ip: string, email: (i: number) => string): Promise<void> {
  await d.forgetRateLimits();
  for (let i = 0; i < 20; i++) expect((await d.askForCode(email(i), { 'X-Forwarded-For': ip })).status).toBe(202);
  const refused = await d.askForCode(email(20), { 'X-Forwarded-For': ip });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
}

/**
 * Asking for a code answers known, unknown and other (revoked, removed) addresses alike: the same status and
 * body, and timing within noise (interleaved, so drift in the machine's load hits both alike).
 */
export async function expectStartAlike(d: SignInDriver, known: string[], unknown: string[], others: string[] = []): Promise<void> {
  await d.forgetRateLimits();
  const bodies = new Set<string>();
  const time = async (email: string) => {
    const start = performance.now();
    const res = await d.askForCode(email);
    const ms = performance.now() - start;
    expect(res.status).toBe(202);
    bodies.add(await res.text());
    return ms;
  };
  await expectSimilarTimingInOneOf3(async () => {
    await d.forgetRateLimits(); // one code a minute per address: each round asks again
    const knownMs: number[] = [];
    const unknownMs: number[] = [];
    for (let i = 0; i < Math.min(known.length, unknown.length); i++) {
      knownMs.push(await time(known[i]!));
      unknownMs.push(await time(unknown[i]!));
    }
    return [knownMs, unknownMs];
  });
  await d.forgetRateLimits();
  for (const email of others) await time(email);
  expect(bodies.size).toBe(1);
}

/**
 * Failed code confirmations answer alike for addresses holding a live code and addresses nobody has: the
 * same status and body (request id aside), timing within noise. `others` (a dead, expired or revoked case)
 * must answer the same body too. Returns that body.
 */
export async function expectFailedConfirmsAlike(
  d: SignInDriver,
  known: string[],
  unknown: string[],
  others: Array<() => Promise<Response>> = [],
): Promise<Record<string, unknown>> {
  const bodies = new Set<string>();
  const record = async (res: Response) => {
    expect(res.status).toBe(401);
    const { request_id: _id, ...body } = (await res.json()) as Record<string, unknown>;
    bodies.add(JSON.stringify(body));
  };
  const time = async (email: string) => {
    const start = performance.now();
    const res = await d.confirm({ email, code: '000000' });
    const ms = performance.now() - start;
    await record(res);
    return ms;
  };
  await expectSimilarTimingInOneOf3(async () => {
    const knownMs: number[] = [];
    const unknownMs: number[] = [];
    for (let i = 0; i < Math.min(known.length, unknown.length); i++) {
      if (i % 20 === 0) await d.forgetRateLimits(); // the per-portal / per-address limits are tested elsewhere
      knownMs.push(await time(known[i]!));
      unknownMs.push(await time(unknown[i]!));
    }
    return [knownMs, unknownMs];
  });
  await d.forgetRateLimits();
  for (const other of others) await record(await other());
  expect([...bodies]).toHaveLength(1);
  return JSON.parse([...bodies][0]!) as Record<string, unknown>;
}
