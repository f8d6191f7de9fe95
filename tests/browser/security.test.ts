import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium';
import { briefId } from '../support/site';

const siteUrl = inject('siteUrl');
const { open } = useChromium(siteUrl);

/** Opens a page with a listener for CSP violations installed before any of its scripts run. */
async function openRecordingViolations(path: string) {
  const opened = await open(path, {
    initScript: () => {
      const store: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = store;
      document.addEventListener('securitypolicyviolation', (event) => store.push(`${event.violatedDirective}: ${event.blockedURI}`));
    },
  });
  const violations = () => opened.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { ...opened, violations };
}

describe('the Content-Security-Policy in Chromium, sent both as <meta> and as the _headers header', () => {
  const pages = ['', `${briefId}/`, `${briefId}/claims/`, `${briefId}/claims/kabul-river-share-cut/`, 'references/', 'references/dawn-2025-talks-outcome/', 'topics/', 'topics/water/', 'about/', 'no-such-page/'];
  for (const path of pages) {
    it(`blocks nothing the site needs on /${path}`, async () => {
      const { page, headers, violations, close } = await openRecordingViolations(path);
      expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'.*frame-ancestors 'none'/);
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
      await close();
    });
  }

  it('lets search run (WebAssembly, worker, index) on the search page and from the header', async () => {
    const { page, violations, close } = await openRecordingViolations('search/?q=Istanbul');
    await page.locator('.search-results .search-result-link').first().waitFor();
    await page.locator('#site-search').fill('Gwadar');
    await page.locator('.search-panel .search-result-link').first().waitFor();
    expect(await violations()).toEqual([]);
    await close();
  });

  it('opens a citation preview and a search landing without violations', async () => {
    const { page, violations, close } = await openRecordingViolations(`${briefId}/?highlight=Kabul+River#kabul-river-irrigation`);
    await page.locator('#kabul-river-irrigation mark.search-hit').first().waitFor();
    const mark = page.locator('a.cite').first();
    await mark.focus();
    await page.locator('#citation-preview').waitFor({ state: 'visible' });
    expect(await violations()).toEqual([]);
    await close();
  });

  it('forbids framing the site (frame-ancestors, which only the header can say)', async () => {
    const { page, errors, close } = await open('about/');
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, new URL(`${briefId}/`, siteUrl).href);
    await expect.poll(() => errors.join('\n')).toMatch(/frame-ancestors 'none'/);
    await expect(page.frames()[1]?.locator('h1', { hasText: 'Pakistan' }).count()).resolves.toBe(0);
    await close();
  });
});
