/**
 * Pagefind's own search API, run in Node against the built bundle served on
 * loopback, and the site's claim search (the browser's, from
 * src/scripts/search/search-client.ts) on top of it.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { RANKING, WORD_LIST_FILE } from '../../src/lib/search-contract';
import type { WordList } from '../../src/lib/word-list';
import { createClaimSearch, type ClaimSearch, type PagefindApi, type PagefindSearch } from '../../src/scripts/search/search-client';

export interface NodePagefind {
  /** Pagefind's own answer. */
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** The site's claim search, as readers get it. */
  claims: ClaimSearch;
  /** How many times the claim search fetched the word list. */
  wordListLoads: () => number;
  close: () => Promise<void>;
}

export async function openPagefind(siteDir: string, base = '/'): Promise<NodePagefind> {
  const server = await startStaticServer({ root: siteDir, base });
  // A fresh module instance per site: the query string keeps Node from reusing a cached one.
  const module = await import(`${pathToFileURL(join(siteDir, 'pagefind/pagefind.js')).href}?site=${encodeURIComponent(siteDir)}`);
  await module.options({ basePath: `${server.url}pagefind/`, baseUrl: base, ranking: RANKING });
  await module.init();
  let wordListLoads = 0;
  const api = module as PagefindApi;
  const claims = createClaimSearch(api, {
    loadWordList: async () => {
      wordListLoads++;
      return JSON.parse(await readFile(join(siteDir, WORD_LIST_FILE), 'utf8')) as WordList;
    },
  });
  return {
    search: module.search,
    filters: module.filters,
    claims,
    wordListLoads: () => wordListLoads,
    close: async () => {
      await module.destroy?.();
      await server.close();
    },
  };
}

/** The claim id of a result: its page is /<brief>/claims/<claim>/. */
export function claimIdOf(url: string): string | undefined {
  return /\/claims\/([^/]+)\/$/.exec(new URL(url, 'http://x').pathname)?.[1];
}
