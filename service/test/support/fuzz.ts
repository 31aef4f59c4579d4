import { resolve, schemaTypes, validValue, type Operation, type ParameterNode, type SchemaNode } from './contract.ts';
import {
  CONTENT_TYPES,
  cursorValue,
  edgeValue,
  HEADER_ODDITIES,
  HOSTILE_STRINGS,
  HOSTILE_VALUES,
  PATH_VALUES,
  preview,
  QUERY_VALUES,
  Random,
  Raw,
  setKey,
  toJson,
  WHOLE_BODIES,
} from './fuzz-values.ts';
import { multipart, PDF_BYTES, type Part } from './uploads.ts';

/** The objects and credentials the requests aim at, so that many of them reach the handlers. */
export interface FuzzWorld {
  /** Real objects of the workspace under test, by path parameter name. */
  ids: Record<string, string>;
  /** Objects of another workspace (must be 404 to this one's credentials). */
  foreignIds: Record<string, string>;
  ownerKey: string;
  /** A user session (role owner) of the workspace under test: the only credential of `user` operations. */
  userToken: string;
  clientToken: string;
  foreignOwnerKey: string;
}

/** The credential a caller of `kind` (an operation's `x-foyer-credentials` entry) presents. */
function credentialOf(r: Random, kind: string, world: FuzzWorld): string {
  if (kind === 'client') return world.clientToken;
  if (kind === 'user') return world.userToken;
  // A user session acts on every owner operation as an API key does: both are tried.
  return r.chance(0.3) ? world.userToken : world.ownerKey;
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

/** A value for a field: an edge of its own schema (often still valid) or something hostile. */
function fieldValue(r: Random, schema: SchemaNode | undefined, world: FuzzWorld): unknown {
  const s = resolve(schema) ?? {};
  const roll = r.next();
  if (roll < 0.35) return r.pick(HOSTILE_STRINGS);
  if (roll < 0.6) return r.pick(HOSTILE_VALUES);
  if (roll < 0.7) return r.pick([...Object.values(world.ids), ...Object.values(world.foreignIds)]);
  const types = schemaTypes(s);
  if (s.enum) return r.chance(0.5) ? r.pick(s.enum) : String(r.pick(s.enum)).toUpperCase();
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
      'x'.repeat(max),
      'x'.repeat(max + 1),
      'é'.repeat(max),
      '😀'.repeat(Math.ceil(max / 2)),
      validValue(s),
      `${String(validValue(s))}\u0000`,
      String(validValue(s)).toUpperCase(),
      ` ${String(validValue(s))}`,
    ]);
  }
  return r.pick(HOSTILE_VALUES);
}

/** One to three changes to a JSON object: a field set to an edge or hostile value, a field dropped, an unknown one. */
function mutateObject(
  r: Random,
  base: Record<string, unknown>,
  schema: SchemaNode | undefined,
  world: FuzzWorld,
  log: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  const properties = resolve(schema)?.properties ?? {};
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
  for (const [name, property] of Object.entries(schema?.properties ?? {})) if (!(name in out)) out[name] = validValue(property);
  return out;
}

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
  const file = (params = '; filename="a.pdf"', value: Buffer = PDF_BYTES): Part => ({
    name: 'file',
    value,
    params,
    contentType: 'application/pdf',
  });
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
  // A boundary from the seed, so that a replay sends the same bytes.
  const form = multipart(parts(), `----foyerfuzz${r.int(2 ** 30).toString(16)}`);
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

