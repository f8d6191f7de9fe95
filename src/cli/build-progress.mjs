// @ts-check
/**
 * The counts the build prints instead of a line per page: how many briefs,
 * how many pages were written, how many the search index holds and its size.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentLayout } from '../lib/content/content-dir.mjs';
import { LIBRARY_BUNDLE, LIBRARY_SHARDS_FILE, briefBundle } from '../lib/search/search-bundles.mjs';

/** The brief folders of a content folder. @param {string} contentDir */
export function countBriefs(contentDir) {
  const briefs = contentLayout(contentDir).briefs;
  if (!existsSync(briefs)) return 0;
  return readdirSync(briefs, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
}

/**
 * The pages (HTML files) of a built site; the pages in its library-wide
 * Pagefind index (as the entry files of its shards count them) and its size on
 * disk; the briefs' own bundles (src/lib/search/search-bundles.mjs), how many and
 * their size.
 * @param {string} siteDir
 */
export function describeSite(siteDir) {
  const library = join(siteDir, LIBRARY_BUNDLE);
  const bundles = join(siteDir, briefBundle(''));
  let pages = 0;
  let indexBytes = 0;
  let bundleBytes = 0;
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.html')) pages += 1;
    if (path.startsWith(bundles)) bundleBytes += statSync(path).size;
    else if (path.startsWith(library)) indexBytes += statSync(path).size;
  }
  /** @type {string[]} */
  const shards = JSON.parse(readFileSync(join(siteDir, LIBRARY_SHARDS_FILE), 'utf8'));
  const indexedPages = [LIBRARY_BUNDLE, ...shards].reduce((sum, shard) => {
    /** @type {{ languages: Record<string, { page_count: number }> }} */
    const entry = JSON.parse(readFileSync(join(siteDir, shard, 'pagefind-entry.json'), 'utf8'));
    return sum + Object.values(entry.languages).reduce((count, language) => count + language.page_count, 0);
  }, 0);
  const briefBundles = existsSync(bundles) ? readdirSync(bundles).length : 0;
  return { pages, indexedPages, indexKilobytes: Math.round(indexBytes / 1024), briefBundles, bundleKilobytes: Math.round(bundleBytes / 1024) };
}

/** "0.8 s", "6 min 49 s". @param {number} seconds */
export function formatSeconds(seconds) {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
