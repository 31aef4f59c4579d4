import { html, type SafeHtml } from '../../lib/html.ts';

/** Foyer's mark (`/favicon.svg`), the icon of the pages that belong to no workspace (the console's). */
export const defaultIconLink: SafeHtml = html`<link rel="icon" href="/favicon.svg" type="image/svg+xml">`;

/**
 * The `<link rel="icon">` of a page: the workspace's logo when it has one the page may load (https, or this
 * service's own origin — the pages' CSP allows images from nowhere else), Foyer's mark otherwise.
 */
export function iconLink(logoUrl: string | null, publicUrl: string): SafeHtml {
  if (logoUrl && loadable(logoUrl, publicUrl)) return html`<link rel="icon" href="${logoUrl}">`;
  return defaultIconLink;
}

function loadable(logoUrl: string, publicUrl: string): boolean {
  try {
    const url = new URL(logoUrl);
    return url.protocol === 'https:' || url.origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}
