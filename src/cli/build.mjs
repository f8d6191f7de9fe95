// @ts-check
/**
 * `npm run build`: builds the site and its search index into a staging
 * folder, and only when both succeed swaps it into `dist/`. A content
 * mistake stops the build with the editor's message; the last good `dist/`
 * stays exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from './search-index.mjs';
import { writeSiteFiles } from './site-files.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = resolve(root, process.env.READER_OUT_DIR || 'dist');
const staging = `${target}.staging`;
const previous = `${target}.previous`;

async function main() {
  rmSync(staging, { recursive: true, force: true });
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
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
  console.log(`\nBuilt ${target}`);
}

/** @param {string} message */
function fail(message) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\n${existsSync(target) ? `${target} was left as it was.` : ''}`);
  process.exitCode = 1;
}

await main();
