import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueEmail, MAIL_RETRY } from '../src/modules/email/enqueue.ts';
import { createTestContext, TEST_PUBLIC_URL, type TestContext } from './support/context.ts';
import { freePort } from './support/process.ts';
import { startTestSmtp, type TestSmtp } from './support/smtp.ts';

// An SMTP outage delays mail but loses none: the mail.send job retries until the server takes it.
let port: number;
let ctx: TestContext;
let smtp: TestSmtp | undefined;
let workspaceId: string;

async function job(
  id: string,
): Promise<{ state: string; retry_count: number; retry_limit: number; retry_delay: number; retry_backoff: boolean }> {
  const result = await sql<{ state: string; retry_count: number; retry_limit: number; retry_delay: number; retry_backoff: boolean }>`
    select state, retry_count, retry_limit, retry_delay, retry_backoff from pgboss.job where id = ${id}`.execute(ctx.db);
  return result.rows[0]!;
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  port = await freePort(); // nothing listens here until the test starts a server
  ctx = await createTestContext({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'no-reply@portal.test' });
  workspaceId = (await ctx.newWorkspace('Outage & Co')).workspaceId;
});
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

describe('mail during an SMTP outage', () => {
  it('queues mail with exponential backoff by default', async () => {
    const id = await enqueueEmail(
      ctx.queue,
      {
        workspaceId,
        to: 'default-policy@client.test',
        template: 'invitation',
        data: { portalName: 'Policy', portalUrl: `${TEST_PUBLIC_URL}/p/prt_x` },
      },
      { startAfter: 3600 },
    ); // not due: only its policy is inspected
    expect(await job(id!)).toMatchObject({
      state: 'created',
      retry_limit: MAIL_RETRY.limit,
      retry_delay: MAIL_RETRY.delaySeconds,
      retry_backoff: true,
    });
    expect(MAIL_RETRY).toEqual({ limit: 12, delaySeconds: 15, backoff: true });
  });

  it('retries while nothing listens and while the server refuses, then delivers exactly once', async () => {
    const id = (await enqueueEmail(
      ctx.queue,
      {
        workspaceId,
        to: 'patient@client.test',
        template: 'verification_code',
        data: {
          portalName: 'Quarterly VAT',
          code: '246810',
          link: `${TEST_PUBLIC_URL}/p/prt_x/verify#token=t`,
          codeExpiresInMinutes: 10,
          linkExpiresInMinutes: 15,
        },
      },
      // The production policy waits 15 s and doubles; the test keeps the same mechanism at 1 s steps.
      { retry: { delaySeconds: 1, backoff: false } },
    ))!;

    // 1. Connection refused: attempts fail and are retried. (pg-boss counts a retry when it fetches the job,
    // so right after the count moves the job is still `active`: wait for the failed attempt to land.)
    await until(async () => {
      const j = await job(id);
      return j.retry_count >= 2 && j.state === 'retry';
    });

    // 2. A server comes up but answers 451 (try later): still retried.
    smtp = await startTestSmtp({ port, behaviour: 'tempfail' });
    await until(() => smtp!.refusals >= 2);
    expect(smtp.messages).toHaveLength(0);

    // 3. The server recovers: the message arrives, once, and the job is done.
    smtp.setBehaviour('accept');
    const mail = await smtp.waitForMessage((m) => m.to.includes('patient@client.test'));
    expect(mail.subject).toBe('246810 is your sign-in code for Quarterly VAT');
    await until(async () => (await job(id)).state === 'completed');
    const done = await job(id);
    expect(done.retry_count).toBeGreaterThanOrEqual(4);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.messages.filter((m) => m.to.includes('patient@client.test'))).toHaveLength(1);
  });
});
