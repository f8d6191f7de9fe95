import { describe, expect, it } from 'vitest';
import type { LinkedBrief, LinkedClaim } from '../../src/lib/content/link-graph';
import { BRIEFS_PER_PAGE, briefGroupPaths, countOf, newestFirst, pageListItems, pageOf, pageParam, paginate, paginateBriefs, paginateByBrief } from '../../src/lib/site/listing-pages';

// Only the fields the pagination reads.
const brief = (id: string, issued?: string, claimCount = 0) => ({ id, data: { issued }, claims: Array.from({ length: claimCount }) }) as unknown as LinkedBrief;
const claim = (of: LinkedBrief, id: string, index: number) => ({ id, index, brief: of }) as unknown as LinkedClaim;

describe('paginateByBrief', () => {
  it('groups claims by brief, the newest brief first, in reading order within a brief', () => {
    const old = brief('old', '2019');
    const recent = brief('recent', '2025-10');
    const undated = brief('undated');
    const listing = paginateByBrief([claim(old, 'o1', 0), claim(undated, 'u1', 0), claim(recent, 'r2', 5), claim(recent, 'r1', 2)], (c) => c, 10);
    expect(listing.pages).toHaveLength(1);
    expect(listing.pages[0]?.items.map((group) => group.brief.id)).toEqual(['recent', 'old', 'undated']);
    expect(listing.pages[0]?.items[0]?.entries.map((c) => c.id)).toEqual(['r1', 'r2']);
    expect(listing).toMatchObject({ briefCount: 3, claimCount: 4 });
  });

  it('puts at most the given number of briefs on a page, numbered from 1', () => {
    const briefs = Array.from({ length: 7 }, (_, n) => brief(`b${n}`, `20${10 + n}`));
    const listing = paginateByBrief(briefs.flatMap((b) => [claim(b, `${b.id}-1`, 0), claim(b, `${b.id}-2`, 1)]), (c) => c, 3);
    expect(listing.pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(listing.pages.map((page) => page.items.map((group) => group.brief.id))).toEqual([['b6', 'b5', 'b4'], ['b3', 'b2', 'b1'], ['b0']]);
    expect(listing.claimCount).toBe(14);
  });

  it('groups entries that name a claim (a source citing claims), counting a claim named twice once', () => {
    const a = brief('a', '2020');
    const b = brief('b', '2024');
    const twice = claim(a, 'a1', 3);
    const entries = [
      { claim: twice, relation: 'supports' },
      { claim: claim(b, 'b1', 1), relation: 'context' },
      { claim: twice, relation: 'qualifies' },
      { claim: claim(a, 'a0', 0), relation: 'disputes' },
    ];
    const listing = paginateByBrief(entries, (entry) => entry.claim);
    expect(listing.pages[0]?.items.map((group) => [group.brief.id, group.entries.map((entry) => `${entry.claim.id}:${entry.relation}`)])).toEqual([
      ['b', ['b1:context']],
      ['a', ['a0:disputes', 'a1:supports', 'a1:qualifies']],
    ]);
    expect(listing).toMatchObject({ briefCount: 2, claimCount: 3 });
  });

  it('gives one empty page to a listing without claims', () => {
    expect(paginateByBrief([], (c: LinkedClaim) => c, 5)).toEqual({ pages: [{ number: 1, items: [] }], briefCount: 0, claimCount: 0 });
  });
});

describe('briefGroupPaths', () => {
  it('gives each owner one path per page of its listing, page 1 without a page parameter', () => {
    const briefs = Array.from({ length: BRIEFS_PER_PAGE + 1 }, (_, n) => brief(`b${n}`, `20${10 + n}`));
    const busy = { id: 'busy', claims: briefs.map((b) => claim(b, `${b.id}-1`, 0)) };
    const empty = { id: 'empty', claims: [] };
    const paths = briefGroupPaths([busy, empty], 'topic', (owner) => owner.claims, (c) => c, (briefIds) => briefIds.join(' '));
    expect(paths.map(({ params }) => params)).toEqual([
      { topic: 'busy', page: undefined },
      { topic: 'busy', page: '2' },
      { topic: 'empty', page: undefined },
    ]);
    expect(paths[1]?.props.owner).toBe(busy);
    expect(paths[1]?.props.page.items.map((group) => group.brief.id)).toEqual(['b0']);
    expect(paths[0]?.props.listing).toBe(paths[1]?.props.listing);
    expect(paths[2]?.props.listing).toMatchObject({ briefCount: 0, claimCount: 0 });
  });

  it('keys every page of a listing by all of its briefs, since each page names the page count', () => {
    const [b1, b2] = [brief('b1', '2021'), brief('b2', '2022')];
    const owner = { id: 'water', claims: [claim(b1, 'b1-1', 0), claim(b2, 'b2-1', 0), claim(b1, 'b1-2', 1)] };
    const paths = briefGroupPaths([owner, { id: 'empty', claims: [] }], 'topic', (o) => o.claims, (c) => c, (briefIds) => briefIds.join(' '));
    expect(paths.map((path) => path.cacheKey)).toEqual(['b1 b2', '']);
  });
});

describe('paginateBriefs', () => {
  it('lists the briefs newest first, a page at a time, with the library counts', () => {
    const briefs = [brief('x', '2021', 4), brief('y', '2025-02', 1), brief('z', '2023', 0), brief('w', '2025-01', 2)];
    const listing = paginateBriefs(briefs, 3);
    expect(listing.pages.map((page) => page.items.map((b) => b.id))).toEqual([['y', 'w', 'z'], ['x']]);
    expect(listing).toMatchObject({ briefCount: 4, claimCount: 7 });
    expect(briefs.map((b) => b.id)).toEqual(['x', 'y', 'z', 'w']);
  });
});

describe('paginate', () => {
  it('splits into pages of the given size and refuses a size below 1', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([{ number: 1, items: [1, 2] }, { number: 2, items: [3, 4] }, { number: 3, items: [5] }]);
    expect(paginate([1, 2], 2)).toEqual([{ number: 1, items: [1, 2] }]);
    expect(() => paginate([], 0)).toThrow(/at least 1/);
    expect(() => paginate([], 1.5)).toThrow(/whole number/);
  });
});

