/** WordNet's related words for a claim (src/lib/search/related-words.ts), on the installed WordNet database. */
import { describe, expect, it } from 'vitest';
import { RELATED_PER_WORD, lemmaOf, relatedWords, senseFor } from '../../src/lib/search/related-words';
import { installedWordNet } from '../../src/lib/search/wordnet';

const wordnet = installedWordNet();
const claims = [
  'The historical source of mistrust between both countries is the border dispute.',
  'Afghanistan is currently constructing dams on the river which is aided by India.',
  'Both countries must engage in direct dialogue to resolve their differences.',
  'Such a fragile balance often creates discrepancy in their foreign policy.',
];

describe('WordNet', () => {
  it('reads the senses of nouns and verbs, most frequent first, with their words, gloss and broader words', () => {
    const dispute = wordnet.senses('dispute', 'noun');
    expect(dispute.length).toBeGreaterThan(1);
    expect(dispute[0]!.words).toContain('dispute');
    expect(dispute.every((sense) => sense.gloss.length > 0 && sense.pos === 'noun')).toBe(true);
    expect(dispute.some((sense) => sense.broader.length > 0)).toBe(true);
    expect(wordnet.senses('construct', 'verb')[0]!.words).toContain('construct');
    expect(wordnet.has('fragile', 'noun') || wordnet.has('fragile', 'verb')).toBe(false);
  });

  it('finds the listed form of inflected words', () => {
    expect(['disputes', 'dams', 'constructing', 'aided', 'countries'].map((word) => lemmaOf(word, word.endsWith('ing') || word.endsWith('ed') ? 'verb' : 'noun', wordnet))).toEqual([
      'dispute',
      'dam',
      'construct',
      'aid',
      'country',
    ]);
  });
});

describe('related words of a claim', () => {
  it('expands only nouns and verbs, never with a word the claim already holds, a few per word', () => {
    for (const claim of claims) {
      const said = new Set(claim.toLowerCase().match(/\p{L}+/gu));
      const groups = relatedWords(claim, wordnet);
      for (const group of groups) {
        expect(claim).toContain(group.written);
        expect(group.related.length).toBeLessThanOrEqual(RELATED_PER_WORD);
        for (const word of group.related) expect(said.has(word), `${group.written} → ${word}`).toBe(false);
        const lower = group.written.toLowerCase();
        expect(['noun', 'verb'].some((pos) => lemmaOf(lower, pos as 'noun' | 'verb', wordnet))).toBe(true);
      }
      // An adjective only ("fragile") is never expanded.
      expect(groups.find((group) => group.written === 'fragile')).toBeUndefined();
    }
  });

  it('chooses the sense that fits the claim’s other words, and none when no sense fits a word of many senses', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['border', ['decorative', 'moulding', 'wall'], /decorative/],
      ['border', ['wide', 'blue', 'strip', 'carpet'], /strip/],
      ['dispute', ['argument', 'disagreement', 'opinion'], /disagreement|argument/],
    ];
    for (const [word, context, gloss] of cases) expect(senseFor(word, new Set(context), wordnet)?.gloss, `${word} among ${context.join(', ')}`).toMatch(gloss);
    expect(senseFor('border', new Set(['xylophone']), wordnet)).toBeUndefined();
  });
});
