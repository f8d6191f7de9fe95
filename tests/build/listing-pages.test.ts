/**
 * The long listings paginate at library size, in the library of 25 copies
 * dated differently, built under a base path (tests/support/listing-build.ts).
 * The home page, a topic's page and a source's page each split their briefs
 * into pages of BRIEFS_PER_PAGE, the newest brief first, at static URLs that
 * carry the base path and link to each other; page 1 says the counts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlValidateProblems } from '../support/html-validate';
import { BRIEFS_PER_PAGE } from '../../src/lib/site/listing-pages';
import { RESERVED_TOP_LEVEL_PATHS } from '../../src/lib/content/reserved-ids';
import { fileForPath, page, select, selectAll, textOf } from '../support/dist';
import { claims } from '../support/content';
import { LISTING_BUILD, listingBuild } from '../support/listing-build';

const { briefs: BRIEFS, base } = LISTING_BUILD;
const topic = 'water';
const claimsPerBrief = claims.filter((claim) => claim.topics?.includes(topic)).length;
// The source cited by the most claims: its page lists several per brief.
const citing = (ref: string) => claims.filter((claim) => claim.evidence?.some((evidence) => evidence.ref === ref));
const reference = [...new Set(claims.flatMap((claim) => (claim.evidence ?? []).map((evidence) => evidence.ref)))].sort((a, b) => citing(b).length - citing(a).length)[0] ?? '';
const citationsPerBrief = claims.flatMap((claim) => claim.evidence ?? []).filter((evidence) => evidence.ref === reference).length;
const pageCount = Math.ceil(BRIEFS / BRIEFS_PER_PAGE);
let site = '';
let ids: string[] = [];
let newestFirst: string[] = [];

const hrefs = (selector: string, file: string) => selectAll(selector, page(site, file)).map((link) => String((link as Element).properties.href));
const metaText = (file: string, selector: string) => textOf(select(selector, page(site, file)) as Element);
/** The built files of a listing's pages, page 1 first: `<dir>/index.html`, then `<later>/<n>/index.html`. */
const pageFiles = (first: string, later: string) => [`${first}index.html`, ...Array.from({ length: pageCount - 1 }, (_, n) => `${later}${n + 2}/index.html`)];

const listings = [
  { name: 'the home page', files: pageFiles('', 'library/'), briefLinks: 'main > .card-list > li > h2 > a' },
  { name: `the topic "${topic}"`, files: pageFiles(`topics/${topic}/`, `topics/${topic}/`), briefLinks: 'main section.brief-group > h2 > a' },
  { name: `the source "${reference}"`, files: pageFiles(`references/${reference}/`, `references/${reference}/`), briefLinks: 'main section.brief-group > h3 > a' },
];

beforeAll(() => {
  ({ site, ids, newestFirst } = listingBuild());
}, 600_000);

describe.each(listings)('$name, with more briefs than fit on a page', ({ files, briefLinks }) => {
  it('is split into static pages, page 1 at its own URL, listing every brief once, the newest first', () => {
    expect(pageCount).toBeGreaterThan(1);
    for (const file of files) expect(existsSync(join(site, file)), file).toBe(true);
    expect(existsSync(join(site, files[1]!.replace(/\/2\/index\.html$/, `/${pageCount + 1}/index.html`)))).toBe(false);
    expect(hrefs(briefLinks, files[0]!)).toHaveLength(BRIEFS_PER_PAGE);
    expect(files.flatMap((file) => hrefs(briefLinks, file))).toEqual(newestFirst.map((id) => `${base}${id}/`));
  });

  it("links every page to the others with the base path, marking the current one", () => {
    files.forEach((file, index) => {
      const number = index + 1;
      expect(metaText(file, 'nav.page-list [aria-current="page"]'), file).toBe(String(number));
      const links = hrefs('nav.page-list a', file);
      const others = files.filter((other) => other !== file).map((other) => `${base}${other.replace(/index\.html$/, '')}`);
      expect(new Set(links), file).toEqual(new Set(others));
      if (number > 1) expect(hrefs('nav.page-list a[rel="prev"]', file)).toEqual([others[index - 1]]);
      if (number < pageCount) expect(hrefs('nav.page-list a[rel="next"]', file)).toEqual([others[index]]);
    });
  });

  it('has every link of every page under the base path, each to a built file', () => {
    const broken: string[] = [];
    for (const file of files) {
      // A fragment of the page itself (the skip link) is checked with every page's fragments in links.test.ts.
      for (const href of hrefs('a[href]', file).filter((link) => !link.startsWith('#'))) {
        const url = new URL(href, `http://site${base}${file}`);
        if (url.origin !== 'http://site') continue;
        const target = fileForPath(url.pathname, base);
        if (!href.startsWith(base) || !target || !existsSync(join(site, target))) broken.push(`${file}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("passes html-validate's recommended rules on every page", async () => {
    expect(await htmlValidateProblems(site, files)).toEqual([]);
  });
});

describe('page 1 of each listing', () => {
  const libraryClaims = claims.length * BRIEFS;

  it('home: counts the briefs and claims of the library', () => {
    expect(metaText('index.html', 'main > p.meta')).toBe(`${BRIEFS} briefs with ${libraryClaims.toLocaleString('en')} claims, the newest first; page 1 of ${pageCount}.`);
    expect(hrefs('main .card-list .meta a', 'index.html')[0]).toBe(`${base}${newestFirst[0]}/claims/`);
  });

  it("topic: counts its claims and briefs, and links each brief's own claims list", () => {
    const file = `topics/${topic}/index.html`;
    expect(metaText(file, 'main > p.meta')).toBe(`${claimsPerBrief * BRIEFS} claims in ${BRIEFS} briefs, the newest brief first; page 1 of ${pageCount}.`);
    expect(selectAll('main section.brief-group .card-list > li', page(site, file))).toHaveLength(BRIEFS_PER_PAGE * claimsPerBrief);
    expect(hrefs('main section.brief-group > .meta a', file)).toEqual(newestFirst.slice(0, BRIEFS_PER_PAGE).map((id) => `${base}${id}/claims/`));
  });

  it("source: counts its citing claims and briefs, and links each brief's own claims list", () => {
    const file = `references/${reference}/index.html`;
    expect(citing(reference).length).toBeGreaterThan(1);
    expect(metaText(file, 'main section[aria-labelledby="claims"] > p.meta:nth-of-type(2)')).toBe(
      `${citing(reference).length * BRIEFS} claims in ${BRIEFS} briefs, the newest brief first; page 1 of ${pageCount}.`,
    );
    expect(selectAll('main section.brief-group .card-list > li', page(site, file))).toHaveLength(BRIEFS_PER_PAGE * citationsPerBrief);
    expect(hrefs('main section.brief-group > .meta a', file)).toEqual(newestFirst.slice(0, BRIEFS_PER_PAGE).map((id) => `${base}${id}/claims/`));
  });

  it("source: its data files still sit beside its pages' folder", () => {
    for (const format of ['json', 'bib', 'ris']) expect(existsSync(join(site, `references/${reference}.${format}`)), format).toBe(true);
  });
});

describe('the top level of a library with later home pages', () => {
  it('holds only the briefs and reserved paths, so no brief can take a listing folder', () => {
    const briefs = new Set(ids);
    const reserved = new Set(RESERVED_TOP_LEVEL_PATHS.map((path) => path.toLowerCase()));
    expect(readdirSync(site).filter((name) => !briefs.has(name) && !reserved.has(name.toLowerCase()))).toEqual([]);
    expect(readdirSync(site)).toContain('library');
  });
});
