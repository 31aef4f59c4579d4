import { resolve, validValue, type Operation } from './contract.ts';
import { multipart, PDF_BYTES, type Part } from './uploads.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- OpenAPI schemas are free-form JSON
type Json = any;

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

/** The objects and credentials the requests aim at, so that many of them reach the handlers. */
export interface FuzzWorld {
  /** Real objects of the workspace under test, by path parameter name. */
  ids: Record<string, string>;
  /** Objects of another workspace (must be 404 to this one's credentials). */
  foreignIds: Record<string, string>;
  ownerKey: string;
  clientToken: string;
  foreignOwnerKey: string;
}

export interface FuzzRequest {
  operation: string;
  method: string;
  /** Raw request target: path and query exactly as sent, percent-encoding included. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** What was done to the valid request, for the failure message. */
  mutations: string[];
}

/** The share of requests that are valid but for edge values; the rest are malformed. */
const EDGE_SHARE = 0.1;
const EDGE = 'valid, at the edges';

/** Whether the request is one of the valid ones at the edges (not malformed). */
export function isEdge(req: FuzzRequest): boolean {
  return req.mutations[0] === EDGE;
}

/** A JSON fragment written as is: numbers JavaScript cannot hold, deep nesting. */
class Raw {
  constructor(readonly text: string) {}
}

function toJson(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Sets an own property even for `__proto__`. */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const deep = (depth: number, open: string, close: string, inner = '1') => new Raw(open.repeat(depth) + inner + close.repeat(depth));

const HOSTILE_STRINGS: readonly string[] = [
  'a\u0000b', '\u0000', 'x\ud800', '\udfff', '\ud800\ud800', '\ud83d\ude00', '', ' ', '\t', '\r\n', '\u202efdp.exe', '\ufeff', '\uffff',
  'e\u0301', '😀'.repeat(2000), 'é'.repeat(1001), 'x'.repeat(201), 'x'.repeat(1001), 'x'.repeat(10_001), 'x'.repeat(300_000),
  "'; drop table portals; --", '<script>alert(1)</script>', '../../etc/passwd', '%00', '\\', '"', '${jndi:ldap://x/a}', '{{7*7}}',
  '__proto__', 'constructor', 'null', 'true', '1e309', '-0', 'NaN', '0x10',
  '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2024-02-30T00:00:00Z', '+275760-09-13T00:00:00.000Z', '2024-01-01T00:00:00+25:00',
  '1969-12-31T23:59:60Z', '2024-01-01T24:00:00Z', '2024-01-01t00:00:00z', '2024-01-01T00:00:00.1234567890123Z', '2024-01-01 00:00:00Z',
  '0001-01-01T00:00:00-23:59', '2024-01-01',
  'a@b', '"a b"@example.com', 'a@[127.0.0.1]', `${'x'.repeat(64)}@example.com`, `${'a'.repeat(300)}@example.com`, 'ü@exämple.com',
  'a@example.com\n', 'A@EXAMPLE.COM', 'a@-example.com', '@example.com', 'a@@b.com', 'a@example..com', `a@${'b'.repeat(250)}.com`,
  'http://127.0.0.1/', 'https://[::1]/', 'https://93.184.215.14:99999/', 'https://93.184.215.14:0/', 'javascript:alert(1)',
  'https://user:pw@93.184.215.14/', 'https://93.184.215.14/#frag', 'ftp://93.184.215.14/', 'https://169.254.169.254/latest',
  'https://[::ffff:127.0.0.1]/', 'https://0x7f000001/', 'https://2130706433/', 'https://nonexistent.invalid/', 'https:///x', 'https://',
  `https://93.184.215.14/${'a'.repeat(2100)}`, 'https://93.184.215.14/%00', 'http://[fe80::1%25eth0]/', 'https://a:99999', 'http://a',
  '#zzzzzz', '#fff', '#FFFFFF', 'null', '*', 'approval.approved', 'file.*', 'a.b.c.d', 'x.y',
  '123456', '000000', '999999', '1234567', 'A'.repeat(43), 'A'.repeat(22), 'A'.repeat(64), 'A'.repeat(65),
  'prt_00000000000000000000000000000000', 'mem_00000000000000000000000000000000', 'fil_00000000000000000000000000000000',
  'any', 'all', 'approve', 'request_changes', 'none', 'verified', 'link', 'archived', 'active', 'ALL', 'Approve',
];

const HOSTILE_VALUES: readonly unknown[] = [
  null, true, false, 0, -1, 1.5, 2147483647, 2147483648, -2147483649, 4294967296, Number.MAX_SAFE_INTEGER,
  new Raw('9007199254740993'), new Raw('1e308'), new Raw('1e400'), new Raw('-1e400'), new Raw('-0'), new Raw('1E2'),
  new Raw('123456789012345678901234567890'), new Raw('0.0000000000000000000001'), new Raw('9223372036854775808'),
  [], {}, [null], [''], { a: 1 }, ['x', 'x'], Array.from({ length: 5000 }, (_, i) => `v${i}`),
  Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i])),
  deep(1000, '[', ']'), deep(50_000, '[', ']'), deep(2000, '{"a":', '}'),
];

