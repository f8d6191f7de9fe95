import { describe, expect, it } from 'vitest';
import { tempSites } from '../support/temp-site';
import { describeSite, formatSeconds } from '../../src/cli/build-progress.mjs';
import { LIBRARY_BUNDLE, LIBRARY_SHARDS_FILE, libraryShard } from '../../src/lib/search/search-bundles.mjs';

const site = tempSites('build-progress');
const entry = (pageCount: number) => JSON.stringify({ languages: { en: { page_count: pageCount } } });

describe('describeSite', () => {
  it('counts the pages of every shard of the search index, the shards, and the index’s size', () => {
    const described = describeSite(
      site({
        'index.html': '<p>home</p>',
        'a/claims/x/index.html': '<p>x</p>',
        [`${LIBRARY_BUNDLE}pagefind-entry.json`]: entry(51),
        [LIBRARY_SHARDS_FILE]: JSON.stringify([
          { folder: LIBRARY_BUNDLE, first: 'a', last: 'a' },
          { folder: libraryShard(1), first: 'b', last: 'c' },
          { folder: libraryShard(2), first: 'd', last: 'd' },
        ]),
        [`${libraryShard(1)}pagefind-entry.json`]: entry(40),
        [`${libraryShard(2)}pagefind-entry.json`]: entry(9),
        [`${libraryShard(2)}index/en_1.pf_index`]: 'i'.repeat(4096),
        [`${libraryShard(1)}index/en_1.pf_index`]: 'j'.repeat(4096),
      }),
    );
    expect(described).toMatchObject({ pages: 2, indexedPages: 100, indexKilobytes: 8, shards: 3 });
  });
});

describe('formatSeconds', () => {
  it('says seconds under a minute, minutes and seconds past it', () => {
    expect(formatSeconds(0.84)).toBe('0.8 s');
    expect(formatSeconds(409)).toBe('6 min 49 s');
  });
});
