/**
 * The search within a brief stays within it in a library of many: built
 * once per run from 25 copies of the brief under a base path (the listing
 * build, tests/support/listing-build.ts), one index in shards of briefs, each
 * brief searched in its shard with its scope filter, with a word list of its
 * own; the library-wide search merges the shards back into answers from
 * every brief.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_BUNDLE, LIBRARY_SHARDS_FILE, briefWordList, libraryShard, shardOfBrief, type IndexShard } from '../../src/lib/search/search-contract';
import type { WordList } from '../../src/lib/search/word-list';
import { openPagefind } from '../support/pagefind';
import { claims } from '../support/content';
import { LISTING_BUILD, listingBuild } from '../support/listing-build';

const { briefs: BRIEFS, base, searchShardBriefs } = LISTING_BUILD;
let site = '';
let ids: string[] = [];
let newest = '';

beforeAll(() => {
  const built = listingBuild();
  ({ site, ids } = built);
  newest = built.newestFirst[0] ?? '';
}, 600_000);

describe('searching within a brief, in a library of many', () => {
  const query = 'Kabul River';
  const claimPages = (id: string) => claims.map((claim) => `${base}${id}/claims/${claim.id}/`).sort();
  const briefOf = (url: string) => new URL(url, 'http://x').pathname.slice(base.length).split('/')[0];

  it('finds within a brief exactly its claim pages, in the shard holding it', async () => {
    const shards = JSON.parse(readFileSync(join(site, LIBRARY_SHARDS_FILE), 'utf8')) as IndexShard[];
    for (const id of [ids[0]!, newest, ids.at(-1)!]) {
      const shard = shardOfBrief(shards, id)!;
      expect(shards.indexOf(shard), id).toBe(Math.floor([...ids].sort().indexOf(id) / searchShardBriefs));
      const own = await openPagefind(site, base, id);
      try {
        // A search without words lists every claim page the scope allows: the brief's, and no other's.
        const every = await own.claims.search('', {}, 1000, { counts: false, literal: true });
        expect(every.results.map((result) => result.claimPage).sort(), id).toEqual(claimPages(id));
      } finally {
        await own.close();
      }
    }
  });

  it('writes the library-wide index in shards of briefs, together every claim page once', () => {
    const shards = JSON.parse(readFileSync(join(site, LIBRARY_SHARDS_FILE), 'utf8')) as IndexShard[];
    const shardCount = Math.ceil(BRIEFS / searchShardBriefs);
    expect(shardCount).toBeGreaterThan(1);
    expect(shards.map((shard) => shard.folder)).toEqual([LIBRARY_BUNDLE, ...Array.from({ length: shardCount - 1 }, (_, n) => libraryShard(n + 1))]);
    const pageCounts = shards.map(
      ({ folder }) => (JSON.parse(readFileSync(join(site, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages.en?.page_count ?? 0,
    );
    for (const count of pageCounts) expect(count).toBeLessThanOrEqual(searchShardBriefs * claims.length);
    expect(pageCounts.reduce((sum, count) => sum + count, 0)).toBe(BRIEFS * claims.length);
  });

  it('answers a query whose words are in every copy with claims of that brief only, where the library-wide index answers from many', async () => {
    const id = ids[3]!;
    const [own, library] = [await openPagefind(site, base, id), await openPagefind(site, base)];
    try {
      const answer = await own.claims.search(query, {}, 50);
      expect(answer.coverage).toBe('all');
      expect(answer.results.length).toBeGreaterThan(0);
      for (const result of answer.results) expect(result.claimPage.startsWith(`${base}${id}/claims/`), result.claimPage).toBe(true);
      const wide = await library.search(query);
      const briefsFound = new Set((await Promise.all(wide.results.map((result) => result.data()))).map((data) => briefOf(data.url)));
      expect(briefsFound.size).toBe(BRIEFS);
      // Claims holding every word (a brief's few are followed by claims holding some, a page of 50 being more than they fill).
      expect(wide.results.length).toBe(answer.holdingAll * BRIEFS);
      // The claim search over the merged shards, with the ranking each shard was given: the same claims, in every brief.
      const wideClaims = await library.claims.search(query, {}, 10);
      expect(wideClaims.coverage).toBe('all');
      expect(wideClaims.total).toBe(answer.holdingAll * BRIEFS);
      const wideBrief = await library.claims.search('Islamabad', {}, 10);
      const ownBrief = await own.claims.search('Islamabad', {}, 10);
      expect(wideBrief.total).toBe(ownBrief.total * BRIEFS);
    } finally {
      await own.close();
      await library.close();
    }
  });

  it('merges the library-wide shards in rounds, only while a query has not filled a page, and counts what it searched', async () => {
    const shardCount = Math.ceil(BRIEFS / searchShardBriefs);
    const own = await openPagefind(site, base, ids[0]!);
    const library = await openPagefind(site, base, undefined, { lazyShards: true });
    try {
      const perBrief = (await own.claims.search(query, {}, 50)).holdingAll;
      expect(perBrief).toBeGreaterThan(0);
      // An everyday query fills a page from the first shard: the others' metadata is never fetched.
      const first = await library.claims.search(query, {}, 10);
      expect(library.shards!.merged()).toBe(1);
      expect(first.shards).toEqual({ searched: 1, of: shardCount });
      expect(first.total).toBe(perBrief * searchShardBriefs);
      const briefsFound = new Set(first.results.map((result) => briefOf(result.claimPage)));
      for (const brief of briefsFound) expect(ids.slice(0, searchShardBriefs)).toContain(brief);
      // A filter value counted N lists N, and choosing it merges no shard.
      const [kind, count] = Object.entries(first.filters.kind ?? {}).find(([, n]) => n > 0)!;
      const narrowed = await library.claims.search(query, { kind: [kind] }, 10);
      expect(narrowed.total).toBe(count);
      expect(library.shards!.merged()).toBe(1);
      // A page that asks for more than the first shard holds merges the next shards, until it is full.
      const longer = await library.claims.search(query, {}, perBrief * searchShardBriefs + 1);
      expect(library.shards!.merged()).toBe(2);
      expect(longer.total).toBe(perBrief * searchShardBriefs * 2);
      // "Search every brief": every shard, and the answer no longer says it searched a part.
      const everything = await library.claims.searchEverything(query, {}, 10);
      expect(library.shards!.merged()).toBe(shardCount);
      expect(everything.shards).toBeUndefined();
      expect(everything.total).toBe(perBrief * BRIEFS);
    } finally {
      await own.close();
      await library.close();
    }
    // A word no claim holds searches every shard before it says so.
    const fresh = await openPagefind(site, base, undefined, { lazyShards: true });
    try {
      const nothing = await fresh.claims.search('zzqxv', {}, 10);
      expect(nothing.total).toBe(0);
      expect(fresh.shards!.merged()).toBe(shardCount);
    } finally {
      await fresh.close();
    }
  });

  it('gives every brief a word list of its own, its text-only words sent to its own text', () => {
    for (const id of [ids[0]!, ids.at(-1)!]) {
      const list = JSON.parse(readFileSync(join(site, briefWordList(id)), 'utf8')) as WordList;
      expect(list.textOnly.map((brief) => brief.href)).toEqual([`${base}${id}/`]);
      expect(list.words).toContain('Kabul');
    }
  });
});
