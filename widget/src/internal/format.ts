// Sizes and dates for people, in the widget's locale.

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatBytes(bytes: number, locale?: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}

export function formatDate(iso: string, locale?: string): string {
  const date = new Date(iso);
  const sameYear = date.getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(date);
}

export function formatDateTime(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "3 minutes ago", "yesterday"; falls back to the date after a week. */
export function formatRelative(iso: string, locale?: string): string {
  const seconds = (Date.parse(iso) - Date.now()) / 1000;
  const abs = Math.abs(seconds);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (abs < 60) return rtf.format(Math.round(seconds), 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return rtf.format(Math.round(seconds / 86400), 'day');
  return formatDate(iso, locale);
}

/** The words of a type label, in the widget's language. */
export interface TypeWords {
  fileType: string;
  imageType: (format: string) => string;
}

/** A short label for a MIME type: "PDF", "PNG image", "File". */
export function typeLabel(contentType: string, s: TypeWords): string {
  const sub = contentType.split('/')[1] ?? '';
  if (contentType === 'application/octet-stream' || !sub) return s.fileType;
  const short = sub.replace(/^(x-|vnd\.)/, '').split(/[.+;]/)[0] ?? sub;
  return contentType.startsWith('image/') ? s.imageType(short.toUpperCase()) : short.toUpperCase();
}

/** The image types shown inline (through an authorised blob URL); nothing else is. */
export const PREVIEWABLE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
