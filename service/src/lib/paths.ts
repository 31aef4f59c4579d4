import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository's root `openapi.yaml`, the contract the service validates against. */
export const OPENAPI_PATH = resolve(here, '../../../openapi.yaml');

/** Resolves a file inside an installed package. */
export function packageFile(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}
