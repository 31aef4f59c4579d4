import { html } from '../../../lib/html.ts';
import { button, codeBlock, paragraph } from '../layout.ts';
import type { Localized } from '../locale.ts';
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

/** The words of {@link verificationCode}, in each language a client's email is written in. */
export const verificationCodeWords: Localized<{
  subject: (code: string, portal: string) => string;
  preheader: (minutes: number) => string;
  codeFor: (code: string, portal: string, business: string) => string;
  /** The HTML's first line, before the code: the portal's name in bold (`portal`: markup, escaped by the caller). */
  yourCode: (business: string) => [string, string];
  enterWithin: (minutes: number) => string;
  orLink: (minutes: number) => string;
  orButton: (minutes: number) => string;
  signInTo: (portal: string) => string;
  notYou: string;
  footer: (business: string) => string;
}> = {
  en: {
    subject: (code, portal) => `${code} is your sign-in code for ${portal}`,
    preheader: (minutes) => `Enter it within ${minutes} minutes, or use the sign-in link.`,
    codeFor: (code, portal, business) => `${code} is your sign-in code for ${portal}, a client portal of ${business}.`,
    yourCode: (business) => ['Your sign-in code for', `, a client portal of ${business}:`],
    enterWithin: (minutes) => `Enter it on the sign-in screen within ${minutes} minutes.`,
    orLink: (minutes) => `Or sign in on this device with this link (valid for ${minutes} minutes, once):`,
    orButton: (minutes) => `Or sign in on this device with the button below (valid for ${minutes} minutes, once).`,
    signInTo: (portal) => `Sign in to ${portal}`,
    notYou: 'If you did not ask to sign in, ignore this email: nobody gets in without the code or the link.',
    footer: (business) => `Sent by ${business} because someone asked to sign in with this email address.`,
  },
  de: {
    subject: (code, portal) => `${code} ist Ihr Anmeldecode für ${portal}`,
    preheader: (minutes) => `Geben Sie ihn innerhalb von ${minutes} Minuten ein, oder nutzen Sie den Anmeldelink.`,
    codeFor: (code, portal, business) => `${code} ist Ihr Anmeldecode für ${portal}, ein Kundenportal von ${business}.`,
    yourCode: (business) => ['Ihr Anmeldecode für', `, ein Kundenportal von ${business}:`],
    enterWithin: (minutes) => `Geben Sie ihn innerhalb von ${minutes} Minuten auf der Anmeldeseite ein.`,
    orLink: (minutes) => `Oder melden Sie sich auf diesem Gerät mit diesem Link an (${minutes} Minuten gültig, einmalig):`,
    orButton: (minutes) => `Oder melden Sie sich auf diesem Gerät mit der Schaltfläche unten an (${minutes} Minuten gültig, einmalig).`,
    signInTo: (portal) => `Bei ${portal} anmelden`,
    notYou: 'Wenn Sie keine Anmeldung angefordert haben, ignorieren Sie diese E-Mail: Ohne den Code oder den Link kommt niemand hinein.',
    footer: (business) => `Gesendet von ${business}, weil jemand die Anmeldung mit dieser E-Mail-Adresse angefordert hat.`,
  },
  fr: {
    subject: (code, portal) => `${code} est votre code de connexion à ${portal}`,
    preheader: (minutes) => `Saisissez-le dans les ${minutes} minutes, ou utilisez le lien de connexion.`,
    codeFor: (code, portal, business) => `${code} est votre code de connexion à ${portal}, un portail client de ${business}.`,
    yourCode: (business) => ['Votre code de connexion à', `, un portail client de ${business} :`],
    enterWithin: (minutes) => `Saisissez-le sur l’écran de connexion dans les ${minutes} minutes.`,
    orLink: (minutes) => `Ou connectez-vous sur cet appareil avec ce lien (valable ${minutes} minutes, une seule fois) :`,
    orButton: (minutes) => `Ou connectez-vous sur cet appareil avec le bouton ci-dessous (valable ${minutes} minutes, une seule fois).`,
    signInTo: (portal) => `Se connecter à ${portal}`,
    notYou: 'Si vous n’avez pas demandé à vous connecter, ignorez cet e-mail : personne n’entre sans le code ou le lien.',
    footer: (business) => `Envoyé par ${business} parce que quelqu’un a demandé à se connecter avec cette adresse e-mail.`,
  },
  es: {
    subject: (code, portal) => `${code} es su código de acceso a ${portal}`,
    preheader: (minutes) => `Introdúzcalo en los próximos ${minutes} minutos o use el enlace de acceso.`,
    codeFor: (code, portal, business) => `${code} es su código de acceso a ${portal}, un portal de clientes de ${business}.`,
    yourCode: (business) => ['Su código de acceso a', `, un portal de clientes de ${business}:`],
    enterWithin: (minutes) => `Introdúzcalo en la pantalla de acceso en los próximos ${minutes} minutos.`,
    orLink: (minutes) => `O inicie sesión en este dispositivo con este enlace (válido durante ${minutes} minutos, una sola vez):`,
    orButton: (minutes) => `O inicie sesión en este dispositivo con el botón de abajo (válido durante ${minutes} minutos, una sola vez).`,
    signInTo: (portal) => `Acceder a ${portal}`,
    notYou: 'Si no ha solicitado iniciar sesión, ignore este correo: nadie puede entrar sin el código o el enlace.',
    footer: (business) => `Enviado por ${business} porque alguien solicitó iniciar sesión con esta dirección de correo.`,
  },
  nl: {
    subject: (code, portal) => `${code} is uw inlogcode voor ${portal}`,
    preheader: (minutes) => `Vul hem binnen ${minutes} minuten in, of gebruik de inloglink.`,
    codeFor: (code, portal, business) => `${code} is uw inlogcode voor ${portal}, een klantportaal van ${business}.`,
    yourCode: (business) => ['Uw inlogcode voor', `, een klantportaal van ${business}:`],
    enterWithin: (minutes) => `Vul hem binnen ${minutes} minuten in op het inlogscherm.`,
    orLink: (minutes) => `Of log op dit apparaat in met deze link (${minutes} minuten geldig, één keer):`,
    orButton: (minutes) => `Of log op dit apparaat in met de knop hieronder (${minutes} minuten geldig, één keer).`,
    signInTo: (portal) => `Inloggen bij ${portal}`,
    notYou: 'Hebt u niet gevraagd om in te loggen? Negeer dan deze e-mail: zonder de code of de link komt niemand binnen.',
    footer: (business) => `Verstuurd door ${business} omdat iemand met dit e-mailadres wilde inloggen.`,
  },
};

