import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimIdOf, openPagefind, type NodePagefind } from '../support/pagefind';
import { claims, topics } from '../support/content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefId, distDir } from '../support/site';
import { BRIEF_SCOPE_FILTER, FILTER_NAMES, LIBRARY_BUNDLE, META, briefWordList } from '../../src/lib/search/search-contract';
import type { WordList } from '../../src/lib/search/word-list';

let pagefind: NodePagefind;
beforeAll(async () => {
  pagefind = await openPagefind(distDir);
});
afterAll(async () => {
  await pagefind?.close();
});

async function rankedClaims(query: string, filters?: Record<string, unknown>): Promise<string[]> {
  const search = await pagefind.search(query, filters ? { filters } : undefined);
  const data = await Promise.all(search.results.map((result) => result.data()));
  return data.map((result) => claimIdOf(result.url) ?? result.url);
}

/** Keyword → the claim a reader expects first (or among the first three), with the topic it covers. */
const queries: Array<{ query: string; claim: string; topic: string; within?: number; why?: string }> = [
  { query: 'Kabul River', claim: 'kabul-river-irrigation', topic: 'water', within: 3 },
  { query: 'Istanbul', claim: 'ceasefire-istanbul-talks', topic: 'diplomacy' },
  { query: 'Gwadar', claim: 'cpec-gwadar-access-goodwill', topic: 'trade-connectivity', within: 2 },
  { query: 'captured militants', claim: 'captured-militants-external-facilitation', topic: 'ttp' },
  { query: 'Turkey', claim: 'kp-turkey-qatar-mediation', topic: 'diplomacy', why: 'the text reads "ofTurkey"' },
  { query: 'diplomatic collaborations', claim: 'kp-trade-connectivity-leverage', topic: 'trade-connectivity', why: 'the text reads "diplomaticcollaborations"' },
  { query: 'dams', claim: 'afghan-dams-india-aided', topic: 'water', why: 'plural' },
  { query: 'dam', claim: 'afghan-dams-india-aided', topic: 'water', why: 'singular of the text’s plural' },
  { query: 'ISTANBUL', claim: 'ceasefire-istanbul-talks', topic: 'diplomacy', why: 'capitals' },
  { query: 'Durand Line', claim: 'kp-durand-line-mistrust', topic: 'border', within: 3 },
  { query: 'water-sharing agreement', claim: 'water-conflict-india-capitalize', topic: 'water' },
  { query: 'Balochistan insurgency', claim: 'india-strategic-space-balochistan', topic: 'india', within: 3 },
  { query: 'sanctuaries', claim: 'taliban-reluctance-ttp-sanctuaries', topic: 'taliban-governance', within: 2 },
  { query: 'asymmetrical warfare', claim: 'terrorism-asymmetric-not-military-only', topic: 'deterrence' },
  { query: 'CPEC', claim: 'kp-trade-connectivity-leverage', topic: 'trade-connectivity', within: 3 },
  { query: 'TTP 2007', claim: 'ttp-formed-2007', topic: 'ttp' },
];

