import { html } from '../../../lib/html.ts';
import { button, paragraph } from '../layout.ts';
import type { EmailTemplate } from './template.ts';

export interface InvitationData {
  portalName: string;
  /** The portal's direct link, built from PUBLIC_URL: `PUBLIC_URL/p/{portal_id}`. */
  portalUrl: string;
  /** The invited member's name, when the owner gave one. */
  recipientName?: string | null;
}

/** Sent when an owner adds a member with `send_invite: true`. */
export const invitation: EmailTemplate<InvitationData> = {
  subject: (d, brand) => `${brand.name} invited you to ${d.portalName}`,
  preheader: (_d, brand) => `Exchange files and approvals with ${brand.name} in one private place.`,
  text: (d, brand) =>
    [
      d.recipientName ? `Hello ${d.recipientName},` : 'Hello,',
      `${brand.name} invited you to ${d.portalName}, a private portal where you exchange files with them, comment on them and approve documents.`,
      `Open the portal:\n${d.portalUrl}`,
      'No account or password: the first time, you confirm your email address with a code we send you, and your device is remembered for 90 days.',
    ].join('\n\n'),
  html: (d, brand) => html`${paragraph(d.recipientName ? `Hello ${d.recipientName},` : 'Hello,')}
${paragraph(html`${brand.name} invited you to <strong>${d.portalName}</strong>, a private portal where you exchange files with them, comment on them and approve documents.`)}
${button(brand, d.portalUrl, `Open ${d.portalName}`)}
${paragraph('No account or password: the first time, you confirm your email address with a code we send you, and your device is remembered for 90 days.')}`,
  footer: (_d, brand) => `Sent by ${brand.name} because they added this email address to one of their client portals.`,
};
