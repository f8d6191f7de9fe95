// @ts-check
/**
 * `npm run build`: the last good `dist/` is only ever replaced by a complete
 * new one.
 *
 * 1. The settings (SITE_BASE, SITE_URL) are checked, then the whole content
 *    (src/lib/content-check/); a problem stops here, each said once.
 * 2. Astro's `build()` builds the site into a staging folder; its
 *    integration (src/integrations/complete-site.mjs) adds the search index
 *    and the host files, so the staging folder is the complete site.
 * 3. The staging folder is measured against the static hosts
 *    (src/lib/site/host-fit.mjs): with READER_HOST (or READER_HOST_MAX_FILES /
 *    READER_HOST_MAX_MB) set, a site that would not fit that host stops here.
 * 4. The staging folder is swapped into `dist/`; the last lines say its
 *    footprint and which hosts it fits.
 *
 * Any failure names its step, removes the staging folder and leaves `dist/`
 * as it was. DEBUG=1 or --verbose adds the stack of the error.
 *
 * The build runs with a heap limit (src/cli/build-heap.mjs), so its memory
 * stays near what it really holds at any library size.
 *
 * The log stays short at any library size: one progress line per phase with
 * its counts and a summary (src/cli/build-progress.mjs). Astro's own log,
 * a line per page (54,000 lines at 1,000 briefs), is shown with --verbose
 * or READER_VERBOSE=1; warnings and errors are always shown.
 */
