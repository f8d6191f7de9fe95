/**
 * What only a build with a public URL writes, checked on the run's shared
 * SITE_URL build (under a sub-path): the W3C annotations against our
 * restatement of the test suite's musts, their selectors against the reading
 * view's rendered text, the RSS feed, and the absolute addresses in the head.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { claims } from '../support/content';
import { briefId } from '../support/site';
import { SITE_URL_BUILD, siteUrlBuild } from '../support/site-url-build';
import { mustViolations, STANDARD_MOTIVATIONS } from '../support/web-annotation-musts';

const root = `${SITE_URL_BUILD.siteUrl}${SITE_URL_BUILD.base}`;
let outDir: string;
beforeAll(() => {
  outDir = siteUrlBuild();
});
const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
const json = (file: string) => JSON.parse(read(file));
/** The built file an absolute URL of the site names. */
const fileOf = (url: string) => {
  expect(url.startsWith(root), url).toBe(true);
  const path = decodeURIComponent(new URL(url).pathname.slice(SITE_URL_BUILD.base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};

/**
 * The reading view's rendered text as the README defines it, computed here
 * from the built page: the text element's textContent without the editors'
 * additions (the layer marked `data-editorial`, and the citation marks).
 */
function renderedText(html: string): string {
  const article = select('.brief-text', fromHtml(html)) as Element;
  for (const element of selectAll('[data-editorial], .cites', article)) element.children = [];
  return toString(article as unknown as Root);
}

function count(haystack: string, needle: string): number {
  let found = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found++;
  return found;
}

describe('the W3C annotations', () => {
  it('pass the musts for the collection, every page and every annotation', () => {
    const collection = json('annotations.jsonld');
    expect(mustViolations('collection', collection)).toEqual([]);
    const page = json(fileOf(collection.first));
    expect(mustViolations('page', page)).toEqual([]);
    const problems = page.items.flatMap((item: { id: string }) => mustViolations('annotation', { '@context': page['@context'], ...item }).map((problem) => `${item.id}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('link the collection and its pages both ways, and count every annotation', () => {
    const collection = json('annotations.jsonld');
    expect(collection.id).toBe(`${root}annotations.jsonld`);
    const pages = [];
    for (let url: string | undefined = collection.first; url; url = pages[pages.length - 1].next) pages.push(json(fileOf(url)));
    expect(pages.map((page) => page.id)).toEqual([`${root}${briefId}/annotations.jsonld`]);
    expect(pages[pages.length - 1].id).toBe(collection.last);
    let startIndex = 0;
    for (const page of pages) {
      expect(page.partOf).toBe(collection.id);
      expect(page.startIndex).toBe(startIndex);
      startIndex += page.items.length;
    }
    expect(collection.total).toBe(startIndex);
  });

  it('make one classifying annotation per claim and one linking annotation per evidence and claim link, with unique absolute ids', () => {
    const page = json(`${briefId}/annotations.jsonld`);
    const items: Array<{ id: string; motivation: string; body: Array<{ purpose?: string; id?: string }> }> = page.items;
    expect(items.filter((item) => item.motivation === 'classifying').length).toBe(claims.length);
    const links = claims.reduce((sum, claim) => sum + (claim.evidence?.length ?? 0) + (claim.links?.length ?? 0), 0);
    expect(items.filter((item) => item.motivation === 'linking').length).toBe(links);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.id.startsWith(`${root}${briefId}/annotations.jsonld#`)).toBe(true);
      expect(STANDARD_MOTIVATIONS).toContain(item.motivation);
      for (const body of item.body) {
        if (body.purpose) expect(STANDARD_MOTIVATIONS).toContain(body.purpose);
        if (body.id) read(fileOf(body.id));
      }
    }
  });

  it("select each claim's words in the reading view's rendered text: quote with context exactly once, position exactly there", () => {
    const page = json(`${briefId}/annotations.jsonld`);
    const text = renderedText(read(`${briefId}/index.html`));
    const targets = page.items.filter((item: { motivation: string }) => item.motivation === 'classifying').map((item: { target: unknown }) => item.target);
    expect(targets.length).toBe(claims.length);
    for (const target of targets) {
      expect(target.source).toBe(`${root}${briefId}/`);
      const [quote, position] = target.selector;
      expect(count(text, quote.prefix + quote.exact + quote.suffix), quote.exact).toBe(1);
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      expect(text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
      expect(quote.prefix.length === 32 || position.start - quote.prefix.length === 0 || quote.prefix.length > 32).toBe(true);
    }
  });

  it('are linked from the reading view as application/ld+json', () => {
    const head = fromHtml(read(`${briefId}/index.html`));
    const link = select('link[rel="alternate"][type="application/ld+json"]', head)!;
    expect(String(link.properties.href)).toBe(`${SITE_URL_BUILD.base}${briefId}/annotations.jsonld`);
  });
});

describe('the RSS feed', () => {
  it('is well-formed RSS 2.0 with absolute links to every brief, linked from every page', () => {
    const xml = read('rss.xml');
    // `true`: validate while parsing, throwing on anything that is not well-formed XML.
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml, true);
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss.channel.link).toBe(root);
    const items = [feed.rss.channel.item].flat();
    expect(items.map((item: { link: string }) => item.link)).toEqual([`${root}${briefId}/`]);
    for (const item of items) read(fileOf(item.link));
    // The brief's date is a year: no made-up day.
    expect(items[0]).not.toHaveProperty('pubDate');
    for (const file of ['index.html', `${briefId}/index.html`, 'about/index.html', 'references/index.html']) {
      const link = select('link[rel="alternate"][type="application/rss+xml"]', fromHtml(read(file)))!;
      expect(String(link.properties.href), file).toBe(`${SITE_URL_BUILD.base}rss.xml`);
    }
  });
});

describe('the reading view with a public URL', () => {
  it('gives the Highwire public URL and schema.org ids as absolute addresses', () => {
    const tree = fromHtml(read(`${briefId}/index.html`));
    expect(select('meta[name="citation_public_url"]', tree)!.properties.content).toBe(`${root}${briefId}/`);
    const data = JSON.parse(toString(select('script[type="application/ld+json"]', tree)!));
    expect(data['@id']).toBe(`${root}${briefId}/`);
    for (const part of data.hasPart) read(fileOf(part['@id']));
  });

  it('cites with absolute permalinks and serves the annotations as JSON-LD with CORS', () => {
    const tree = fromHtml(read(`${briefId}/claims/${claims[0]!.id}/index.html`));
    expect(toString(select('#cite-apa', tree)!).trim().endsWith(`${root}${briefId}/claims/${claims[0]!.id}/`)).toBe(true);
    const headers = read('_headers');
    expect(headers).toContain(`${SITE_URL_BUILD.base}annotations.jsonld\n  Content-Type: application/ld+json; charset=utf-8\n  Access-Control-Allow-Origin: *`);
    expect(headers).toContain(`${SITE_URL_BUILD.base}${briefId}/annotations.jsonld\n  Content-Type: application/ld+json`);
    expect(headers).toContain(`${SITE_URL_BUILD.base}references.ris\n  Content-Type: application/x-research-info-systems`);
  });
});
