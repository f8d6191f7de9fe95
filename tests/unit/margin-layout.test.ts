import { describe, expect, it } from 'vitest';
import { placeMarginNotes } from '../../src/lib/reading/margin-layout';

describe('placeMarginNotes', () => {
  it('puts each note level with its claim when there is room', () => {
    expect(placeMarginNotes([{ wanted: 0, height: 20 }, { wanted: 100, height: 20 }], 8)).toEqual([0, 100]);
  });
  it('pushes a note down just below the one above, and no further', () => {
    expect(placeMarginNotes([{ wanted: 0, height: 50 }, { wanted: 10, height: 20 }, { wanted: 200, height: 20 }], 8)).toEqual([0, 58, 200]);
  });
  it('carries a push on down a run of crowded notes', () => {
    expect(placeMarginNotes([{ wanted: 0, height: 30 }, { wanted: 5, height: 30 }, { wanted: 10, height: 30 }], 0)).toEqual([0, 30, 60]);
  });
});
