/**
 * The indexer on a small hand-made site: a bundle per brief holding its
 * claim pages only, and none for a folder that merely looks like a brief's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/cli/search-index.mjs';
import { LIBRARY_BUNDLE, briefBundle } from '../../src/lib/search-contract';

const site = join(tmpdir(), `reader-search-index-${process.pid}`);
const page = (path: string, html: string) => {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(join(site, path, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title></head><body>${html}</body></html>`);
};
const claimPage = (words: string) => `<nav>Menu</nav><article data-pagefind-body><h1>${words}</h1></article>`;
let result: { pages: number; briefs: number };

beforeAll(async () => {
  rmSync(site, { recursive: true, force: true });
  page('one/claims/first', claimPage('Kabul River irrigation'));
  page('one/claims/second', claimPage('Gwadar port'));
  page('one/claims', '<h1>Claims of one</h1>');
  page('two/claims/only', claimPage('Durand Line'));
  // A topic called "claims", its listing paginated: not a brief.
  page('topics/claims', '<h1>Claims topic</h1>');
  page('topics/claims/2', '<h1>Claims topic, page 2</h1>');
  result = await buildSearchIndex(site);
}, 60_000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

const entryAt = (bundle: string) => JSON.parse(readFileSync(join(site, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const entry = (id: string) => entryAt(briefBundle(id));

describe('the search indexer', () => {
  it('writes the library-wide index over every claim page, and a bundle per brief over its own', () => {
    expect(result.briefs).toBe(2);
    expect(entryAt(LIBRARY_BUNDLE).languages.en?.page_count).toBe(3);
    expect(entry('one').languages.en?.page_count).toBe(2);
    expect(entry('two').languages.en?.page_count).toBe(1);
  });

  it('writes no bundle for a folder without claim pages', () => {
    expect(existsSync(join(site, briefBundle('topics')))).toBe(false);
  });

  it('leaves out of a brief’s bundle what no page loads from it', () => {
    const files = readdirSync(join(site, briefBundle('one'))).sort();
    expect(files.filter((file) => !/^(filter|fragment|index|pagefind-entry\.json|pagefind-worker\.js|pagefind\.en_\w+\.pf_meta|wasm\.en\.pagefind)$/.test(file))).toEqual([]);
    expect(files).toContain('wasm.en.pagefind');
    expect(files).not.toContain('pagefind.js');
  });
});