/** A value for a field: an edge of its own schema (often still valid) or something hostile. */
function fieldValue(r: Random, schema: Json, world: FuzzWorld): unknown {
  const s = resolve(schema) ?? {};
  const roll = r.next();
  if (roll < 0.35) return r.pick(HOSTILE_STRINGS);
  if (roll < 0.6) return r.pick(HOSTILE_VALUES);
  if (roll < 0.7) return r.pick([...Object.values(world.ids), ...Object.values(world.foreignIds)]);
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (s.enum) return r.chance(0.5) ? r.pick(s.enum as unknown[]) : String(r.pick(s.enum as unknown[])).toUpperCase();
  if (types.includes('integer') || types.includes('number')) {
    const min = s.minimum ?? 0;
    const max = s.maximum ?? 2 ** 31;
    return r.pick<unknown>([min, min - 1, max, max + 1, 2 ** 31 - 1, 2 ** 31, 2 ** 63, new Raw('9007199254740993'), 99_999_999_999]);
  }
  if (types.includes('array')) {
    const item = () => (r.chance(0.5) ? validValue(s.items) : fieldValue(r, s.items, world));
    const size = r.pick([0, 1, 2, (s.maxItems ?? 100) + 1, 1000]);
    const items = Array.from({ length: Math.min(size, 1000) }, item);
    if (r.chance(0.2) && items.length > 0) items.push(items[0]); // duplicates against uniqueItems
    return items;
  }
  if (types.includes('object')) return mutateObject(r, (validValue(s) as Record<string, unknown>) ?? {}, s, world, []);
  if (types.includes('string')) {
    const max = s.maxLength ?? 200;
    return r.pick([
      'x'.repeat(max), 'x'.repeat(max + 1), 'é'.repeat(max), '😀'.repeat(Math.ceil(max / 2)), validValue(s), `${String(validValue(s))}\u0000`,
      String(validValue(s)).toUpperCase(), ` ${String(validValue(s))}`,
    ]);
  }
  return r.pick(HOSTILE_VALUES);
}

/** One to three changes to a JSON object: a field set to an edge or hostile value, a field dropped, an unknown one. */
function mutateObject(r: Random, base: Record<string, unknown>, schema: Json, world: FuzzWorld, log: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  const properties: Record<string, Json> = resolve(schema)?.properties ?? {};
  const names = Object.keys(properties);
  const changes = 1 + r.int(3);
  for (let i = 0; i < changes; i++) {
    const roll = r.next();
    if (names.length > 0 && roll < 0.7) {
      const name = r.pick(names);
      const value = fieldValue(r, properties[name], world);
      setKey(out, name, value);
      log.push(`${name}=${preview(toJson(value))}`);
    } else if (roll < 0.85 && Object.keys(out).length > 0) {
      const name = r.pick(Object.keys(out));
      delete out[name];
      log.push(`-${name}`);
    } else {
      const name = r.pick(['not_a_field', '__proto__', 'constructor', 'x'.repeat(1000), '', 'a\u0000', '\ud800', 'name ', 'NAME']);
      setKey(out, name, r.pick(HOSTILE_VALUES));
      log.push(`+${preview(name)}`);
    }
  }
  return out;
}

