// @ts-check
/**
 * `npm run bench`: how big and how fast the site is, against the budgets and
 * the Starlight site holding the same brief. It builds (timed), checks the
 * bundle budgets with size-limit (`.size-limit.js`), serves dist/ as the tests
 * do, measures the first brief's first view and two search queries in
 * Chromium (`bench/first-view.mjs`), runs Lighthouse on five page types
 * (`bench/lighthouse.mjs`), prints a table (`bench/report.mjs`) and writes
 * the figures as JSON. It reports; it never fails on a number, only when the
 * build fails.
 *   BENCH_OUT=path            where the JSON goes (default .bench/results.json)
 *   BENCH_SKIP_LIGHTHOUSE=1   skips Lighthouse (the slow part)
 *   BENCH_SKIP_BUILD=1        measures the existing dist/
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { contentLayout } from '../lib/content/content-dir.mjs';
import { launchChromium } from './chromium-settings.mjs';
import { measureFirstView, measureSearch } from './bench/first-view.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { budgets, formatReport, STARLIGHT } from './bench/report.mjs';
import { startStaticServer } from './static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const content = resolve(root, process.env.READER_CONTENT_DIR ?? 'content');
const out = resolve(process.env.BENCH_OUT || '.bench/results.json');
const progress = (/** @type {string} */ text) => process.stderr.write(`${text}\n`);

// The pages measured, from the content: the first brief, its first claim, the first source.
const layout = contentLayout(content);
const brief = readdirSync(layout.briefs).sort()[0] ?? '';
const claim = parse(readFileSync(layout.brief(brief).annotations, 'utf8')).claims[0].id;
const reference = parse(readFileSync(layout.references, 'utf8'))[0].id;
const SEARCH_QUERIES = ['Kabul River', 'Istanbul'];
const LIGHTHOUSE_PAGES = { home: '', reading: `${brief}/`, claim: `${brief}/claims/${claim}/`, reference: `references/${reference}/`, search: `search/?q=${encodeURIComponent(SEARCH_QUERIES[0] ?? '')}` };

/** @type {import('./bench/report.mjs').BenchResults} */
const results = { meta: { date: new Date().toISOString().slice(0, 16).replace('T', ' '), node: process.version }, bundles: [], errors: [] };

if (process.env.BENCH_SKIP_BUILD !== '1') {
  progress('Building (npm run build) …');
  const started = performance.now();
  const build = spawnSync(process.execPath, ['src/cli/build.mjs'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    progress(`${build.stdout}${build.stderr}\nBench stopped: the build failed; nothing was measured.`);
    process.exit(1);
  }
  results.meta.buildSeconds = (performance.now() - started) / 1000;
}

progress('Bundle sizes (size-limit) …');
const sizeLimit = spawnSync(process.execPath, [join(root, 'node_modules/size-limit/bin.js'), '--json'], { cwd: root, encoding: 'utf8' });
try {
  results.bundles = JSON.parse(sizeLimit.stdout);
} catch {
  results.errors.push(`size-limit: ${sizeLimit.stderr.trim() || sizeLimit.stdout.trim()}`);
}

const server = await startStaticServer({ root: resolve(root, process.env.READER_OUT_DIR || 'dist'), base: process.env.SITE_BASE || '/' });
try {
  progress('Chromium: first view and search …');
  const browser = await launchChromium();
  results.meta.chromium = `Chromium ${browser.version()}`;
  results.firstView = await measureFirstView(browser, `${server.url}${brief}/`).catch((error) => void results.errors.push(`first view: ${error.message}`));
  results.search = await measureSearch(browser, `${server.url}search/`, SEARCH_QUERIES).catch((error) => void results.errors.push(`search: ${error.message}`));
  await browser.close();
  if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
    progress('Lighthouse (mobile), five page types …');
    results.lighthouse = await runLighthouse(Object.entries(LIGHTHOUSE_PAGES).map(([page, path]) => ({ page, url: `${server.url}${path}` })));
  }
} finally {
  await server.close();
}

console.log(formatReport(results));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ ...results, budgets: budgets(results), reference: { starlight: STARLIGHT } }, null, 2)}\n`);
console.log(`\nFigures written to ${out}`);
