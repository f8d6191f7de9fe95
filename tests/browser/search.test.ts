import { describe, expect, inject, it } from 'vitest';
import { LIBRARY_SHARDS_FILE } from '../../src/lib/search/search-contract';
import { useChromium } from '../support/chromium';
import { claims } from '../support/content';
import { briefId } from '../support/site';

/** Requests for the library-wide index's data: its metadata and chunks (pagefind.js, the code, is shared). */
const indexData = (requests: string[]) => requests.filter((path) => /\/pagefind\/(.*\.pf_meta$|(index|fragment|filter)\/)/.test(path));
const filterChunks = (requests: string[]) => requests.filter((path) => /\/pagefind\/(.*\/)?filter\//.test(path));

const { open } = useChromium(inject('siteUrl'));
describe('searching claims in Chromium', () => {
  it('loads no search code on the first view of the reading page', async () => {
    const { page, requests, close } = await open(`${briefId}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => /pagefind|\/search-/.test(path))).toEqual([]);
    await close();
  });

  it('the search page with nothing asked loads no index and no filters until the reader moves into the form, then answers what was typed, and its filters only when asked', async () => {
    const { page, errors, requests, close } = await open('search/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => /\/pagefind\//.test(path))).toEqual([]);
    await expect(page.locator('.search-narrow').isVisible()).resolves.toBe(false);
    await page.locator('#search-page-query').fill('Kabul River');
    await page.locator('.search-results .search-result').first().waitFor();
    expect(requests.some((path) => path.endsWith('.pf_meta'))).toBe(true);
    // The filters' data and counts wait for "Narrow the results".
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.endsWith('.pf_filter'))).toEqual([]);
    await expect(page.locator('.search-filters .filter-count').count()).resolves.toBe(0);
    await page.locator('.search-narrow summary').click();
    await expect.poll(() => page.locator('.search-filters .filter-count').count()).toBeGreaterThan(0);
    expect(requests.some((path) => path.endsWith('.pf_filter'))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('from the header: type, see claims, press Enter, land on the claim with the words marked', async () => {
    const { page, errors, requests, close } = await open(`${briefId}/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await page.keyboard.type('Kabul River');
    const results = page.locator('.search-panel .search-result-link');
    await results.first().waitFor();
    expect(requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    const titles = await results.allTextContents();
    expect(titles[0]).toMatch(/Kabul River/);
    await expect(page.locator('.search-panel .search-result-link mark').first().textContent()).resolves.toBe('Kabul');
    await page.keyboard.press('Enter');
    await page.waitForURL(/highlight=Kabul\+River#/);
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const claim = page.locator(`[id="${target}"]`);
    await expect(claim.evaluate((element) => element.matches('.claim:target'))).resolves.toBe(true);
    expect(await claim.locator('mark.search-hit').allTextContents()).toEqual(expect.arrayContaining(['Kabul', 'River']));
    expect(errors).toEqual([]);
    await close();
  });

  it('moves through results with the arrow keys and closes them with Escape', async () => {
    const { page, close } = await open('');
    await page.locator('#site-search').focus();
    await page.keyboard.type('Istanbul');
    await page.locator('.search-panel .search-result-link').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('search-result-link'))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('.search-panel').isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await close();
  });

  it('the search page reads ?q=, shows claim results, and narrows them by filters with counts', async () => {
    const { page, errors, close } = await open('search/?q=Pakistan');
    await page.locator('.search-results .search-result-link').first().waitFor();
    await expect(page.locator('#search-page-query').inputValue()).resolves.toBe('Pakistan');
    await page.locator('.search-narrow summary').click();
    await page.locator('.filter-count[data-filter="kind:recommendation"]').waitFor();
    const before = await page.locator('.search-status').textContent();
    const count = await page.locator('.filter-count[data-filter="kind:recommendation"]').textContent();
    expect(count).toMatch(/^\(\d+\)$/);
    await page.locator('input[name="kind"][value="recommendation"]').check();
    await expect.poll(() => page.locator('.search-status').textContent()).not.toBe(before);
    const kinds = await page.locator('.search-results .kind-badge').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['recommendation']));
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['recommendation']);
    expect(errors).toEqual([]);
    await close();
  });

  it('marks the searched words in what each result shows, inside the author’s run-together words too', async () => {
    const { page, close } = await open('search/?q=Turkey');
    const first = page.locator('.search-results .search-result').first();
    await first.waitFor();
    await expect(first.locator('.search-result-link').textContent()).resolves.toContain('ofTurkey');
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(['Turkey']);
    await close();
  });

  it('on a brief’s page the header box searches that brief’s claims in its shard, says so, and widens to the library on request', async () => {
    const { page, errors, requests, close } = await open(`${briefId}/claims/${claims[0]!.id}/`);
    await expect(page.locator('#site-search').getAttribute('placeholder')).resolves.toBe('Search this brief  /');
    await page.locator('#site-search').focus();
    await page.keyboard.type('Kabul River');
    const results = page.locator('.search-panel .search-result-link');
    await results.first().waitFor();
    await expect(page.locator('.search-panel .search-status').textContent()).resolves.toMatch(/^In this brief: \d+ claims? match/);
    for (const href of await results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))) expect(href).toBe(`/${briefId}/`);
    // The list of shards, then the brief's shard (the library's only one here) with one filter, the brief's scope.
    expect(requests).toContain(`/${LIBRARY_SHARDS_FILE}`);
    expect(indexData(requests).filter((path) => path.endsWith('.pf_meta'))).toHaveLength(1);
    expect(filterChunks(requests)).toHaveLength(1);
    const title = await page.locator('form.search-form input[name="brief"]').inputValue();
    // Within the brief, with the search page's filters: the brief chosen in its list.
    await Promise.all([page.waitForURL(/\/search\/\?/), page.locator('.search-panel .search-all').click()]);
    expect([...new URL(page.url()).searchParams]).toEqual([['q', 'Kabul River'], ['brief', title]]);
    await page.locator('.search-results .search-result-link').first().waitFor();
    await expect(page.locator('.search-filters select[name="brief"]').inputValue()).resolves.toBe(title);
    // Over every brief: from the panel's other link, the list says all briefs.
    await page.goBack();
    await page.locator('#site-search').fill('Kabul');
    await page.locator('.search-panel .search-wide').waitFor();
    await Promise.all([page.waitForURL(/\/search\/\?/), page.locator('.search-panel .search-wide').click()]);
    expect([...new URL(page.url()).searchParams]).toEqual([['q', 'Kabul']]);
    await page.locator('.search-results .search-result-link').first().waitFor();
    await page.locator('.search-narrow summary').click();
    await expect(page.locator('.search-filters select[name="brief"]').inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  it('elsewhere the header box searches the library-wide index', async () => {
    const { page, requests, close } = await open('topics/');
    await expect(page.locator('#site-search').getAttribute('placeholder')).resolves.toBe('Search claims  /');
    await page.locator('#site-search').focus();
    await page.keyboard.type('Kabul River');
    await page.locator('.search-panel .search-result-link').first().waitFor();
    expect(indexData(requests).filter((path) => path.endsWith('.pf_meta'))).toHaveLength(1);
    // No scope: no filter is loaded for the header box's answer.
    expect(filterChunks(requests)).toEqual([]);
    await expect(page.locator('.search-panel .search-wide').count()).resolves.toBe(0);
    await close();
  });

  it('the search page narrows by brief from a list, ?brief= choosing one', async () => {
    const { page, close } = await open('search/?q=Pakistan');
    await page.locator('.search-results .search-result-link').first().waitFor();
    await page.locator('.search-narrow summary').click();
    const list = page.locator('.search-filters select[name="brief"]');
    await expect(list.inputValue()).resolves.toBe('');
    const options = await list.locator('option').allTextContents();
    expect(options[0]).toBe('All briefs');
    expect(options.slice(1)).toEqual([expect.stringMatching(/^Pakistan and Afghanistan .* \(\d+\)$/)]);
    const title = await list.locator('option').nth(1).getAttribute('value');
    await list.selectOption(title!);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('brief')).toEqual([title]);
    await close();
  });

  it('without JavaScript the header form still reaches the search page, which says why and links to the claims', async () => {
    const { page, close } = await open(`${briefId}/`, { javaScriptEnabled: false });
    await page.locator('#site-search').fill('Gwadar');
    await page.keyboard.press('Enter');
    // From a brief's page the form carries the brief, the search page's filter.
    await page.waitForURL(/\/search\/\?q=Gwadar&brief=Pakistan\+and\+Afghanistan/);
    await expect(page.locator('main').textContent()).resolves.toMatch(/needs JavaScript/);
    await expect(page.locator(`main a[href$="/${briefId}/claims/"]`).count()).resolves.toBe(1);
    await close();
  });
});
