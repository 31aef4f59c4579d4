import type { Branding } from '../branding.ts';
import type { EmailLocale } from '../locale.ts';
import type { SafeHtml } from '../../../lib/html.ts';

/**
 * One kind of message. Every part is built from `data`, the workspace's branding and the recipient's language
 * (templates written for clients have their words in each of {@link EmailLocale}; the others are English and
 * ignore it); the layout adds the document around `html` and `text`. Data is untrusted text: `html` must
 * build markup with `html\`\``.
 */
export interface EmailTemplate<Data> {
  subject(data: Data, brand: Branding, locale: EmailLocale): string;
  /** The line mail clients show after the subject in the inbox list. */
  preheader(data: Data, brand: Branding, locale: EmailLocale): string;
  text(data: Data, brand: Branding, locale: EmailLocale): string;
  html(data: Data, brand: Branding, locale: EmailLocale): SafeHtml;
  /** Why the recipient gets this message; shown small under it. */
  footer(data: Data, brand: Branding, locale: EmailLocale): string;
}