/** The operation's valid body with every optional field filled in too, so the optional ones get fuzzed. */
function fullBody(op: Operation): Record<string, unknown> {
  const schema = resolve(op.requestSchema);
  const out = { ...((op.requestExample ?? validValue(schema)) as Record<string, unknown>) };
  for (const [name, property] of Object.entries<Json>(schema.properties ?? {})) if (!(name in out)) out[name] = validValue(property);
  return out;
}

const WHOLE_BODIES: readonly string[] = [
  '', ' ', 'null', '[]', '"x"', '1', 'true', '{', '{"name":', '{"name":"x"', '{name: "x"}', "{'name':'x'}", '{"name":"x",}',
  '{"name":"x"}{"name":"y"}', '{"name":"x","name":"y"}', '\ufeff{"name":"x"}', '{"name":"\\ud800"}', '{"name":"\\u0000"}',
  '{"name":"\\x00"}', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', `[${'1,'.repeat(10000)}1]`,
  `${'['.repeat(200_000)}${']'.repeat(200_000)}`, `{"a":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`, 'NaN', '-', '1e400', '{"name":1e400}',
];

const CONTENT_TYPES: readonly (string | undefined)[] = [
  undefined, 'text/plain', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/json; charset=utf-8',
  'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=x', 'application/problem+json',
  'application/merge-patch+json', 'application/json;;;', 'APPLICATION/JSON', '*/*', 'application/json, text/plain', 'a'.repeat(2000),
  'application/octet-stream', 'application/json; boundary=x', 'application/vnd.api+json', 'application/json; charset="utf-8"',
];

/** A request body for a JSON operation: the valid one mutated, or something else altogether. */
function jsonRequest(r: Random, op: Operation, world: FuzzWorld, req: FuzzRequest): void {
  const roll = r.next();
  let text: string;
  if (roll < 0.6) {
    const base = r.chance(0.5) ? fullBody(op) : ((op.requestExample ?? validValue(op.requestSchema)) as Record<string, unknown>);
    text = toJson(mutateObject(r, base, op.requestSchema, world, req.mutations));
  } else if (roll < 0.75) {
    text = r.pick(WHOLE_BODIES);
    req.mutations.push(`body ${preview(text)}`);
  } else if (roll < 0.85) {
    const valid = toJson(fullBody(op));
    text = valid.slice(0, r.int(valid.length));
    req.mutations.push('truncated JSON');
  } else if (roll < 0.9) {
    req.body = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    req.headers['content-type'] = 'application/json';
    req.mutations.push('invalid UTF-8 in a string');
    return;
  } else {
    text = toJson(op.requestExample ?? validValue(op.requestSchema));
    req.headers['content-encoding'] = r.pick(['gzip', 'br', 'deflate', 'identity', 'x-unknown']);
    req.mutations.push(`content-encoding ${req.headers['content-encoding']}`);
  }
  req.body = Buffer.from(text, 'utf8');
  req.headers['content-type'] = 'application/json';
  if (r.chance(0.15)) setContentType(r, req);
}

function setContentType(r: Random, req: FuzzRequest): void {
  const type = r.pick(CONTENT_TYPES);
  if (type === undefined) delete req.headers['content-type'];
  else req.headers['content-type'] = type;
  req.mutations.push(`content-type ${preview(String(type))}`);
}

