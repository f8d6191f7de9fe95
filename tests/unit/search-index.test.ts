/**
 * The indexer on a small hand-made site: one index over every claim page, in
 * shards (here of one brief each) listed with the briefs they hold, nothing
 * for a folder that merely looks like a brief's; and how a brief finds its
 * shard.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/search-index.mjs';
import { LIBRARY_BUNDLE, LIBRARY_SHARDS_FILE, libraryShard, shardOfBrief, type IndexShard } from '../../src/lib/search/search-contract';

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
const shardsListed = () => JSON.parse(readFileSync(join(site, LIBRARY_SHARDS_FILE), 'utf8')) as IndexShard[];

describe('the search indexer', () => {
  it('indexes every claim page once, in shards of briefs listed with the briefs each holds', () => {
    expect(result.briefs).toBe(2);
    expect(result.pages).toBe(3);
    expect(result.shards).toBe(2);
    // Shards of one brief: "one" in the first, at pagefind/; "two" in the second.
    expect(shardsListed()).toEqual([
      { folder: LIBRARY_BUNDLE, first: 'one', last: 'one' },
      { folder: libraryShard(1), first: 'two', last: 'two' },
    ]);
    expect(entryAt(LIBRARY_BUNDLE).languages.en?.page_count).toBe(2);
    expect(entryAt(libraryShard(1)).languages.en?.page_count).toBe(1);
    expect(existsSync(join(site, LIBRARY_BUNDLE, 'briefs'))).toBe(false);
  });

  it('indexes nothing of a folder without claim pages', () => {
    expect(shardsListed().some((shard) => shard.first === 'topics' || shard.last === 'topics')).toBe(false);
    expect(entryAt(LIBRARY_BUNDLE).languages.en?.page_count! + entryAt(libraryShard(1)).languages.en?.page_count!).toBe(3);
  });

  it('keeps in a shard past the first its data and what an instance pointed at it loads, not Pagefind’s code or interfaces', () => {
    const files = readdirSync(join(site, libraryShard(1))).sort();
    expect(files.filter((file) => !/^(filter|fragment|index|pagefind-entry\.json|pagefind-worker\.js|pagefind\.en_\w+\.pf_meta|wasm\.en\.pagefind)$/.test(file))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['pagefind-entry.json', 'pagefind-worker.js', 'wasm.en.pagefind']));
    expect(files).not.toContain('pagefind.js');
    expect(readdirSync(join(site, LIBRARY_BUNDLE))).toContain('pagefind.js');
  });

  it('refuses a shard size that is not a whole number of briefs', async () => {
    await expect(buildSearchIndex(site, { READER_SEARCH_SHARD_BRIEFS: '0' })).rejects.toThrow(/READER_SEARCH_SHARD_BRIEFS must be a whole number of at least 1, not "0"/);
  });
});

describe('the shard of a brief', () => {
  const shards: IndexShard[] = [
    { folder: 'pagefind/', first: 'a-brief', last: 'kabul' },
    { folder: 'pagefind/shards/1/', first: 'kabul-2', last: 'quetta' },
  ];

  it('is the shard whose first and last briefs hold it between them, in code-unit order', () => {
    expect(shardOfBrief(shards, 'a-brief')?.folder).toBe('pagefind/');
    expect(shardOfBrief(shards, 'gwadar')?.folder).toBe('pagefind/');
    expect(shardOfBrief(shards, 'kabul')?.folder).toBe('pagefind/');
    expect(shardOfBrief(shards, 'kabul-2')?.folder).toBe('pagefind/shards/1/');
    expect(shardOfBrief(shards, 'quetta')?.folder).toBe('pagefind/shards/1/');
  });

  it('is none for a brief outside every shard (a brief without claims)', () => {
    expect(shardOfBrief(shards, 'zhob')).toBeUndefined();
    expect(shardOfBrief(shards, '0-first')).toBeUndefined();
  });
});