describe('claim search, queried from Node with Pagefind’s own API', () => {
  it('covers every topic of the vocabulary with at least one query', () => {
    const covered = new Set(queries.map((row) => row.topic));
    expect(topics.map((topic) => topic.id).filter((topic) => !covered.has(topic))).toEqual([]);
    for (const row of queries) expect(claims.find((claim) => claim.id === row.claim)?.topics, row.claim).toContain(row.topic);
  });

  for (const row of queries) {
    it(`finds “${row.query}” → ${row.claim}${row.why ? ` (${row.why})` : ''}`, async () => {
      const ranked = await rankedClaims(row.query);
      const rank = ranked.indexOf(row.claim) + 1;
      expect(rank, `ranked: ${ranked.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
      expect(rank).toBeLessThanOrEqual(row.within ?? 1);
    });
  }

  it('answers with claims only, each claim once, titled with the claim’s words and pointing into the reading view', async () => {
    const search = await pagefind.search('Pakistan');
    const data = await Promise.all(search.results.map((result) => result.data()));
    const ids = data.map((result) => claimIdOf(result.url));
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const result of data.slice(0, 10)) {
      const claim = claims.find((candidate) => candidate.id === claimIdOf(result.url))!;
      expect(result.meta[META.context]).toBe(`/pakistan-afghanistan-2025/#${claim.id}`);
      expect(result.meta.title!.length).toBeGreaterThan(20);
    }
  });

  it('does not index navigation, footers or permalinks: “Skip” and “Permalink” find nothing', async () => {
    expect(await rankedClaims('Permalink')).toEqual([]);
    expect(await rankedClaims('Skip')).toEqual([]);
  });

  it('offers filters by kind, topic, source and brief, with counts that add up', async () => {
    const filters = await pagefind.filters();
    // The filters readers choose from, and the hidden scope of the search within a brief.
    expect(Object.keys(filters).sort()).toEqual([...FILTER_NAMES, BRIEF_SCOPE_FILTER].sort());
    const kinds = filters.kind!;
    expect(Object.values(kinds).reduce((sum, count) => sum + count, 0)).toBe(claims.length);
    for (const kind of ['fact', 'assessment', 'recommendation', 'prediction']) {
      expect(kinds[kind], kind).toBe(claims.filter((claim) => claim.kind === kind).length);
    }
    expect(filters.topic!.Water).toBe(claims.filter((claim) => claim.topics?.includes('water')).length);
    expect(filters.source!['Dawn 2024']).toBe(claims.filter((claim) => claim.evidence?.some((evidence) => evidence.ref === 'dawn-2024-india-funding-ttp')).length);
  });

  it('narrows results by a filter', async () => {
    const all = await rankedClaims('Pakistan');
    const recommendations = await rankedClaims('Pakistan', { kind: { any: ['recommendation'] } });
    expect(recommendations.length).toBeGreaterThan(0);
    expect(recommendations.length).toBeLessThan(all.length);
    for (const id of recommendations) expect(claims.find((claim) => claim.id === id)?.kind).toBe('recommendation');
  });
});

describe('the search within a brief (its shard, scoped to it), as the header box of its pages opens it', () => {
  let own: NodePagefind;
  beforeAll(async () => {
    own = await openPagefind(distDir, '/', briefId);
  });
  afterAll(async () => {
    await own?.close();
  });

  it('answers every query of the table as the library-wide index does, while the library is this one brief', async () => {
    for (const row of queries) {
      const [library, brief] = await Promise.all([pagefind.claims.search(row.query), own.claims.search(row.query)]);
      expect(brief.results.map((result) => result.href), row.query).toEqual(library.results.map((result) => result.href));
      expect(brief.results.map((result) => result.place), row.query).toEqual(library.results.map((result) => result.place));
    }
  });

  it('keeps the search’s helps: another name, a typo’s nearest word from the brief’s own word list, a word only in the text', async () => {
    const other = await own.claims.search('Khyber Pakhtunkhwa');
    expect(other.results[0]?.place).toEqual({ in: 'other-name', typed: 'Khyber Pakhtunkhwa', written: 'KPK' });
    const typo = await own.claims.search('Afganistan', {}, 10, { literal: true });
    expect(typo.suggestion).toBe('Afghanistan');
    const corrected = await own.claims.search('Afganistan');
    expect([corrected.query, corrected.correctedFrom]).toEqual(['Afghanistan', 'Afganistan']);
    expect(corrected.results.length).toBeGreaterThan(0);
    expect(own.wordListLoads()).toBe(1);
    const list = JSON.parse(readFileSync(join(distDir, briefWordList(briefId)), 'utf8')) as WordList;
    expect(list.textOnly.map((brief) => brief.href)).toEqual([`/${briefId}/`]);
  });

  it('searches the one index, which holds each claim once and files it under its brief’s hidden scope, never offered as a filter', async () => {
    expect(existsSync(join(distDir, LIBRARY_BUNDLE, 'briefs'))).toBe(false);
    expect(await pagefind.filters()).toMatchObject({ [BRIEF_SCOPE_FILTER]: { [briefId]: claims.length } });
    const answer = await own.claims.search('Pakistan');
    expect(answer.total).toBeGreaterThan(0);
    expect(Object.keys(answer.filters).filter((name) => !(FILTER_NAMES as string[]).includes(name))).toEqual([]);
  });
});
