import { html } from '../../../lib/html.ts';
import { button, paragraph } from '../layout.ts';
import type { Localized } from '../locale.ts';
import type { EmailTemplate } from './template.ts';

export interface InvitationData {
  portalName: string;
  /** The portal's direct link, built from PUBLIC_URL: `PUBLIC_URL/p/{portal_id}`. */
  portalUrl: string;
  /** The invited member's name, when the owner gave one. */
  recipientName?: string | null;
}

/** The words of {@link invitation}, in each language a client's email is written in. */
export const invitationWords: Localized<{
  subject: (business: string, portal: string) => string;
  preheader: (business: string) => string;
  hello: (name: string) => string;
  helloAnonymous: string;
  /** Around the portal's name, which the HTML sets in bold. */
  invited: (business: string) => [string, string];
  openPortal: string;
  open: (portal: string) => string;
  noPassword: string;
  footer: (business: string) => string;
}> = {
  en: {
    subject: (business, portal) => `${business} invited you to ${portal}`,
    preheader: (business) => `Exchange files and approvals with ${business} in one private place.`,
    hello: (name) => `Hello ${name},`,
    helloAnonymous: 'Hello,',
    invited: (business) => [
      `${business} invited you to`,
      ', a private portal where you exchange files with them, comment on them and approve documents.',
    ],
    openPortal: 'Open the portal:',
    open: (portal) => `Open ${portal}`,
    noPassword:
      'No account or password: the first time, you confirm your email address with a code we send you, and your device is remembered for 90 days.',
    footer: (business) => `Sent by ${business} because they added this email address to one of their client portals.`,
  },
  de: {
    subject: (business, portal) => `${business} hat Sie zu ${portal} eingeladen`,
    preheader: (business) => `Tauschen Sie Dateien und Freigaben mit ${business} an einem geschützten Ort aus.`,
    hello: (name) => `Guten Tag ${name},`,
    helloAnonymous: 'Guten Tag,',
    invited: (business) => [
      `${business} hat Sie zu`,
      ' eingeladen, einem geschützten Portal, in dem Sie Dateien austauschen, kommentieren und Dokumente freigeben.',
    ],
    openPortal: 'Portal öffnen:',
    open: (portal) => `${portal} öffnen`,
    noPassword:
      'Kein Konto, kein Passwort: Beim ersten Mal bestätigen Sie Ihre E-Mail-Adresse mit einem Code, den wir Ihnen senden, und Ihr Gerät bleibt 90 Tage lang angemeldet.',
    footer: (business) => `Gesendet von ${business}, weil diese E-Mail-Adresse zu einem seiner Kundenportale hinzugefügt wurde.`,
  },
  fr: {
    subject: (business, portal) => `${business} vous invite sur ${portal}`,
    preheader: (business) => `Échangez fichiers et approbations avec ${business} dans un espace privé.`,
    hello: (name) => `Bonjour ${name},`,
    helloAnonymous: 'Bonjour,',
    invited: (business) => [
      `${business} vous invite sur`,
      ', un portail privé où vous échangez des fichiers, les commentez et approuvez des documents.',
    ],
    openPortal: 'Ouvrir le portail :',
    open: (portal) => `Ouvrir ${portal}`,
    noPassword:
      'Ni compte ni mot de passe : la première fois, vous confirmez votre adresse e-mail avec un code que nous vous envoyons, et votre appareil est mémorisé pendant 90 jours.',
    footer: (business) => `Envoyé par ${business} parce que cette adresse e-mail a été ajoutée à l’un de ses portails clients.`,
  },
  es: {
    subject: (business, portal) => `${business} le ha invitado a ${portal}`,
    preheader: (business) => `Intercambie archivos y aprobaciones con ${business} en un espacio privado.`,
    hello: (name) => `Hola, ${name}:`,
    helloAnonymous: 'Hola:',
    invited: (business) => [
      `${business} le ha invitado a`,
      ', un portal privado donde intercambiar archivos, comentarlos y aprobar documentos.',
    ],
    openPortal: 'Abra el portal:',
    open: (portal) => `Abrir ${portal}`,
    noPassword:
      'Sin cuenta ni contraseña: la primera vez confirmará su dirección de correo con un código que le enviaremos, y su dispositivo se recordará durante 90 días.',
    footer: (business) => `Enviado por ${business} porque añadió esta dirección de correo a uno de sus portales de clientes.`,
  },
  nl: {
    subject: (business, portal) => `${business} heeft u uitgenodigd voor ${portal}`,
    preheader: (business) => `Wissel bestanden en goedkeuringen uit met ${business} op één afgeschermde plek.`,
    hello: (name) => `Beste ${name},`,
    helloAnonymous: 'Beste klant,',
    invited: (business) => [
      `${business} heeft u uitgenodigd voor`,
      ', een afgeschermd portaal waar u bestanden uitwisselt, becommentarieert en documenten goedkeurt.',
    ],
    openPortal: 'Open het portaal:',
    open: (portal) => `${portal} openen`,
    noPassword:
      'Geen account of wachtwoord: de eerste keer bevestigt u uw e-mailadres met een code die wij u sturen, en uw apparaat wordt 90 dagen onthouden.',
    footer: (business) => `Verstuurd door ${business} omdat dit e-mailadres is toegevoegd aan een van hun klantportalen.`,
  },
};

/** Sent when an owner adds a member with `send_invite: true`. */
export const invitation: EmailTemplate<InvitationData> = {
  subject: (d, brand, locale) => invitationWords[locale].subject(brand.name, d.portalName),
  preheader: (_d, brand, locale) => invitationWords[locale].preheader(brand.name),
  text: (d, brand, locale) => {
    const w = invitationWords[locale];
    const [before, after] = w.invited(brand.name);
    return [
      d.recipientName ? w.hello(d.recipientName) : w.helloAnonymous,
      `${before} ${d.portalName}${after}`,
      `${w.openPortal}\n${d.portalUrl}`,
      w.noPassword,
    ].join('\n\n');
  },
  html: (d, brand, locale) => {
    const w = invitationWords[locale];
    const [before, after] = w.invited(brand.name);
    return html`${paragraph(d.recipientName ? w.hello(d.recipientName) : w.helloAnonymous)}
${paragraph(html`${before} <strong>${d.portalName}</strong>${after}`)}
${button(brand, d.portalUrl, w.open(d.portalName), locale)}
${paragraph(w.noPassword)}`;
  },
  footer: (_d, brand, locale) => invitationWords[locale].footer(brand.name),
};
