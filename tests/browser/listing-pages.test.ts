/**
 * The paginated listings in Chromium (the library of 25 copies,
 * tests/support/listing-build.ts, served under its base path): axe finds
 * nothing on a page with a page list, light or dark, and the page list is
 * walked by keyboard from page 1 to the last page and back.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { BRIEFS_PER_PAGE } from '../../src/lib/site/listing-pages';
import { useChromium } from '../support/chromium';
import { LISTING_BUILD, listingBuild } from '../support/listing-build';

let server: Awaited<ReturnType<typeof startStaticServer>>;
// Pages are opened by full URL: the site is served here, under its base path.
const { open } = useChromium('http://127.0.0.1/');
const lastPage = Math.ceil(LISTING_BUILD.briefs / BRIEFS_PER_PAGE);

beforeAll(async () => {
  server = await startStaticServer({ root: listingBuild().site, base: LISTING_BUILD.base });
}, 600_000);
afterAll(async () => {
  await server?.close();
});

describe('paginated listings in the browser', () => {
  const pages = [
    ['home, page 1', ''],
    ['home, last page', `library/${lastPage}/`],
    ['source, page 1', 'references/dawn-2025-talks-outcome/'],
    ['topic, last page', `topics/water/${lastPage}/`],
  ] as const;
  for (const [name, path] of pages) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`axe finds nothing on the ${name} (${colorScheme})`, async () => {
        const { page, errors, close } = await open(`${server.url}${path}`, { colorScheme });
        expect(await page.locator('nav.page-list [aria-current="page"]').count()).toBe(1);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      });
    }
  }

  it('follows "Next" to the last page and "Previous" back, by keyboard', async () => {
    const { page, close } = await open(server.url);
    for (let number = 2; number <= lastPage; number += 1) {
      await page.locator('nav.page-list a[rel="next"]').focus();
      await Promise.all([page.waitForURL(`${server.url}library/${number}/`), page.keyboard.press('Enter')]);
      await expect(page.locator('nav.page-list [aria-current="page"]').textContent()).resolves.toBe(String(number));
    }
    expect(await page.locator('nav.page-list a[rel="next"]').count()).toBe(0);
    await page.locator('nav.page-list a[rel="prev"]').focus();
    await Promise.all([page.waitForURL(lastPage === 2 ? server.url : `${server.url}library/${lastPage - 1}/`), page.keyboard.press('Enter')]);
    await close();
  });
});
