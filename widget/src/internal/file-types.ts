import type { Schema } from '@foyer/sdk';
import type { FoyerStrings } from '../strings.ts';
import { typeLabel } from './format.ts';

export type RequestItem = Schema<'RequestItem'>;

// A media type or a family (`image/*`) in words: [many, one].
const words = (s: FoyerStrings, type: string) =>
  s.typeNames[type] ?? s.otherType(type.endsWith('/*') ? type.slice(0, -2) : typeLabel(type, s));

/** What an item takes, for people: "PDF documents or images" (the locale's "or"). */
export function allowedWords(s: FoyerStrings, allowed: readonly string[], locale?: string): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(allowed.map((type) => words(s, type)[0]));
}

/**
 * Why the item would refuse this file, checked before sending it: '' when it may go. The browser's type is a
 * guess from the name; a file it has no guess for goes, and the service (which reads the bytes) decides.
 */
export function typeRefusal(s: FoyerStrings, item: RequestItem, file: File, locale?: string): string {
  const allowed = item.allowed_types;
  const type = file.type;
  if (!allowed.length || !type || allowed.some((a) => a === type || (a.endsWith('/*') && type.startsWith(a.slice(0, -1))))) return '';
  return s.wrongType(item.title, allowedWords(s, allowed, locale), file.name, words(s, type)[1]);
}
