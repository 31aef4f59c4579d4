import { html } from '../../../lib/html.ts';
import { button, codeBlock, paragraph } from '../layout.ts';
import type { EmailTemplate } from './template.ts';

export interface VerificationCodeData {
  portalName: string;
  /** The 6-digit code. */
  code: string;
  /** The magic link, built from PUBLIC_URL: `PUBLIC_URL/p/{portal_id}/verify#token=…`. */
  link: string;
  codeExpiresInMinutes: number;
  linkExpiresInMinutes: number;
}

/** A sign-in code and a magic link, sent when someone asks to sign in to a portal. */
export const verificationCode: EmailTemplate<VerificationCodeData> = {
  // The code leads the subject: it shows in notifications, and the dev mailbox's summary finds it first.
  subject: (d) => `${d.code} is your sign-in code for ${d.portalName}`,
  preheader: (d) => `Enter it within ${d.codeExpiresInMinutes} minutes, or use the sign-in link.`,
  text: (d, brand) =>
    [
      `${d.code} is your sign-in code for ${d.portalName}, a client portal of ${brand.name}.`,
      `Enter it on the sign-in screen within ${d.codeExpiresInMinutes} minutes.`,
      `Or sign in on this device with this link (valid for ${d.linkExpiresInMinutes} minutes, once):\n${d.link}`,
      'If you did not ask to sign in, ignore this email: nobody gets in without the code or the link.',
    ].join('\n\n'),
  html: (d, brand) => html`${paragraph(html`Your sign-in code for <strong>${d.portalName}</strong>, a client portal of ${brand.name}:`)}
${codeBlock(d.code)}
${paragraph(`Enter it on the sign-in screen within ${d.codeExpiresInMinutes} minutes. Or sign in on this device with the button below (valid for ${d.linkExpiresInMinutes} minutes, once).`)}
${button(brand, d.link, `Sign in to ${d.portalName}`)}
${paragraph('If you did not ask to sign in, ignore this email: nobody gets in without the code or the link.')}`,
  footer: (_d, brand) => `Sent by ${brand.name} because someone asked to sign in with this email address.`,
};
