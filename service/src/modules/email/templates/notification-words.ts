import type { Localized } from '../locale.ts';

/**
 * The words of a notification email to a client (`audience: 'client'`), in each language a client's email is
 * written in: the frame (greeting, count, button, unsubscribe, footer) and the lines of the kinds a client gets
 * (file, approval, comment and document-request kinds). The business's own notifications (`audience: 'owner'`,
 * the `client_*`, `approved` and `changes_requested` kinds) are English, as the console is; they use `en`'s frame.
 * `due`, `version` and the like arrive formatted; a function's `undefined` argument means "not given".
 */
export interface NotificationWords {
  hello: (name: string) => string;
  helloAnonymous: string;
  /** Around the portal's name, which the HTML sets in bold: "In **X**:" and "3 updates in **X**:". */
  inPortal: [string, string];
  updatesInPortal: (n: number) => [string, string];
  /** The subject of several updates. */
  updatesIn: (n: number, portal: string) => string;
  /** After a document request's subject when more came with it. */
  andMoreUpdates: (subject: string, more: number) => string;
  andMore: (n: number) => string;
  openPortal: string;
  open: (portal: string) => string;
  stop: string;
  footer: (business: string, portal: string, unsubscribeUrl: string) => string;
  /** A quotation in the language's marks. */
  quote: (text: string) => string;
  /** A file without a name. */
  aFile: string;
  withVersion: (file: string, version: number | undefined) => string;
  // Lines and subjects, by kind
  fileShared: (business: string, file: string) => string;
  fileSharedSubject: (portal: string, file: string) => string;
  versionShared: (business: string, version: string, file: string) => string;
  versionSharedSubject: (file: string, portal: string) => string;
  approvalRequested: (business: string, file: string, due: string | undefined) => string;
  approvalRequestedSubject: (file: string, due: string | undefined) => string;
  approvalReminder: (file: string, due: string | undefined) => string;
  approvalReminderSubject: (file: string, due: string | undefined) => string;
  commentReply: (who: string, file: string) => string;
  // Document requests
  documents: (n: number) => string;
  yourRequest: string;
  requestCreated: (business: string, documents: string, title: string, due: string | undefined) => string;
  requestCreatedSubject: (business: string, documents: string, due: string | undefined) => string;
  required: string;
  optional: string;
  reminder: (title: string, due: string | undefined) => string;
  overdue: (title: string, due: string | undefined) => string;
  /** After the reminder's opening: "; 2 documents are still missing." */
  stillMissing: (opening: string, n: number) => string;
  sentBack: (reason: string) => string;
}

