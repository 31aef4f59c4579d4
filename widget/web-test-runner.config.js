// Browser tests in Debian's Chromium: components talk over real HTTP to a fake Foyer API served by this
// test server (test/fake-api/), so fetch and XMLHttpRequest are the browser's own.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { tsImport } from 'tsx/esm/api';

// The fake API is TypeScript (typed from the contract); tsx loads it here, where the config runs in Node.
const { fakeApi } = await tsImport('./test/fake-api/fake-api.ts', import.meta.url);

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = new URL('../.test-output/screenshots/', import.meta.url).pathname;

/** `executeServerCommand('screenshot', { name })`: the whole page as .test-output/screenshots/<name>.png, for a person to look at. */
function screenshotPlugin() {
  return {
    name: 'foyer-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const name = String(payload?.name ?? '').replace(/[^a-z0-9-]/gi, '_');
      await mkdir(screenshots, { recursive: true });
      await session.browser.getPage(session.id).screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
      return `${screenshots}${name}.png`;
    },
  };
}

/**
 * `executeServerCommand('clipboard', { grant })`: lets the page write and read the clipboard (`grant: true`),
 * or takes that back (Chromium's default: the Clipboard API refuses), to test Copy buttons both ways.
 */
function clipboardPlugin() {
  return {
    name: 'foyer-clipboard',
    async executeCommand({ command, payload, session }) {
      if (command !== 'clipboard') return undefined;
      const context = session.browser.getPage(session.id).browserContext();
      if (payload?.grant)
        await context.overridePermissions(new URL(session.browser.getPage(session.id).url()).origin, [
          'clipboard-read',
          'clipboard-sanitized-write',
        ]);
      else await context.clearPermissionOverrides();
      return true;
    },
  };
}

/**
 * `executeServerCommand('choose-files', { files: [{ name, content }] })`: the next file picker the page opens
 * (by a click or a key, as a person would) is answered with these files, written to a temporary folder — so a
 * test can go through the real picker by keyboard.
 */
function fileChooserPlugin() {
  return {
    name: 'foyer-file-chooser',
    async executeCommand({ command, payload, session }) {
      if (command !== 'choose-files') return undefined;
      const dir = await mkdtemp(join(tmpdir(), 'foyer-chooser-'));
      const paths = [];
      for (const file of payload?.files ?? []) {
        paths.push(join(dir, file.name));
        await writeFile(paths.at(-1), file.content);
      }
      // Not awaited: the page opens the picker after this command answers.
      void session.browser
        .getPage(session.id)
        .waitForFileChooser({ timeout: 8000 })
        .then((chooser) => chooser.accept(paths))
        .catch(() => undefined);
      return true;
    },
  };
}

export default {
  rootDir: '..',
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@foyer/source', 'browser', 'import', 'default'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
    screenshotPlugin(),
    clipboardPlugin(),
    fileChooserPlugin(),
  ],
  middleware: [fakeApi()],
  // One page at a time: two pages of one origin share Chromium's six connections per host, and a test
  // that holds uploads open could starve the other's requests.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
        ],
      },
    }),
  ],
};
