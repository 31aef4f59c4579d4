import type { Branding } from './branding.ts';
import type { EmailLocale } from './locale.ts';
import { html, safeUrl, type SafeHtml } from '../../lib/html.ts';

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/**
 * The HTML document around a message body: table layout and inline styles (what mail clients render),
 * the workspace's logo or name, its accent colour. No other images, no tracking pixel, no web fonts.
 */
export function htmlDocument(
  brand: Branding,
  parts: { subject: string; preheader: string; body: SafeHtml; footer: string; locale?: EmailLocale },
): string {
  const header = brand.logoUrl
    ? html`<img src="${brand.logoUrl}" alt="${brand.name}" height="40" style="display:block;height:40px;max-width:240px;border:0;outline:none;text-decoration:none;">`
    : html`<span style="font-size:18px;font-weight:700;color:#111827;">${brand.name}</span>`;
  return html`<!doctype html>
<html lang="${parts.locale ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${parts.subject}</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f4f5;">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${parts.preheader}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f5;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border-top:4px solid ${brand.accentColor};border-radius:6px;">
<tr><td style="padding:24px 32px 8px 32px;font-family:${FONT};">${header}</td></tr>
<tr><td style="padding:8px 32px 28px 32px;font-family:${FONT};font-size:16px;line-height:1.5;color:#1f2937;">${parts.body}</td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;">
<tr><td style="padding:16px 32px;font-family:${FONT};font-size:12px;line-height:1.5;color:#6b7280;">${parts.footer}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`.value;
}

/** The plain-text part: the body, then the footer after a signature separator. */
export function textDocument(parts: { body: string; footer: string }): string {
  return `${parts.body.trim()}\n\n-- \n${parts.footer}\n`;
}

export function paragraph(content: SafeHtml | string): SafeHtml {
  return html`<p style="margin:0 0 16px 0;">${content}</p>`;
}

/** "Or paste this link into your browser:" under a button, in each language. */
const PASTE_LINK: Record<EmailLocale, string> = {
  en: 'Or paste this link into your browser:',
  de: 'Oder kopieren Sie diesen Link in Ihren Browser:',
  fr: 'Ou collez ce lien dans votre navigateur :',
  es: 'O pegue este enlace en su navegador:',
  nl: 'Of plak deze link in uw browser:',
};

/** A button-like link in the accent colour, with the URL repeated as text below for clients that hide it. */
export function button(brand: Branding, link: string, label: string, locale: EmailLocale = 'en'): SafeHtml {
  const href = safeUrl(link);
  if (!href) throw new TypeError(`email link must be an absolute http(s) URL, got ${JSON.stringify(link)}`);
  return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px 0;"><tr>
<td style="border-radius:6px;background-color:${brand.accentColor};"><a href="${href}" style="display:inline-block;padding:12px 22px;font-family:${FONT};font-size:16px;font-weight:600;color:${brand.onAccentColor};text-decoration:none;border-radius:6px;">${label}</a></td>
</tr></table>
<p style="margin:0 0 16px 0;font-size:13px;color:#6b7280;word-break:break-all;">${PASTE_LINK[locale]} <a href="${href}" style="color:#374151;">${href}</a></p>`;
}

/** A one-time code set large and spaced, easy to read and copy. */
export function codeBlock(code: string): SafeHtml {
  return html`<p style="margin:8px 0 20px 0;font-family:'SFMono-Regular',Menlo,Consolas,monospace;font-size:32px;font-weight:700;letter-spacing:6px;color:#111827;">${code}</p>`;
}
