// Builds <foyer-portal> (dist/widget.<hash>.js) and <foyer-console> (dist/console.<hash>.js) with rollup, each
// with the chunks it loads later under dist/chunks/; writes the short loaders dist/widget.js and dist/console.js
// (`export * from './widget.<hash>.js'`: what /widget.js serves), every script's precompressed copies (`.br`,
// brotli quality 11; `.gz`, gzip level 9) for the service to send as they are, and dist/foyer.meta.json and
// dist/console.meta.json (the entry's hash and SRI, its chunks with theirs, sizes per chunk and module), and
// prints the SRI.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../rollup.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;
const brotli = (code) =>
  brotliCompressSync(code, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
    },
  });

/** Writes `<file>.br` and `<file>.gz` beside `<file>`; returns the three sizes. */
async function precompress(file) {
  const code = await readFile(file);
  const br = brotli(code);
  const gz = gzipSync(code, { level: 9 });
  await writeFile(`${file}.br`, br);
  await writeFile(`${file}.gz`, gz);
  return { bytes: code.length, brotli_bytes: br.length, gzip_bytes: gz.length };
}

// The previous build's scripts go first: chunks of earlier builds would otherwise pile up (their names change with
// their content). dist/types (the declarations, `npm run build:types`) stays.
await rm('dist/chunks', { recursive: true, force: true });
for (const name of await readdir('dist').catch(() => []))
  if (/\.(js|br|gz|map)$|\.meta\.json$/.test(name)) await rm(`dist/${name}`, { force: true });

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
  const { output } = await bundle.write(config.output);
  await bundle.close();

  const chunks = output.filter((item) => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  const name = entry.name; // foyer or console: the name of its meta file
  const url = entry.fileName.replace(/\.[0-9a-f]{16}\.js$/, ''); // widget or console: /widget.js, /console.js
  const files = [];
  for (const chunk of chunks) {
    const code = await readFile(`dist/${chunk.fileName}`);
    files.push({
      file: chunk.fileName,
      integrity: sri(code),
      // What loads with the entry: itself and what it imports statically (the first screen).
      first_screen: chunk === entry || entry.imports.includes(chunk.fileName),
      ...(await precompress(`dist/${chunk.fileName}`)),
      // The modules in it and their bytes each (minified by esbuild, before terser's pass over the whole chunk).
      modules: Object.fromEntries(
        Object.entries(chunk.modules)
          .filter(([, m]) => m.renderedLength > 0)
          .map(([id, m]) => [id.replace(/^.*?\/(widget\/src|sdk\/src|node_modules)\//, '$1/'), m.renderedLength]),
      ),
    });
  }
  const own = files.find((f) => f.file === entry.fileName);
  const meta = {
    file: entry.fileName,
    // The hash in the entry's name: rollup's, over its content and its chunks' (the entry names each of them).
    hash: entry.fileName.slice(url.length + 1, -'.js'.length),
    integrity: own.integrity,
    bytes: own.bytes,
    gzip_bytes: own.gzip_bytes,
    brotli_bytes: own.brotli_bytes,
    loader: `${url}.js`,
    chunks: files.filter((f) => f !== own).map(({ file, integrity }) => ({ file, integrity })),
    sizes: files.map(({ integrity: _, ...size }) => size),
  };
  // The loader: one line for pages that load the unhashed URL, which the service caches briefly.
  await writeFile(
    `dist/${meta.loader}`,
    `// Foyer ${name === 'foyer' ? '<foyer-portal>' : '<foyer-console>'}: this file follows the current build. Pin the build instead:\n` +
      `// <script type="module" src="…/${meta.file}" integrity="${meta.integrity}" crossorigin="anonymous"></script>\n` +
      `export * from './${meta.file}';\n`,
  );
  meta.loader_integrity = sri(await readFile(`dist/${meta.loader}`));
  await precompress(`dist/${meta.loader}`);
  await writeFile(`dist/${name}.meta.json`, `${JSON.stringify(meta, null, 2)}\n`);
  console.log(
    `widget/dist/${entry.fileName}  ${meta.bytes} bytes, ${meta.gzip_bytes} min+gz, ${meta.brotli_bytes} brotli; ${meta.chunks.length} chunks`,
  );
  console.log(`  integrity  ${meta.integrity}`);
  console.log(`  hashed URL /${meta.file}`);
}
