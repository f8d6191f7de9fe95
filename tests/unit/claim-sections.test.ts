import { describe, expect, it } from 'vitest';
import { briefSections, claimSections, isKeyPointsSection, OPENING_SECTION } from '../../src/lib/claim-sections';
import { contentLibrary } from '../support/library';

const markdown = `Before any heading, a *first* sentence.

## Key Points

- Talks go on in Istanbul.
- The border stays closed.

## Analysis

The talks began in **October**; they go on.

## Way Forward:

Both should talk. The border stays closed, again.
`;

describe('claimSections: which heading a claim sits under', () => {
  it('splits at headings and drops a trailing colon from a title', () => {
    expect(briefSections(markdown).map((section) => section.title)).toEqual([OPENING_SECTION, 'Key Points', 'Analysis', 'Way Forward']);
  });

  it('finds each quote under its heading, through inline markup', () => {
    const sections = claimSections(markdown, [
      { id: 'first', quote: { exact: 'a first sentence' } },
      { id: 'talks', quote: { exact: 'Talks go on in Istanbul.' } },
      { id: 'october', quote: { exact: 'The talks began in October' } },
      { id: 'talk', quote: { exact: 'Both should talk.' } },
    ]);
    expect(Object.fromEntries(sections)).toEqual({ first: OPENING_SECTION, talks: 'Key Points', october: 'Analysis', talk: 'Way Forward' });
  });

  it('tells repeated words apart by their prefix', () => {
    const sections = claimSections(markdown, [{ id: 'again', quote: { exact: 'The border stays closed', prefix: 'Both should talk.' } }]);
    expect(sections.get('again')).toBe('Way Forward');
  });

  it('leaves out a claim whose quote is nowhere (the anchoring reports it)', () => {
    expect(claimSections(markdown, [{ id: 'missing', quote: { exact: 'Nobody wrote this.' } }]).has('missing')).toBe(false);
  });

  it('knows a key points section by its title', () => {
    expect(isKeyPointsSection('Key Points')).toBe(true);
    expect(isKeyPointsSection('key point')).toBe(true);
    expect(isKeyPointsSection('Analysis')).toBe(false);
  });

  it('places every claim of the real brief: six key points, the rest in Analysis and Way Forward', () => {
    const brief = contentLibrary().briefs[0]!;
    const sections = claimSections(brief.body, brief.claims);
    expect(sections.size).toBe(brief.claims.length);
    const keyPoints = brief.claims.filter((claim) => sections.get(claim.id) === 'Key Points').map((claim) => claim.id);
    expect(keyPoints).toEqual(brief.claims.filter((claim) => claim.id.startsWith('kp-')).map((claim) => claim.id));
    expect(new Set(sections.values())).toEqual(new Set(['Key Points', 'Analysis', 'Way Forward']));
  });
});
