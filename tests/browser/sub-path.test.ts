/**
 * Hosting under a sub-path: the site built with SITE_BASE=/briefs/ and a
 * SITE_URL, served by a plain static server under /briefs/ only, crawled
 * from its home page. Every link, fragment and asset must resolve, none may
 * escape the prefix, and search results must carry it and open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { SITE_URL_BUILD, siteUrlBuild } from '../support/site-url-build';
import { idsOf, selectAll } from '../support/dist';
import { useChromium } from '../support/chromium';
import { openPagefind } from '../support/pagefind';
import { briefId } from '../support/site';

const { base, siteUrl } = SITE_URL_BUILD;
let outDir: string;
let server: Awaited<ReturnType<typeof startStaticServer>>;
// Pages are opened by full URL: the site is served here, under the prefix.
const { open } = useChromium('http://127.0.0.1/');

beforeAll(async () => {
  outDir = siteUrlBuild();
  server = await startStaticServer({ root: outDir, base });
});
afterAll(async () => {
  await server?.close();
});

describe(`the site under ${base}`, () => {
  it('is crawled from its home page with no broken link, fragment or asset, and no link out of the prefix', async () => {
    const broken: string[] = [];
    const idsByPage = new Map<string, string[]>();
    const fragmentLinks: Array<{ from: string; page: string; id: string }> = [];
    const queue = [server.url];
    const seen = new Set(queue);
    let links = 0;
    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await fetch(url);
      if (response.status !== 200) {
        broken.push(`${url}: HTTP ${response.status}`);
        continue;
      }
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
      const tree = fromHtml(await response.text());
      idsByPage.set(url, idsOf(tree));
      for (const element of selectAll('a[href], link[href], script[src], img[src]', tree)) {
        const target = new URL(String(element.properties.href ?? element.properties.src), url);
        if (target.origin !== server.origin) continue;
        links++;
        if (!target.pathname.startsWith(base)) broken.push(`${url}: ${target.pathname} escapes ${base}`);
        const page = `${target.origin}${target.pathname}${target.search}`;
        // A text fragment (`#:~:text=`) is a directive, not an id; only what precedes `:~:` names an element.
        const id = decodeURIComponent(target.hash.slice(1).split(':~:')[0]!);
        if (id) fragmentLinks.push({ from: url, page, id });
        if (!seen.has(page)) {
          seen.add(page);
          queue.push(page);
        }
      }
    }
    for (const { from, page, id } of fragmentLinks) {
      const ids = idsByPage.get(page);
      if (ids && !ids.includes(id)) broken.push(`${from}: ${page}#${id} (no such element)`);
    }
    expect(broken).toEqual([]);
    expect(idsByPage.size).toBeGreaterThan(70);
    expect(links).toBeGreaterThan(1000);
    expect(fragmentLinks.length).toBeGreaterThan(100);
    console.info(`crawl under ${base}: ${idsByPage.size} pages, ${seen.size} URLs, ${links} links, ${fragmentLinks.length} fragment links checked`);
  });

  it('gives search results that carry the prefix and open', async () => {
    const pagefind = await openPagefind(outDir, base);
    try {
      const search = await pagefind.search('Gwadar');
      const first = await search.results[0]!.data();
      expect(new URL(first.url, server.origin).pathname).toMatch(new RegExp(`^${base}${briefId}/claims/`));
      expect(first.meta.context).toMatch(new RegExp(`^${base}${briefId}/#`));
      expect((await fetch(new URL(first.meta.context!, server.origin))).status).toBe(200);
    } finally {
      await pagefind.close();
    }
  });

  it('searches a brief from its claim page’s header, its shard and its results under the prefix', async () => {
    const { page, requests, close } = await open(`${server.url}${briefId}/claims/kabul-river-share-cut/`);
    await page.locator('#site-search').focus();
    await page.keyboard.type('Gwadar');
    await page.locator('.search-panel .search-result-link').first().click();
    await page.waitForURL(new RegExp(`${base}${briefId}/\\?highlight=Gwadar#`));
    expect(requests).toContain(`${base}pagefind/shards.json`);
    expect(requests.filter((path) => path.startsWith(`${base}pagefind/`) && path.endsWith('.pf_meta'))).toHaveLength(1);
    await close();
  });

  it('searches and lands on the claim in Chromium under the prefix', async () => {
    const { page, close } = await open(`${server.url}search/?q=Gwadar`);
    await page.locator('.search-results .search-result-link').first().click();
    await page.waitForURL(new RegExp(`${base}${briefId}/\\?highlight=Gwadar#`));
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${target}"] mark.search-hit`).first().textContent()).resolves.toBe('Gwadar');
    await close();
  });

  it('writes a sitemap of every page and a robots.txt pointing to it, with canonical URLs under the site URL', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${siteUrl}${base}</loc>`);
    expect(sitemap).toContain(`<loc>${siteUrl}${base}${briefId}/claims/kabul-river-share-cut/</loc>`);
    expect(sitemap).not.toContain('404');
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteUrl}${base}sitemap.xml`);
    const html = readFileSync(join(outDir, briefId, 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${siteUrl}${base}${briefId}/">`);
    expect(html).toContain(`<meta property="og:url" content="${siteUrl}${base}${briefId}/">`);
  });
});