/** A multipart upload with one oddity (or none: a plain, valid upload). */
function multipartRequest(r: Random, req: FuzzRequest): void {
  const file = (params = '; filename="a.pdf"', value: Buffer = PDF_BYTES): Part => ({ name: 'file', value, params, contentType: 'application/pdf' });
  const variants: Array<[string, () => Part[]]> = [
    ['valid', () => [file()]],
    ['empty file', () => [file('; filename="empty"', Buffer.alloc(0))]],
    ['no file part', () => [{ name: 'name', value: 'x' }]],
    ['file part named files', () => [{ ...file(), name: 'files' }]],
    ['two files', () => [file(), file()]],
    ['name field NUL', () => [{ name: 'name', value: 'a\u0000b' }, file()]],
    ['name field empty', () => [{ name: 'name', value: '' }, file()]],
    ['name field 5000 chars', () => [{ name: 'name', value: 'x'.repeat(5000) }, file()]],
    ['name field dots', () => [{ name: 'name', value: '..' }, file()]],
    ['name after file', () => [file(), { name: 'name', value: 'late.pdf' }]],
    ['filename* NUL', () => [file("; filename*=UTF-8''a%00b.pdf")]],
    ['filename* unknown charset', () => [file("; filename*=x-unknown''a.pdf")]],
    ['filename* bad encoding', () => [file("; filename*=UTF-8''%E0%A4%A.pdf")]],
    ['filename* lone surrogate bytes', () => [file("; filename*=UTF-8''%ED%A0%80.pdf")]],
    ['filename 2000 chars', () => [file(`; filename="${'x'.repeat(2000)}.pdf"`)]],
    ['filename empty', () => [file('; filename=""')]],
    ['no filename', () => [file('')]],
    ['field name 1100 chars', () => [{ name: 'n'.repeat(1100), value: 'x' }, file()]],
    ['field name 20000 chars', () => [{ name: 'n'.repeat(20_000), value: 'x' }, file()]],
    ['seven parts', () => [...Array.from({ length: 6 }, (_, i) => ({ name: `f${i}`, value: 'x' })), file()]],
    ['NUL field name', () => [{ name: 'na\u0000me', value: 'x' }, file()]],
  ];
  const [label, parts] = r.pick(variants);
  req.mutations.push(`multipart: ${label}`);
  const form = multipart(parts());
  let body = form.body;
  let contentType = form.contentType;
  const roll = r.next();
  if (roll < 0.1) {
    body = body.subarray(0, r.int(body.length));
    req.mutations.push('multipart truncated');
  } else if (roll < 0.15) {
    contentType = 'multipart/form-data';
    req.mutations.push('no boundary');
  } else if (roll < 0.2) {
    contentType = 'multipart/form-data; boundary=other';
    req.mutations.push('wrong boundary');
  } else if (roll < 0.25) {
    body = Buffer.from(body.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    req.mutations.push('LF line endings');
  } else if (roll < 0.3) {
    body = Buffer.concat([Buffer.from('preamble garbage\r\n'), body, Buffer.from('epilogue')]);
    req.mutations.push('preamble and epilogue');
  } else if (roll < 0.35) {
    body = Buffer.from(body.toString('latin1').replace(/Content-Disposition: [^\r]*\r\n/, ''), 'latin1');
    req.mutations.push('part without Content-Disposition');
  } else if (roll < 0.4) {
    contentType = `multipart/form-data; boundary=${'b'.repeat(100)}`;
    req.mutations.push('boundary 100 chars');
  }
  req.body = body;
  req.headers['content-type'] = contentType;
  if (r.chance(0.1)) setContentType(r, req);
}

const QUERY_VALUES: readonly string[] = [
  '', '%00', '%ff', '%ED%A0%80', '-1', '0', '1', '1.5', '1e3', '9007199254740993', '99999999999', '2147483648', '2147483647', 'abc',
  '+1', '0x10', '%201', '1%20', 'true', 'null', '[]', 'x'.repeat(5000), '%E0%A4%A', '%', '%%', '..%2F..',
  '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '%2B275760-09-13T00:00:00.000Z', '2024-02-30T00:00:00Z', '2024-01-01T00:00:00%2B25:00',
  '1969-12-31T23:59:60Z', 'mem_00000000000000000000000000000000', 'key_00000000000000000000000000000000', 'a.b', 'approval.approved',
  'owner', 'member', 'active', 'archived', 'revoked',
];

/** Cursors that look like the API's own (base64url JSON) but carry odd content. */
function cursorValue(r: Random): string {
  const crafted = [
    { v: 1, s: '9999999999999999999' }, { v: 1, s: '9223372036854775807' }, { v: 1, s: '9223372036854775808' }, { v: 1, s: '0' },
    { v: 1, s: '-1' }, { v: 1, s: 1 }, { v: 2, s: '1' }, { v: 1 }, {}, [], { v: 1, s: '1'.repeat(50) }, { v: 1, s: '1e3' },
  ];
  if (r.chance(0.7)) return Buffer.from(JSON.stringify(r.pick(crafted))).toString('base64url');
  return r.pick(['AAAA', '____', 'e30', 'bnVsbA', 'x'.repeat(201), 'eyJ2IjoxLCJzIjoiMSJ9', '=']);
}

function queryString(r: Random, op: Operation, req: FuzzRequest): string {
  const declared = op.parameters.filter((p: Json) => p.in === 'query').map((p: Json) => p.name as string);
  const pairs: string[] = [];
  const count = r.int(3) + (declared.length > 0 ? 1 : 0);
  for (let i = 0; i < count; i++) {
    const roll = r.next();
    if (declared.length > 0 && roll < 0.75) {
      const name = r.pick(declared);
      pairs.push(`${name}=${name === 'cursor' && r.chance(0.6) ? cursorValue(r) : r.pick(QUERY_VALUES)}`);
    } else {
      pairs.push(r.pick(['unknown=1', 'limit=1&limit=2', 'limit[gt]=1', '__proto__=1', 'constructor[prototype]=1', '%00=1', '=1', '&&&', 'a', `${'p'.repeat(3000)}=1`]));
    }
  }
  if (r.chance(0.02)) pairs.push(Array.from({ length: 1500 }, (_, i) => `k${i}=1`).join('&'));
  const query = pairs.join('&');
  req.mutations.push(`query ${preview(query)}`);
  return query;
}

const PATH_VALUES: readonly string[] = [
  '', '%00', '%2e%2e', '..', '%2F', 'x'.repeat(5000), '%ED%A0%80', '%E0%A4%A', '%C3%A9', ';', '%20', 'null', '0', '-1', '9007199254740993',
];

function pathFor(r: Random, op: Operation, world: FuzzWorld, req: FuzzRequest): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const real = world.ids[name] ?? `x_${name}`;
    const roll = r.next();
    if (roll < 0.7) return real;
    let value: string;
    if (roll < 0.78) value = r.pick(Object.values(world.ids));
    else if (roll < 0.84) value = world.foreignIds[name] ?? r.pick(Object.values(world.foreignIds));
    else if (roll < 0.88) value = real.toUpperCase();
    else if (roll < 0.92) value = `${real.slice(0, 4)}${'0'.repeat(32)}`;
    else value = r.chance(0.5) ? r.pick(PATH_VALUES) : `${real}${r.pick(PATH_VALUES)}`;
    req.mutations.push(`{${name}}=${preview(value)}`);
    return value;
  });
}

