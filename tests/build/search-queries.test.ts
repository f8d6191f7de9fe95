/**
 * What a reader gets for the queries they type in their own words, through
 * the site's own claim search (src/scripts/search/search-client.ts) on the
 * built Pagefind index: other names and spellings, words only in an editors'
 * note, queries that only part of a claim answers, and typos.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimIdOf, openPagefind, type NodePagefind } from '../support/pagefind';
import { distDir } from '../support/site';
import type { ClaimAnswer, MatchPlace } from '../../src/scripts/search/search-client';

let pagefind: NodePagefind;
beforeAll(async () => {
  pagefind = await openPagefind(distDir);
});
afterAll(async () => {
  await pagefind?.close();
});

const rankOf = (answer: ClaimAnswer, claim: string) => answer.results.findIndex((result) => claimIdOf(result.claimPage) === claim) + 1;

interface QueryRow {
  kind: 'acronym' | 'expansion' | 'other spelling' | 'note only' | 'partial' | 'typo' | 'other form';
  query: string;
  /** The claim the reader is after, and the rank it must reach. */
  claim: string;
  within: number;
  /** Where the claim holds the words, when not in its own. */
  place?: MatchPlace['in'];
  coverage?: ClaimAnswer['coverage'];
  /** For a typo: the query offered instead, which must find the claim. */
  suggestion?: string;
}

const rows: QueryRow[] = [
  { kind: 'acronym', query: 'KPK', claim: 'afghan-based-attacks-engagement-failed', within: 1, place: 'text' },
  { kind: 'expansion', query: 'Khyber Pakhtunkhwa', claim: 'afghan-based-attacks-engagement-failed', within: 1, place: 'other-name' },
  { kind: 'other spelling', query: 'NWFP', claim: 'afghan-based-attacks-engagement-failed', within: 1, place: 'other-name' },
  { kind: 'acronym', query: 'CPEC', claim: 'kp-trade-connectivity-leverage', within: 2, place: 'text' },
  { kind: 'expansion', query: 'China-Pakistan Economic Corridor', claim: 'kp-trade-connectivity-leverage', within: 2, place: 'other-name' },
  { kind: 'acronym', query: 'TTP', claim: 'cooperation-reduces-spoilers', within: 9, place: 'text' },
  { kind: 'expansion', query: 'Pakistani Taliban', claim: 'ttp-allegiance-to-taliban', within: 3, place: 'other-name' },
  { kind: 'other spelling', query: 'Tehrik-i-Taliban Pakistan', claim: 'ttp-formed-2007', within: 1, place: 'other-name' },
  { kind: 'acronym', query: 'USA', claim: 'taliban-war-coercive-ideology', within: 2, place: 'other-name' },
  { kind: 'expansion', query: 'United States', claim: 'taliban-war-coercive-ideology', within: 2, place: 'other-name' },
  { kind: 'other spelling', query: 'Baluchistan', claim: 'india-strategic-space-balochistan', within: 1, place: 'other-name' },
  { kind: 'other spelling', query: 'Türkiye', claim: 'kp-turkey-qatar-mediation', within: 1, place: 'other-name' },
  { kind: 'other spelling', query: 'Gawadar', claim: 'cpec-gwadar-access-goodwill', within: 1, place: 'other-name' },
  { kind: 'other spelling', query: 'truce', claim: 'ceasefire-istanbul-talks', within: 1, place: 'other-name' },
  { kind: 'other spelling', query: 'water treaty', claim: 'water-conflict-india-capitalize', within: 1, place: 'other-name' },
  { kind: 'other form', query: 'mediator', claim: 'kp-turkey-qatar-mediation', within: 1, place: 'text' },
  { kind: 'note only', query: 'Shahtoot', claim: 'kabul-river-share-cut', within: 2, place: 'note' },
  { kind: 'note only', query: 'Kunar', claim: 'afghan-dams-india-aided', within: 2, place: 'note' },
  { kind: 'note only', query: 'Doha', claim: 'kp-turkey-qatar-mediation', within: 2, place: 'note' },
  { kind: 'note only', query: 'spokesman', claim: 'kp-no-open-confrontation', within: 3, place: 'note' },
  { kind: 'note only', query: 'Asif Durrani', claim: 'kp-india-destabilisation', within: 3, place: 'note' },
  { kind: 'partial', query: 'Gwadar dams', claim: 'afghan-dams-india-aided', within: 2, coverage: 'some' },
  { kind: 'partial', query: 'Istanbul water', claim: 'ceasefire-istanbul-talks', within: 3, coverage: 'some' },
  { kind: 'typo', query: 'Afganistan', suggestion: 'Afghanistan', claim: 'mutual-interdependence', within: 30, coverage: 'none' },
  { kind: 'typo', query: 'Kbaul River', suggestion: 'Kabul River', claim: 'kabul-river-irrigation', within: 1, coverage: 'some' },
  { kind: 'typo', query: 'Gwader', suggestion: 'Gwadar', claim: 'cpec-gwadar-access-goodwill', within: 1, coverage: 'none' },
  { kind: 'typo', query: 'Shahtut', suggestion: 'Shahtoot', claim: 'kabul-river-share-cut', within: 2, coverage: 'none' },
];

