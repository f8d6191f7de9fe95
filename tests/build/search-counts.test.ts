/**
 * Filter counts that agree with the results shown (issue 25, item 2), over a
 * set of everyday queries through the site's own claim search on the built
 * index: each claim listed once, the kinds' and briefs' counts adding up to
 * the claims listed (a claim has one kind and one brief), and choosing a
 * value counted N listing exactly N claims, for every value of every filter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPagefind, type NodePagefind } from '../support/pagefind';
import { distDir } from '../support/site';
import type { ClaimAnswer } from '../../src/scripts/search/search-client';

let pagefind: NodePagefind;
beforeAll(async () => {
  pagefind = await openPagefind(distDir);
});
afterAll(async () => {
  await pagefind?.close();
});

/** Everyday words and phrases a reader types; some found whole, some only in part, some whole by few claims, one misspelt. */
const QUERIES = [
  'water',
  'ceasefire',
  'Pakistan',
  'Taliban',
  'border',
  'trade',
  'India',
  'militants',
  'dams',
  'refugees',
  'talks',
  'attacks',
  'security',
  'economic',
  'Kabul',
  'China',
  'water ceasefire',
  'Taliban trade India',
  'TTP sanctuaries',
  'Khyber Pakhtunkhwa',
  // Fewer claims hold every word than a page shows: those holding some follow, and are counted.
  'mediation in Istanbul',
  'Kabul River dams',
];

const ALL = 1000;
const sum = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((total, count) => total + count, 0);

describe('filter counts agree with the results shown', () => {
  for (const query of QUERIES) {
    it(`“${query}”: each claim once, counts adding up, and a value counted N lists N claims`, async () => {
      const answer: ClaimAnswer = await pagefind.claims.search(query, {}, ALL);
      const pages = answer.results.map((result) => result.claimPage);
      expect(new Set(pages).size, 'a claim listed twice').toBe(pages.length);
      expect(answer.total).toBe(pages.length);
      expect(sum(answer.filters.kind), 'the kinds’ counts').toBe(answer.total);
      expect(sum(answer.filters.brief), 'the briefs’ counts').toBe(answer.total);
      for (const [name, values] of Object.entries(answer.filters)) {
        for (const [value, count] of Object.entries(values)) {
          expect(count, `${name}: ${value}`).toBeLessThanOrEqual(answer.total);
          if (count === 0) continue;
          const narrowed = await pagefind.claims.search(query, { [name]: [value] }, ALL);
          expect(narrowed.total, `${name}: ${value} counted ${count}`).toBe(count);
          for (const result of narrowed.results) expect(pages, `${name}: ${value} lists a claim not in the results`).toContain(result.claimPage);
        }
      }
    });
  }

  // A page shorter than the claims holding every word is not filled with claims holding some, with or without a filter chosen.
  for (const query of QUERIES.filter((query) => query.includes(' '))) {
    it(`“${query}”, a page of 3: a value counted N lists N claims`, async () => {
      const answer = await pagefind.claims.search(query, {}, 3);
      for (const [name, values] of Object.entries(answer.filters)) {
        for (const [value, count] of Object.entries(values)) {
          if (count === 0) continue;
          const narrowed = await pagefind.claims.search(query, { [name]: [value] }, 3);
          expect(narrowed.total, `${name}: ${value} counted ${count}`).toBe(count);
        }
      }
    });
  }

  it('finds claims for most of the queries (the set is not vacuous)', async () => {
    const answers = await Promise.all(QUERIES.map((query) => pagefind.claims.search(query, {}, ALL)));
    expect(answers.filter((answer) => answer.total > 1).length).toBeGreaterThanOrEqual(QUERIES.length * 0.75);
  });
});
