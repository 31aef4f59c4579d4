import { oneLine, type Branding } from './branding.ts';
import { htmlDocument, textDocument } from './layout.ts';
import { TEMPLATES, type EmailTemplateData, type TemplateName } from './templates/index.ts';

/** A rendered message: both parts, ready for a Mailer. */
export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Renders `template` with `data` in the workspace's branding. */
export function composeEmail<K extends TemplateName>(template: K, data: EmailTemplateData[K], brand: Branding): ComposedEmail {
  const t = TEMPLATES[template];
  const subject = oneLine(t.subject(data, brand), 200);
  const footer = t.footer(data, brand);
  return {
    subject,
    text: textDocument({ body: t.text(data, brand), footer }),
    html: htmlDocument(brand, { subject, preheader: t.preheader(data, brand), body: t.html(data, brand), footer }),
  };
}
