/**
 * A library of 25 copies of the brief, each dated differently, built once per
 * test run under a base path, for every test of the listings that paginate
 * (home, topic and source pages): the build tier checks their pages, the
 * browser tier runs axe on them. The first test file to ask builds it into
 * the run's scratch folder (from the global setup); the others reuse it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { copyLibrary } from '../../src/cli/copy-library.mjs';
import { runBuild } from './build';
import { projectRoot } from './site';

/** 25 briefs under /briefs/, the library-wide search index in shards of 10 briefs (3 shards), so its merging is tested. */
export const LISTING_BUILD = { briefs: 25, base: '/briefs/', searchShardBriefs: 10 } as const;

/** Copy n is dated 2025-01-<(7n mod 25) + 1>: all distinct, in an order that is neither the ids' order nor its reverse. */
export const issuedOfCopy = (copy: number) => `2025-01-${String(((copy * 7) % LISTING_BUILD.briefs) + 1).padStart(2, '0')}`;

export interface ListingSite {
  /** The built folder. */
  site: string;
  /** The briefs' ids, in the order copied. */
  ids: string[];
  /** The same ids, the newest brief first, from the dates given to the copies. */
  newestFirst: string[];
}

/** The built library, building it first if no test of this run has. */
export function listingBuild(): ListingSite {
  const work = join(inject('scratchDir'), 'listing-build');
  const site = join(work, 'site');
  // Written when the build succeeded: the briefs' ids in the order copied.
  const done = join(work, 'ids.json');
  const content = join(work, 'content');
  if (!existsSync(done)) {
    const copied = copyLibrary(join(projectRoot, 'content'), content, LISTING_BUILD.briefs, { issued: issuedOfCopy });
    const build = runBuild({ READER_CONTENT_DIR: content, READER_OUT_DIR: site, SITE_BASE: LISTING_BUILD.base, READER_CACHE_DIR: join(work, 'cache'), READER_SEARCH_SHARD_BRIEFS: String(LISTING_BUILD.searchShardBriefs) });
    if (build.status !== 0) throw new Error(`build of ${LISTING_BUILD.briefs} briefs under ${LISTING_BUILD.base} failed:\n${build.output}`);
    writeFileSync(done, JSON.stringify(copied));
  }
  const ids: string[] = JSON.parse(readFileSync(done, 'utf8'));
  const newestFirst = ids.map((id, copy) => ({ id, date: issuedOfCopy(copy) })).sort((a, b) => (a.date < b.date ? 1 : -1)).map(({ id }) => id);
  return { site, ids, newestFirst };
}