function credentials(r: Random, op: Operation, world: FuzzWorld, req: FuzzRequest): void {
  const right = op.credentials.length === 0 ? undefined : r.pick(op.credentials) === 'client' ? world.clientToken : world.ownerKey;
  const roll = r.next();
  let header: string | undefined;
  if (roll < 0.75) header = right && `Bearer ${right}`;
  else if (roll < 0.85) header = `Bearer ${right === world.ownerKey ? world.clientToken : world.ownerKey}`;
  else if (roll < 0.9) header = `Bearer ${world.foreignOwnerKey}`;
  else if (roll < 0.93) header = undefined;
  else {
    header = r.pick([
      'Bearer ', 'Bearer sk_x.y', 'Basic dXNlcjpwYXNz', `Bearer ${'a'.repeat(5000)}`, `bearer ${world.ownerKey}`, `Bearer  ${world.ownerKey}`,
      `Bearer ${world.ownerKey}x`, `Bearer ${world.clientToken.slice(0, 36)}${'A'.repeat(43)}`, 'Bearer us_00000000000000000000000000000000.x',
      `Bearer ${world.ownerKey}, Bearer ${world.clientToken}`, 'Bearer cs_.', 'Bearer sk_.',
    ]);
  }
  if (header !== undefined) req.headers.authorization = header;
  if (roll >= 0.75) req.mutations.push(`authorization ${preview(header ?? '(none)')}`);
}

