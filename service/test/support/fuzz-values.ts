import { resolve, schemaTypes, validValue, type SchemaNode } from './contract.ts';

// The fuzzer's raw material (support/fuzz.ts puts it together into requests): a seeded PRNG, and catalogues
// of hostile and edge values for bodies, queries, paths and headers.

/** A small seeded PRNG (mulberry32): the same seed gives the same requests, so a failure can be replayed. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** A JSON fragment written as is: numbers JavaScript cannot hold, deep nesting. */
export class Raw {
  constructor(readonly text: string) {}
}

export function toJson(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Sets an own property even for `__proto__`. */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const deep = (depth: number, open: string, close: string, inner = '1') => new Raw(open.repeat(depth) + inner + close.repeat(depth));

export const HOSTILE_STRINGS: readonly string[] = [
  'a\u0000b',
  '\u0000',
  'x\ud800',
  '\udfff',
  '\ud800\ud800',
  '\ud83d\ude00',
  '',
  ' ',
  '\t',
  '\r\n',
  '\u202efdp.exe',
  '\ufeff',
  '\uffff',
  'e\u0301',
  '😀'.repeat(2000),
  'é'.repeat(1001),
  'x'.repeat(201),
  'x'.repeat(1001),
  'x'.repeat(10_001),
  'x'.repeat(300_000),
  "'; drop table portals; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '\\',
  '"',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  'true',
  '1e309',
  '-0',
  'NaN',
  '0x10',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2024-02-30T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2024-01-01T00:00:00+25:00',
  '1969-12-31T23:59:60Z',
  '2024-01-01T24:00:00Z',
  '2024-01-01t00:00:00z',
  '2024-01-01T00:00:00.1234567890123Z',
  '2024-01-01 00:00:00Z',
  '0001-01-01T00:00:00-23:59',
  '2024-01-01',
  'a@b',
  '"a b"@example.com',
  'a@[127.0.0.1]',
  `${'x'.repeat(64)}@example.com`,
  `${'a'.repeat(300)}@example.com`,
  'ü@exämple.com',
  'a@example.com\n',
  'A@EXAMPLE.COM',
  'a@-example.com',
  '@example.com',
  'a@@b.com',
  'a@example..com',
  `a@${'b'.repeat(250)}.com`,
  'http://127.0.0.1/',
  'https://[::1]/',
  'https://93.184.215.14:99999/',
  'https://93.184.215.14:0/',
  'javascript:alert(1)',
  'https://user:pw@93.184.215.14/',
  'https://93.184.215.14/#frag',
  'ftp://93.184.215.14/',
  'https://169.254.169.254/latest',
  'https://[::ffff:127.0.0.1]/',
  'https://0x7f000001/',
  'https://2130706433/',
  'https://nonexistent.invalid/',
  'https:///x',
  'https://',
  `https://93.184.215.14/${'a'.repeat(2100)}`,
  'https://93.184.215.14/%00',
  'http://[fe80::1%25eth0]/',
  'https://a:99999',
  'http://a',
  '#zzzzzz',
  '#fff',
  '#FFFFFF',
  'null',
  '*',
  'approval.approved',
  'file.*',
  'a.b.c.d',
  'x.y',
  '123456',
  '000000',
  '999999',
  '1234567',
  'A'.repeat(43),
  'A'.repeat(22),
  'A'.repeat(64),
  'A'.repeat(65),
  'prt_00000000000000000000000000000000',
  'mem_00000000000000000000000000000000',
  'fil_00000000000000000000000000000000',
  'any',
  'all',
  'approve',
  'request_changes',
  'none',
  'verified',
  'link',
  'archived',
  'active',
  'ALL',
  'Approve',
];

export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2147483647,
  2147483648,
  -2147483649,
  4294967296,
  Number.MAX_SAFE_INTEGER,
  new Raw('9007199254740993'),
  new Raw('1e308'),
  new Raw('1e400'),
  new Raw('-1e400'),
  new Raw('-0'),
  new Raw('1E2'),
  new Raw('123456789012345678901234567890'),
  new Raw('0.0000000000000000000001'),
  new Raw('9223372036854775808'),
  [],
  {},
  [null],
  [''],
  { a: 1 },
  ['x', 'x'],
  Array.from({ length: 5000 }, (_, i) => `v${i}`),
  Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i])),
  deep(1000, '[', ']'),
  deep(50_000, '[', ']'),
  deep(2000, '{"a":', '}'),
];

