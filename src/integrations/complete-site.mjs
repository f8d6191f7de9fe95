// @ts-check
/**
 * Astro integration: finishes the site once Astro has written its pages
 * (`astro:build:done`, as Starlight runs Pagefind), so a plain `astro build`
 * gives a complete `dist/`: the Pagefind indexes, library-wide and per brief
 * (`src/lib/search/search-index.mjs`),
 * and the files a host reads beside the pages (`src/lib/site/site-files.mjs`).
 * A failure names the step; the build driver then drops the staging folder.
 * The search indexes reuse what did not change from Astro's cache folder
 * (src/lib/site/step-cache.mjs), unless the build is cold (READER_COLD_BUILD=1,
 * which `npm run build -- --force` sets).
 */
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/search-index.mjs';
import { writeSiteFiles } from '../lib/site/site-files.mjs';
import { stepCache } from '../lib/site/step-cache.mjs';
import { codeHash } from '../lib/content/content-hash.mjs';

/**
 * @param {{ siteUrl: string | undefined, base: string }} settings
 * @returns {import('astro').AstroIntegration}
 */
export default function completeSite(settings) {
  /** @type {string} */
  let cacheDir;
  /** @type {string} */
  let root;
  return {
    name: 'reader:complete-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const cache = stepCache(cacheDir, { code: codeHash(root), cold: process.env.READER_COLD_BUILD === '1' });
        const { pages, briefs, shards } = await step('the search index (Pagefind)', () => buildSearchIndex(out, process.env, cache));
        const { reused, run } = cache.counts;
        logger.info(`Search index: ${pages} pages indexed from ${briefs} brief${briefs === 1 ? '' : 's'} in ${shards} shard${shards === 1 ? '' : 's'} (${reused} of ${reused + run} reused from the cache)`);
        await step('the site files (_headers, sitemap.xml, robots.txt)', () => writeSiteFiles(out, settings));
      },
    },
  };
}

/**
 * Runs one step; an error in it is told as "<what> failed: <why>".
 * @template T @param {string} what @param {() => T | Promise<T>} run @returns {Promise<T>}
 */
export async function step(what, run) {
  try {
    return await run();
  } catch (error) {
    throw new Error(`${what} failed: ${error instanceof Error ? error.message : error}`, { cause: error });
  }
}
