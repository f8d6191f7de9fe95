import { describe, expect, it } from 'vitest';
import { editDistance, nearestWord } from '../../src/lib/search/did-you-mean';
import { buildWordList, wordsOf } from '../../src/lib/search/word-list';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('afganistan', 'afghanistan')).toBe(1);
    expect(editDistance('gwader', 'gwadar')).toBe(1);
    expect(editDistance('kabul', 'kabul')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('kbaul', 'kabul')).toBe(1);
  });
  it('stops past the limit', () => {
    expect(editDistance('pakistan', 'qatar', 2)).toBe(3);
  });
});

describe('nearestWord', () => {
  const known = ['Pakistan', 'Afghanistan', 'Kabul', 'Kunar', 'dams', 'dam'];
  it('offers the nearest known word, in its usual spelling', () => {
    expect(nearestWord('afganistan', known)).toBe('Afghanistan');
    expect(nearestWord('Kbaul', known)).toBe('Kabul');
  });
  it('offers nothing for a known word or one too far from any', () => {
    expect(nearestWord('kabul', known)).toBeUndefined();
    expect(nearestWord('xylophone', known)).toBeUndefined();
  });
  it('allows one edit up to four letters, two beyond', () => {
    expect(nearestWord('dma', known)).toBe('dam');
    expect(nearestWord('kx', ['kabul'])).toBeUndefined();
    expect(nearestWord('pakstn', known)).toBe('Pakistan');
  });
  it('breaks a tie by the list’s order (most frequent first)', () => {
    expect(nearestWord('kanar', ['Kunar', 'Kabar'])).toBe('Kunar');
    expect(nearestWord('kanar', ['Kabar', 'Kunar'])).toBe('Kabar');
  });
});

describe('buildWordList', () => {
  it('lists indexed words once, most frequent first, in their most frequent spelling', () => {
    const list = buildWordList(['Kabul river, the Kabul', 'kabul dams'], []);
    expect(list.words).toEqual(['Kabul', 'dams', 'river', 'the']);
  });
  it('lists apart, per brief, the words of its text in no claim', () => {
    const list = buildWordList(['Kabul river'], [{ href: '/b/', text: '## Analysis\n\nKabul river, therefore.' }]);
    expect(list.textOnly).toEqual([{ href: '/b/', words: ['Analysis', 'therefore'] }]);
  });
  it('splits words as a query is split, without one-letter words', () => {
    expect(wordsOf('water-sharing a 16-17%')).toEqual(['water', 'sharing', '16', '17']);
  });
});
