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
  const text = head.subarray(0, 1024).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<!doctype html|^<html|^<head|^<body|^<script|^<iframe/.test(text)) return 'text/html';
  if (/^<svg|^<\?xml[^>]*>\s*(<!--.*?-->\s*)*<svg/s.test(text)) return 'image/svg+xml';
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

function isProbablyText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 1024));
  const replacements = decoded.split('\uFFFD').length - 1;
  return replacements <= 1; // a multi-byte character cut at the sample's end
}
