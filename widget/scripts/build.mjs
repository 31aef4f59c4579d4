// Builds dist/foyer.js (<foyer-portal>) and dist/console.js (<foyer-console>) with rollup, then writes
// dist/<name>.meta.json (content hash, SRI, sizes) for the service's hashed URLs and prints the SRI.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../rollup.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

// Every warning is shown. An import cycle through our own modules (widget/src, sdk/src) fails the build:
// modules in a cycle may run before what they import is initialised. Type-only imports are erased first,
// so only cycles at run time count.
for (const config of configs) {
  const cycles = [];
  const bundle = await rollup({
    ...config,
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => !id.includes('/node_modules/'))) cycles.push(warning.message);
      else warn(warning);
    },
  });
  if (cycles.length) {
    console.error(`Import cycles in the widget's modules (break each one):\n  ${cycles.join('\n  ')}`);
    process.exit(1);
  }
  await bundle.write(config.output);
  await bundle.close();

  // dist/<name>.meta.json: content hash, SRI and sizes, for the service's hashed URL and the embed snippet.
  const file = config.output.file;
  const name = file.replace(/^dist\//, '').replace(/\.js$/, '');
  const code = await readFile(file);
  const meta = {
    file: `${name}.js`,
    hash: createHash('sha256').update(code).digest('hex').slice(0, 16),
    integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
    bytes: code.length,
    gzip_bytes: gzipSync(code, { level: 9 }).length,
  };
  await writeFile(`dist/${name}.meta.json`, `${JSON.stringify(meta, null, 2)}\n`);
  console.log(`widget/${file}  ${meta.bytes} bytes, ${meta.gzip_bytes} min+gz`);
  console.log(`  integrity  ${meta.integrity}`);
  console.log(`  hashed URL ${name === 'foyer' ? '/widget' : `/${name}`}.${meta.hash}.js`);
}
