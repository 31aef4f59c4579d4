import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The service package's directory, found by walking up from this module to `@foyer/service`'s package.json:
 * the same answer from the TypeScript sources (`src/lib/`) and from the bundle `npm start` runs (`dist/`),
 * which sit at different depths.
 */
export const SERVICE_ROOT = findServiceRoot(dirname(fileURLToPath(import.meta.url)));

/** The repository's root `openapi.yaml`, the contract the service validates against. */
export const OPENAPI_PATH = join(SERVICE_ROOT, '../openapi.yaml');

/** Resolves a file inside an installed package. */
export function packageFile(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}

function findServiceRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === '@foyer/service') return dir;
    } catch {
      // no package.json here (or not ours): look further up
    }
    if (dirname(dir) === dir) throw new Error(`@foyer/service's package.json not found above ${from}`);
  }
}
