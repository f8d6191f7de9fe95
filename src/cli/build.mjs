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
import { buildSearchIndex } from './search-index.mjs';
import { writeSiteFiles } from './site-files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = resolve(root, process.env.READER_OUT_DIR || 'dist');
// Astro keeps its build inside the project only when outDir is under the
// working folder (static-build.js, getOutDirWithinCwd); elsewhere it leaves
// server chunks in the output. So the staging folder is always here.
const staging = resolve(root, `.dist-staging-${process.pid}`);
const previous = `${target}.previous`;

async function main() {
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  const astro = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/astro.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, READER_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.status !== 0) return fail(`the site did not build (exit ${astro.status ?? astro.signal}); see the message above.`);

  try {
    await buildSearchIndex(staging);
  } catch (error) {
    return fail(`the search index did not build: ${error instanceof Error ? error.message : error}`);
  }

  writeSiteFiles(staging, { siteUrl: process.env.SITE_URL || undefined, base: process.env.SITE_BASE || '/' });

  // Swap: the old dist/ is moved aside, not deleted, until the new one is in place.
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  moveFolder(staging, target);
  rmSync(previous, { recursive: true, force: true });
  console.log(`\nBuilt ${target}`);
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

/** @param {string} message */
function fail(message) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\n${existsSync(target) ? `${target} was left as it was.` : ''}`);
  process.exitCode = 1;
}

await main();
