/**
 * The exports as a reader's browser and Zotero see them: Highwire tags on the
 * reading view, COinS on reference pages only, the copy buttons of "Cite
 * this", and the annotations' positions counted over the DOM's own text.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { useChromium } from '../support/chromium';
import { briefId } from '../support/site';
import { SITE_URL_BUILD, siteUrlBuild } from '../support/site-url-build';

const { open } = useChromium(inject('siteUrl'));

describe('citation tags in Chromium', () => {
  it('reads the Highwire tags Zotero reads on the reading view, and no COinS there', async () => {
    const { page, close } = await open(`${briefId}/`);
    const tags = await page.evaluate(() => [...document.querySelectorAll('meta[name^="citation_"]')].map((meta) => [meta.getAttribute('name'), meta.getAttribute('content')]));
    expect(tags).toEqual([
      ['citation_title', 'Pakistan and Afghanistan in late 2025: deterrence, dialogue and the TTP'],
      ['citation_publication_date', '2025'],
      ['citation_language', 'en'],
    ]);
    expect(await page.locator('.Z3988').count()).toBe(0);
    await close();
  });

  it('finds one COinS span on a reference page, with the source’s title', async () => {
    const { page, close } = await open('references/dawn-2025-talks-outcome/');
    const title = await page.locator('span.Z3988').getAttribute('title');
    expect(new URLSearchParams(title!).get('rft.atitle')).toBe('Pakistan hopes for positive outcome of next round of talks with Kabul: FO');
    await close();
  });
});

describe('Cite this', () => {
  it('copies the claim’s APA citation to the clipboard and says so', async () => {
    const { page, errors, close } = await open(`${briefId}/claims/kabul-river-share-cut/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.locator('button[data-copy="cite-apa"]');
    await button.click();
    await expect.poll(() => page.locator('.cite-format .copy-status').first().textContent()).toBe('Copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-apa').textContent())!.trim());
    expect(copied).toMatch(/^“It is estimated that the application of these projects will cut down the share of Pakistan by about 16-17%\.” In Pakistan and Afghanistan/);
    expect(errors).toEqual([]);
    await close();
  });

  it('copies the brief’s BibTeX from the reading view', async () => {
    const { page, close } = await open(`${briefId}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('.cite-this summary').click();
    await page.locator('button[data-copy="cite-bibtex"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^@techreport\\{${briefId},`));
    await close();
  });

  it('hides the copy buttons without JavaScript, leaving the text to select', async () => {
    const { page, close } = await open(`${briefId}/`, { javaScriptEnabled: false });
    expect(await page.locator('button[data-copy]').first().isHidden()).toBe(true);
    expect(await page.locator('#cite-apa').isVisible()).toBe(true);
    await close();
  });
});

describe('annotation positions in the DOM', () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  beforeAll(async () => {
    server = await startStaticServer({ root: siteUrlBuild(), base: SITE_URL_BUILD.base });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('count over the text element’s textContent without the editors’ additions, as the README says', async () => {
    const { page, close } = await open(`${server.url}${briefId}/`);
    const mismatches = await page.evaluate(async (url) => {
      const clone = document.querySelector('.brief-text')!.cloneNode(true) as HTMLElement;
      for (const element of clone.querySelectorAll('[data-editorial], .cites')) element.remove();
      const text = clone.textContent ?? '';
      const annotations = await (await fetch(url)).json();
      return annotations.items
        .filter((item: { motivation: string }) => item.motivation === 'classifying')
        .map((item: { target: { selector: [{ exact: string }, { start: number; end: number }] } }) => {
          const [quote, position] = item.target.selector;
          return text.slice(position.start, position.end) === quote.exact ? undefined : quote.exact;
        })
        .filter(Boolean);
    }, `${server.url}${briefId}/annotations.jsonld`);
    expect(mismatches).toEqual([]);
    await close();
  });
});
