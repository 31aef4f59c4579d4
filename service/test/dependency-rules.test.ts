import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layering rules of .dependency-cruiser.cjs (run on the real tree by `npm run lint:deps` in `npm test`),
// run on a small tree laid out like ours in which each rule is broken once — and a type-only cycle, which only
// the SDK forbids, sits in the service. Every rule must report its violation, and nothing else may be reported.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

const FIXTURE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true },
  }),
  'service/src/db/database.ts': `export const db = {};\n`,
  // routes-call-services, no-sql-in-routes-or-middleware (the type-only Db import is allowed)
  'service/src/modules/demo/routes.ts': `import { sql } from 'kysely';\nimport type { db } from '../../db/database.ts';\nimport { findDemo } from './repository.ts';\nexport const routes = [sql, findDemo];\nexport type Db = typeof db;\n`,
  // repositories-stay-down, and with service.ts a runtime cycle (no-runtime-cycles)
  'service/src/modules/demo/repository.ts': `import { demoService } from './service.ts';\nexport const findDemo = () => demoService;\n`,
  // layers-point-down
  'service/src/modules/demo/service.ts': `import { findDemo } from './repository.ts';\nimport { routes } from './routes.ts';\nexport const demoService = [findDemo, routes];\n`,
  // no-sql-in-routes-or-middleware
  'service/src/middleware/bad.ts': `import { sql } from 'kysely';\nexport const bad = sql;\n`,
  // adapters-and-lib-know-no-modules (a type-only import counts)
  'service/src/lib/bad.ts': `import type { demoService } from '../modules/demo/service.ts';\nexport type Bad = typeof demoService;\n`,
  // authz-reads-through-repositories
  'service/src/authz/bad.ts': `import { db } from '../db/database.ts';\nexport const bad = db;\n`,
  // A type-only cycle outside the SDK: allowed.
  'service/src/lib/shape-a.ts': `import type { B } from './shape-b.ts';\nexport interface A { b?: B }\n`,
  'service/src/lib/shape-b.ts': `import type { A } from './shape-a.ts';\nexport interface B { a?: A }\n`,
  // resolvable
  'service/src/lib/lost.ts': `import { gone } from './gone.ts';\nexport const lost = gone;\n`,
  // sdk-no-type-cycles
  'sdk/src/index.ts': `export { http } from './http.ts';\n`,
  'sdk/src/http.ts': `import type { Options } from './options.ts';\nexport const http = (o: Options) => o;\nexport type Fetch = () => void;\n`,
  'sdk/src/options.ts': `import type { Fetch } from './http.ts';\nexport interface Options { fetch: Fetch }\n`,
  // widget-uses-the-sdk-entry (the entry itself is fine)
  'widget/src/bad.ts': `import { http } from '../../sdk/src/http.ts';\nimport { http as entry } from '../../sdk/src/index.ts';\nexport const bad = [http, entry];\n`,
};

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: Array<{ name: string }>;
}

let dir: string;
let violations: Violation[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'foyer-depcruise-'));
  for (const [path, text] of Object.entries(FIXTURE)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const run = promisify(execFile);
  const args = [
    DEPCRUISE,
    'service/src',
    'sdk/src',
    'widget/src',
    '--config',
    join(ROOT, '.dependency-cruiser.cjs'),
    '--output-type',
    'json',
  ];
  // Exit code 1 when rules are broken, which is the point here: read the report either way.
  const { stdout } = await run(process.execPath, args, { cwd: dir, maxBuffer: 10 * 1024 * 1024 }).catch((err: { stdout?: string }) => ({
    stdout: err.stdout ?? '',
  }));
  violations = (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Which cycles depcruise reports, and from which module, is its own business: compare the modules in them.
const cyclesOf = (rule: string): string[][] => {
  const cycles = violations
    .filter((v) => v.rule.name === rule)
    .map((v) => [...new Set([v.from, ...(v.cycle ?? []).map((c) => c.name)])].sort());
  return [...new Set(cycles.map((c) => JSON.stringify(c)))].map((c) => JSON.parse(c) as string[]);
};

describe('the dependency rules', () => {
  it('report each deliberate violation under its rule, and nothing else', () => {
    const found = violations
      .filter((v) => !v.cycle?.length)
      .map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\/([^/]+)\/.*$/, '$1')}`)
      .sort();
    expect(found).toEqual(
      [
        'adapters-and-lib-know-no-modules: service/src/lib/bad.ts → service/src/modules/demo/service.ts',
        'authz-reads-through-repositories: service/src/authz/bad.ts → service/src/db/database.ts',
        'layers-point-down: service/src/modules/demo/service.ts → service/src/modules/demo/routes.ts',
        'no-sql-in-routes-or-middleware: service/src/middleware/bad.ts → kysely',
        'no-sql-in-routes-or-middleware: service/src/modules/demo/routes.ts → kysely',
        'repositories-stay-down: service/src/modules/demo/repository.ts → service/src/modules/demo/service.ts',
        'resolvable: service/src/lib/lost.ts → ./gone.ts',
        'routes-call-services: service/src/modules/demo/routes.ts → service/src/modules/demo/repository.ts',
        'widget-uses-the-sdk-entry: widget/src/bad.ts → sdk/src/http.ts',
      ].sort(),
    );
  });

  it('report runtime cycles anywhere and type-only cycles in the SDK, not type-only cycles elsewhere', () => {
    const demo = 'service/src/modules/demo';
    expect(cyclesOf('no-runtime-cycles')).toContainEqual([`${demo}/repository.ts`, `${demo}/service.ts`]);
    expect(cyclesOf('sdk-no-type-cycles')).toEqual([['sdk/src/http.ts', 'sdk/src/options.ts']]);
    const inCycles = violations.filter((v) => v.cycle?.length);
    expect(new Set(inCycles.map((v) => v.rule.name))).toEqual(new Set(['no-runtime-cycles', 'sdk-no-type-cycles']));
    expect(inCycles.flatMap((v) => [v.from, ...v.cycle!.map((c) => c.name)]).filter((m) => m.includes('shape-'))).toEqual([]);
  });
});
