import { describe, expect, it } from 'vitest';
import { setsHeapLimit } from '../../src/cli/build-heap.mjs';

describe('setsHeapLimit', () => {
  it('finds a heap limit the reader set, in NODE_OPTIONS or on the command line, in either spelling', () => {
    expect(setsHeapLimit('--max-old-space-size=4096', [])).toBe(true);
    expect(setsHeapLimit('--enable-source-maps --max_old_space_size=3000', [])).toBe(true);
    expect(setsHeapLimit(undefined, ['--max-old-space-size=1536'])).toBe(true);
  });

  it('finds none where no option sets one, so the build sets its own', () => {
    expect(setsHeapLimit(undefined, [])).toBe(false);
    expect(setsHeapLimit('', [])).toBe(false);
    expect(setsHeapLimit('--enable-source-maps --max-semi-space-size=64', ['--import', 'tsx'])).toBe(false);
  });
});
