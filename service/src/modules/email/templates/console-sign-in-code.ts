import { html } from '../../../lib/html.ts';
import { button, codeBlock, paragraph } from '../layout.ts';
import type { EmailTemplate } from './template.ts';

export interface ConsoleSignInCodeData {
  /** The 6-digit code. */
  code: string;
  /** The magic link, built from PUBLIC_URL: `PUBLIC_URL/console/verify#token=…`. */
  link: string;
  codeExpiresInMinutes: number;
  linkExpiresInMinutes: number;
  /** The workspaces the address may sign in to, when there are several (the console then asks which). */
  workspaceNames: string[];
}

/** A sign-in code and a magic link for a person of the business, to the console. */
export const consoleSignInCode: EmailTemplate<ConsoleSignInCodeData> = {
  // The code leads the subject: it shows in notifications, and the dev mailbox's summary finds it first.
  subject: (d, brand) => `${d.code} is your sign-in code for ${d.workspaceNames.length > 1 ? 'the Foyer console' : brand.name}`,
  preheader: (d) => `Enter it within ${d.codeExpiresInMinutes} minutes, or use the sign-in link.`,
  text: (d, brand) =>
    [
      `${d.code} is your sign-in code for the console of ${workspaces(d, brand.name)}.`,
      `Enter it on the sign-in screen within ${d.codeExpiresInMinutes} minutes.`,
      `Or sign in on this device with this link (valid for ${d.linkExpiresInMinutes} minutes, once):\n${d.link}`,
      'If you did not ask to sign in, ignore this email: nobody gets in without the code or the link.',
    ].join('\n\n'),
  html: (d, brand) => html`${paragraph(html`Your sign-in code for the console of <strong>${workspaces(d, brand.name)}</strong>:`)}
${codeBlock(d.code)}
${paragraph(`Enter it on the sign-in screen within ${d.codeExpiresInMinutes} minutes. Or sign in on this device with the button below (valid for ${d.linkExpiresInMinutes} minutes, once).`)}
${button(brand, d.link, 'Sign in to the console')}
${paragraph('If you did not ask to sign in, ignore this email: nobody gets in without the code or the link.')}`,
  footer: () => 'Sent because someone asked to sign in to the Foyer console with this email address.',
};

function workspaces(d: ConsoleSignInCodeData, brandName: string): string {
  return d.workspaceNames.length > 1 ? d.workspaceNames.join(', ') : brandName;
}
