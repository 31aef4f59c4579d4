// PostgreSQL's text cannot hold NUL (the insert fails), and a lone UTF-16 surrogate has no UTF-8 form (it is
// silently replaced on the way in, so what is stored is not what was sent). Both are refused at the edge.

/** Where an unsafe character was found, and which kind it is. */
export interface UnsafeText {
  /** JSON-pointer-like location, e.g. `/body/name` or `/body/approvers/0`. */
  path: string;
  message: string;
}

const NUL_MESSAGE = 'must not contain NUL (U+0000)';
const SURROGATE_MESSAGE = 'must not contain a lone UTF-16 surrogate (U+D800–U+DFFF): send well-formed Unicode';

/**
 * The message for the first NUL or lone surrogate in `text`, or undefined. A plain loop over char codes:
 * linear, no regular expression.
 */
export function unsafeCharMessage(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return NUL_MESSAGE;
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code <= 0xdbff) {
      const next = text.charCodeAt(i + 1); // NaN past the end
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return SURROGATE_MESSAGE;
  }
  return undefined;
}

/**
 * The first string (value or object key) in a parsed JSON value that holds NUL or a lone surrogate.
 * Walks with its own stack, so a deeply nested body cannot overflow the call stack.
 */
export function findUnsafeText(value: unknown, rootPath: string): UnsafeText | undefined {
  const stack: Array<[unknown, string]> = [[value, rootPath]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      const message = unsafeCharMessage(current);
      if (message) return { path: shorten(path), message };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], `${path}/${i}`]);
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const childPath = `${path}/${pointerToken(key)}`;
        const message = unsafeCharMessage(key);
        if (message) return { path: shorten(childPath), message: `(a property name) ${message}` };
        stack.push([child, childPath]);
      }
    }
  }
  return undefined;
}

const MAX_PATH_LENGTH = 200;

/** A path deep inside a hostile body is cut short: the answer names where it starts, not all 100,000 levels. */
function shorten(path: string): string {
  return path.length <= MAX_PATH_LENGTH ? path : `${path.slice(0, MAX_PATH_LENGTH)}…`;
}

/** A key as an RFC 6901 token, its own unsafe characters shown as U+FFFD so the answer stays valid text. */
function pointerToken(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    const char = key[i]!;
    if (code === 0) out += '\ufffd';
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < key.length && key.charCodeAt(i + 1) >= 0xdc00 && key.charCodeAt(i + 1) <= 0xdfff) {
      out += char + key[i + 1]!;
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else if (char === '~') out += '~0';
    else if (char === '/') out += '~1';
    else out += char;
  }
  return out;
}

/** Deeper than any body in the contract needs; JSON.stringify (idempotency, logging) overflows near 10,000. */
export const MAX_JSON_DEPTH = 64;

/** True when a parsed JSON value nests objects/arrays deeper than `max`. Walks with its own stack. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
