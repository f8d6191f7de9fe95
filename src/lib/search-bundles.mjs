// @ts-check
/**
 * Where the search bundles live in the built site, relative to its base path.
 * Spelt here, in plain JavaScript, because the build's indexer
 * (src/cli/search-index.mjs) reads it as well as the browser's search code
 * (through src/lib/search-contract.ts, which re-exports it).
 *
 * - `pagefind/`: the library-wide index, every claim of every brief.
 * - `pagefind/briefs/<brief>/`: one brief's claims only, so searching within
 *   the brief being read fetches that brief's index and nothing else,
 *   whatever the size of the library.
 */

/** The library-wide bundle (Pagefind's default place). */
export const LIBRARY_BUNDLE = 'pagefind/';

/** @param {string} briefId @returns {string} the folder of a brief's own bundle, relative to the base path */
export const briefBundle = (briefId) => `${LIBRARY_BUNDLE}briefs/${encodeURIComponent(briefId)}/`;