const HEADER_ODDITIES: ReadonlyArray<[string, readonly string[]]> = [
  ['idempotency-key', ['', ' ', 'x'.repeat(300), 'k y', 'clé', 'fuzz-key-1', 'fuzz-key-2']],
  ['range', ['bytes=0-0', 'bytes=-0', 'bytes=9007199254740993-', 'bytes=1-0', 'bytes=0-1,2-3', 'bytes=', 'bytes=-', 'items=0-1', 'bytes=99999999999999999999-', 'bytes=0-99999999999999999999', 'bytes=1e3-', 'bytes=-9007199254740993']],
  ['if-none-match', ['*', 'W/"x"', '"x"', 'garbage', '"'.repeat(900), ',,,']],
  ['if-range', ['Wed, 21 Oct 2015 07:28:00 GMT', '"x"', 'garbage', 'W/"x"']],
  ['accept', ['text/html', 'application/xml', '*/*;q=0', 'application/json;q=abc']],
  ['origin', ['null', 'https://evil.example', `https://${'a'.repeat(2000)}.example`, 'http://127.0.0.1:1']],
  ['x-forwarded-for', ['1.2.3.4', 'garbage', '::1, 10.0.0.1', 'x'.repeat(2000)]],
  ['user-agent', ['', 'x'.repeat(8000), 'é']],
  ['accept-language', ['*', 'x'.repeat(1000)]],
];

/** A valid value at an edge of `schema`: the longest string (in multibyte characters too), a bound, a rare member. */
function edgeValue(r: Random, schema: Json): unknown {
  const s = resolve(schema) ?? {};
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.includes('null') && r.chance(0.2)) return null;
  if (s.enum) return r.pick(s.enum as unknown[]);
  if (types.includes('integer') || types.includes('number')) return r.pick([s.minimum ?? 1, s.maximum ?? s.minimum ?? 1]);
  if (types.includes('boolean')) return r.chance(0.5);
  if (types.includes('array')) return s.minItems ? [validValue(s.items)] : r.pick([[], [validValue(s.items)]]);
  if (types.includes('object')) return validValue(s);
  if (s.format === 'date-time') return r.pick(['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2028-02-29T23:59:59.999999999+14:00', '2026-06-30T00:00:00-12:00']);
  if (s.format === 'email') return r.pick([`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`, 'A.B+tag@Example.COM', 'x@localhost.test']);
  if (s.format === 'uri') return r.pick(['https://93.184.215.14/hook?a=1&b=%20', `https://93.184.215.14/${'a'.repeat(Math.min(s.maxLength ?? 200, 2000) - 30)}`]);
  if (s.pattern) return validValue(s);
  const max = Math.min(s.maxLength ?? 200, 20_000);
  return r.pick(['x'.repeat(max), 'é'.repeat(max), '😀'.repeat(max), 'x'.repeat(s.minLength ?? 1), '\u202eabc', ' padded ', 'line\nbreak']);
}

/** A request that is valid but for edge values, with the right credentials on real objects: it reaches the handler. */
function edgeRequest(r: Random, op: Operation, world: FuzzWorld, req: FuzzRequest): void {
  req.path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => world.ids[name] ?? name);
  const query = op.parameters.filter((p: Json) => p.in === 'query' && p.name !== 'cursor');
  if (query.length > 0 && r.chance(0.5)) {
    const parameter = r.pick(query);
    req.path += `?${parameter.name}=${encodeURIComponent(String(edgeValue(r, parameter.schema)))}`;
  }
  const credential = op.credentials.length === 0 ? undefined : r.pick(op.credentials) === 'client' ? world.clientToken : world.ownerKey;
  if (credential) req.headers.authorization = `Bearer ${credential}`;
  if (op.multipart) {
    const filename = r.pick(['😀'.repeat(100) + '.pdf', `${'a'.repeat(300)}.pdf`, 'CON.pdf', 'résumé.pdf', '.pdf', 'a b.pdf']);
    const form = multipart([{ name: 'name', value: r.pick(['x'.repeat(1000), '😀', filename]) }, { name: 'file', value: PDF_BYTES, params: `; filename*=UTF-8''${encodeURIComponent(filename)}`, contentType: 'application/pdf' }]);
    req.body = form.body;
    req.headers['content-type'] = form.contentType;
    req.mutations.push(`edge upload ${preview(filename, 40)}`);
  } else if (op.requestSchema) {
    const body = r.chance(0.5) ? fullBody(op) : { ...((op.requestExample ?? validValue(op.requestSchema)) as Record<string, unknown>) };
    const properties = Object.entries<Json>(resolve(op.requestSchema).properties ?? {});
    if (properties.length > 0) {
      const [name, schema] = r.pick(properties);
      body[name] = edgeValue(r, schema);
      req.mutations.push(`edge ${name}=${preview(toJson(body[name]), 40)}`);
    }
    req.body = Buffer.from(toJson(body));
    req.headers['content-type'] = 'application/json';
  }
  req.mutations.unshift(EDGE);
}