export const notificationWords: Localized<NotificationWords> = {
  en: {
    hello: (name) => `Hello ${name},`,
    helloAnonymous: 'Hello,',
    inPortal: ['In', ':'],
    updatesInPortal: (n) => [`${n} updates in`, ':'],
    updatesIn: (n, portal) => `${n} updates in ${portal}`,
    andMoreUpdates: (subject, more) => `${subject} (and ${more} more update${more === 1 ? '' : 's'})`,
    andMore: (n) => `and ${n} more`,
    openPortal: 'Open the portal:',
    open: (portal) => `Open ${portal}`,
    stop: 'Stop these emails for this portal',
    footer: (business, portal, url) => `Sent by ${business} because you are a member of ${portal}. Unsubscribe: ${url}`,
    quote: (text) => `“${text}”`,
    aFile: 'a file',
    withVersion: (file, version) => (version ? `${file} (version ${version})` : file),
    fileShared: (business, file) => `${business} shared ${file}.`,
    fileSharedSubject: (portal, file) => `New file in ${portal}: ${file}`,
    versionShared: (business, version, file) => `${business} uploaded version ${version} of ${file}.`,
    versionSharedSubject: (file, portal) => `New version of ${file} in ${portal}`,
    approvalRequested: (business, file, due) => `${business} asks you to approve ${file}${due ? ` by ${due}` : ''}.`,
    approvalRequestedSubject: (file, due) => `Approval requested: ${file}${due ? ` (due ${due})` : ''}`,
    approvalReminder: (file, due) => `Reminder: ${file} is waiting for your approval${due ? `, due ${due}` : ''}.`,
    approvalReminderSubject: (file, due) => `Reminder: ${file} is due ${due ?? 'soon'}`,
    commentReply: (who, file) => `${who} replied to your comment on ${file}`,
    documents: (n) => `${n} document${n === 1 ? '' : 's'}`,
    yourRequest: 'your document request',
    requestCreated: (business, documents, title, due) => `${business} asks you for ${documents} (${title})${due ? ` by ${due}` : ''}.`,
    requestCreatedSubject: (business, documents, due) => `${business} asks for ${documents}${due ? ` by ${due}` : ''}`,
    required: 'required',
    optional: 'optional',
    reminder: (title, due) => `Reminder: ${title} is due ${due ?? 'soon'}`,
    overdue: (title, due) => `Overdue: ${title} was due ${due ?? 'soon'}`,
    stillMissing: (opening, n) => `${opening}; ${n === 1 ? '1 document is' : `${n} documents are`} still missing.`,
    sentBack: (reason) => `sent back: ${reason}`,
  },
  de: {
    hello: (name) => `Guten Tag ${name},`,
    helloAnonymous: 'Guten Tag,',
    inPortal: ['In', ':'],
    updatesInPortal: (n) => [`${n} Neuigkeiten in`, ':'],
    updatesIn: (n, portal) => `${n} Neuigkeiten in ${portal}`,
    andMoreUpdates: (subject, more) => `${subject} (und ${more} weitere ${more === 1 ? 'Neuigkeit' : 'Neuigkeiten'})`,
    andMore: (n) => `und ${n} weitere`,
    openPortal: 'Portal öffnen:',
    open: (portal) => `${portal} öffnen`,
    stop: 'Keine E-Mails mehr zu diesem Portal',
    footer: (business, portal, url) => `Gesendet von ${business}, weil Sie Mitglied von ${portal} sind. Abbestellen: ${url}`,
    quote: (text) => `„${text}“`,
    aFile: 'eine Datei',
    withVersion: (file, version) => (version ? `${file} (Version ${version})` : file),
    fileShared: (business, file) => `${business} hat ${file} freigegeben.`,
    fileSharedSubject: (portal, file) => `Neue Datei in ${portal}: ${file}`,
    versionShared: (business, version, file) => `${business} hat Version ${version} von ${file} hochgeladen.`,
    versionSharedSubject: (file, portal) => `Neue Version von ${file} in ${portal}`,
    approvalRequested: (business, file, due) => `${business} bittet Sie, ${file}${due ? ` bis ${due}` : ''} freizugeben.`,
    approvalRequestedSubject: (file, due) => `Freigabe erbeten: ${file}${due ? ` (fällig am ${due})` : ''}`,
    approvalReminder: (file, due) => `Erinnerung: ${file} wartet auf Ihre Freigabe${due ? `, fällig am ${due}` : ''}.`,
    approvalReminderSubject: (file, due) => (due ? `Erinnerung: ${file} ist am ${due} fällig` : `Erinnerung: ${file} ist bald fällig`),
    commentReply: (who, file) => `${who} hat auf Ihren Kommentar zu ${file} geantwortet`,
    documents: (n) => (n === 1 ? '1 Dokument' : `${n} Dokumente`),
    yourRequest: 'Ihre Dokumentenanfrage',
    requestCreated: (business, documents, title, due) => `${business} bittet Sie um ${documents} (${title})${due ? ` bis ${due}` : ''}.`,
    requestCreatedSubject: (business, documents, due) => `${business} bittet um ${documents}${due ? ` bis ${due}` : ''}`,
    required: 'erforderlich',
    optional: 'optional',
    reminder: (title, due) => (due ? `Erinnerung: ${title} ist am ${due} fällig` : `Erinnerung: ${title} ist bald fällig`),
    overdue: (title, due) => (due ? `Überfällig: ${title} war am ${due} fällig` : `Überfällig: ${title}`),
    stillMissing: (opening, n) => `${opening}; ${n === 1 ? '1 Dokument fehlt' : `${n} Dokumente fehlen`} noch.`,
    sentBack: (reason) => `zurückgeschickt: ${reason}`,
  },
  fr: {
    hello: (name) => `Bonjour ${name},`,
    helloAnonymous: 'Bonjour,',
    inPortal: ['Dans', '\u202f:'],
    updatesInPortal: (n) => [`${n} nouveautés dans`, '\u202f:'],
    updatesIn: (n, portal) => `${n} nouveautés dans ${portal}`,
    andMoreUpdates: (subject, more) => `${subject} (et ${more} autre${more === 1 ? '' : 's'} nouveauté${more === 1 ? '' : 's'})`,
    andMore: (n) => `et ${n} de plus`,
    openPortal: 'Ouvrir le portail\u202f:',
    open: (portal) => `Ouvrir ${portal}`,
    stop: 'Ne plus recevoir ces e-mails pour ce portail',
    footer: (business, portal, url) => `Envoyé par ${business} parce que vous êtes membre de ${portal}. Se désabonner\u202f: ${url}`,
    quote: (text) => `«\u202f${text}\u202f»`,
    aFile: 'un fichier',
    withVersion: (file, version) => (version ? `${file} (version ${version})` : file),
    fileShared: (business, file) => `${business} a partagé ${file}.`,
    fileSharedSubject: (portal, file) => `Nouveau fichier dans ${portal}\u202f: ${file}`,
    versionShared: (business, version, file) => `${business} a envoyé la version ${version} de ${file}.`,
    versionSharedSubject: (file, portal) => `Nouvelle version de ${file} dans ${portal}`,
    approvalRequested: (business, file, due) => `${business} vous demande d’approuver ${file}${due ? ` d’ici le ${due}` : ''}.`,
    approvalRequestedSubject: (file, due) => `Approbation demandée\u202f: ${file}${due ? ` (échéance ${due})` : ''}`,
    approvalReminder: (file, due) => `Rappel\u202f: ${file} attend votre approbation${due ? `, échéance ${due}` : ''}.`,
    approvalReminderSubject: (file, due) => `Rappel\u202f: ${file} est attendu ${due ? `le ${due}` : 'bientôt'}`,
    commentReply: (who, file) => `${who} a répondu à votre commentaire sur ${file}`,
    documents: (n) => (n <= 1 ? `${n} document` : `${n} documents`),
    yourRequest: 'votre demande de documents',
    requestCreated: (business, documents, title, due) =>
      `${business} vous demande ${documents} (${title})${due ? ` d’ici le ${due}` : ''}.`,
    requestCreatedSubject: (business, documents, due) => `${business} demande ${documents}${due ? ` d’ici le ${due}` : ''}`,
    required: 'obligatoire',
    optional: 'facultatif',
    reminder: (title, due) => `Rappel\u202f: ${title} est attendu ${due ? `le ${due}` : 'bientôt'}`,
    overdue: (title, due) => `En retard\u202f: ${title}${due ? ` était attendu le ${due}` : ''}`,
    stillMissing: (opening, n) => `${opening}\u202f; ${n <= 1 ? `${n} document manque` : `${n} documents manquent`} encore.`,
    sentBack: (reason) => `renvoyé\u202f: ${reason}`,
  },
  es: {
    hello: (name) => `Hola, ${name}:`,
    helloAnonymous: 'Hola:',
    inPortal: ['En', ':'],
    updatesInPortal: (n) => [`${n} novedades en`, ':'],
    updatesIn: (n, portal) => `${n} novedades en ${portal}`,
    andMoreUpdates: (subject, more) => `${subject} (y ${more} ${more === 1 ? 'novedad más' : 'novedades más'})`,
    andMore: (n) => `y ${n} más`,
    openPortal: 'Abra el portal:',
    open: (portal) => `Abrir ${portal}`,
    stop: 'Dejar de recibir estos correos de este portal',
    footer: (business, portal, url) => `Enviado por ${business} porque es miembro de ${portal}. Darse de baja: ${url}`,
    quote: (text) => `«${text}»`,
    aFile: 'un archivo',
    withVersion: (file, version) => (version ? `${file} (versión ${version})` : file),
    fileShared: (business, file) => `${business} ha compartido ${file}.`,
    fileSharedSubject: (portal, file) => `Archivo nuevo en ${portal}: ${file}`,
    versionShared: (business, version, file) => `${business} ha subido la versión ${version} de ${file}.`,
    versionSharedSubject: (file, portal) => `Versión nueva de ${file} en ${portal}`,
    approvalRequested: (business, file, due) => `${business} le pide que apruebe ${file}${due ? ` antes del ${due}` : ''}.`,
    approvalRequestedSubject: (file, due) => `Aprobación solicitada: ${file}${due ? ` (vence el ${due})` : ''}`,
    approvalReminder: (file, due) => `Recordatorio: ${file} está pendiente de su aprobación${due ? `, vence el ${due}` : ''}.`,
    approvalReminderSubject: (file, due) => `Recordatorio: ${file} vence ${due ? `el ${due}` : 'pronto'}`,
    commentReply: (who, file) => `${who} ha respondido a su comentario sobre ${file}`,
    documents: (n) => (n === 1 ? '1 documento' : `${n} documentos`),
    yourRequest: 'su solicitud de documentos',
    requestCreated: (business, documents, title, due) =>
      `${business} le solicita ${documents} (${title})${due ? ` antes del ${due}` : ''}.`,
    requestCreatedSubject: (business, documents, due) => `${business} solicita ${documents}${due ? ` antes del ${due}` : ''}`,
    required: 'obligatorio',
    optional: 'opcional',
    reminder: (title, due) => `Recordatorio: ${title} vence ${due ? `el ${due}` : 'pronto'}`,
    overdue: (title, due) => `Vencido: ${title}${due ? ` vencía el ${due}` : ''}`,
    stillMissing: (opening, n) => `${opening}; ${n === 1 ? 'todavía falta 1 documento' : `todavía faltan ${n} documentos`}.`,
    sentBack: (reason) => `devuelto: ${reason}`,
  },
  nl: {
    hello: (name) => `Beste ${name},`,
    helloAnonymous: 'Beste klant,',
    inPortal: ['In', ':'],
    updatesInPortal: (n) => [`${n} meldingen in`, ':'],
    updatesIn: (n, portal) => `${n} meldingen in ${portal}`,
    andMoreUpdates: (subject, more) => `${subject} (en nog ${more} ${more === 1 ? 'melding' : 'meldingen'})`,
    andMore: (n) => `en nog ${n}`,
    openPortal: 'Open het portaal:',
    open: (portal) => `${portal} openen`,
    stop: 'Geen e-mails meer over dit portaal',
    footer: (business, portal, url) => `Verstuurd door ${business} omdat u lid bent van ${portal}. Afmelden: ${url}`,
    quote: (text) => `‘${text}’`,
    aFile: 'een bestand',
    withVersion: (file, version) => (version ? `${file} (versie ${version})` : file),
    fileShared: (business, file) => `${business} heeft ${file} gedeeld.`,
    fileSharedSubject: (portal, file) => `Nieuw bestand in ${portal}: ${file}`,
    versionShared: (business, version, file) => `${business} heeft versie ${version} van ${file} geüpload.`,
    versionSharedSubject: (file, portal) => `Nieuwe versie van ${file} in ${portal}`,
    approvalRequested: (business, file, due) => `${business} vraagt u ${file}${due ? ` uiterlijk ${due}` : ''} goed te keuren.`,
    approvalRequestedSubject: (file, due) => `Goedkeuring gevraagd: ${file}${due ? ` (uiterlijk ${due})` : ''}`,
    approvalReminder: (file, due) => `Herinnering: ${file} wacht op uw goedkeuring${due ? `, uiterlijk ${due}` : ''}.`,
    approvalReminderSubject: (file, due) => `Herinnering: ${file} moet ${due ? `uiterlijk ${due}` : 'binnenkort'} klaar zijn`,
    commentReply: (who, file) => `${who} heeft gereageerd op uw opmerking bij ${file}`,
    documents: (n) => (n === 1 ? '1 document' : `${n} documenten`),
    yourRequest: 'uw documentverzoek',
    requestCreated: (business, documents, title, due) =>
      `${business} vraagt u om ${documents} (${title})${due ? ` uiterlijk ${due}` : ''}.`,
    requestCreatedSubject: (business, documents, due) => `${business} vraagt om ${documents}${due ? ` uiterlijk ${due}` : ''}`,
    required: 'verplicht',
    optional: 'optioneel',
    reminder: (title, due) => `Herinnering: ${title} moet ${due ? `uiterlijk ${due}` : 'binnenkort'} klaar zijn`,
    overdue: (title, due) => `Te laat: ${title}${due ? ` moest uiterlijk ${due} klaar zijn` : ''}`,
    stillMissing: (opening, n) => `${opening}; ${n === 1 ? 'er ontbreekt nog 1 document' : `er ontbreken nog ${n} documenten`}.`,
    sentBack: (reason) => `teruggestuurd: ${reason}`,
  },
};
