// @ts-check
/**
 * Builds the Pagefind indexes of a built site, with Pagefind's Node API:
 * the library-wide one at `pagefind/`, in shards of briefs
 * (`pagefind/shards/<n>/`) so Pagefind's memory is bounded by a shard, and
 * one per brief at `pagefind/briefs/<brief>/` (src/lib/search-bundles.mjs)
 * holding only that brief's claim pages, so that searching within a brief
 * costs the same in a library of one brief or a thousand.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { LIBRARY_BUNDLE, LIBRARY_SHARDS_FILE, briefBundle, libraryShard, libraryShardBriefs } from '../lib/search-bundles.mjs';

/**
 * Files Pagefind writes into every bundle that a brief's bundle does without:
 * its prebuilt interfaces (the site draws its own) and `pagefind.js`, which
 * the browser loads once from the library-wide bundle and points at a
 * brief's folder with `createInstance({ basePath })`. An instance still needs
 * its folder's `pagefind-worker.js` and `wasm.<language>.pagefind`: Pagefind
 * loads both from its basePath.
 */
const UNUSED_IN_BRIEF_BUNDLE = /^(pagefind-ui|pagefind-component-ui|pagefind-modular-ui)\.(js|css)$|^pagefind-highlight\.js$|^pagefind\.js$/;

/**
 * What a shard of the library-wide index past the first keeps: its data only.
 * A merged index uses the first shard's code, worker and WebAssembly.
 */
const SHARD_DATA = /^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)\/.*)$/;

/** Pages sent to Pagefind at once. */
const PAGES_PER_BATCH = 200;

/** @param {{ errors: string[] }} response @param {string} what */
function check(response, what) {
  if (response.errors.length > 0) throw new Error(`${what}: ${response.errors.join('; ')}`);
}

/**
 * The briefs of a built site, as candidates: the top-level folders holding a
 * `claims/` folder of pages (`/<brief>/claims/<claim>/index.html`, see
 * src/lib/paths.ts), each with those pages. Only pages Pagefind indexes
 * (`data-pagefind-body`, a claim's page) go in a brief's bundle, so a folder
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
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * One bundle: a fresh index fed the given pages (only those Pagefind indexes,
 * a claim's), its files taken in memory and the ones `keep` accepts written
 * to `outputPath`, then deleted from Pagefind's memory before the next
 * bundle's. Nothing is written when no page is a claim's.
 * @param {string} siteDir @param {string[]} pages @param {string} outputPath
 * @param {(path: string, wasm: Set<string>) => boolean} keep whether to write a file (`wasm`: the WebAssembly of the pages' language)
 * @param {string} what names the bundle in an error
 * @returns {Promise<number>} the claim pages in the bundle
 */
async function writeBundle(siteDir, pages, outputPath, keep, what) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`${what}: ${errors.join('; ')}`);
  try {
    let claimPages = 0;
    // In batches: each batch's pages are sent at once (about half the time of awaiting each, and
    // the bundle came out byte-identical over repeated runs: tests/build/identical-rebuilds.test.ts),
    // while a shard of thousands of pages is never held in memory whole.
    for (let start = 0; start < pages.length; start += PAGES_PER_BATCH) {
      // PAGEFIND.body of src/lib/search-contract.ts: only a claim's page carries it.
      const batch = pages.slice(start, start + PAGES_PER_BATCH).map((page) => ({ page, content: readFileSync(join(siteDir, page), 'utf8') })).filter(({ content }) => content.includes('data-pagefind-body'));
      const responses = await Promise.all(
        // The URL relative to the base path (/<brief>/claims/<claim>/), the same in every bundle.
        batch.map(({ page, content }) => index.addHTMLFile({ url: `/${page.replace(/index\.html$/, '')}`, content })),
      );
      responses.forEach((response, position) => check(response, `${what}, ${batch[position]?.page}`));
      claimPages += batch.length;
    }
    if (claimPages === 0) return 0;
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
    return claimPages;
  } finally {
    await index.deleteIndex();
  }
}

/** A brief's bundle keeps what an instance loads from its folder, and only its language's WebAssembly. @param {string} path @param {Set<string>} wasm */
const keptInBriefBundle = (path, wasm) => !UNUSED_IN_BRIEF_BUNDLE.test(path) && (!/^wasm\..*\.pagefind$/.test(path) || wasm.has(path));

/**
 * The library-wide index in shards of `libraryShardBriefs` briefs (the first
 * whole at `pagefind/`, the others' data at `pagefind/shards/<n>/`, listed
 * in `pagefind/shards.json`), then each brief's bundle.
 * @param {string} siteDir @param {NodeJS.ProcessEnv} [env]
 */
export async function buildSearchIndex(siteDir, env = process.env) {
  const shardBriefs = libraryShardBriefs(env);
  try {
    // Only briefs with a claim page, so that no shard (the first above all, which holds Pagefind's code) is empty.
    const briefs = builtBriefs(siteDir).filter((brief) => brief.pages.some((page) => readFileSync(join(siteDir, page), 'utf8').includes('data-pagefind-body')));
    let pages = 0;
    /** @type {string[]} */
    const shards = [];
    for (let start = 0; start === 0 || start < briefs.length; start += shardBriefs) {
      const shard = start / shardBriefs;
      const folder = shard === 0 ? LIBRARY_BUNDLE : libraryShard(shard);
      const indexed = await writeBundle(
        siteDir,
        briefs.slice(start, start + shardBriefs).flatMap((brief) => brief.pages),
        join(siteDir, folder),
        shard === 0 ? () => true : (path) => SHARD_DATA.test(path),
        shard === 0 ? 'the library-wide index' : `the library-wide index, shard ${shard}`,
      );
      if (shard > 0 && indexed > 0) shards.push(folder);
      pages += indexed;
    }
    if (pages === 0) throw new Error(`no page of ${siteDir} was indexed (is data-pagefind-body missing?)`);
    writeFileSync(join(siteDir, LIBRARY_SHARDS_FILE), `${JSON.stringify(shards)}\n`);
    // After the library-wide bundle: its folder holds theirs.
    let briefBundles = 0;
    for (const brief of briefs) if ((await writeBundle(siteDir, brief.pages, join(siteDir, briefBundle(brief.id)), keptInBriefBundle, `brief ${brief.id}`)) > 0) briefBundles += 1;
    return { pages, briefs: briefBundles, shards: shards.length + 1 };
  } finally {
    await pagefind.close();
  }
}
