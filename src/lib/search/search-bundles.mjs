// @ts-check
/**
 * Where the search index lives in the built site, relative to its base path,
 * and how a brief finds its part of it. Spelt here, in plain JavaScript,
 * because the build's indexer (src/lib/search/search-index.mjs) reads it as
 * well as the browser's search code (through src/lib/search/search-contract.ts,
 * which re-exports it).
 *
 * One index holds every claim of every brief once, in shards of
 * `libraryShardBriefs` briefs, so that Pagefind's memory while building one is
 * bounded by the shard, not the library: the first shard at `pagefind/` (with
 * Pagefind's code), the others at `pagefind/shards/<n>/`, listed with the
 * briefs each holds in `pagefind/shards.json`.
 * - The library-wide search starts with the first shard and merges the
 *   others in the browser, one at a time as a query needs them (Pagefind's
 *   `mergeIndex`).
 * - The search within a brief opens only the shard holding that brief, with
 *   the brief's own filter (`BRIEF_SCOPE_FILTER`), so its cost is bounded by a
 *   shard whatever the size of the library.
 */

/** The first shard, with Pagefind's code (Pagefind's default place). */
export const LIBRARY_BUNDLE = 'pagefind/';

/**
 * Briefs per shard. The search within a brief fetches its shard's metadata
 * (about 0.32 KB a brief) and its scope filter's values (about 0.12 KB a
 * brief) before its first answer; at 20 briefs a shard these stay under
 * 10 KB, and the first query within a brief costs about what a brief's own
 * bundle did (README, Search). Pagefind's memory while building a shard is
 * bounded by it too. READER_SEARCH_SHARD_BRIEFS overrides it (the tests use
 * small shards to check the merging).
 * @param {NodeJS.ProcessEnv} env
 */
export const libraryShardBriefs = (env) => {
  const value = env.READER_SEARCH_SHARD_BRIEFS;
  if (value === undefined || value === '') return DEFAULT_SHARD_BRIEFS;
  const briefs = Number(value);
  if (!Number.isInteger(briefs) || briefs < 1) throw new Error(`READER_SEARCH_SHARD_BRIEFS must be a whole number of at least 1, not "${value}"`);
  return briefs;
};
const DEFAULT_SHARD_BRIEFS = 20;

/**
 * The list of shards, relative to the base path: a JSON array of
 * `IndexShard`, the first shard first, in brief order (`compareBriefIds`).
 */
export const LIBRARY_SHARDS_FILE = `${LIBRARY_BUNDLE}shards.json`;

/**
 * @typedef {object} IndexShard
 * @property {string} folder the shard's folder, relative to the base path
 * @property {string} first the id of the first brief it holds
 * @property {string} last the id of the last brief it holds
 */

/** @param {number} shard from 1 (shard 0 is the library bundle itself) @returns {string} the folder of a shard, relative to the base path */
export const libraryShard = (shard) => `${LIBRARY_BUNDLE}shards/${shard}/`;

/**
 * The order of briefs in the shards: by UTF-16 code units, the same in Node
 * and in every browser (`localeCompare` follows the runtime's collation).
 * @param {string} a @param {string} b
 */
export const compareBriefIds = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The shard holding a brief: the first whose last brief is not before it
 * (undefined past the last shard: the brief has no claim in the index).
 * @param {readonly IndexShard[]} shards @param {string} briefId
 */
export const shardOfBrief = (shards, briefId) => shards.find((shard) => compareBriefIds(briefId, shard.last) <= 0 && compareBriefIds(briefId, shard.first) >= 0);

/**
 * The hidden filter every claim page carries with its brief's id: the
 * search within a brief chooses it. (The `brief` filter readers choose from
 * carries the brief's title, which two briefs may share.)
 */
export const BRIEF_SCOPE_FILTER = 'brief-id';

/** The word list for "Did you mean", written at build time (the library's at the root, a brief's in its folder), fetched only when a query finds nothing. */
export const WORD_LIST_FILE = 'search-words.json';
