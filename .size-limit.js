// @ts-check
/**
 * Bundle budgets for `size-limit` (run by `npm run bench`, after a build):
 * sizes of dist/ files gzipped as the server sends them. Pagefind's index
 * and wasm are stored gzipped already, so theirs is a few bytes high.
 */
import { PAGEFIND_RUNTIME_FILES } from './src/cli/chromium-settings.mjs';

export default [
  { name: 'Our search code, loaded on interaction', path: ['dist/_astro/search-header.*.js', 'dist/_astro/search-results.*.js'], gzip: true, limit: '8 KiB' },
  // The reader's own highlights and notes, on the first selection (the fuzzy re-anchoring comes only when a highlight no longer fits).
  { name: 'Readers’ notes, loaded on the first selection', path: ['dist/_astro/reader-notes.*.js', 'dist/_astro/reader-annotations.*.js'], gzip: true, limit: '6 KiB' },
  { name: 'All our JavaScript', path: 'dist/_astro/*.js', gzip: true },
  { name: 'CSS', path: 'dist/_astro/*.css', gzip: true },
  { name: 'Pagefind for a first query', path: PAGEFIND_RUNTIME_FILES.map((file) => `dist/${file}`), gzip: true },
];