import { cpSync, existsSync, mkdirSync, rmSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { step } from '../integrations/complete-site.mjs';
import { rerunWithHeapLimit, setsHeapLimit } from './build-heap.mjs';
import { countBriefs, describeSite, formatSeconds } from './build-progress.mjs';
import { markContentChecked } from '../integrations/content-check.mjs';
import { SettingsError, buildCacheDir, siteSettings } from '../lib/site/site-settings.mjs';
import { HostSettingError, fitHost, fitHosts, footprintLines, measureSite, misfitMessage, targetHost } from '../lib/site/host-fit.mjs';
import { codeHash } from '../lib/content/content-hash.mjs';
import { stepCache } from '../lib/site/step-cache.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = resolve(root, process.env.READER_OUT_DIR || 'dist');
// Astro keeps its build inside the project only when outDir is under the
// working folder (static-build.js, getOutDirWithinCwd); elsewhere it leaves
// server chunks in the output. So the staging folder is always here.
const staging = resolve(root, `.dist-staging-${process.pid}`);
const cacheDir = resolve(root, buildCacheDir(process.env));
const previous = `${target}.previous`;
const verbose = Boolean(process.env.DEBUG) || process.argv.includes('--verbose');
const perPageLog = process.argv.includes('--verbose') || process.env.READER_VERBOSE === '1';
// A cold build: no page or step restored from the cache, which is written afresh.
const force = process.argv.includes('--force');
// For the steps of ours that Astro runs (src/integrations/complete-site.mjs).
if (force) process.env.READER_COLD_BUILD = '1';
const started = performance.now();
/** Seconds since `since`, for a progress line. @param {number} since */
const took = (since) => formatSeconds((performance.now() - since) / 1000);

async function main() {
  // Settings first: a bad SITE_BASE or SITE_URL would reach every page.
  // The host the site must fit, if the editor named one: a wrong name stops before any work.
  /** @type {import('../lib/site/static-hosts.mjs').StaticHost | undefined} */
  let host;
  try {
    siteSettings(process.env);
    host = targetHost(process.env);
  } catch (error) {
    if (error instanceof SettingsError || error instanceof HostSettingError) return fail(error.message);
    throw error;
  }

  // Then the content, checked whole before Astro reads a file of it: every
  // problem is listed once, and a stale Astro cache can never stand in for a
  // file that failed.
  /** @type {typeof import('../lib/content-check/check-content.ts')} */
  const { checkContent, formatProblem } = await tsImport('../lib/content-check/check-content.ts', import.meta.url);
  const contentDir = process.env.READER_CONTENT_DIR ?? 'content';
  const checkStarted = performance.now();
  // A brief whose anchoring passed before, with the same text, claims and code, is not anchored again.
  const checks = stepCache(cacheDir, { code: codeHash(root), cold: force });
  /** @type {typeof import('../lib/content/content-handover.ts')} */
  const { handOverContent } = await tsImport('../lib/content/content-handover.ts', import.meta.url);
  const problems = await checkContent(contentDir, {
    anchoring: (key, anchor) => checks.passed('anchoring', key, anchor),
    // Astro's loaders take what the check read, rather than read content/ again.
    onRead: (content) => handOverContent(contentDir, content),
  });
  checks.prune(['anchoring']);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    return fail(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content (listed above; \`npm run check\` lists them without building).`);
  }
  markContentChecked();
  const briefs = countBriefs(resolve(root, contentDir));
  console.log(`Content: ${briefs} brief${briefs === 1 ? '' : 's'} checked (${took(checkStarted)})`);

  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  const buildStarted = performance.now();
  console.log(`Site: building the pages and the search index${perPageLog ? '' : ' (--verbose or READER_VERBOSE=1 shows each page)'}…`);
  try {
    // 'warn' keeps warnings and errors and drops the line per page.
    await build({ root, outDir: staging, mode: 'production', logLevel: perPageLog ? 'info' : 'warn', force });
  } catch (error) {
    // Astro has logged what it knows; the steps of the integration say which failed.
    return fail(error instanceof Error && / failed: /.test(error.message) ? error.message : `the site did not build: ${error instanceof Error ? error.message : error}`, error);
  }

  const site = describeSite(staging);
  console.log(`Site: ${site.pages} pages written, ${site.indexedPages} of them in the search index (${took(buildStarted)})`);

  // Measured in the staging folder, so a site too large for the named host never replaces dist/.
  const footprint = measureSite(staging);
  if (host) {
    const fit = fitHost(footprint, host);
    if (fit.broken.length > 0) return fail(misfitMessage(fit));
  }

  try {
    await step(`moving the new site into ${target}`, swap);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), error);
  }
  console.log(`\nBuilt ${target}: ${site.pages} pages, search index ${site.indexedPages} pages in ${site.indexKilobytes} KB (${site.shards} shard${site.shards === 1 ? '' : 's'}), in ${took(started)}`);
  for (const line of footprintLines(footprint, fitHosts(footprint))) console.log(line);
  if (host) console.log(`Checked against READER_HOST's host: it fits ${host.name}.`);
}

/** The old dist/ is moved aside, not deleted, until the new one is in place; put back if the move fails. */
function swap() {
  rmSync(previous, { recursive: true, force: true });
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, previous);
  try {
    moveFolder(staging, target);
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    if (hadTarget) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Renames, or copies then removes where the two are on different file systems. @param {string} from @param {string} to */
function moveFolder(from, to) {
  try {
    renameSync(from, to);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Says why the build stopped, removes the staging folder, and leaves dist/
 * as it was. The error's stack is shown only on request (DEBUG=1 or --verbose).
 * @param {string} message @param {unknown} [error]
 */
function fail(message, error) {
  rmSync(staging, { recursive: true, force: true });
  if (error && verbose) console.error(error);
  console.error(`\nBuild failed: ${message}\n${existsSync(target) ? `${target} was left as it was.` : ''}`);
  process.exitCode = 1;
}

if (!setsHeapLimit(process.env.NODE_OPTIONS, process.execArgv)) {
  process.exitCode = await rerunWithHeapLimit(fileURLToPath(import.meta.url));
} else {
  try {
    await main();
  } catch (error) {
    fail(`an unexpected error: ${error instanceof Error ? error.message : error}${verbose ? '' : ' (DEBUG=1 shows where)'}`, error);
  }
}
