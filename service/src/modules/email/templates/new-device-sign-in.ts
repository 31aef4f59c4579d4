import { oneLine } from '../branding.ts';
import { html } from '../../../lib/html.ts';
import { button, paragraph } from '../layout.ts';
import type { EmailLocale, Localized } from '../locale.ts';
import { formatDate } from './notification-line.ts';
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

/**
 * The words of {@link newDeviceSignIn} for a client (a member), in each language a client's email is written in.
 * A user of the console gets it in English, as the console is.
 */
export const newDeviceSignInWords: Localized<{
  subject: (portal: string) => string;
  preheader: (portal: string) => string;
  /** Around the portal's name, which the HTML sets in bold. */
  signedIn: (business: string) => [string, string];
  when: string;
  device: string;
  ipAddress: string;
  ifNotYou: (business: string) => string;
  portal: string;
  open: (portal: string) => string;
  footer: (business: string) => string;
}> = {
  en: {
    subject: (portal) => `New sign-in to ${portal}`,
    preheader: (portal) => `A new device signed in to ${portal} with your email address.`,
    signedIn: (business) => ['A new device signed in to', ` (${business}) with your email address.`],
    when: 'When',
    device: 'Device',
    ipAddress: 'IP address',
    ifNotYou: (business) => `If this was you, there is nothing to do. If not, tell ${business}: they can sign that device out at once.`,
    portal: 'Portal',
    open: (portal) => `Open ${portal}`,
    footer: (business) => `Sent by ${business} to every member whose email address signs in on a new device.`,
  },
  de: {
    subject: (portal) => `Neue Anmeldung bei ${portal}`,
    preheader: (portal) => `Ein neues Gerät hat sich mit Ihrer E-Mail-Adresse bei ${portal} angemeldet.`,
    signedIn: (business) => ['Ein neues Gerät hat sich bei', ` (${business}) mit Ihrer E-Mail-Adresse angemeldet.`],
    when: 'Wann',
    device: 'Gerät',
    ipAddress: 'IP-Adresse',
    ifNotYou: (business) =>
      `Wenn Sie das waren, ist nichts zu tun. Wenn nicht, sagen Sie es ${business}: Dort kann man das Gerät sofort abmelden.`,
    portal: 'Portal',
    open: (portal) => `${portal} öffnen`,
    footer: (business) => `Gesendet von ${business} an jedes Mitglied, dessen E-Mail-Adresse sich auf einem neuen Gerät anmeldet.`,
  },
  fr: {
    subject: (portal) => `Nouvelle connexion à ${portal}`,
    preheader: (portal) => `Un nouvel appareil s’est connecté à ${portal} avec votre adresse e-mail.`,
    signedIn: (business) => ['Un nouvel appareil s’est connecté à', ` (${business}) avec votre adresse e-mail.`],
    when: 'Quand',
    device: 'Appareil',
    ipAddress: 'Adresse IP',
    ifNotYou: (business) =>
      `Si c’était vous, vous n’avez rien à faire. Sinon, prévenez ${business} : ils peuvent déconnecter cet appareil immédiatement.`,
    portal: 'Portail',
    open: (portal) => `Ouvrir ${portal}`,
    footer: (business) => `Envoyé par ${business} à chaque membre dont l’adresse e-mail se connecte sur un nouvel appareil.`,
  },
  es: {
    subject: (portal) => `Nuevo inicio de sesión en ${portal}`,
    preheader: (portal) => `Un dispositivo nuevo ha iniciado sesión en ${portal} con su dirección de correo.`,
    signedIn: (business) => ['Un dispositivo nuevo ha iniciado sesión en', ` (${business}) con su dirección de correo.`],
    when: 'Cuándo',
    device: 'Dispositivo',
    ipAddress: 'Dirección IP',
    ifNotYou: (business) =>
      `Si ha sido usted, no tiene que hacer nada. Si no, avise a ${business}: pueden cerrar la sesión de ese dispositivo al instante.`,
    portal: 'Portal',
    open: (portal) => `Abrir ${portal}`,
    footer: (business) => `Enviado por ${business} a cada miembro cuya dirección de correo inicia sesión en un dispositivo nuevo.`,
  },
  nl: {
    subject: (portal) => `Nieuwe aanmelding bij ${portal}`,
    preheader: (portal) => `Een nieuw apparaat is met uw e-mailadres ingelogd bij ${portal}.`,
    signedIn: (business) => ['Een nieuw apparaat is ingelogd bij', ` (${business}) met uw e-mailadres.`],
    when: 'Wanneer',
    device: 'Apparaat',
    ipAddress: 'IP-adres',
    ifNotYou: (business) =>
      `Was u dit zelf, dan hoeft u niets te doen. Zo niet, laat het ${business} weten: zij kunnen dat apparaat meteen uitloggen.`,
    portal: 'Portaal',
    open: (portal) => `${portal} openen`,
    footer: (business) => `Verstuurd door ${business} aan elk lid van wie het e-mailadres op een nieuw apparaat inlogt.`,
  },
};

