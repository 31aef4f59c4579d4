#!/usr/bin/env node
// Screenshots of <foyer-portal> in the states the real service cannot show yet (comments, approvals,
// activity) and in dark mode, against the browser tests' fake API: `node widget/scripts/gallery.mjs`
// writes .test-output/gallery/*.png. Uses the built bundle (run `npm run build -w @foyer/widget` first).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { fakeApi } from '../test/fake-api.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = `${root}.test-output/gallery`;
await mkdir(out, { recursive: true });
await writeFile(
  `${out}/index.html`,
  '<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><body style="margin:0"><foyer-portal style="min-height:100vh"></foyer-portal><script type="module" src="/widget/dist/widget.js"></script>',
);

const server = await startDevServer({
  config: { rootDir: root, port: 0, middleware: [fakeApi()] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://localhost:${server.server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const ago = (minutes) => new Date(Date.now() - minutes * 60_000).toISOString();
const member = {
  id: 'mem_dana',
  portal_id: 'x',
  email: 'dana@client.test',
  name: 'Dana Whitfield',
  status: 'active',
  verified: true,
  last_seen_at: null,
  created_at: ago(9000),
};
const comment = (id, body, author, minutes, parent = null) => ({
  id,
  file_id: 'x',
  parent_id: parent,
  version: parent ? null : 2,
  author,
  body,
  deleted: false,
  resolved: false,
  resolved_at: null,
  edited_at: null,
  created_at: ago(minutes),
});
const owner = { kind: 'owner', id: 'key_1', name: 'Maya (Acme)', email: null };
const dana = { kind: 'member', id: 'mem_dana', name: 'Dana Whitfield', email: 'dana@client.test' };

async function portal(id, scenario) {
  await fetch(`${origin}/__fake/portals/${id}`, {
    method: 'PUT',
    body: JSON.stringify({
      workspace: { name: 'Acme Accounting', branding: { display_name: 'Acme Accounting', logo_url: null, accent_color: '#4f46e5' } },
      member,
      ...scenario,
    }),
  });
}

async function shoot(name, id, { width = 1100, height = 820, dark = false, open, tab } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${origin}/.test-output/gallery/index.html`);
  await page.evaluate(
    ([id, api]) => {
      localStorage.setItem(
        `foyer:session:${api}:${id}`,
        JSON.stringify({ token: `cs_${id}`, expires_at: new Date(Date.now() + 864e5).toISOString() }),
      );
      const el = document.querySelector('foyer-portal');
      el.setAttribute('api', api);
      el.setAttribute('portal', id);
    },
    [id, origin],
  );
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  if (open) {
    await page.getByRole('button', { name: `Open ${open}` }).click();
    await page.getByRole('heading', { name: 'Versions' }).waitFor();
  }
  if (tab) {
    await page.getByRole('button', { name: tab }).click();
    await page.getByText('Recent activity').waitFor();
  }
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  await context.close();
}

const files = [
  {
    name: '2026 tax return.pdf',
    size: 482_113,
    versions: 2,
    extra: { approval: { request_id: 'apr_1', status: 'pending', version: 2, due_at: ago(-6000) } },
  },
  { name: 'Bank statement March.pdf', kind: 'member', size: 88_000 },
  {
    name: 'Engagement letter.pdf',
    size: 64_000,
    extra: { approval: { request_id: 'apr_0', status: 'approved', version: 1, due_at: null } },
  },
  { name: 'Office floor plan.png', content_type: 'image/png', size: 39_500 },
];
const collaboration = {
  approvals: {
    '2026 tax return.pdf': [
      {
        id: 'apr_1',
        file_id: 'x',
        portal_id: 'x',
        version: 2,
        sha256: 'a'.repeat(64),
        status: 'pending',
        rule: 'any',
        message: 'Here is your 2026 return. Please check your address and the dependants on page 2.',
        due_at: ago(-6000),
        approvers: [],
        decisions: [],
        created_at: ago(60),
        updated_at: ago(60),
      },
    ],
  },
  comments: {
    '2026 tax return.pdf': [
      comment('c1', 'Is the home-office deduction on page 3 the full year or from March?', dana, 1500),
      comment('c2', 'From March, when you started renting the studio — I noted it on page 3.', owner, 1400, 'c1'),
    ],
  },
  events: [
    {
      id: 'e1',
      type: 'approval.requested',
      actor: { kind: 'owner', id: 'key_1' },
      target: null,
      data: { name: '2026 tax return.pdf' },
      created_at: ago(60),
    },
    {
      id: 'e2',
      type: 'file.version_uploaded',
      actor: { kind: 'owner', id: 'key_1' },
      target: null,
      data: { name: '2026 tax return.pdf' },
      created_at: ago(62),
    },
    {
      id: 'e3',
      type: 'comment.created',
      actor: { kind: 'member', id: 'mem_dana' },
      target: null,
      data: { name: '2026 tax return.pdf' },
      created_at: ago(1500),
    },
    {
      id: 'e4',
      type: 'file.uploaded',
      actor: { kind: 'member', id: 'mem_dana' },
      target: null,
      data: { name: 'Bank statement March.pdf' },
      created_at: ago(3000),
    },
    {
      id: 'e5',
      type: 'approval.approved',
      actor: { kind: 'member', id: 'mem_dana' },
      target: null,
      data: { name: 'Engagement letter.pdf' },
      created_at: ago(9000),
    },
  ],
};
await portal('prt_gallery000000000000000000000001', { files, collaboration });

try {
  await shoot('01-files-badges', 'prt_gallery000000000000000000000001');
  await shoot('02-file-approval-comments', 'prt_gallery000000000000000000000001', { open: '2026 tax return.pdf', height: 1000 });
  await shoot('03-activity', 'prt_gallery000000000000000000000001', { tab: 'Activity' });
  await shoot('04-files-dark', 'prt_gallery000000000000000000000001', { dark: true });
  await shoot('05-file-dark-phone', 'prt_gallery000000000000000000000001', {
    dark: true,
    width: 360,
    height: 780,
    open: '2026 tax return.pdf',
  });
  console.log(`Screenshots in ${out}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
  process.exit(process.exitCode ?? 0); // the dev server keeps the loop alive otherwise
}
