/**
 * The indexer on a small hand-made site: the library-wide index in shards
 * (here of one brief each), a bundle per brief holding its claim pages only,
 * and none for a folder that merely looks like a brief's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/search-index.mjs';
import { LIBRARY_BUNDLE, LIBRARY_SHARDS_FILE, briefBundle, libraryShard } from '../../src/lib/search/search-contract';

const site = join(tmpdir(), `reader-search-index-${process.pid}`);
const page = (path: string, html: string) => {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(join(site, path, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title></head><body>${html}</body></html>`);
};
const claimPage = (words: string) => `<nav>Menu</nav><article data-pagefind-body><h1>${words}</h1></article>`;
let result: { pages: number; briefs: number; shards: number };

beforeAll(async () => {
  rmSync(site, { recursive: true, force: true });
  page('one/claims/first', claimPage('Kabul River irrigation'));
  page('one/claims/second', claimPage('Gwadar port'));
  page('one/claims', '<h1>Claims of one</h1>');
  page('two/claims/only', claimPage('Durand Line'));
  // A topic called "claims", its listing paginated: not a brief.
  page('topics/claims', '<h1>Claims topic</h1>');
  page('topics/claims/2', '<h1>Claims topic, page 2</h1>');
  result = await buildSearchIndex(site, { READER_SEARCH_SHARD_BRIEFS: '1' });
}, 60_000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

const entryAt = (bundle: string) => JSON.parse(readFileSync(join(site, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const entry = (id: string) => entryAt(briefBundle(id));

describe('the search indexer', () => {
  it('writes the library-wide index over every claim page in shards of briefs, and a bundle per brief over its own', () => {
    expect(result.briefs).toBe(2);
    expect(result.pages).toBe(3);
    expect(result.shards).toBe(2);
    // Shards of one brief: "one" in the first, at pagefind/; "two" in the second, listed for merging.
    expect(entryAt(LIBRARY_BUNDLE).languages.en?.page_count).toBe(2);
    expect(JSON.parse(readFileSync(join(site, LIBRARY_SHARDS_FILE), 'utf8'))).toEqual([libraryShard(1)]);
    expect(entryAt(libraryShard(1)).languages.en?.page_count).toBe(1);
    expect(entry('one').languages.en?.page_count).toBe(2);
    expect(entry('two').languages.en?.page_count).toBe(1);
  });

  it('writes no bundle for a folder without claim pages', () => {
    expect(existsSync(join(site, briefBundle('topics')))).toBe(false);
  });

  it('keeps only the data of a shard past the first: a merged index runs on the first one’s code', () => {
    const files = readdirSync(join(site, libraryShard(1))).sort();
    expect(files.filter((file) => !/^(filter|fragment|index|pagefind-entry\.json|pagefind\.en_\w+\.pf_meta)$/.test(file))).toEqual([]);
    expect(files).toContain('pagefind-entry.json');
    expect(readdirSync(join(site, LIBRARY_BUNDLE))).toContain('pagefind.js');
  });

  it('refuses a shard size that is not a whole number of briefs', async () => {
    await expect(buildSearchIndex(site, { READER_SEARCH_SHARD_BRIEFS: '0' })).rejects.toThrow(/READER_SEARCH_SHARD_BRIEFS must be a whole number of at least 1, not "0"/);
  });

  it('leaves out of a brief’s bundle what no page loads from it', () => {
    const files = readdirSync(join(site, briefBundle('one'))).sort();
    expect(files.filter((file) => !/^(filter|fragment|index|pagefind-entry\.json|pagefind-worker\.js|pagefind\.en_\w+\.pf_meta|wasm\.en\.pagefind)$/.test(file))).toEqual([]);
    expect(files).toContain('wasm.en.pagefind');
    expect(files).not.toContain('pagefind.js');
  });
});
