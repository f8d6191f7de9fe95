// @ts-check
/**
 * The counts the build prints instead of a line per page: how many briefs,
 * how many pages were written, how many the search index holds and its size.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentLayout } from '../lib/content/content-dir.mjs';
import { LIBRARY_BUNDLE, LIBRARY_SHARDS_FILE } from '../lib/search/search-bundles.mjs';

/** The brief folders of a content folder. @param {string} contentDir */
export function countBriefs(contentDir) {
  const briefs = contentLayout(contentDir).briefs;
  if (!existsSync(briefs)) return 0;
  return readdirSync(briefs, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
}

/**
 * The pages (HTML files) of a built site; the pages in its Pagefind index (as
 * the entry files of its shards count them), its shards and its size on disk.
 * @param {string} siteDir
 */
export function describeSite(siteDir) {
  const index = join(siteDir, LIBRARY_BUNDLE);
  let pages = 0;
  let indexBytes = 0;
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.html')) pages += 1;
    else if (path.startsWith(index)) indexBytes += statSync(path).size;
  }
  /** @type {import('../lib/search/search-bundles.mjs').IndexShard[]} */
  const shards = JSON.parse(readFileSync(join(siteDir, LIBRARY_SHARDS_FILE), 'utf8'));
  const indexedPages = shards.reduce((sum, shard) => {
    /** @type {{ languages: Record<string, { page_count: number }> }} */
    const entry = JSON.parse(readFileSync(join(siteDir, shard.folder, 'pagefind-entry.json'), 'utf8'));
    return sum + Object.values(entry.languages).reduce((count, language) => count + language.page_count, 0);
  }, 0);
  return { pages, indexedPages, indexKilobytes: Math.round(indexBytes / 1024), shards: shards.length };
}

/** "0.8 s", "6 min 49 s". @param {number} seconds */
export function formatSeconds(seconds) {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
