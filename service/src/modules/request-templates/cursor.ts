import { isId } from '../../lib/ids.ts';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../lib/pagination.ts';
import { unsafeCharMessage } from '../../lib/unsafe-text.ts';

/** Where a page of templates ended: the last template's id, and the start of its name in case it is deleted. */
export interface TemplatePosition {
  id: string;
  namePrefix: string;
}

// The contract caps cursors at 200 characters; base64url grows a JSON text by a third, and the id with the
// JSON around it takes ~60 bytes, so the name's start gets at most 80 bytes of JSON.
const MAX_PREFIX_JSON_BYTES = 80;

/**
 * Templates are listed by name, so a page ends at a (name, id) position. A name (up to 200 characters) does
 * not fit the contract's 200-character cursor, so the cursor carries the id — the next page starts after that
 * template's current name — and the name's first characters, used only when the template was deleted in
 * between (a long name then may repeat a few templates; none is skipped). Opaque to clients like every
 * cursor: `{"i":"<id>","n":"<name prefix>"}` (lib/pagination.ts).
 */
export function encodeTemplateCursor(id: string, name: string): string {
  let prefix = '';
  for (const char of name) {
    if (Buffer.byteLength(JSON.stringify(prefix + char)) > MAX_PREFIX_JSON_BYTES) break;
    prefix += char;
  }
  return encodeKeysetCursor({ i: id, n: prefix });
}

export function decodeTemplateCursor(cursor: string | undefined): TemplatePosition | undefined {
  return decodeKeysetCursor(cursor, ({ i, n }) =>
    typeof i === 'string' && isId('requestTemplate', i) && typeof n === 'string' && n.length <= 200 && unsafeCharMessage(n) === undefined
      ? { id: i, namePrefix: n }
      : undefined,
  );
}
