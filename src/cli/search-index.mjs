// @ts-check
/**
 * Builds the Pagefind indexes of a built site, with Pagefind's Node API:
 * the library-wide one at `pagefind/`, and one per brief at
 * `pagefind/briefs/<brief>/` (src/lib/search-bundles.mjs) holding only that
 * brief's claim pages, so that searching within a brief costs the same in a
 * library of one brief or a thousand.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { LIBRARY_BUNDLE, briefBundle } from '../lib/search-bundles.mjs';

/**
 * Files Pagefind writes into every bundle that a brief's bundle does without:
 * its prebuilt interfaces (the site draws its own) and `pagefind.js`, which
 * the browser loads once from the library-wide bundle and points at a
 * brief's folder with `createInstance({ basePath })`. An instance still needs
 * its folder's `pagefind-worker.js` and `wasm.<language>.pagefind`: Pagefind
 * loads both from its basePath.
 */
const UNUSED_IN_BRIEF_BUNDLE = /^(pagefind-ui|pagefind-component-ui|pagefind-modular-ui)\.(js|css)$|^pagefind-highlight\.js$|^pagefind\.js$/;

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
 * One brief's bundle: a fresh index fed its claim pages only, its files
 * taken in memory and the ones a brief's bundle keeps written, then
 * deleted from Pagefind's memory before the next brief's. Nothing is
 * written for a folder without claim pages.
 * @param {string} siteDir @param {{ id: string, pages: string[] }} brief @returns {Promise<boolean>} whether a bundle was written
 */
async function writeBriefBundle(siteDir, brief) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`brief ${brief.id}: ${errors.join('; ')}`);
  try {
    // PAGEFIND.body of src/lib/search-contract.ts: only a claim's page carries it.
    const claimPages = brief.pages.map((page) => ({ page, content: readFileSync(join(siteDir, page), 'utf8') })).filter(({ content }) => content.includes('data-pagefind-body'));
    // Sent all at once rather than awaiting each: about half the time here, and the bundle came out
    // byte-identical over repeated runs (tests/build/identical-rebuilds.test.ts checks whole builds).
    const responses = await Promise.all(
      // The URL as the library-wide index has it (/<brief>/claims/<claim>/), so results read the same from either bundle.
      claimPages.map(({ page, content }) => index.addHTMLFile({ url: `/${page.replace(/index\.html$/, '')}`, content })),
    );
    responses.forEach((response, position) => check(response, `brief ${brief.id}, ${claimPages[position]?.page}`));
    if (claimPages.length === 0) return false;
    // Taken from Pagefind in memory, and only what a brief's bundle keeps written.
    const { files, errors: failed } = await index.getFiles();
    check({ errors: failed }, `brief ${brief.id}`);
    const entryFile = files.find((file) => file.path === 'pagefind-entry.json');
    if (!entryFile) throw new Error(`brief ${brief.id}: Pagefind made no pagefind-entry.json`);
    /** @type {{ languages: Record<string, { wasm?: string }> }} */
    const entry = JSON.parse(new TextDecoder().decode(entryFile.content));
    // Only the language the brief's pages are in: Pagefind makes a WebAssembly module for the unknown language too.
    const wasm = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
    const outputPath = join(siteDir, briefBundle(brief.id));
    for (const file of files) {
      if (UNUSED_IN_BRIEF_BUNDLE.test(file.path) || (/^wasm\..*\.pagefind$/.test(file.path) && !wasm.has(file.path))) continue;
      mkdirSync(dirname(join(outputPath, file.path)), { recursive: true });
      writeFileSync(join(outputPath, file.path), file.content);
    }
    return true;
  } finally {
    await index.deleteIndex();
  }
}

/** @param {string} siteDir */
export async function buildSearchIndex(siteDir) {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: siteDir });
    check(added, 'the library-wide index');
    if (added.page_count === 0) throw new Error(`no page of ${siteDir} was indexed (is data-pagefind-body missing?)`);
    check(await index.writeFiles({ outputPath: join(siteDir, LIBRARY_BUNDLE) }), 'the library-wide index');
    await index.deleteIndex();
    // After the library-wide bundle: its folder holds theirs.
    let briefs = 0;
    for (const brief of builtBriefs(siteDir)) if (await writeBriefBundle(siteDir, brief)) briefs += 1;
    return { pages: added.page_count, briefs };
  } finally {
    await pagefind.close();
  }
}