/** A sign-in code and a magic link, sent when someone asks to sign in to a portal. */
export const verificationCode: EmailTemplate<VerificationCodeData> = {
  // The code leads the subject: it shows in notifications, and the dev mailbox's summary finds it first.
  subject: (d, _brand, locale) => verificationCodeWords[locale].subject(d.code, d.portalName),
  preheader: (d, _brand, locale) => verificationCodeWords[locale].preheader(d.codeExpiresInMinutes),
  text: (d, brand, locale) => {
    const w = verificationCodeWords[locale];
    return [
      w.codeFor(d.code, d.portalName, brand.name),
      w.enterWithin(d.codeExpiresInMinutes),
      `${w.orLink(d.linkExpiresInMinutes)}\n${d.link}`,
      w.notYou,
    ].join('\n\n');
  },
  html: (d, brand, locale) => {
    const w = verificationCodeWords[locale];
    const [before, after] = w.yourCode(brand.name);
    return html`${paragraph(html`${before} <strong>${d.portalName}</strong>${after}`)}
${codeBlock(d.code)}
${paragraph(`${w.enterWithin(d.codeExpiresInMinutes)} ${w.orButton(d.linkExpiresInMinutes)}`)}
${button(brand, d.link, w.signInTo(d.portalName), locale)}
${paragraph(w.notYou)}`;
  },
  footer: (_d, brand, locale) => verificationCodeWords[locale].footer(brand.name),
};