// A user of the console (audience `user`): always English, as the console is.
const USER = {
  footer: (business: string) => `Sent to every user of ${business}'s console who signs in on a new device.`,
  ifNotYou:
    'If this was you, there is nothing to do. If not, open the console and end that session under your sessions, then tell an owner of the workspace.',
};

/** Tells a member (or a user of the console) that a new device signed in with their email address. */
export const newDeviceSignIn: EmailTemplate<NewDeviceSignInData> = {
  subject: (d, _brand, locale) => words(d, locale).subject(d.portalName),
  preheader: (d, _brand, locale) => words(d, locale).preheader(d.portalName),
  text: (d, brand, locale) => {
    const w = words(d, locale);
    const [before, after] = w.signedIn(brand.name);
    return [
      `${before} ${d.portalName}${after}`,
      details(d, locale)
        .map(([label, value]) => `${label}: ${value}`)
        .join('\n'),
      ifNotYou(d, brand.name, locale),
      `${d.audience === 'user' ? 'Console' : w.portal}: ${d.portalUrl}`,
    ].join('\n\n');
  },
  html: (d, brand, locale) => {
    const w = words(d, locale);
    const [before, after] = w.signedIn(brand.name);
    return html`${paragraph(html`${before} <strong>${d.portalName}</strong>${after}`)}
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;font-size:14px;">
${details(d, locale).map(([label, value]) => html`<tr><td style="padding:2px 16px 2px 0;color:#6b7280;white-space:nowrap;vertical-align:top;">${label}</td><td style="padding:2px 0;">${value}</td></tr>`)}
</table>
${paragraph(ifNotYou(d, brand.name, locale))}
${button(brand, d.portalUrl, w.open(d.portalName), languageOf(d, locale))}`;
  },
  footer: (d, brand, locale) => (d.audience === 'user' ? USER.footer(brand.name) : words(d, locale).footer(brand.name)),
};

/** A user of the console reads English; a member their language. */
function languageOf(d: NewDeviceSignInData, locale: EmailLocale): EmailLocale {
  return d.audience === 'user' ? 'en' : locale;
}

function words(d: NewDeviceSignInData, locale: EmailLocale) {
  return newDeviceSignInWords[languageOf(d, locale)];
}

function ifNotYou(d: NewDeviceSignInData, brandName: string, locale: EmailLocale): string {
  return d.audience === 'user' ? USER.ifNotYou : words(d, locale).ifNotYou(brandName);
}

function details(d: NewDeviceSignInData, locale: EmailLocale): Array<[string, string]> {
  const w = words(d, locale);
  const when = new Date(d.signedInAt);
  const lang = languageOf(d, locale);
  // English keeps the RFC 7231 date it always had; other languages read theirs.
  const time = Number.isNaN(when.getTime()) ? d.signedInAt : lang === 'en' ? when.toUTCString() : formatDate(d.signedInAt, 'time', lang);
  const rows: Array<[string, string]> = [[w.when, time]];
  if (d.userAgent) rows.push([w.device, oneLine(d.userAgent, 200)]);
  if (d.ip) rows.push([w.ipAddress, oneLine(d.ip, 64)]);
  return rows;
}
