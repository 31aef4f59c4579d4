import { html } from '../../../lib/html.ts';
import { paragraph } from '../layout.ts';
import type { EmailTemplate } from './template.ts';

export interface DeliveryTestData {
  /** Where the service runs (PUBLIC_URL), so the reader knows which installation wrote. */
  serviceUrl: string;
}

/** `foyer mail test`: proves that mail leaves the service and arrives. */
export const deliveryTest: EmailTemplate<DeliveryTestData> = {
  subject: (_d, brand) => `Test message from ${brand.name}`,
  preheader: () => 'Mail delivery works.',
  text: (d) =>
    [
      'This is a test message sent with `foyer mail test`.',
      `If you can read it, the Foyer service at ${d.serviceUrl} can send mail to this address.`,
    ].join('\n\n'),
  html: (d) => html`${paragraph(html`This is a test message sent with <code>foyer mail test</code>.`)}
${paragraph(`If you can read it, the Foyer service at ${d.serviceUrl} can send mail to this address.`)}`,
  footer: (_d, brand) => `Sent on behalf of ${brand.name} by an administrator of this Foyer service.`,
};
