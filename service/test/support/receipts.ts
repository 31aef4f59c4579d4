import { expect } from 'vitest';
import type { TestContext, TestWorkspace } from './context.ts';
import { fileForm } from './uploads.ts';

// Decided approval requests for the receipt tests: members signed in each a different way (emailed code,
// magic link, the owner's one-time sign-in link), from their own IP address (the context needs TRUST_PROXY=1)
// and browser, deciding through the HTTP API.

const json = { 'content-type': 'application/json' };

export type Method = 'code' | 'magic_link' | 'sign_in_link';

export interface SignedInMember {
  memberId: string;
  email: string;
  token: string;
  ip: string;
  userAgent: string;
}

async function post(ctx: TestContext, path: string, credential: string | undefined, body: unknown, headers: Record<string, string> = {}) {
  const res = await ctx.fetch(path, { apiKey: credential, method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });
  expect(res.status, `POST ${path}: ${res.status}`).toBeLessThan(300);
  return res.json() as Promise<Record<string, unknown>>;
}

/** A member of the portal, signed in by `method` from `ip` (X-Forwarded-For) with its own user agent. */
export async function signedInMember(
  ctx: TestContext,
  ws: TestWorkspace,
  portalId: string,
  email: string,
  method: Method,
  ip: string,
): Promise<SignedInMember> {
  const member = await post(ctx, `/v1/portals/${portalId}/members`, ws.apiKey, { email });
  const userAgent = `Browser of ${email}`;
  const from = { 'x-forwarded-for': ip, 'user-agent': userAgent };
  let confirm: Record<string, unknown>;
  if (method === 'sign_in_link') {
    const link = await post(ctx, `/v1/portals/${portalId}/sign-in-links`, ws.apiKey, { member_id: member.id });
    confirm = { token: new URL(link.url as string).hash.replace('#token=', '') };
  } else {
    await post(ctx, `/v1/portals/${portalId}/verifications`, undefined, { email }, from);
    await expect.poll(async () => (await ctx.devMail(email)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const [mail] = await ctx.devMail(email);
    confirm =
      method === 'code'
        ? { email, code: /\b(\d{6})\b/.exec(mail!.subject)![1] }
        : { token: /\/verify#token=([A-Za-z0-9_-]+)/.exec(mail!.text)![1] };
  }
  const session = await post(ctx, `/v1/portals/${portalId}/verifications/confirm`, undefined, confirm, from);
  return { memberId: member.id as string, email, token: session.session_token as string, ip, userAgent };
}

/** Uploads `bytes` as `name` to the portal (as the owner); the file's id. */
export async function uploadFile(ctx: TestContext, ws: TestWorkspace, portalId: string, bytes: Buffer, name: string): Promise<string> {
  const res = await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(bytes, { filename: name }), ws.apiKey);
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** Asks the members to approve the file's current version (rule `all`); the request's id. */
export async function askApproval(ctx: TestContext, ws: TestWorkspace, fileId: string, approvers: SignedInMember[], rule = 'all') {
  const asked = await post(ctx, `/v1/files/${fileId}/approval-requests`, ws.apiKey, {
    rule,
    approvers: approvers.map((m) => m.memberId),
    message: 'Please approve the return',
  });
  return asked.id as string;
}

/** The member's decision, from its IP and browser. */
export async function decide(ctx: TestContext, requestId: string, member: SignedInMember, decision: string, note?: string) {
  return post(
    ctx,
    `/v1/approval-requests/${requestId}/decisions`,
    member.token,
    { decision, ...(note ? { note } : {}) },
    { 'x-forwarded-for': member.ip, 'user-agent': member.userAgent },
  );
}
