// Lighthouse 12 on the portal's direct link, PUBLIC_URL/p/{id}: the real service (a started app on a real
// PostgreSQL) serves the page and the built widget; Lighthouse drives Debian's Chromium (launched by
// chrome-launcher with the CI flags of support/browser.ts) with its defaults — a mobile device, simulated
// throttling (slow 4G, 4× CPU slowdown) — three times against a seeded portal's signed-out first screen, and
// the median of each category and of total blocking time must meet issue 16's bar: performance ≥ 95,
// accessibility 100, best practices 100, TBT ≤ 150 ms. The medians are printed; each run's report (HTML and
// JSON) and a summary go to .test-output/lighthouse/.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browser.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { freePort, seedBrandedPortal } from '../support/e2e.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUT = `${ROOT}.test-output/lighthouse`;
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** Issue 16's acceptance: scores out of 100, TBT in milliseconds. */
const BAR = { performance: 95, accessibility: 100, 'best-practices': 100, tbtMs: 150 };

type Category = (typeof CATEGORIES)[number];
interface Run {
  scores: Record<Category, number>;
  tbtMs: number;
  /** Audits that cost points: scored below 1 with a weight in one of the categories. */
  losses: string[];
  /** Attempts Lighthouse could not record before this one. */
  retried: number;
}
type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

let ctx: TestContext;
let url: string;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

beforeAll(async () => {
  execFileSync(process.execPath, [`${ROOT}widget/scripts/ensure-built.mjs`], { stdio: 'inherit' });
  await mkdir(OUT, { recursive: true });
  // The page's CSP and the widget's API address come from PUBLIC_URL, so the service listens where it says.
  const port = await freePort();
  ctx = await createTestContext({ PUBLIC_URL: `http://127.0.0.1:${port}` }, { port });
  const { portal } = await seedBrandedPortal(ctx, {
    name: 'Harbor & Pine Accounting',
    branding: { display_name: 'Harbor & Pine Accounting', accent_color: '#0f766e' },
    portal: { name: '2026 tax return', client_name: 'Dana Whitfield' },
  });
  url = `${ctx.baseUrl}/p/${portal.id}`;
}, 180_000);

afterAll(async () => {
  await ctx?.close();
});

/**
 * One Lighthouse run in a Chromium of its own, as the Lighthouse CLI does: a first visit with nothing cached.
 * A run Lighthouse could not record (a `runtimeError` such as NO_NAVSTART, Chromium's trace missing its
 * navigation start: "run Lighthouse again", says Lighthouse) is not a measurement; it is run again, at most
 * four times, and counted in `retried`. With Lighthouse 12.2.3 on Chromium 150 about one attempt in eight ends so.
 */
async function audit(n: number): Promise<Run> {
  for (let attempt = 0; ; attempt++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
    let result: Awaited<ReturnType<typeof lighthouse>>;
    try {
      result = await lighthouse(url, { port: chrome.port, output: ['html', 'json'], logLevel: 'error', onlyCategories: [...CATEGORIES] });
    } finally {
      chrome.kill();
    }
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr, report } = result;
    const [htmlReport, jsonReport] = report as string[];
    await writeFile(`${OUT}/run-${n}.report.html`, htmlReport!);
    await writeFile(`${OUT}/run-${n}.report.json`, jsonReport!);
    if (!lhr.runtimeError) return summarize(lhr, attempt);
    console.log(`Lighthouse run ${n}, attempt ${attempt + 1}: ${lhr.runtimeError.code} (${lhr.runtimeError.message})`);
    if (attempt === 4) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }
}

function summarize(lhr: LighthouseResult, retried: number): Run {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<
    Category,
    number
  >;
  const losses = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}: ${ref.id} (score ${lhr.audits[ref.id]!.score}, ${lhr.audits[ref.id]!.displayValue ?? 'no value'})`),
  );
  return { scores, tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Infinity), losses, retried };
}

describe('Lighthouse on the direct link page', () => {
  it('scores performance ≥ 95, accessibility 100, best practices 100 and TBT ≤ 150 ms (median of 3 mobile runs)', async () => {
    const runs: Run[] = [];
    for (let n = 1; n <= RUNS; n++) runs.push(await audit(n));

    const medians = {
      ...(Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((r) => r.scores[id]))])) as Record<Category, number>),
      tbtMs: median(runs.map((r) => r.tbtMs)),
    };
    const summary = { url, runs, medians, bar: BAR };
    await writeFile(`${OUT}/summary.json`, JSON.stringify(summary, null, 2) + '\n');
    console.log(
      [
        `Lighthouse ${url} (mobile, simulated throttling), ${RUNS} runs:`,
        ...runs.map(
          (r, i) =>
            `  run ${i + 1}: performance ${r.scores.performance}, accessibility ${r.scores.accessibility}, ` +
            `best practices ${r.scores['best-practices']}, TBT ${r.tbtMs} ms${r.retried ? ` (after ${r.retried} unrecorded)` : ''}`,
        ),
        `  median: performance ${medians.performance}, accessibility ${medians.accessibility}, ` +
          `best practices ${medians['best-practices']}, TBT ${medians.tbtMs} ms`,
        ...[...new Set(runs.flatMap((r) => r.losses))].map((loss) => `  costs points: ${loss}`),
        `  reports: ${OUT}/`,
      ].join('\n'),
    );

    // Named by category so a failure says which bar was missed, and the losses say why.
    const losses = [...new Set(runs.flatMap((r) => r.losses))];
    expect({ performance: medians.performance >= BAR.performance, losses }).toMatchObject({ performance: true });
    expect({ accessibility: medians.accessibility, losses }).toMatchObject({ accessibility: BAR.accessibility });
    expect({ 'best-practices': medians['best-practices'], losses }).toMatchObject({ 'best-practices': BAR['best-practices'] });
    expect({ tbtMs: medians.tbtMs <= BAR.tbtMs, medianTbtMs: medians.tbtMs }).toMatchObject({ tbtMs: true });
  }, 240_000);
});
