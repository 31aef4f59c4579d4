import { trimEndOf } from './trim.ts';

// Display names come from clients and end up in Content-Disposition headers, emails and other people's
// download folders. They are never used as storage keys, but they must still be harmless everywhere.

const CONTROL = /\p{Cc}/gu; // C0 and C1 controls and DEL: U+0000–U+001F, U+007F–U+009F
// Bidi overrides, embeddings, isolates and marks: `invoice\u202Efdp.exe` would display as `invoiceexe.pdf`.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const WINDOWS_RESERVED = /[<>:"|?*]/g;
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_BYTES = 255;
const FALLBACK = 'file';

/**
 * Makes a user-supplied filename safe to store and to offer for download: keeps the last path segment,
 * drops control and bidi characters, replaces characters Windows forbids, defuses device names (`CON`,
 * `NUL`, `COM1`…) and trims to 255 bytes of UTF-8 keeping the extension.
 */
export function sanitizeFilename(input: string | undefined | null): string {
  let name = (input ?? '').normalize('NFC').replace(CONTROL, '').replace(BIDI, '');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name.replace(WINDOWS_RESERVED, '_');
  // Windows strips trailing dots and spaces; leading dots would make hidden files or `..`.
  name = trimEndOf(name.trim(), '. ').replace(/^\.+/, '').trim();
  if (DEVICE_NAME.test(name)) name = `_${name}`;
  name = truncateUtf8(name, MAX_BYTES);
  return name === '' ? FALLBACK : name;
}

/** Cuts to `maxBytes` of UTF-8 on a code point boundary, keeping a short extension. */
function truncateUtf8(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  const budget = maxBytes - Buffer.byteLength(ext);
  let out = '';
  let bytes = 0;
  for (const char of name.slice(0, name.length - ext.length)) {
    const size = Buffer.byteLength(char);
    if (bytes + size > budget) break;
    out += char;
    bytes += size;
  }
  return out.trimEnd() + ext;
}
