import pg from 'pg';

const TIMESTAMPTZ: number = pg.types.builtins.TIMESTAMPTZ;
// PostgreSQL's text form of a timestamptz in a UTC session (DateStyle ISO, which the pool sets).
const UTC_TEXT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;
const parseTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date;

/**
 * A timestamptz as the API writes it (ISO 8601, milliseconds, `Z`) straight from PostgreSQL's text, without
 * a Date in between: lists carry four timestamps per row. Anything but a plain UTC value (another session
 * time zone, years past 9999, BC, infinity) goes through pg's own parser.
 */
export function timestamptzToIso(text: string): string {
  const match = UTC_TEXT.exec(text);
  if (match) return `${match[1]}T${match[2]}.${(match[3] ?? '000').padEnd(3, '0').slice(0, 3)}Z`;
  const date = parseTimestamptz(text);
  return date instanceof Date ? date.toISOString() : String(date);
}

/** Type parsers for a query whose timestamps should arrive as ISO 8601 strings (see `queryPrepared`). */
// pg types a parser as `any`; this module only hands parsers over, it never calls one.
const builtinParser = pg.types.getTypeParser as (oid: number, format?: 'text' | 'binary') => unknown;
export const ISO_TIMESTAMPS: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary'): unknown =>
    oid === TIMESTAMPTZ && format !== 'binary' ? timestamptzToIso : builtinParser(oid, format),
};
