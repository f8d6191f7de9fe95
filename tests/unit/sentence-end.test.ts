import { describe, expect, it } from 'vitest';
import { sentenceEnd } from '../../src/lib/render/sentence-end';

describe('sentenceEnd', () => {
  const text = 'Cases of gunfire and retaliation efforts are all indicative of escalation. The talks “resumed.” Then (later) more?';
  it('is the offset itself where the text there ends a sentence', () => {
    const end = text.indexOf('escalation.') + 'escalation.'.length;
    expect(sentenceEnd(text, end)).toBe(end);
  });
  it('moves a mid-sentence offset to the end of its sentence', () => {
    expect(text.slice(0, sentenceEnd(text, text.indexOf(' are all')))).toMatch(/escalation\.$/);
  });
  it('keeps closing quotes and brackets with the sentence they end', () => {
    expect(text.slice(0, sentenceEnd(text, text.indexOf(' “resumed')))).toMatch(/“resumed\.”$/);
  });
  it('is the end of the text when no sentence ends after the offset', () => {
    expect(sentenceEnd('A heading without a stop', 3)).toBe('A heading without a stop'.length);
  });
  it('does not take a full stop inside a number or a word for a sentence end', () => {
    const share = 'The share fell by 16.5 percent in 2025 and more.';
    expect(sentenceEnd(share, 10)).toBe(share.length);
  });
});
