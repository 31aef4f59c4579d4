import type { Branding } from '../branding.ts';
import type { SafeHtml } from '../../../lib/html.ts';

/**
 * One kind of message. Every part is built from `data` and the workspace's branding; the layout adds the
 * document around `html` and `text`. Data is untrusted text: `html` must build markup with `html\`\``.
 */
export interface EmailTemplate<Data> {
  subject(data: Data, brand: Branding): string;
  /** The line mail clients show after the subject in the inbox list. */
  preheader(data: Data, brand: Branding): string;
  text(data: Data, brand: Branding): string;
  html(data: Data, brand: Branding): SafeHtml;
  /** Why the recipient gets this message; shown small under it. */
  footer(data: Data, brand: Branding): string;
}
