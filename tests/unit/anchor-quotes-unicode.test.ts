import { describe, expect, it } from 'vitest';
import { excerpt, findQuote, invisibleCharacters } from '../../src/lib/anchor/anchor-quotes';
import { quoteSchema } from '../../src/lib/content/schema';

describe('quotes and Unicode', () => {
  it('matches a composed quote in decomposed text (NFC), and the match covers the accents', () => {
    const text = 'Talks in Tu\u0308rkiye resumed. The cafe\u0301 closed.';
    const match = findQuote(text, { exact: 'The café closed.' });
    expect(match).toMatchObject({ status: 'found' });
    if (match.status !== 'found') return;
    expect(text.slice(match.start, match.end)).toBe('The cafe\u0301 closed.');
    expect(findQuote(text, { exact: 'Tu\u0308rkiye resumed' })).toMatchObject({ status: 'found', start: 9 });
    const composed = findQuote('Türkiye', { exact: 'Tu\u0308rkiye' });
    expect(composed).toEqual({ status: 'found', start: 0, end: 7 });
  });

  it('shows invisible characters and decomposed accents in messages', () => {
    expect(excerpt('Kabul\u200B River')).toBe('Kabul\\u200B River');
    expect(excerpt('soft\u00ADhyphen')).toBe('soft\\u00ADhyphen');
    expect(excerpt('cafe\u0301')).toBe('café (decomposed: \\u0065 \\u0301)');
    expect(invisibleCharacters('a\u200Bb\u202Ec')).toEqual(['\\u200B', '\\u202E']);
  });

  it('refuses a quote holding a character a reader cannot see', () => {
    const result = quoteSchema.safeParse({ exact: 'Kabul\u200B River is long', prefix: 'the\u2066 ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      expect.stringMatching(/^exact: holds a character a reader cannot see: \\u200B; delete it/),
      expect.stringMatching(/^prefix: holds a character a reader cannot see: \\u2066/),
    ]);
  });
});

describe('excerpt', () => {
  it('shows a block border inside a passage as ¶, and none at its ends', () => {
    expect(excerpt('\u0000First block.\u0000Second block.\u0000')).toBe('First block. ¶ Second block.');
  });
});
