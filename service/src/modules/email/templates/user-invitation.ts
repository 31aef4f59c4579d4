import { html } from '../../../lib/html.ts';
import { button, paragraph } from '../layout.ts';
import type { EmailTemplate } from './template.ts';

export interface UserInvitationData {
  /** The one-time sign-in link, built from PUBLIC_URL: `PUBLIC_URL/console/verify#token=…`. */
  link: string;
  expiresInDays: number;
  role: 'owner' | 'staff';
  /** The invited person's name, when the inviter gave one. */
  recipientName?: string | null;
}

/** Sent when an owner invites a person of the business to the workspace's console. */
export const userInvitation: EmailTemplate<UserInvitationData> = {
  subject: (_d, brand) => `${brand.name} invited you to their client portals`,
  preheader: (_d, brand) => `Sign in to ${brand.name}'s Foyer console: portals, files and approvals in one place.`,
  text: (d, brand) =>
    [
      d.recipientName ? `Hello ${d.recipientName},` : 'Hello,',
      `${brand.name} invited you to their Foyer console as ${roleLabel(d)}: the client portals, their files, comments and approvals.`,
      `Sign in with this link (valid for ${d.expiresInDays} days, once):\n${d.link}`,
      'No password: afterwards, you sign in with a code we email you.',
    ].join('\n\n'),
  html: (d, brand) => html`${paragraph(d.recipientName ? `Hello ${d.recipientName},` : 'Hello,')}
${paragraph(html`${brand.name} invited you to their Foyer console as <strong>${roleLabel(d)}</strong>: the client portals, their files, comments and approvals.`)}
${button(brand, d.link, 'Accept and sign in')}
${paragraph(`The link is valid for ${d.expiresInDays} days, once. No password: afterwards, you sign in with a code we email you.`)}`,
  footer: (_d, brand) => `Sent by ${brand.name} because an owner of their workspace invited this email address.`,
};

function roleLabel(d: UserInvitationData): string {
  return d.role === 'owner' ? 'an owner' : 'a member of staff';
}
