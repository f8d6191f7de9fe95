/** Pagefind's own search API, run in Node against the built bundle served on loopback. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { startStaticServer } from '../../src/cli/static-server.mjs';

export interface NodePagefind {
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<{
    results: Array<{ data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string; filters: Record<string, string[]> }> }>;
    filters: Record<string, Record<string, number>>;
  }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  close: () => Promise<void>;
}

export async function openPagefind(siteDir: string, base = '/'): Promise<NodePagefind> {
  const server = await startStaticServer({ root: siteDir, base });
  // A fresh module instance per site: the query string keeps Node from reusing a cached one.
  const module = await import(`${pathToFileURL(join(siteDir, 'pagefind/pagefind.js')).href}?site=${encodeURIComponent(siteDir)}`);
  await module.options({ basePath: `${server.url}pagefind/`, baseUrl: base });
  await module.init();
  return {
    search: module.search,
    filters: module.filters,
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
