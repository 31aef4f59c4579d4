// Generates contract/openapi.ts from the root openapi.yaml with openapi-typescript: the one generated
// file, whose types the service and the SDK both import (as `@foyer/contract`).
// `--check` compares instead of writing and fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const specUrl = new URL('../../openapi.yaml', import.meta.url);
const outUrl = new URL('../openapi.ts', import.meta.url);
const header = '// Generated from openapi.yaml — do not edit. Run `npm run generate` to refresh.\n\n';

// `defaultNonNullable: false`: a field with a default is optional in requests (the server fills it in).
const ast = await openapiTS(specUrl, { alphabetize: false, defaultNonNullable: false });
const generated = header + astToString(ast);

if (process.argv.includes('--check')) {
  const committed = await readFile(outUrl, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(
      `${fileURLToPath(outUrl)} is stale: openapi.yaml changed since it was generated.\n` + 'Run `npm run generate` and commit the result.',
    );
    process.exit(1);
  }
  console.log('contract/openapi.ts is current with openapi.yaml');
} else {
  await writeFile(outUrl, generated);
  console.log(`wrote ${fileURLToPath(outUrl)}`);
}
