import { describe, expect, it } from 'vitest';
import { findQuote } from '../../src/lib/anchor/anchor-quotes';
import { BLOCK_BREAK, selectorFor } from '../../src/lib/anchor/quote-selector';

const text = [
  'Kabul River is one of the most important elements.',
  'Both sides must talk. The river matters. Both sides must talk.',
  'The river matters to the Kabul plains.',
].map((block) => `${BLOCK_BREAK}${block}`).join('');

const range = (passage: string, occurrence = 0) => {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) at = text.indexOf(passage, at + 1);
  return [at, at + passage.length] as const;
};

describe('the quote for a place in the text', () => {
  it('is the words alone when they occur once', () => {
    expect(selectorFor(text, ...range('most important elements'))).toEqual({ exact: 'most important elements' });
  });

  it('drops whitespace at the edges of the selection', () => {
    const [start, end] = range(' most important ');
    expect(selectorFor(text, start, end)).toEqual({ exact: 'most important' });
  });

  it('adds the shortest prefix or suffix that tells a repeat apart, and finds only that place', () => {
    const [start, end] = range('Both sides must talk.', 1);
    const quote = selectorFor(text, start, end)!;
    expect(quote).toEqual({ exact: 'Both sides must talk.', prefix: 'matters.' });
    expect(findQuote(text, quote)).toEqual({ status: 'found', start, end });
    const first = selectorFor(text, ...range('Both sides must talk.', 0))!;
    expect(first).toEqual({ exact: 'Both sides must talk.', suffix: 'The' });
  });

  it('refuses a selection that crosses a block', () => {
    const [start] = range('elements.');
    const [, end] = range('Both sides');
    expect(selectorFor(text, start, end)).toBeUndefined();
  });
});
