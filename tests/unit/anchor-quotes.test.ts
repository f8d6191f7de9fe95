import { describe, expect, it } from 'vitest';
import { findQuote, normalizeForMatching } from '../../src/lib/anchor/anchor-quotes';

const text = 'Kabul River is one of the most important elements. The river is shared. The river is shared too.';

describe('findQuote', () => {
  it('finds a quote that occurs once, with offsets into the original text', () => {
    const match = findQuote(text, { exact: 'one of the most important' });
    const start = text.indexOf('one of');
    expect(match).toEqual({ status: 'found', start, end: start + 'one of the most important'.length });
    if (match.status === 'found') expect(text.slice(match.start, match.end)).toBe('one of the most important');
  });

  it('reports a missing quote with the closest text', () => {
    const match = findQuote(text, { exact: 'Kabul River is one of the least important elements' });
    expect(match.status).toBe('missing');
    if (match.status === 'missing') expect(match.closest).toContain('Kabul River is one of the');
  });

  it('reports a quote found twice, with both places', () => {
    const match = findQuote(text, { exact: 'The river is shared' });
    expect(match).toEqual({ status: 'ambiguous', starts: [text.indexOf('The river'), text.lastIndexOf('The river')] });
  });

  it('tells repeats apart by suffix', () => {
    const match = findQuote(text, { exact: 'The river is shared', suffix: 'too' });
    expect(match).toMatchObject({ status: 'found', start: text.lastIndexOf('The river') });
  });

  it('tells repeats apart by prefix', () => {
    const match = findQuote(text, { exact: 'The river is shared', prefix: 'important elements.' });
    expect(match).toMatchObject({ status: 'found', start: text.indexOf('The river') });
  });

  it('fails when prefix or suffix match nowhere', () => {
    expect(findQuote(text, { exact: 'The river is shared', prefix: 'nowhere' }).status).toBe('missing');
  });

  it('matches straight quotes in the quote against curly quotes in the text', () => {
    const curly = 'the adversary’s objectives and “red lines”';
    const match = findQuote(curly, { exact: `adversary's objectives and "red lines"` });
    expect(match).toMatchObject({ status: 'found', start: 4, end: curly.length });
  });

  it('matches curly quotes in the quote against straight quotes in the text', () => {
    expect(findQuote(`India's role`, { exact: 'India’s role' }).status).toBe('found');
  });

  it('treats any run of whitespace as one space', () => {
    const match = findQuote('Pakistan hopes for\n  positive outcome', { exact: 'hopes for positive' });
    expect(match).toMatchObject({ status: 'found', start: 9, end: 29 });
  });

  it('tells repeats apart by a prefix or suffix that runs across whitespace and up to the text’s ends', () => {
    const repeated = 'Kabul said no.   Kabul said yes. Kabul said no.';
    expect(findQuote(repeated, { exact: 'Kabul said no.', prefix: 'said  yes.' })).toMatchObject({ status: 'found', start: repeated.lastIndexOf('Kabul') });
    expect(findQuote(repeated, { exact: 'Kabul said no.', suffix: 'Kabul\nsaid yes.' })).toMatchObject({ status: 'found', start: 0 });
    expect(findQuote(repeated, { exact: 'Kabul said no.', prefix: 'Islamabad: Kabul said yes.' }).status).toBe('missing');
  });

  it('answers for the text it is given when texts alternate (the last text normalised is kept)', () => {
    const first = 'Talks in Doha. Talks in Istanbul.';
    const second = 'Talks in Istanbul. Talks in Doha.';
    expect(findQuote(first, { exact: 'Talks in Doha.' })).toMatchObject({ status: 'found', start: 0 });
    expect(findQuote(second, { exact: 'Talks in Doha.' })).toMatchObject({ status: 'found', start: second.indexOf('Talks in Doha') });
    expect(findQuote(first, { exact: 'Talks in Doha.' })).toMatchObject({ status: 'found', start: 0 });
  });

  it('finds nothing for a quote of whitespace alone, and returns', () => {
    expect(findQuote('Kabul   and Islamabad', { exact: '   ' })).toEqual({ status: 'missing', closest: undefined });
  });

  it('keeps typos significant: the author’s words must be quoted as written', () => {
    expect(findQuote('mediation ofTurkey and Qatar', { exact: 'mediation of Turkey' }).status).toBe('missing');
    expect(findQuote('mediation ofTurkey and Qatar', { exact: 'mediation ofTurkey' }).status).toBe('found');
  });
});

describe('normalizeForMatching', () => {
  it('maps every normalized character back to the original', () => {
    const { text, origin } = normalizeForMatching('a’s  …b');
    expect(text).toBe("a's ...b");
    expect(origin).toEqual([0, 1, 2, 3, 5, 5, 5, 6]);
  });
});
