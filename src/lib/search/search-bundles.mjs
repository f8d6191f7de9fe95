// @ts-check
/**
 * Where the search bundles live in the built site, relative to its base path.
 * Spelt here, in plain JavaScript, because the build's indexer
 * (src/lib/search/search-index.mjs) reads it as well as the browser's search code
 * (through src/lib/search/search-contract.ts, which re-exports it).
 *
 * - `pagefind/`: the library-wide index, every claim of every brief, in
 *   shards of `LIBRARY_SHARD_BRIEFS` briefs so that Pagefind's memory while
 *   building one is bounded by the shard, not the library: the first shard at
 *   `pagefind/` (with Pagefind's code), the others at `pagefind/shards/<n>/`,
 *   listed in `pagefind/shards.json` and merged in the browser with
 *   Pagefind's `mergeIndex`.
 * - `pagefind/briefs/<brief>/`: one brief's claims only, so searching within
 *   the brief being read fetches that brief's index and nothing else,
 *   whatever the size of the library.
 */

/** The library-wide bundle (Pagefind's default place). */
export const LIBRARY_BUNDLE = 'pagefind/';

/** @param {string} briefId @returns {string} the folder of a brief's own bundle, relative to the base path */
export const briefBundle = (briefId) => `${LIBRARY_BUNDLE}briefs/${encodeURIComponent(briefId)}/`;

/**
 * Briefs per shard of the library-wide index. Pagefind held about 4 GB
 * building one index over 1,000 briefs' 51,000 claim pages (README, Scale),
 * so about 400 MB for a shard of 100. READER_SEARCH_SHARD_BRIEFS overrides it
 * (the tests use small shards to check the merging).
 * @param {NodeJS.ProcessEnv} env
 */
export const libraryShardBriefs = (env) => {
  const value = env.READER_SEARCH_SHARD_BRIEFS;
  if (value === undefined || value === '') return 100;
  const briefs = Number(value);
  if (!Number.isInteger(briefs) || briefs < 1) throw new Error(`READER_SEARCH_SHARD_BRIEFS must be a whole number of at least 1, not "${value}"`);
  return briefs;
};

/** The list of the library-wide index's other shards, relative to the base path: a JSON array of their folders (empty with one shard). */
export const LIBRARY_SHARDS_FILE = `${LIBRARY_BUNDLE}shards.json`;

/** @param {number} shard from 1 (shard 0 is the library bundle itself) @returns {string} the folder of a shard of the library-wide index, relative to the base path */
export const libraryShard = (shard) => `${LIBRARY_BUNDLE}shards/${shard}/`;
