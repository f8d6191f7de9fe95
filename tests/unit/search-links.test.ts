import { describe, expect, it } from 'vitest';
import { highlightTerms, resultHref, termPattern } from '../../src/lib/search/search-links';

describe('resultHref', () => {
  it('puts the query in ?highlight= before the claim’s fragment', () => {
    expect(resultHref('/briefs/pak/#kabul-river', 'Kabul River')).toBe('/briefs/pak/?highlight=Kabul+River#kabul-river');
  });
  it('leaves the link alone for an empty query', () => {
    expect(resultHref('/pak/#x', '  ')).toBe('/pak/#x');
  });
  it('encodes characters that would break the URL', () => {
    expect(resultHref('/pak/#x', 'a&b #c')).toBe('/pak/?highlight=a%26b+%23c#x');
  });
});

describe('highlightTerms', () => {
  it('reads the words of ?highlight=, lowercased and without duplicates or one-letter words', () => {
    expect(highlightTerms('?highlight=Kabul+River+kabul+a')).toEqual(['kabul', 'river']);
  });
  it('reads nothing when the parameter is absent', () => {
    expect(highlightTerms('?q=x')).toEqual([]);
  });
});

describe('termPattern', () => {
  const marks = (terms: string[], text: string) => [...text.matchAll(termPattern(terms)!)].map((match) => match[0]);

  it('marks words that start with a term, whatever their case', () => {
    expect(marks(['dam'], 'Dams and a dam, not Amsterdam.')).toEqual(['Dams', 'dam']);
  });
  it('marks a longer term inside a word, so a slip like “ofTurkey” shows the hit', () => {
    expect(marks(['turkey'], 'the mediation ofTurkey and Qatar')).toEqual(['Turkey']);
  });
  it('treats the query as text, not as a regular expression', () => {
    expect(marks(['a.b'], 'a.b axb')).toEqual(['a.b']);
  });
  it('gives nothing for no terms', () => {
    expect(termPattern([])).toBeUndefined();
  });
});
