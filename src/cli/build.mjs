// @ts-check
/**
 * `npm run build`: builds the site and its search index into a staging
 * folder, and only when both succeed swaps it into `dist/`. A content
 * mistake stops the build with the editor's message; the last good `dist/`
 * stays exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { SettingsError, siteSettings } from '../lib/site-settings.mjs';
import { buildSearchIndex } from './search-index.mjs';
import { writeSiteFiles } from './site-files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = resolve(root, process.env.READER_OUT_DIR || 'dist');
// Astro keeps its build inside the project only when outDir is under the
// working folder (static-build.js, getOutDirWithinCwd); elsewhere it leaves
// server chunks in the output. So the staging folder is always here.
const staging = resolve(root, `.dist-staging-${process.pid}`);
const previous = `${target}.previous`;
const verbose = Boolean(process.env.DEBUG) || process.argv.includes('--verbose');

async function main() {
  // Settings first: a bad SITE_BASE or SITE_URL would reach every page.
  /** @type {{ base: string, site: string | undefined }} */
  let settings;
  try {
    settings = siteSettings(process.env);
  } catch (error) {
    if (error instanceof SettingsError) return fail(error.message);
    throw error;
  }

  // Then the content, checked whole before Astro reads a file of it (see
  // src/lib/content-check/): every problem is listed once, and a stale
  // Astro cache can never stand in for a file that failed.
  /** @type {typeof import('../lib/content-check/check-content.ts')} */
  const { checkContent, formatProblem } = await tsImport('../lib/content-check/check-content.ts', import.meta.url);
  const contentDir = process.env.READER_CONTENT_DIR ?? 'content';
  const problems = await checkContent(contentDir);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    return fail(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content (listed above; \`npm run check\` lists them without building).`);
  }

  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  const astro = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/astro.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, READER_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.status !== 0) return fail(`the site did not build (exit ${astro.status ?? astro.signal}); see the message above.`);

  try {
    await step('the search index (Pagefind)', () => buildSearchIndex(staging));
    await step('the site files (_headers, sitemap.xml, robots.txt)', () => writeSiteFiles(staging, { siteUrl: settings.site, base: settings.base }));
    await step(`moving the new site into ${target}`, swap);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), error);
  }
  console.log(`\nBuilt ${target}`);
}

/**
 * Runs one step after Astro; an error in it is told as "<what> failed: <why>".
 * @param {string} what @param {() => unknown} run
 */
async function step(what, run) {
  try {
    await run();
  } catch (error) {
    throw new Error(`${what} failed: ${error instanceof Error ? error.message : error}`, { cause: error });
  }
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

try {
  await main();
} catch (error) {
  fail(`an unexpected error: ${error instanceof Error ? error.message : error}${verbose ? '' : ' (DEBUG=1 shows where)'}`, error);
}
