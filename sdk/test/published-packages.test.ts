// The packages Foyer publishes — the SDK, `@foyer/widget` and `@foyer/react` — as npm would pack them: every
// package a published script or declaration imports is one its package.json depends on (or takes as a peer),
// and none depends on a workspace package that cannot be published. A declaration importing an undeclared
// package type-checks here, where the workspace links everything, and breaks in the user's project.
// Reads the built files: `npm test` builds them first (check:sdk, check:widget, check:react).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PUBLISHED = ['sdk', 'widget', 'widget/react'];

interface Manifest {
  name: string;
  private?: boolean;
  license?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as Manifest;
const workspaces = new Map(
  [...PUBLISHED, 'contract', 'service'].map((dir) => {
    const m = manifest(dir);
    return [m.name, m] as const;
  }),
);

/** The files `npm pack` would put in the package. */
function packedFiles(dir: string): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(ROOT, dir), encoding: 'utf8' });
  return (JSON.parse(out) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
}

/** The packages a script or declaration imports (TypeScript's own pre-parse: static, dynamic, `/// <reference types>`). */
function importedPackages(text: string): string[] {
  const { importedFiles, typeReferenceDirectives } = ts.preProcessFile(text, true, true);
  return [...importedFiles, ...typeReferenceDirectives]
    .map((ref) => ref.fileName)
    .filter((s) => !s.startsWith('.') && !s.startsWith('/') && !s.startsWith('node:') && !builtinModules.includes(s))
    .map((s) =>
      s
        .split('/')
        .slice(0, s.startsWith('@') ? 2 : 1)
        .join('/'),
    );
}

describe.each(PUBLISHED)('the published package in %s/', (dir) => {
  const m = manifest(dir);

  it('can be published, with a licence', () => {
    expect(m.private, `${m.name} is private`).not.toBe(true);
    expect(m.license).toBe('MIT');
  });

  it('declares every package its published scripts and declarations import', () => {
    const files = packedFiles(dir).filter((f) => /\.(m?js|d\.m?ts)$/.test(f));
    expect(files.length, `${dir}: nothing built to pack — run npm test (it builds first)`).toBeGreaterThan(0);
    const declared = new Set([m.name, ...Object.keys(m.dependencies ?? {}), ...Object.keys(m.peerDependencies ?? {})]);
    const undeclared = new Set<string>();
    for (const file of files) {
      const path = join(ROOT, dir, file);
      if (!existsSync(path)) continue;
      for (const name of importedPackages(readFileSync(path, 'utf8'))) if (!declared.has(name)) undeclared.add(`${name} (in ${file})`);
    }
    expect([...undeclared]).toEqual([]);
  });

  it('depends on no workspace package that cannot be published', () => {
    const privateOnes = Object.keys(m.dependencies ?? {}).filter((name) => workspaces.get(name)?.private === true);
    expect(privateOnes).toEqual([]);
  });
});
