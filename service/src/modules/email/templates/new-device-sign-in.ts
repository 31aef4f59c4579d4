import { oneLine } from '../branding.ts';
import { html } from '../../../lib/html.ts';
import { button, paragraph } from '../layout.ts';
import type { EmailTemplate } from './template.ts';

export interface NewDeviceSignInData {
  /** Where the device signed in: the portal's name, or for a user `<workspace> console`. */
  portalName: string;
  /** The portal's direct link, or for a user the console (`PUBLIC_URL/console`), built from PUBLIC_URL. */
  portalUrl: string;
  /** ISO 8601 time of the sign-in. */
  signedInAt: string;
  /** The device's user agent, as sent by the browser (untrusted). */
  userAgent?: string | null;
  ip?: string | null;
  /**
   * `user`: a person of the business signed in to the console, who can end the device's session themselves.
   * Default `member`: a client, who asks the business to.
   */
  audience?: 'member' | 'user';
}

/** Tells a member (or a user of the console) that a new device signed in with their email address. */
export const newDeviceSignIn: EmailTemplate<NewDeviceSignInData> = {
  subject: (d) => `New sign-in to ${d.portalName}`,
  preheader: (d) => `A new device signed in to ${d.portalName} with your email address.`,
  text: (d, brand) =>
    [
      `A new device signed in to ${d.portalName} (${brand.name}) with your email address.`,
      details(d)
        .map(([label, value]) => `${label}: ${value}`)
        .join('\n'),
      ifNotYou(d, brand.name),
      `${d.audience === 'user' ? 'Console' : 'Portal'}: ${d.portalUrl}`,
    ].join('\n\n'),
  html: (
    d,
    brand,
  ) => html`${paragraph(html`A new device signed in to <strong>${d.portalName}</strong> (${brand.name}) with your email address.`)}
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;font-size:14px;">
${details(d).map(([label, value]) => html`<tr><td style="padding:2px 16px 2px 0;color:#6b7280;white-space:nowrap;vertical-align:top;">${label}</td><td style="padding:2px 0;">${value}</td></tr>`)}
</table>
${paragraph(ifNotYou(d, brand.name))}
${button(brand, d.portalUrl, `Open ${d.portalName}`)}`,
  footer: (d, brand) =>
    d.audience === 'user'
      ? `Sent to every user of ${brand.name}'s console who signs in on a new device.`
      : `Sent by ${brand.name} to every member whose email address signs in on a new device.`,
};

function ifNotYou(d: NewDeviceSignInData, brandName: string): string {
  return d.audience === 'user'
    ? 'If this was you, there is nothing to do. If not, open the console and end that session under your sessions, then tell an owner of the workspace.'
    : `If this was you, there is nothing to do. If not, tell ${brandName}: they can sign that device out at once.`;
}

function details(d: NewDeviceSignInData): Array<[string, string]> {
  const when = new Date(d.signedInAt);
  const rows: Array<[string, string]> = [['When', Number.isNaN(when.getTime()) ? d.signedInAt : when.toUTCString()]];
  if (d.userAgent) rows.push(['Device', oneLine(d.userAgent, 200)]);
  if (d.ip) rows.push(['IP address', oneLine(d.ip, 64)]);
  return rows;
}
