import { oneLine, type Branding } from './branding.ts';
import { htmlDocument, textDocument } from './layout.ts';
import type { EmailLocale } from './locale.ts';
import { TEMPLATES, type EmailTemplateData, type TemplateName } from './templates/index.ts';

/** A rendered message: both parts, ready for a Mailer. */
export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Renders `template` with `data` in the workspace's branding, in the recipient's language (default English). */
export function composeEmail<K extends TemplateName>(
  template: K,
  data: EmailTemplateData[K],
  brand: Branding,
  locale: EmailLocale = 'en',
): ComposedEmail {
  const t = TEMPLATES[template];
  const subject = oneLine(t.subject(data, brand, locale), 200);
  const footer = t.footer(data, brand, locale);
  return {
    subject,
    text: textDocument({ body: t.text(data, brand, locale), footer }),
    html: htmlDocument(brand, { subject, preheader: t.preheader(data, brand, locale), body: t.html(data, brand, locale), footer, locale }),
  };
}