describe('queries in a reader’s own words, through the site’s claim search', () => {
  for (const row of rows) {
    it(`${row.kind}: “${row.query}” → ${row.suggestion ? `“${row.suggestion}” → ` : ''}${row.claim}`, async () => {
      // The words as typed ("Search instead for …"), and as a reader gets them: corrected at once when a correction answers better.
      const answer = await pagefind.claims.search(row.query, {}, 50, { literal: true });
      const shown = await pagefind.claims.search(row.query, {}, 50);
      if (row.coverage) expect(answer.coverage).toBe(row.coverage);
      let found = answer;
      if (row.suggestion) {
        expect(answer.suggestion).toBe(row.suggestion);
        found = await pagefind.claims.search(row.suggestion, {}, 50);
        expect(found.coverage).toBe('all');
        expect(shown.correctedFrom).toBe(row.query);
        expect(shown.query).toBe(row.suggestion);
        expect(shown.results.map((result) => result.claimPage)).toEqual(found.results.map((result) => result.claimPage));
      } else {
        expect(shown.correctedFrom).toBeUndefined();
        expect(shown.results.map((result) => result.claimPage)).toEqual(answer.results.map((result) => result.claimPage));
      }
      const rank = rankOf(found, row.claim);
      expect(rank, `ranked: ${found.results.slice(0, 5).map((result) => claimIdOf(result.claimPage)).join(', ')}`).toBeGreaterThan(0);
      expect(rank).toBeLessThanOrEqual(row.within);
      if (row.place) expect(found.results[rank - 1]!.place.in).toBe(row.place);
    });
  }
});