function queryString(r: Random, op: Operation, req: FuzzRequest): string {
  const declared = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const pairs: string[] = [];
  const count = r.int(3) + (declared.length > 0 ? 1 : 0);
  for (let i = 0; i < count; i++) {
    const roll = r.next();
    if (declared.length > 0 && roll < 0.75) {
      const name = r.pick(declared);
      pairs.push(`${name}=${name === 'cursor' && r.chance(0.6) ? cursorValue(r) : r.pick(QUERY_VALUES)}`);
    } else {
      pairs.push(
        r.pick([
          'unknown=1',
          'limit=1&limit=2',
          'limit[gt]=1',
          '__proto__=1',
          'constructor[prototype]=1',
          '%00=1',
          '=1',
          '&&&',
          'a',
          `${'p'.repeat(3000)}=1`,
        ]),
      );
    }
  }
  if (r.chance(0.02)) pairs.push(Array.from({ length: 1500 }, (_, i) => `k${i}=1`).join('&'));
  const query = pairs.join('&');
  req.mutations.push(`query ${preview(query)}`);
  return query;
}

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
  const right = op.credentials.length === 0 ? undefined : credentialOf(r, r.pick(op.credentials), world);
  const roll = r.next();
  let header: string | undefined;
  if (roll < 0.75) header = right && `Bearer ${right}`;
  else if (roll < 0.85) header = `Bearer ${right === world.ownerKey ? world.clientToken : world.ownerKey}`;
  else if (roll < 0.9) header = `Bearer ${world.foreignOwnerKey}`;
  else if (roll < 0.93) header = undefined;
  else {
    header = r.pick([
      'Bearer ',
      'Bearer sk_x.y',
      'Basic dXNlcjpwYXNz',
      `Bearer ${'a'.repeat(5000)}`,
      `bearer ${world.ownerKey}`,
      `Bearer  ${world.ownerKey}`,
      `Bearer ${world.ownerKey}x`,
      `Bearer ${world.clientToken.slice(0, 36)}${'A'.repeat(43)}`,
      'Bearer us_00000000000000000000000000000000.x',
      `Bearer ${world.ownerKey}, Bearer ${world.clientToken}`,
      'Bearer cs_.',
      'Bearer sk_.',
    ]);
  }
  if (header !== undefined) req.headers.authorization = header;
  if (roll >= 0.75) req.mutations.push(`authorization ${preview(header ?? '(none)')}`);
}

/** A request that is valid but for edge values, with the right credentials on real objects: it reaches the handler. */
function edgeRequest(r: Random, op: Operation, world: FuzzWorld, req: FuzzRequest, { plain = false } = {}): void {
  req.path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => world.ids[name] ?? name);
  const query: ParameterNode[] = op.parameters.filter((p) => p.in === 'query' && p.name !== 'cursor');
  if (query.length > 0 && !plain && r.chance(0.5)) {
    const parameter = r.pick(query);
    req.path += `?${parameter.name}=${encodeURIComponent(String(edgeValue(r, parameter.schema)))}`;
  }
  const credential = op.credentials.length === 0 ? undefined : credentialOf(r, r.pick(op.credentials), world);
  if (credential) req.headers.authorization = `Bearer ${credential}`;
  // Required headers (tus' Upload-Length, Upload-Metadata), from the contract's example of each.
  for (const p of op.parameters.filter((p) => p.in === 'header' && p.required)) {
    const schema = resolve(p.schema);
    req.headers[p.name.toLowerCase()] = String(schema?.examples?.[0] ?? validValue(schema));
  }
  if (op.multipart) {
    const filename = r.pick(['😀'.repeat(100) + '.pdf', `${'a'.repeat(300)}.pdf`, 'CON.pdf', 'résumé.pdf', '.pdf', 'a b.pdf']);
    const parts: Part[] = [
      { name: 'name', value: r.pick(['x'.repeat(1000), '😀', filename]) },
      { name: 'file', value: PDF_BYTES, params: `; filename*=UTF-8''${encodeURIComponent(filename)}`, contentType: 'application/pdf' },
    ];
    const form = multipart(parts, `----foyerfuzz${r.int(2 ** 30).toString(16)}`);
    req.body = form.body;
    req.headers['content-type'] = form.contentType;
    req.mutations.push(`edge upload ${preview(filename, 40)}`);
  } else if (op.requestSchema) {
    const body =
      !plain && r.chance(0.5) ? fullBody(op) : { ...((op.requestExample ?? validValue(op.requestSchema)) as Record<string, unknown>) };
    const properties = Object.entries(resolve(op.requestSchema).properties ?? {});
    // `plain`: the valid body as it is, no field at an edge.
    if (properties.length > 0 && !plain) {
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
    if (r.chance(0.3) || (op.parameters.some((p) => p.in === 'query') && r.chance(0.5))) {
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
  // Every operation also gets one plainly valid request (its example body, no edge value), whatever the draw:
  // an operation's few edge requests can all be refused by the validator (a body with every optional field of
  // a oneOf, an edge value out of range), and then its handler goes unexercised (seed 389855192).
  for (const op of operations) {
    const operation = `${op.method} ${op.path}`;
    const req: FuzzRequest = { operation, method: op.method, path: '', headers: {}, mutations: [] };
    edgeRequest(r, op, world, req, { plain: true });
    requests.push(req);
  }
  return requests;
}
