/**
 * The canonical JSON that hash versions 1 and 2 of the audit chain were computed with: object keys sorted at
 * every level (UTF-16 code units), no whitespace, strings and numbers as JSON.stringify writes them. Frozen:
 * events recorded with those versions must verify byte for byte as they were hashed, so never change it.
 * New events use RFC 8785 (chain-hash.ts); for the JSON values the trail stores the two give the same bytes.
 */
export function legacyCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(legacyCanonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${legacyCanonicalJson(v)}`).join(',')}}`;
}
