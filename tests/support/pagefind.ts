/**
 * Pagefind's own search API, run in Node against the built index served on
 * loopback (the library's, or the shard of one brief, scoped to it), and the
 * site's claim search (the browser's, from src/scripts/search/search-client.ts)
 * on top of it.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { LIBRARY_BUNDLE, LIBRARY_SHARDS_FILE, RANKING, WORD_LIST_FILE, briefWordList, shardOfBrief, type IndexShard } from '../../src/lib/search/search-contract';
import type { WordList } from '../../src/lib/search/word-list';
import { createClaimSearch, libraryShards, type ClaimSearch, type LibraryShards, type PagefindApi, type PagefindSearch } from '../../src/scripts/search/search-client';

export interface NodePagefind {
  /** Pagefind's own answer. */
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** The site's claim search, as readers get it. */
  claims: ClaimSearch;
  /** How many times the claim search fetched the word list. */
  wordListLoads: () => number;
  /** The library's shards, when opened with `lazyShards` (merged as the claim search needs them, as in the browser). */
  shards: LibraryShards | undefined;
  close: () => Promise<void>;
}

/**
 * @param briefId the brief's shard, scoped to the brief, and its own word
 *   list instead of the library's, opened as the browser opens them: the
 *   first shard's `pagefind.js`, `createInstance` pointed at the brief's
 *   shard. (Pagefind's own `search` and `filters` below are the shard's,
 *   unscoped.)
 */
export async function openPagefind(siteDir: string, base = '/', briefId?: string, { lazyShards = false } = {}): Promise<NodePagefind> {
  const server = await startStaticServer({ root: siteDir, base });
  // A fresh module instance per site: the query string keeps Node from reusing a cached one.
  const module = await import(`${pathToFileURL(join(siteDir, LIBRARY_BUNDLE, 'pagefind.js')).href}?site=${encodeURIComponent(siteDir)}`);
  let api = module as PagefindApi & { init: () => Promise<void>; destroy?: () => Promise<void> };
  let shards: LibraryShards | undefined;
  const indexShards = JSON.parse(await readFile(join(siteDir, LIBRARY_SHARDS_FILE), 'utf8')) as IndexShard[];
  if (briefId === undefined) {
    await module.options({ basePath: `${server.url}${LIBRARY_BUNDLE}`, baseUrl: base, ranking: RANKING });
    // The library-wide index's other shards: merged as the browser merges them (in rounds, as the claim search needs them), or all at once.
    const folders = indexShards.slice(1).map((shard) => shard.folder);
    const merge = (shard: string) => module.mergeIndex(`${server.url}${shard}`, { baseUrl: base, ranking: RANKING }) as Promise<void>;
    if (lazyShards) shards = libraryShards(folders, merge);
    else for (const shard of folders) await merge(shard);
  } else {
    const shard = shardOfBrief(indexShards, briefId);
    if (!shard) throw new Error(`no shard of ${siteDir} holds the brief ${briefId}`);
    api = module.createInstance({ basePath: `${server.url}${shard.folder}`, baseUrl: base, ranking: RANKING });
  }
  await api.init();
  const wordListFile = briefId === undefined ? WORD_LIST_FILE : briefWordList(briefId);
  let wordListLoads = 0;
  const claims = createClaimSearch(api, {
    loadWordList: async () => {
      wordListLoads++;
      return JSON.parse(await readFile(join(siteDir, decodeURIComponent(wordListFile)), 'utf8')) as WordList;
    },
    shards,
    briefId,
  });
  return {
    search: async (query, options) => (await api.search(query, options))!,
    filters: api.filters,
    claims,
    wordListLoads: () => wordListLoads,
    shards,
    close: async () => {
      await api.destroy?.();
      await server.close();
    },
  };
}

/** The claim id of a result: its page is /<brief>/claims/<claim>/. */
export function claimIdOf(url: string): string | undefined {
  return /\/claims\/([^/]+)\/$/.exec(new URL(url, 'http://x').pathname)?.[1];
}
