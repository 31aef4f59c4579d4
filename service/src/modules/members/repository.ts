import type { Executor } from '../../db/database.ts';
import type { EmailLocale } from '../email/locale.ts';
import type { MemberRow } from './table.ts';

export function findMember(db: Executor, portalId: string, memberId: string): Promise<MemberRow | undefined> {
  return db.selectFrom('members').selectAll().where('portal_id', '=', portalId).where('id', '=', memberId).executeTakeFirst();
}

export function findMemberByEmail(db: Executor, portalId: string, email: string): Promise<MemberRow | undefined> {
  return db.selectFrom('members').selectAll().where('portal_id', '=', portalId).where('email', '=', email).executeTakeFirst();
}

export function insertMember(
  db: Executor,
  member: {
    id: string;
    portal_id: string;
    workspace_id: string;
    email: string;
    name: string | null;
    verified?: boolean;
    origin?: MemberRow['origin'];
  },
): Promise<MemberRow> {
  return db
    .insertInto('members')
    .values({ ...member, status: 'active', last_seen_at: null, revoked_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function reactivateMember(db: Executor, memberId: string, name: string | null): Promise<MemberRow> {
  return db
    .updateTable('members')
    .set((eb) => ({ status: 'active', revoked_at: null, name: name ?? eb.ref('name') }))
    .where('id', '=', memberId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listMembers(
  db: Executor,
  portalId: string,
  options: { limit: number; beforeSeq?: string; status?: MemberRow['status'] },
): Promise<MemberRow[]> {
  let query = db.selectFrom('members').selectAll().where('portal_id', '=', portalId);
  if (options.beforeSeq !== undefined) query = query.where('seq', '<', options.beforeSeq);
  if (options.status !== undefined) query = query.where('status', '=', options.status);
  return query
    .orderBy('seq', 'desc')
    .limit(options.limit + 1)
    .execute();
}

/** Marks the member revoked; returns it only if it was active (and this call revoked it). */
export function revokeMemberRow(db: Executor, portalId: string, memberId: string): Promise<MemberRow | undefined> {
  return db
    .updateTable('members')
    .set({ status: 'revoked', revoked_at: new Date() })
    .where('portal_id', '=', portalId)
    .where('id', '=', memberId)
    .where('status', '=', 'active')
    .returningAll()
    .executeTakeFirst();
}

/**
 * The language a sign-in shows, stored unless the business chose the member's language (null: English). One
 * statement, so an owner's choice made while the member signs in is never overwritten.
 */
export async function setSignInLocale(db: Executor, memberId: string, locale: EmailLocale | null): Promise<void> {
  await db
    .updateTable('members')
    .set({ locale, locale_source: locale === null ? null : 'sign_in' })
    .where('id', '=', memberId)
    .where((eb) => eb.or([eb('locale_source', 'is', null), eb('locale_source', '<>', 'owner')]))
    .execute();
}

/** The business's choice of the member's language; null forgets it (the next sign-in stores one again). */
export function setOwnerLocale(db: Executor, memberId: string, locale: EmailLocale | null): Promise<MemberRow> {
  return db
    .updateTable('members')
    .set({ locale, locale_source: locale === null ? null : 'owner' })
    .where('id', '=', memberId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The member, locked until the transaction ends (changes that compare before they write). */
export function lockMember(db: Executor, portalId: string, memberId: string): Promise<MemberRow | undefined> {
  return db.selectFrom('members').selectAll().where('portal_id', '=', portalId).where('id', '=', memberId).forUpdate().executeTakeFirst();
}

export async function markVerified(db: Executor, memberId: string): Promise<void> {
  await db.updateTable('members').set({ verified: true }).where('id', '=', memberId).where('verified', '=', false).execute();
}
