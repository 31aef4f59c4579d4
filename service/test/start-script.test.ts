import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStale, markBuilt } from '../scripts/build-stamp.mjs';
import { DEFAULT_NODE_FLAGS, nodeFlags, SERVER_ENTRY, serverArgs } from '../scripts/node-flags.mjs';

// `npm start` (service/scripts/start.mjs): which Node flags the server gets, and when it rebuilds first.

describe('the Node flags npm start runs the server with', () => {
  it('uses the tuned defaults when neither NODE_OPTIONS nor npm start -- sets them', () => {
    expect(nodeFlags([], '')).toEqual(['--max-semi-space-size=16', '--single-threaded-gc']);
    expect(DEFAULT_NODE_FLAGS).toEqual(['--max-semi-space-size=16', '--single-threaded-gc']);
    expect(serverArgs([], '')).toEqual([...DEFAULT_NODE_FLAGS, SERVER_ENTRY]);
    expect(SERVER_ENTRY).toMatch(/service\/dist\/server\.js$/);
  });

  it('leaves a flag to NODE_OPTIONS when it sets the same one, in either spelling', () => {
    expect(nodeFlags([], '--max-semi-space-size=64')).toEqual(['--single-threaded-gc']);
    expect(nodeFlags([], '--max-old-space-size=512 --max_semi_space_size=32')).toEqual(['--single-threaded-gc']);
    expect(nodeFlags([], '--max-old-space-size=512')).toEqual(['--max-semi-space-size=16', '--single-threaded-gc']);
  });

  it('takes flags after `npm start --` instead of the defaults they name, --no- forms included', () => {
    expect(nodeFlags(['--no-single-threaded-gc'], '')).toEqual(['--max-semi-space-size=16', '--no-single-threaded-gc']);
    expect(nodeFlags(['--max-semi-space-size=8', '--cpu-prof'], '')).toEqual([
      '--single-threaded-gc',
      '--max-semi-space-size=8',
      '--cpu-prof',
    ]);
  });

  it('lets NODE_OPTIONS really size the young generation of the started process', () => {
    // A flag on the command line beats NODE_OPTIONS, so with the old start script (the flags written into
    // it) NODE_OPTIONS=--max-semi-space-size=64 left the young generation at 2 × 16 MB.
    const newSpaceSize = (nodeOptions: string) => {
      const script =
        "const a = []; for (let i = 0; i < 3e6; i++) a.push({ i }); console.log(require('v8').getHeapSpaceStatistics()" +
        ".find((s) => s.space_name === 'new_space').space_size)";
      const env = { ...process.env, NODE_OPTIONS: nodeOptions };
      return Number(execFileSync(process.execPath, [...nodeFlags([], nodeOptions), '-e', script], { env, encoding: 'utf8' }));
    };
    expect(newSpaceSize('')).toBe(2 * 16 * 1024 ** 2);
    expect(newSpaceSize('--max-semi-space-size=64')).toBe(2 * 64 * 1024 ** 2);
  });
});

describe('whether npm start builds the service first', () => {
  let dir: string;
  let paths: { inputs: string[]; stamp: string; output: string };
  const secondsAgo = (s: number) => (Date.now() - s * 1000) / 1000;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'foyer-stamp-'));
    mkdirSync(join(dir, 'src/modules'), { recursive: true });
    mkdirSync(join(dir, 'dist'));
    for (const file of ['src/server.ts', 'src/modules/a.ts', 'src/modules/a.test.ts', 'tsconfig.json', 'dist/server.js']) {
      writeFileSync(join(dir, file), '');
    }
    for (const path of ['src/server.ts', 'src/modules/a.ts', 'src/modules/a.test.ts', 'src/modules', 'src', 'tsconfig.json']) {
      utimesSync(join(dir, path), secondsAgo(60), secondsAgo(60));
    }
    paths = {
      inputs: [join(dir, 'src'), join(dir, 'tsconfig.json')],
      stamp: join(dir, 'dist/.build-stamp'),
      output: join(dir, 'dist/server.js'),
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('builds when there is no stamp or no output, and not once a build is stamped', () => {
    expect(isStale(paths)).toBe(true);
    markBuilt(Date.now() - 10_000, paths.stamp);
    expect(isStale(paths)).toBe(false);
    unlinkSync(paths.output);
    expect(isStale(paths)).toBe(true);
  });

  it('builds again when a source, a config file or a directory (a file added, deleted or renamed) is newer', () => {
    markBuilt(Date.now() - 10_000, paths.stamp);
    utimesSync(join(dir, 'src/modules/a.ts'), secondsAgo(1), secondsAgo(1));
    expect(isStale(paths)).toBe(true);

    markBuilt(Date.now() - 500, paths.stamp);
    utimesSync(join(dir, 'tsconfig.json'), secondsAgo(0), secondsAgo(0));
    expect(isStale(paths)).toBe(true);

    markBuilt(Date.now() - 500, paths.stamp);
    unlinkSync(join(dir, 'src/modules/a.ts')); // the directory's mtime moves
    expect(isStale(paths)).toBe(true);
  });

  it('builds again after a file saved while the last build ran (the stamp is dated at its start)', () => {
    const buildStarted = Date.now() - 5_000;
    utimesSync(join(dir, 'src/server.ts'), secondsAgo(2), secondsAgo(2)); // saved mid-build
    markBuilt(buildStarted, paths.stamp); // finished now
    expect(isStale(paths)).toBe(true);
  });

  it('ignores test files, which are not compiled into dist', () => {
    markBuilt(Date.now() - 10_000, paths.stamp);
    utimesSync(join(dir, 'src/modules/a.test.ts'), secondsAgo(0), secondsAgo(0));
    expect(isStale(paths)).toBe(false);
  });
});
