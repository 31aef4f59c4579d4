import { fileTypeFromBuffer } from 'file-type';

/** How many leading bytes detection needs (file-type's own minimum). */
export const SNIFF_BYTES = 4100;

/**
 * The content type of a file from its first bytes (never from its name or the client's claim):
 * file-type's magic numbers, then a few text formats it does not cover. Unknown → octet-stream.
 */
export async function detectContentType(head: Buffer): Promise<string> {
  const detected = await fileTypeFromBuffer(head);
  if (detected) return detected.mime;
  const text = head
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<!doctype html|^<html|^<head|^<body|^<script|^<iframe/.test(text)) return 'text/html';
  if (startsSvg(text)) return 'image/svg+xml';
  if (text.startsWith('<?xml')) return 'application/xml';
  if (head.length > 0 && isProbablyText(head)) return 'text/plain';
  return 'application/octet-stream';
}

/** Types a browser would render or run: always downloaded as `application/octet-stream`. */
export function isActiveContent(contentType: string): boolean {
  return /^(text\/html|application\/xhtml|image\/svg|application\/xml|text\/xml|text\/javascript|application\/javascript)/.test(
    contentType,
  );
}

/**
 * Whether `text` (lower-cased, leading space gone) opens an SVG document: `<svg`, or an XML declaration
 * and comments before it. A scan, not a regex: `(<!--.*?-->\s*)*` can split one comment run in
 * exponentially many ways, and a 200-byte upload held the event loop for seconds (issue 11, finding 1).
 */
function startsSvg(text: string): boolean {
  let at = 0;
  if (text.startsWith('<?xml')) {
    const end = text.indexOf('>', 5);
    if (end === -1) return false;
    at = end + 1;
    for (;;) {
      at = skipSpace(text, at);
      if (!text.startsWith('<!--', at)) break;
      const close = text.indexOf('-->', at + 4);
      if (close === -1) return false;
      at = close + 3;
    }
  }
  return text.startsWith('<svg', at);
}

/** The index of the first character at or after `at` that is not white space (as `\s` means it). */
function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function isProbablyText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 1024));
  const replacements = decoded.split('\uFFFD').length - 1;
  return replacements <= 1; // a multi-byte character cut at the sample's end
}
