import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/lib/map/wrap-text';

describe('wrapText: lines that fit a box', () => {
  const text = 'Pakistan changed its policy from cautious engagement to a mix of deterrence and diplomacy after TTP attacks';

  it('keeps every word, in order, and no line is wider than the room', () => {
    const lines = wrapText(text, { width: 150, fontSize: 12 });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(150);
  });

  it('fills a line before breaking: the next word would not have fitted', () => {
    const lines = wrapText(text, { width: 150, fontSize: 12 });
    for (let index = 0; index < lines.length - 1; index++) {
      const nextWord = lines[index + 1]!.split(' ')[0];
      expect(textWidth(`${lines[index]} ${nextWord}`, 12)).toBeGreaterThan(150);
    }
  });

  it('cuts at maxLines and ends the last line with an ellipsis that still fits', () => {
    const lines = wrapText(text, { width: 150, fontSize: 12, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, 12)).toBeLessThanOrEqual(150);
  });

  it('cuts a word too long for a line rather than letting it overflow', () => {
    const lines = wrapText('Tehreek-e-Taliban-Pakistan-and-its-many-factions', { width: 80, fontSize: 12 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Tehreek-e-Taliban-Pakistan-and-its-many-factions');
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(80);
  });

  it('measures capitals, wide letters and bold text wider than narrow letters', () => {
    expect(textWidth('MMMM', 10)).toBeGreaterThan(textWidth('nnnn', 10));
    expect(textWidth('nnnn', 10)).toBeGreaterThan(textWidth('iiii', 10));
    expect(textWidth('nnnn', 10, 1.1)).toBeGreaterThan(textWidth('nnnn', 10));
  });
});
