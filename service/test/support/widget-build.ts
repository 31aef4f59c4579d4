import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** What {@link writeWidgetBuild} wrote: the files' paths under the service and their SRI. */
export interface TestBuild {
  hash: string;
  /** `/widget.<hash>.js` or `/console.<hash>.js`. */
  path: string;
  integrity: string;
  /** `/chunks/<name>.<hash>.js` → `sha384-…`. */
  chunks: Record<string, string>;
}

export const sha384 = (bytes: Uint8Array | string): string => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const hex16 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

async function writeScript(dist: string, file: string, code: string): Promise<void> {
  const path = join(dist, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, code);
  await writeFile(`${path}.br`, brotliCompressSync(code));
  await writeFile(`${path}.gz`, gzipSync(code, { level: 9 }));
}

/**
 * Writes a build of one entry into `dist` laid out as `npm run build -w @foyer/widget` lays it out: the entry
 * `<url>.<hash>.js`, its chunks under `chunks/`, the loader `<url>.js`, `.br` and `.gz` beside each script, and
 * `<name>.meta.json`. `entry` may refer to a chunk by its name as `{{views}}` (replaced by its file name).
 */
export async function writeWidgetBuild(
  dist: string,
  name: 'foyer' | 'console',
  entry: string,
  chunks: Record<string, string> = {},
): Promise<TestBuild> {
  const url = name === 'foyer' ? 'widget' : 'console';
  const files: Record<string, string> = {};
  for (const [chunk, code] of Object.entries(chunks)) {
    files[chunk] = `chunks/${chunk}.${hex16(code)}.js`;
    await writeScript(dist, files[chunk], code);
  }
  const code = entry.replace(/\{\{(\w+)\}\}/g, (_, chunk: string) => `./${files[chunk]}`);
  const hash = hex16(code);
  const file = `${url}.${hash}.js`;
  await writeScript(dist, file, code);
  await writeScript(dist, `${url}.js`, `export * from './${file}';\n`);
  const meta = { file, hash, integrity: sha384(code), loader: `${url}.js`, chunks: Object.values(files).map((f) => ({ file: f })) };
  await writeFile(join(dist, `${name}.meta.json`), JSON.stringify(meta));
  return {
    hash,
    path: `/${file}`,
    integrity: meta.integrity,
    chunks: Object.fromEntries(Object.entries(files).map(([chunk, f]) => [`/${f}`, sha384(chunks[chunk]!)])),
  };
}
