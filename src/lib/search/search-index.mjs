// @ts-check
/**
 * Builds the Pagefind index of a built site, with Pagefind's Node API: every
 * claim page once, in shards of briefs (src/lib/search/search-bundles.mjs) so
 * Pagefind's memory is bounded by a shard, the first at `pagefind/`, the
 * others at `pagefind/shards/<n>/`, listed with their briefs in
 * `pagefind/shards.json`.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { hashOf } from '../content/content-hash.mjs';
import { LIBRARY_BUNDLE, LIBRARY_SHARDS_FILE, compareBriefIds, libraryShard, libraryShardBriefs } from './search-bundles.mjs';

/**
 * What a shard past the first keeps: its data, and what a Pagefind instance
 * loads from its own folder (`pagefind-worker.js` and the WebAssembly of the
 * pages' language), since the search within a brief points an instance at
 * its brief's shard (`createInstance({ basePath })`). The library-wide
 * search merges the shard into the first, whose code, worker and
 * WebAssembly it uses; Pagefind's interfaces and `pagefind.js` are loaded
 * from the first shard only.
 * @param {string} path @param {Set<string>} wasm
 */
const keptInShard = (path, wasm) => /^(pagefind-entry\.json|pagefind-worker\.js|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)\/.*)$/.test(path) || wasm.has(path);

/** Pages sent to Pagefind at once, at most (a brief's claim pages go together). */
const PAGES_PER_BATCH = 200;


/** @param {{ errors: string[] }} response @param {string} what */
function check(response, what) {
  if (response.errors.length > 0) throw new Error(`${what}: ${response.errors.join('; ')}`);
}

/**
 * The briefs of a built site, as candidates: the top-level folders holding a
 * `claims/` folder of pages (`/<brief>/claims/<claim>/index.html`, see
 * src/lib/site/paths.ts), each with those pages. Only pages Pagefind indexes
 * (`data-pagefind-body`, a claim's page) go in the index, so a folder
 * that merely looks the part (a topic or source called `claims`, its
 * listing's page 2 at `topics/claims/2/`) gets none.
 * @param {string} siteDir
 */
export function builtBriefs(siteDir) {
  return readdirSync(siteDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && `${entry.name}/` !== LIBRARY_BUNDLE)
    .flatMap((entry) => {
      let claims;
      try {
        claims = readdirSync(join(siteDir, entry.name, 'claims'), { withFileTypes: true });
      } catch {
        return [];
      }
      const pages = claims.filter((claim) => claim.isDirectory()).map((claim) => `${entry.name}/claims/${claim.name}/index.html`);
      return [{ id: entry.name, pages }];
    })
    .sort((a, b) => compareBriefIds(a.id, b.id));
}

/**
 * A brief's claim pages (only those Pagefind indexes, a claim's, carry
 * PAGEFIND.body of src/lib/search/search-contract.ts). A brief's pages are held
 * together, never a shard's or the library's.
 * @param {string} siteDir @param {{ pages: string[] }} brief
 */
function readClaimPages(siteDir, brief) {
  return brief.pages.map((page) => ({ page, content: readFileSync(join(siteDir, page), 'utf8') })).filter(({ content }) => content.includes('data-pagefind-body'));
}

/**
 * A fresh Pagefind index, filled a brief at a time, then written: its files
 * taken in memory, the ones `keep` accepts written to a folder, and the index
 * deleted from Pagefind's memory. (On a failure, `pagefind.close()` ends the
 * service and every index with it.)
 * @param {string} what names the index in an error
 */
