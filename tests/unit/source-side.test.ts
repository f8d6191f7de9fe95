import { describe, expect, it } from 'vitest';
import { oneSideOnly, sourceSide } from '../../src/lib/render/source-side';

describe('sourceSide: whose side a source speaks for', () => {
  it('reads the nation a perspective opens with', () => {
    expect(sourceSide('Pakistani official (Foreign Office), as reported by a Pakistani newspaper')).toBe('Pakistani');
    expect(sourceSide('Pakistani think tank')).toBe('Pakistani');
    expect(sourceSide('Afghan Taliban spokesman')).toBe('Afghan');
  });

  it('gives no side to international, UN or unidentified voices, even when a national outlet reports them', () => {
    expect(sourceSide('International newspaper (British)')).toBeUndefined();
    expect(sourceSide('UN Security Council monitoring team, as reported by a Pakistani newspaper')).toBeUndefined();
    expect(sourceSide('News report, outlet not identified')).toBeUndefined();
    expect(sourceSide(undefined)).toBeUndefined();
  });

  it('finds a claim on one side’s sources only when every source is that side’s', () => {
    expect(oneSideOnly(['Pakistani think tank', 'Pakistani government, as reported by a Pakistani newspaper'])).toBe('Pakistani');
    expect(oneSideOnly(['Pakistani think tank', 'International newspaper (British)'])).toBeUndefined();
    expect(oneSideOnly(['Pakistani think tank', 'Indian official'])).toBeUndefined();
    expect(oneSideOnly([])).toBeUndefined();
  });
});
