import type { Queue } from '../../adapters/queue/queue.ts';
import type { Executor } from '../../db/database.ts';
import { keyedHash, randomSecret } from '../../lib/secrets.ts';
import { enqueueEmail } from '../email/enqueue.ts';
import type { UserRow } from '../users/table.ts';
import { SIGN_IN_LINK_TTL_SECONDS } from '../verifications/service.ts';
import { insertUserToken } from './repository.ts';

/** An invitation's sign-in link lasts as long as a one-time link for a client: 7 days, once. */
export const INVITATION_TTL_SECONDS = SIGN_IN_LINK_TTL_SECONDS;

/** What is stored of a console sign-in token (magic link, invitation, workspace choice): its keyed hash. */
export function userTokenHash(secretKey: string, token: string): string {
  return keyedHash(secretKey, `user-token:${token}`);
}

/** The console's sign-in landing: a page whose POST (never its GET) consumes the token. */
export function consoleVerifyUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/console/verify#token=${token}`;
}

export interface InvitationDeps {
  queue: Queue;
  secretKey: string;
  publicUrl: string;
}

/** Emails `user` a one-time sign-in link to the console (7 days), in the caller's transaction. */
export async function sendInvitation(trx: Executor, deps: InvitationDeps, user: UserRow): Promise<void> {
  const token = randomSecret(32);
  await insertUserToken(trx, {
    token_hash: userTokenHash(deps.secretKey, token),
    email: user.email,
    user_id: user.id,
    kind: 'invitation',
    method: null,
    expires_at: new Date(Date.now() + INVITATION_TTL_SECONDS * 1000),
  });
  await enqueueEmail(
    deps.queue,
    {
      workspaceId: user.workspace_id,
      to: user.email,
      template: 'user_invitation',
      data: {
        link: consoleVerifyUrl(deps.publicUrl, token),
        expiresInDays: INVITATION_TTL_SECONDS / 86_400,
        role: user.role,
        recipientName: user.name,
      },
    },
    { transaction: trx },
  );
}
