/** The library index's shards, merged in rounds as queries need them (libraryShards in src/scripts/search/search-client.ts). */
import { describe, expect, it } from 'vitest';
import { libraryShards } from '../../src/scripts/search/search-client';

describe('libraryShards', () => {
  it('merges each shard once, in rounds as large as what is merged already, and says when none is left', async () => {
    const folders = [1, 2, 3, 4, 5].map((n) => `pagefind/shards/${n}/`);
    const rounds: string[][] = [];
    let round: string[] = [];
    const shards = libraryShards(folders, async (folder) => {
      round.push(folder);
      await new Promise((wake) => setTimeout(wake, 5));
    });
    const next = async () => {
      round = [];
      const more = await shards.mergeMore();
      if (more) rounds.push(round);
      return more;
    };
    expect([shards.total, shards.merged()]).toEqual([6, 1]);
    await expect(next()).resolves.toBe(true);
    await expect(next()).resolves.toBe(true);
    await expect(next()).resolves.toBe(true);
    await expect(next()).resolves.toBe(false);
    // 1, then 2, then the 2 left (of the 4 a round would take): three rounds for five shards.
    expect(rounds).toEqual([[folders[0]], [folders[1], folders[2]], [folders[3], folders[4]]]);
    expect(shards.merged()).toBe(6);
  });

  it('never merges a shard twice when two queries ask for more at once', async () => {
    const merged: string[] = [];
    const shards = libraryShards(['pagefind/shards/1/', 'pagefind/shards/2/'], async (folder) => {
      await new Promise((wake) => setTimeout(wake, 5));
      merged.push(folder);
    });
    await expect(Promise.all([shards.mergeMore(), shards.mergeMore(), shards.mergeMore()])).resolves.toEqual([true, true, false]);
    expect(merged).toEqual(['pagefind/shards/1/', 'pagefind/shards/2/']);
    expect(shards.merged()).toBe(3);
  });

  it('a library in one shard has nothing to merge', async () => {
    const shards = libraryShards([], () => Promise.reject(new Error('nothing to merge')));
    expect([shards.total, shards.merged()]).toEqual([1, 1]);
    await expect(shards.mergeMore()).resolves.toBe(false);
  });
});
