// The contract's `format: date-time`, as the service can store it. ajv's check follows RFC 3339 to the letter,
// which lets through instants JavaScript and PostgreSQL cannot hold: a leap second (`23:59:60`), an offset of
// `+25:00`. Those reached the database as an invalid Date (a 500); this check refuses them, and also what
// Date.parse would silently roll over (`2024-02-30`, `24:00:00`) and years outside 0001–9999.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const EARLIEST = Date.parse('0001-01-01T00:00:00Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

/** Whether `value` is an RFC 3339 date-time naming a real instant between years 1 and 9999 (UTC). */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  if (month === 2 && day === 29 && !isLeapYear(year)) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= EARLIEST && time <= LATEST;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