async function openIndex(what) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`${what}: ${errors.join('; ')}`);
  return {
    /** @param {Array<{ page: string, content: string }>} pages */
    async add(pages) {
      // In batches: each batch's pages are sent at once (about half the time of awaiting each, and
      // the bundle came out byte-identical over repeated runs: tests/build/identical-rebuilds.test.ts).
      for (let start = 0; start < pages.length; start += PAGES_PER_BATCH) {
        const batch = pages.slice(start, start + PAGES_PER_BATCH);
        const responses = await Promise.all(
          // The URL relative to the base path (/<brief>/claims/<claim>/), the same in every bundle.
          batch.map(({ page, content }) => index.addHTMLFile({ url: `/${page.replace(/index\.html$/, '')}`, content })),
        );
        responses.forEach((response, position) => check(response, `${what}, ${batch[position]?.page}`));
      }
    },
    /**
     * @param {string} outputPath
     * @param {(path: string, wasm: Set<string>) => boolean} keep whether to write a file (`wasm`: the WebAssembly of the pages' language)
     */
    async write(outputPath, keep) {
      const { files, errors: failed } = await index.getFiles();
      check({ errors: failed }, what);
      const entryFile = files.find((file) => file.path === 'pagefind-entry.json');
      if (!entryFile) throw new Error(`${what}: Pagefind made no pagefind-entry.json`);
      /** @type {{ languages: Record<string, { wasm?: string }> }} */
      const entry = JSON.parse(new TextDecoder().decode(entryFile.content));
      // Pagefind makes a WebAssembly module for the unknown language too.
      const wasm = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
      for (const file of files) {
        if (!keep(file.path, wasm)) continue;
        mkdirSync(dirname(join(outputPath, file.path)), { recursive: true });
        writeFileSync(join(outputPath, file.path), file.content);
      }
      await index.deleteIndex();
    },
  };
}

/**
 * The index in shards of `libraryShardBriefs` briefs (the first whole at
 * `pagefind/`, the others at `pagefind/shards/<n>/`, see `keptInShard`),
 * listed with their briefs in `pagefind/shards.json`. Only briefs with a
 * claim page count, so that no shard (the first above all, which holds
 * Pagefind's code) is empty.
 *
 * With a step cache (src/lib/site/step-cache.mjs, whose keys take the code), a
 * shard is keyed by its briefs' claim pages, and copied from the cache when
 * its key is there. A brief's pages are read once for its key and, when its
 * shard must be indexed again, once more: a brief's pages are held together,
 * never a shard's or the library's.
 * @param {string} siteDir @param {NodeJS.ProcessEnv} [env]
 * @param {ReturnType<typeof import('../site/step-cache.mjs').stepCache>} [cache] none: every shard is made afresh
 */
export async function buildSearchIndex(siteDir, env = process.env, cache) {
  const shardBriefs = libraryShardBriefs(env);
  /** Runs `make` into `into`, or copies its output from the cache. @param {string} kind @param {string} key @param {string} into @param {(into: string) => Promise<void>} make */
  const reuse = (kind, key, into, make) => (cache ? cache.folder(kind, key, into, make) : make(into).then(() => false));
  try {
    let pages = 0;
    /** @type {Array<{ id: string, pages: string[], key: string }>} the briefs with claim pages, each with its pages' key */
    const indexed = [];
    for (const brief of builtBriefs(siteDir)) {
      const claimPages = readClaimPages(siteDir, brief);
      if (claimPages.length === 0) continue;
      indexed.push({ id: brief.id, pages: brief.pages, key: hashOf(['brief', brief.id, ...claimPages.flatMap(({ page, content }) => [page, content])]) });
      pages += claimPages.length;
    }
    if (pages === 0) throw new Error(`no page of ${siteDir} was indexed (is data-pagefind-body missing?)`);

    /** @type {import('./search-bundles.mjs').IndexShard[]} */
    const shards = [];
    for (let start = 0; start < indexed.length; start += shardBriefs) {
      const briefs = indexed.slice(start, start + shardBriefs);
      const shardNumber = shards.length;
      const first = shardNumber === 0;
      const what = first ? 'the search index' : `the search index, shard ${shardNumber}`;
      const folder = first ? LIBRARY_BUNDLE : libraryShard(shardNumber);
      const key = hashOf(['shard', String(shardNumber), ...briefs.map((brief) => brief.key)]);
      await reuse('search-shard', key, join(siteDir, folder), async (into) => {
        const shard = await openIndex(what);
        for (const brief of briefs) await shard.add(readClaimPages(siteDir, brief));
        await shard.write(into, first ? () => true : keptInShard);
      });
      shards.push({ folder, first: briefs[0]?.id ?? '', last: briefs.at(-1)?.id ?? '' });
    }
    writeFileSync(join(siteDir, LIBRARY_SHARDS_FILE), `${JSON.stringify(shards)}\n`);
    // 'search-brief': the briefs' own bundles that earlier builds made beside the shards.
    cache?.prune(['search-shard', 'search-brief']);
    return { pages, briefs: indexed.length, shards: shards.length };
  } finally {
    await pagefind.close();
  }
}
