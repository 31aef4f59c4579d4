import type { Foyer } from '@foyer/sdk';

/** A portal made by `owner` with these members added (no invitation sent). */
export async function newPortalWithMembers(owner: Foyer, name: string, members: Array<{ email: string; name?: string }>) {
  const portal = await owner.portals.create({ name });
  const added = [];
  for (const m of members) added.push(await owner.members.add(portal.id, { email: m.email, name: m.name ?? null }));
  return { portal, members: added };
}

/** A client signed in to the portal through the owner's one-time link, as the member would be. */
export async function signInByLink(owner: Foyer, portalId: string, memberId: string): Promise<Foyer> {
  const link = await owner.signInLinks.create(portalId, { member_id: memberId });
  const token = new URL(link.url).hash.replace('#token=', '');
  return (await owner.verifications.confirmToken(portalId, token)).client;
}
