// @ts-check
/**
 * `_headers` entries for the files other programs fetch (references, W3C
 * annotations, tables, the feed): a media type that reference managers
 * recognise (Zotero imports `.ris` and `.bib` on click when served as
 * application/x-research-info-systems and application/x-bibtex), and
 * `Access-Control-Allow-Origin: *` so that scripts on other sites may read them.
 * One entry per file: hosts differ in how they match wildcards inside a name.
 */
import { readdirSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { WORD_LIST_FILE } from '../search/search-bundles.mjs';

/** Media type by file extension; the `.json` files listed are CSL-JSON or the data package. */
export const DATA_FILE_TYPES = /** @type {const} */ ({
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/rss+xml; charset=utf-8',
});

/** Folders of the build that hold no data files (scripts, styles, the search index). */
const SKIPPED = new Set(['_astro', 'pagefind']);

/**
 * The data files of a built site, relative to it, sorted. Not the sitemap,
 * nor the search's word lists (one a brief, read only by the site's own
 * search, and served as JSON by every host): a rule for each would take a
 * host's whole allowance of `_headers` rules (Cloudflare Pages: 100) with a
 * hundred briefs.
 * @param {string} siteDir @returns {string[]}
 */
export function dataFiles(siteDir) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} folder */
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const file = relative(siteDir, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!SKIPPED.has(file)) walk(path);
      } else if (extname(entry.name) in DATA_FILE_TYPES && file !== 'sitemap.xml' && basename(file) !== WORD_LIST_FILE) found.push(file);
    }
  };
  walk(siteDir);
  return found.sort();
}

/** @param {string[]} files relative to the site @param {string} base @returns {string} `_headers` entries */
export function dataFileHeaders(files, base) {
  const root = base.endsWith('/') ? base : `${base}/`;
  return files
    .map((file) => {
      const type = DATA_FILE_TYPES[/** @type {keyof typeof DATA_FILE_TYPES} */ (extname(file))];
      return [`${root}${file}`, `  Content-Type: ${type}`, '  Access-Control-Allow-Origin: *', ''].join('\n');
    })
    .join('\n');
}
