import { describe, expect, it } from 'vitest';
import type { LinkedBrief, LinkedClaim } from '../../src/lib/link-graph';
import { newestFirst, paginateTopic } from '../../src/lib/topic-pages';

// Only the fields the pagination reads.
const brief = (id: string, issued?: string) => ({ id, data: { issued } }) as unknown as LinkedBrief;
const claim = (of: LinkedBrief, id: string, index: number) => ({ id, index, brief: of }) as unknown as LinkedClaim;

describe('paginateTopic', () => {
  it('groups claims by brief, the newest brief first, in reading order within a brief', () => {
    const old = brief('old', '2019');
    const recent = brief('recent', '2025-10');
    const undated = brief('undated');
    const listing = paginateTopic([claim(old, 'o1', 0), claim(undated, 'u1', 0), claim(recent, 'r2', 5), claim(recent, 'r1', 2)], 10);
    expect(listing.pages).toHaveLength(1);
    expect(listing.pages[0]?.groups.map((group) => group.brief.id)).toEqual(['recent', 'old', 'undated']);
    expect(listing.pages[0]?.groups[0]?.claims.map((c) => c.id)).toEqual(['r1', 'r2']);
    expect(listing).toMatchObject({ briefCount: 3, claimCount: 4 });
  });

  it('puts at most the given number of briefs on a page, numbered from 1', () => {
    const briefs = Array.from({ length: 7 }, (_, n) => brief(`b${n}`, `20${10 + n}`));
    const listing = paginateTopic(briefs.flatMap((b) => [claim(b, `${b.id}-1`, 0), claim(b, `${b.id}-2`, 1)]), 3);
    expect(listing.pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(listing.pages.map((page) => page.groups.map((group) => group.brief.id))).toEqual([['b6', 'b5', 'b4'], ['b3', 'b2', 'b1'], ['b0']]);
    expect(listing.claimCount).toBe(14);
  });

  it('gives one empty page to a topic without claims, and refuses a page size below 1', () => {
    expect(paginateTopic([], 5).pages).toEqual([{ number: 1, groups: [] }]);
    expect(() => paginateTopic([], 0)).toThrow(/at least 1/);
  });
});

describe('newestFirst', () => {
  it('orders by date, newest first, a precise date before its bare year, then by id', () => {
    const order = [brief('c', '2024'), brief('a', '2025'), brief('b', '2025-03-01'), brief('d'), brief('a2', '2025')].sort(newestFirst).map((b) => b.id);
    expect(order).toEqual(['b', 'a', 'a2', 'c', 'd']);
  });
});
