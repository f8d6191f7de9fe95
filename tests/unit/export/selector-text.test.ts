import { describe, expect, it } from 'vitest';
import { briefText, occurrences, quoteSelector } from '../../../src/lib/export/selector-text';
import { READING_HTML } from '../../support/export-library';

describe('the brief text the selectors count over', () => {
  it("keeps the author's words and leaves out the editors' additions and form controls", () => {
    expect(briefText(READING_HTML).text).toBe('Heading\nTalks go on. Talks go on. In Istanbul.');
  });

  it('gives each claim the range of its own words, through inline markup', () => {
    const { text, claims } = briefText(READING_HTML);
    const istanbul = claims.get('istanbul')!;
    expect(text.slice(istanbul.start, istanbul.end)).toBe('In Istanbul.');
    const talks = claims.get('kp-talks')!;
    expect([talks.start, talks.end]).toEqual([8, 20]);
  });
});

describe('quoteSelector', () => {
  it('takes about 32 characters either side', () => {
    const text = `${'a'.repeat(50)}QUOTE${'b'.repeat(50)}`;
    const selector = quoteSelector(text, { start: 50, end: 55 });
    expect(selector).toEqual({ type: 'TextQuoteSelector', exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
  });

  it('widens the context until prefix, exact and suffix occur once', () => {
    const repeated = 'x'.repeat(40);
    const text = `1${repeated}Q${repeated}-${repeated}Q${repeated}2`;
    const selector = quoteSelector(text, { start: 41, end: 42 });
    expect(occurrences(text, selector.prefix + selector.exact + selector.suffix)).toBe(1);
    expect(selector.prefix.length).toBeGreaterThan(32);
  });
});