export const WHOLE_BODIES: readonly string[] = [
  '',
  ' ',
  'null',
  '[]',
  '"x"',
  '1',
  'true',
  '{',
  '{"name":',
  '{"name":"x"',
  '{name: "x"}',
  "{'name':'x'}",
  '{"name":"x",}',
  '{"name":"x"}{"name":"y"}',
  '{"name":"x","name":"y"}',
  '\ufeff{"name":"x"}',
  '{"name":"\\ud800"}',
  '{"name":"\\u0000"}',
  '{"name":"\\x00"}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  `[${'1,'.repeat(10000)}1]`,
  `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
  `{"a":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`,
  'NaN',
  '-',
  '1e400',
  '{"name":1e400}',
];

export const CONTENT_TYPES: readonly (string | undefined)[] = [
  undefined,
  'text/plain',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/problem+json',
  'application/merge-patch+json',
  'application/json;;;',
  'APPLICATION/JSON',
  '*/*',
  'application/json, text/plain',
  'a'.repeat(2000),
  'application/octet-stream',
  'application/json; boundary=x',
  'application/vnd.api+json',
  'application/json; charset="utf-8"',
];

export const QUERY_VALUES: readonly string[] = [
  '',
  '%00',
  '%ff',
  '%ED%A0%80',
  '-1',
  '0',
  '1',
  '1.5',
  '1e3',
  '9007199254740993',
  '99999999999',
  '2147483648',
  '2147483647',
  'abc',
  '+1',
  '0x10',
  '%201',
  '1%20',
  'true',
  'null',
  '[]',
  'x'.repeat(5000),
  '%E0%A4%A',
  '%',
  '%%',
  '..%2F..',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '%2B275760-09-13T00:00:00.000Z',
  '2024-02-30T00:00:00Z',
  '2024-01-01T00:00:00%2B25:00',
  '1969-12-31T23:59:60Z',
  'mem_00000000000000000000000000000000',
  'key_00000000000000000000000000000000',
  'a.b',
  'approval.approved',
  'owner',
  'member',
  'active',
  'archived',
  'revoked',
];

/** Cursors that look like the API's own (base64url JSON) but carry odd content. */
export function cursorValue(r: Random): string {
  const crafted = [
    { v: 1, s: '9999999999999999999' },
    { v: 1, s: '9223372036854775807' },
    { v: 1, s: '9223372036854775808' },
    { v: 1, s: '0' },
    { v: 1, s: '-1' },
    { v: 1, s: 1 },
    { v: 2, s: '1' },
    { v: 1 },
    {},
    [],
    { v: 1, s: '1'.repeat(50) },
    { v: 1, s: '1e3' },
  ];
  if (r.chance(0.7)) return Buffer.from(JSON.stringify(r.pick(crafted))).toString('base64url');
  return r.pick(['AAAA', '____', 'e30', 'bnVsbA', 'x'.repeat(201), 'eyJ2IjoxLCJzIjoiMSJ9', '=']);
}

export const PATH_VALUES: readonly string[] = [
  '',
  '%00',
  '%2e%2e',
  '..',
  '%2F',
  'x'.repeat(5000),
  '%ED%A0%80',
  '%E0%A4%A',
  '%C3%A9',
  ';',
  '%20',
  'null',
  '0',
  '-1',
  '9007199254740993',
];

export const HEADER_ODDITIES: ReadonlyArray<[string, readonly string[]]> = [
  ['idempotency-key', ['', ' ', 'x'.repeat(300), 'k y', 'clé', 'fuzz-key-1', 'fuzz-key-2']],
  [
    'range',
    [
      'bytes=0-0',
      'bytes=-0',
      'bytes=9007199254740993-',
      'bytes=1-0',
      'bytes=0-1,2-3',
      'bytes=',
      'bytes=-',
      'items=0-1',
      'bytes=99999999999999999999-',
      'bytes=0-99999999999999999999',
      'bytes=1e3-',
      'bytes=-9007199254740993',
    ],
  ],
  ['if-none-match', ['*', 'W/"x"', '"x"', 'garbage', '"'.repeat(900), ',,,']],
  ['if-range', ['Wed, 21 Oct 2015 07:28:00 GMT', '"x"', 'garbage', 'W/"x"']],
  ['accept', ['text/html', 'application/xml', '*/*;q=0', 'application/json;q=abc']],
  ['origin', ['null', 'https://evil.example', `https://${'a'.repeat(2000)}.example`, 'http://127.0.0.1:1']],
  ['x-forwarded-for', ['1.2.3.4', 'garbage', '::1, 10.0.0.1', 'x'.repeat(2000)]],
  ['user-agent', ['', 'x'.repeat(8000), 'é']],
  ['accept-language', ['*', 'x'.repeat(1000)]],
];

/** A valid value at an edge of `schema`: the longest string (in multibyte characters too), a bound, a rare member. */
export function edgeValue(r: Random, schema: SchemaNode | undefined): unknown {
  const s = resolve(schema) ?? {};
  const types = schemaTypes(s);
  if (types.includes('null') && r.chance(0.2)) return null;
  if (s.enum) return r.pick(s.enum);
  if (types.includes('integer') || types.includes('number')) return r.pick([s.minimum ?? 1, s.maximum ?? s.minimum ?? 1]);
  if (types.includes('boolean')) return r.chance(0.5);
  if (types.includes('array')) return s.minItems ? [validValue(s.items)] : r.pick([[], [validValue(s.items)]]);
  if (types.includes('object')) return validValue(s);
  if (s.format === 'date-time')
    return r.pick(['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2028-02-29T23:59:59.999999999+14:00', '2026-06-30T00:00:00-12:00']);
  if (s.format === 'email')
    return r.pick([
      `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`,
      'A.B+tag@Example.COM',
      'x@localhost.test',
    ]);
  if (s.format === 'uri')
    return r.pick(['https://93.184.215.14/hook?a=1&b=%20', `https://93.184.215.14/${'a'.repeat(Math.min(s.maxLength ?? 200, 2000) - 30)}`]);
  if (s.pattern) return validValue(s);
  const max = Math.min(s.maxLength ?? 200, 20_000);
  return r.pick(['x'.repeat(max), 'é'.repeat(max), '😀'.repeat(max), 'x'.repeat(s.minLength ?? 1), '\u202eabc', ' padded ', 'line\nbreak']);
}

/** Short, printable, one line. */
export function preview(text: string, max = 80): string {
  const json = JSON.stringify(text.length > max ? `${text.slice(0, max)}…(${text.length})` : text);
  return json.slice(1, -1);
}
