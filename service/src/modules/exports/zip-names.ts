import { sanitizeFilename } from '../../lib/filename.ts';

const MAX_BYTES = 255;

/**
 * Names of a zip's entries in one folder, each sanitised (lib/filename.ts) and unique: a repeated name gets a
 * number before its extension — `report.pdf`, `report (2).pdf`, `report (3).pdf` — compared without case, as
 * Windows and macOS compare names when the zip is extracted.
 */
export class UniqueNames {
  readonly #taken = new Set<string>();

  take(name: string): string {
    const clean = sanitizeFilename(name);
    const dot = clean.lastIndexOf('.');
    // The extension as the sanitiser keeps it: a short one after the last dot.
    const [stem, ext] = dot > 0 && clean.length - dot <= 16 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ''];
    let candidate = clean;
    for (let n = 2; this.#taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})${ext}`;
      candidate = cutUtf8(stem, MAX_BYTES - Buffer.byteLength(suffix)) + suffix;
    }
    this.#taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** The longest start of `text` within `maxBytes` of UTF-8, cut between code points. */
function cutUtf8(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes) break;
    out += char;
  }
  return out;
}