describe('newestFirst', () => {
  it('orders by date, newest first, a precise date before its bare year, then by id', () => {
    const order = [brief('c', '2024'), brief('a', '2025'), brief('b', '2025-03-01'), brief('d'), brief('a2', '2025')].sort(newestFirst).map((b) => b.id);
    expect(order).toEqual(['b', 'a', 'a2', 'c', 'd']);
  });
});

describe('pageListItems', () => {
  it('shows every page of a short listing', () => {
    expect(pageListItems(1, 1)).toEqual([1]);
    expect(pageListItems(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the first, the last and two either side of the current page, a gap for the rest', () => {
    expect(pageListItems(1, 50)).toEqual([1, 2, 3, null, 50]);
    expect(pageListItems(25, 50)).toEqual([1, null, 23, 24, 25, 26, 27, null, 50]);
    expect(pageListItems(50, 50)).toEqual([1, null, 48, 49, 50]);
  });

  it('shows a single skipped page rather than a gap', () => {
    expect(pageListItems(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
    expect(pageListItems(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('refuses a page outside the listing', () => {
    expect(() => pageListItems(0, 3)).toThrow(/page 0 of 3/);
    expect(() => pageListItems(4, 3)).toThrow(/from 1 to the page count/);
  });
});

describe('page words', () => {
  it('counts with the plural and thousands separators, and names the page only when there are several', () => {
    expect(countOf(1, 'claim')).toBe('1 claim');
    expect(countOf(2034, 'claim')).toBe('2,034 claims');
    expect(countOf(0, 'brief')).toBe('0 briefs');
    expect(pageOf(2, 5)).toBe('page 2 of 5');
    expect(pageOf(1, 1)).toBe('');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('3');
  });
});