/**
 * Builds `malformed` malformed requests, plus about one in ten more that are valid at the edges (so every
 * operation's handler runs), spread evenly over `operations` (round robin), reproducibly from `seed`.
 */
export function generateRequests(seed: number, malformed: number, operations: Operation[], world: FuzzWorld): FuzzRequest[] {
  const r = new Random(seed);
  const requests: FuzzRequest[] = [];
  for (let i = 0, made = 0; made < malformed; i++) {
    const op = operations[i % operations.length]!;
    const req: FuzzRequest = { operation: `${op.method} ${op.path}`, method: op.method, path: '', headers: {}, mutations: [] };
    if (r.chance(EDGE_SHARE)) {
      edgeRequest(r, op, world, req);
      requests.push(req);
      continue;
    }
    let path = pathFor(r, op, world, req);
    if (r.chance(0.3) || op.parameters.some((p: Json) => p.in === 'query') && r.chance(0.5)) {
      const query = queryString(r, op, req);
      if (query) path += `?${query}`;
    }
    if (r.chance(0.03)) {
      path = r.pick([`${path}/`, path.replace('/v1/', '/v1//'), `${path}/extra`, path.replace(/^\/v1/, '/V1')]);
      req.mutations.push('path shape');
    }
    req.path = path;
    credentials(r, op, world, req);
    if (op.method !== 'GET' && op.method !== 'HEAD' && op.method !== 'DELETE') {
      if (op.multipart) multipartRequest(r, req);
      else if (op.requestSchema) jsonRequest(r, op, world, req);
      else if (r.chance(0.3)) {
        req.body = Buffer.from(r.pick(WHOLE_BODIES));
        req.headers['content-type'] = 'application/json';
        req.mutations.push('body on an operation without one');
      }
    } else if (op.method !== 'HEAD' && r.chance(0.1)) {
      req.body = Buffer.from(r.pick(WHOLE_BODIES));
      req.headers['content-type'] = r.pick(['application/json', 'text/plain']);
      req.mutations.push(`body on a ${op.method}`);
    }
    if (r.chance(0.03)) {
      // A method the operation's path does not have, or a CORS preflight for it.
      req.method = r.pick(['PUT', 'OPTIONS', 'TRACE', 'PATCH', 'DELETE', 'POST', 'PROPFIND']);
      if (req.method === 'OPTIONS') {
        req.headers.origin = r.pick(['https://evil.example', 'null', 'http://127.0.0.1:1']);
        req.headers['access-control-request-method'] = r.pick([op.method, 'DELETE', 'X']);
        req.headers['access-control-request-headers'] = r.pick(['authorization, content-type', 'x'.repeat(3000), '']);
      }
      req.mutations.push(`method ${req.method}`);
    }
    const oddities = r.chance(0.3) ? 1 + r.int(2) : 0;
    for (let k = 0; k < oddities; k++) {
      const [name, values] = r.pick(HEADER_ODDITIES);
      req.headers[name] = r.pick(values);
      req.mutations.push(`${name}: ${preview(req.headers[name])}`);
    }
    requests.push(req);
    made++;
  }
  return requests;
}

/** Short, printable, one line. */
export function preview(text: string, max = 80): string {
  const json = JSON.stringify(text.length > max ? `${text.slice(0, max)}…(${text.length})` : text);
  return json.slice(1, -1);
}
