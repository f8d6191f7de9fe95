/** The library index's shards, merged one at a time (libraryShards in src/scripts/search/search-client.ts). */
import { describe, expect, it } from 'vitest';
import { libraryShards } from '../../src/scripts/search/search-client';

describe('libraryShards', () => {
  it('merges each shard once, in order, even when two queries ask for more at once, and says when none is left', async () => {
    const merged: string[] = [];
    let inFlight = 0;
    const shards = libraryShards(['pagefind/shards/1/', 'pagefind/shards/2/'], async (folder) => {
      inFlight += 1;
      expect(inFlight, 'two merges at once').toBe(1);
      await new Promise((wake) => setTimeout(wake, 5));
      merged.push(folder);
      inFlight -= 1;
    });
    expect(shards.total).toBe(3);
    expect(shards.merged()).toBe(1);
    await expect(Promise.all([shards.mergeNext(), shards.mergeNext()])).resolves.toEqual([true, true]);
    expect(merged).toEqual(['pagefind/shards/1/', 'pagefind/shards/2/']);
    expect(shards.merged()).toBe(3);
    await expect(shards.mergeNext()).resolves.toBe(false);
    expect(merged).toHaveLength(2);
  });

  it('a library in one shard has nothing to merge', async () => {
    const shards = libraryShards([], () => Promise.reject(new Error('nothing to merge')));
    expect([shards.total, shards.merged()]).toEqual([1, 1]);
    await expect(shards.mergeNext()).resolves.toBe(false);
  });
});
