// @ts-check
/**
 * `npm run bench`: how big and how fast the site is, against the budgets and
 * the Starlight site holding the same brief.
 *
 *   1. builds (timed)                  src/cli/bench/build-time.mjs
 *   2. sizes of dist/, raw and gzip     src/cli/bench/sizes.mjs
 *   3. first view of the reading page   src/cli/bench/browser.mjs
 *   4. two search queries               src/cli/bench/browser.mjs
 *   5. Lighthouse on five page types    src/cli/bench/lighthouse.mjs
 *   6. table + JSON                     src/cli/bench/report.mjs
 *
 * It reports; it never fails on a number. It exits non-zero only when the
 * build fails. Environment:
 *   BENCH_OUT=path              where the JSON goes (default ./.bench/results.json)
 *   BENCH_SKIP_LIGHTHOUSE=1     skips step 5 (the slow one)
 *   BENCH_SKIP_BUILD=1          measures the existing dist/ (while iterating)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';
import { timeBuild } from './bench/build-time.mjs';
import { measureDistSizes } from './bench/sizes.mjs';
import { launchChromium, measureFirstView, measureSearch } from './bench/browser.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { budgets, formatReport, STARLIGHT } from './bench/report.mjs';
import { messageOf, withTimeout } from './bench/util.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, process.env.READER_OUT_DIR || 'dist');
const base = process.env.SITE_BASE || '/';
const out = resolve(process.env.BENCH_OUT || '.bench/results.json');

const READING = 'pakistan-afghanistan-2025/';
const SEARCH_QUERIES = ['Kabul River', 'Istanbul'];
const LIGHTHOUSE_PAGES = [
  { page: 'home', path: '' },
  { page: 'reading', path: READING },
  { page: 'claim', path: `${READING}claims/kabul-river-share-cut/` },
  { page: 'reference', path: 'references/dawn-2025-talks-outcome/' },
  { page: 'search', path: 'search/?q=Kabul+River' },
];

/** Progress goes to stderr, so stdout carries only the table. @param {string} text */
const progress = (text) => process.stderr.write(`${text}\n`);

/** Step 1, or the reason to stop. @returns {{ seconds?: number, skipped?: boolean } | undefined} */
function build() {
  if (process.env.BENCH_SKIP_BUILD === '1') {
    progress('Build skipped (BENCH_SKIP_BUILD=1): measuring the existing dist/.');
    return existsSync(dist) ? { skipped: true } : undefined;
  }
  progress('Building (node src/cli/build.mjs) …');
  const run = timeBuild(root);
  if (!run.ok) {
    progress(run.output.split('\n').slice(-40).join('\n'));
    return undefined;
  }
  progress(`  built in ${run.seconds.toFixed(1)} s`);
  return { seconds: run.seconds };
}

/**
 * Steps 3 and 4 in one Chromium. An error in one measurement is recorded and
 * the other still runs.
 * @param {string} siteUrl
 * @param {import('./bench/report.mjs').BenchResults} results
 */
async function measureInChromium(siteUrl, results) {
  progress('Chromium: first view and search …');
  const browser = await launchChromium();
  try {
    results.meta.chromium = `Chromium ${browser.version()}`;
    try {
      results.firstView = await withTimeout(measureFirstView(browser, `${siteUrl}${READING}`), 60_000, 'first view');
    } catch (error) {
      results.firstViewError = messageOf(error);
    }
    try {
      results.search = await withTimeout(measureSearch(browser, `${siteUrl}search/`, SEARCH_QUERIES), 90_000, 'search');
    } catch (error) {
      results.searchError = messageOf(error);
    }
  } finally {
    await withTimeout(browser.close(), 15_000, 'closing Chromium').catch(() => undefined);
  }
}

async function main() {
  const started = performance.now();
  const built = build();
  if (!built) {
    progress('\nBench stopped: the build failed (see above); nothing was measured.');
    process.exitCode = 1;
    return;
  }

  /** @type {import('./bench/report.mjs').BenchResults} */
  const results = {
    meta: { date: new Date().toISOString().replace(/:\d\d\.\d+Z$/, 'Z').replace('T', ' '), node: process.version },
    build: built,
    sizes: measureDistSizes(dist),
  };

  const server = await startStaticServer({ root: dist, base, port: 0, gzip: true });
  try {
    try {
      await measureInChromium(server.url, results);
    } catch (error) {
      results.firstViewError ??= messageOf(error);
      results.searchError ??= messageOf(error);
    }
    if (process.env.BENCH_SKIP_LIGHTHOUSE === '1') {
      results.lighthouseSkipped = true;
    } else {
      progress('Lighthouse (mobile), five page types …');
      results.lighthouse = await runLighthouse(
        LIGHTHOUSE_PAGES.map(({ page, path }) => ({ page, url: `${server.url}${path}` })),
        progress,
      );
    }
  } finally {
    await server.close();
  }

  results.meta.benchSeconds = (performance.now() - started) / 1000;
  progress('');
  console.log(formatReport(results));

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ ...results, budgets: budgets(results), reference: { starlight: STARLIGHT } }, null, 2)}\n`);
  console.log(`\nFigures written to ${out}`);
}

await main();