describe('what a result says about its match', () => {
  it('names the other name and the claim’s own, and marks the claim’s own on landing', async () => {
    const answer = await pagefind.claims.search('Khyber Pakhtunkhwa');
    expect(answer.results[0]!.place).toEqual({ in: 'other-name', typed: 'Khyber Pakhtunkhwa', written: 'KPK' });
    expect(new URL(answer.results[0]!.href, 'http://x').searchParams.get('highlight')).toBe('Khyber Pakhtunkhwa KPK');
  });

  it('ranks a match in the editors’ note below one in the author’s words, and says it is in the note', async () => {
    const answer = await pagefind.claims.search('Istanbul');
    expect(rankOf(answer, 'ceasefire-istanbul-talks')).toBe(1);
    const inNote = answer.results.find((result) => claimIdOf(result.claimPage) === 'kp-turkey-qatar-mediation')!;
    expect(rankOf(answer, 'kp-turkey-qatar-mediation')).toBeGreaterThan(1);
    expect(inNote.place).toMatchObject({ in: 'note', words: ['istanbul'] });
    // The claim's own words say nothing of Istanbul.
    expect(inNote.title).not.toMatch(/Istanbul/i);
  });

  it('labels partial matches with the words each holds, those holding most first', async () => {
    const answer = await pagefind.claims.search('Kabul dams Gwadar');
    expect(answer.coverage).toBe('some');
    const holds = answer.results.map((result) => result.holds.length);
    expect(holds).toEqual([...holds].sort((a, b) => b - a));
    expect(holds[0]).toBe(2);
    expect(answer.results.find((result) => claimIdOf(result.claimPage) === 'cpec-gwadar-access-goodwill')?.holds).toEqual(['gwadar']);
  });

  it('keeps a word Pagefind has never seen from passing for found: it is missing, with a suggestion', async () => {
    const answer = await pagefind.claims.search('Kabul Afganistan', {}, 10, { literal: true });
    expect(answer.missing).toEqual(['afganistan']);
    expect(answer.coverage).toBe('some');
    expect(answer.suggestion).toBe('Kabul Afghanistan');
    expect(answer.results.every((result) => result.holds.join() === 'kabul')).toBe(true);
  });

  it('gives the words before the claim in its paragraph, so “the matter” can be read', async () => {
    const answer = await pagefind.claims.search('significant point of conflict');
    const result = answer.results.find((candidate) => claimIdOf(candidate.claimPage) === 'water-conflict-india-capitalize')!;
    expect(result.before).toMatch(/cut down the share of Pakistan by about 16-17%\.$/);
    expect(result.before.startsWith('…')).toBe(true);
  });

  it('sends a word found only in the text outside every claim to the text', async () => {
    const answer = await pagefind.claims.search('therefore');
    expect(answer.coverage).toBe('none');
    expect(answer.inText).toEqual([{ word: 'therefore', href: '/pakistan-afghanistan-2025/?highlight=therefore' }]);
  });
});

describe('a page of results, filled when few claims hold every word', () => {
  it('lists the claims holding every word first, then those holding some (never only a function word), each labelled', async () => {
    const answer = await pagefind.claims.search('mediation in Istanbul', {}, 10);
    expect(answer.coverage).toBe('all');
    expect(answer.holdingAll).toBeGreaterThan(0);
    expect(answer.total).toBeGreaterThan(answer.holdingAll);
    const words = ['mediation', 'in', 'istanbul'];
    answer.results.forEach((result, position) => {
      if (position < answer.holdingAll) expect(result.holds, result.claimPage).toEqual(words);
      else {
        expect(result.holds.length, result.claimPage).toBeLessThan(words.length);
        expect(result.holds.some((word) => word !== 'in'), result.claimPage).toBe(true);
      }
    });
    // A claim holding "Istanbul" but not "mediation" follows them, one of those holding every word does not come twice.
    const following = answer.results.slice(answer.holdingAll);
    expect(following.some((result) => result.holds.includes('istanbul') && !result.holds.includes('mediation'))).toBe(true);
    const first = new Set(answer.results.slice(0, answer.holdingAll).map((result) => result.claimPage));
    for (const result of following) expect(first.has(result.claimPage), result.claimPage).toBe(false);
    // A page already full of claims holding every word is not filled.
    const full = await pagefind.claims.search('mediation in Istanbul', {}, answer.holdingAll);
    expect(full.total).toBe(answer.holdingAll);
  });
});

describe('the word list behind “Did you mean”', () => {
  it('is fetched only once a word finds nothing', async () => {
    const fresh = await openPagefind(distDir);
    try {
      for (const query of ['Kabul River', 'Khyber Pakhtunkhwa', 'Gwadar dams', 'Shahtoot']) await fresh.claims.search(query);
      expect(fresh.wordListLoads()).toBe(0);
      await fresh.claims.search('Gwader');
      expect(fresh.wordListLoads()).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});
