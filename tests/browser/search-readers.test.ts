/**
 * Search as a reader meets it in Chromium: no dead ends (partial matches,
 * "Did you mean"), a landing whose marked words stand out from the claim's
 * highlight, and Enter that never follows a stale answer.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { WORD_LIST_FILE } from '../../src/lib/search/search-contract';
import { ANNOTATIONS_SWITCH_ID } from '../../src/lib/content/reading-ids';
import { useChromium } from '../support/chromium';

const { open } = useChromium(inject('siteUrl'));
const wordListRequested = (requests: string[]) => requests.some((path) => path.endsWith(`/${WORD_LIST_FILE}`));

describe('no dead ends', () => {
  it('when no claim holds every word, shows the claims holding some, labelled, most words first', async () => {
    const { page, errors, requests, close } = await open(`search/?q=${encodeURIComponent('Kabul dams Gwadar')}`);
    await page.locator('.search-results .search-result').first().waitFor();
    await expect(page.locator('.search-status').textContent()).resolves.toMatch(/^No claim holds every word of “Kabul dams Gwadar”\. \d+ claims hold some of them, most first/);
    const labels = await page.locator('.search-results .search-result .search-why').allTextContents();
    expect(labels[0]).toMatch(/^Holds “\w+”, “\w+”, not “\w+”\.$/);
    expect(labels).toContain('Holds “gwadar”, not “kabul”, “dams”.');
    // Every word was found somewhere: the word list is not needed.
    expect(wordListRequested(requests)).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('when nothing matches, shows the nearest known word’s results at once, fetching the word list only then, the words as typed one click away', async () => {
    const { page, errors, requests, close } = await open('search/?q=Gwadar');
    await page.locator('.search-results .search-result').first().waitFor();
    expect(wordListRequested(requests)).toBe(false);
    const direct = await page.locator('.search-results .search-result-link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(direct.length).toBeGreaterThan(0);
    await page.locator('#search-page-query').fill('Gwader');
    const notice = page.locator('.search-corrected');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toBe('Showing results for Gwadar · Search instead for Gwader');
    await expect(page.locator('.search-status').textContent()).resolves.toMatch(/match “Gwadar”/);
    await expect
      .poll(() => page.locator('.search-results .search-result-link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)))
      .toEqual(direct);
    expect(wordListRequested(requests)).toBe(true);
    // The words as typed, one click away: nothing holds them, and "Did you mean" says so.
    await notice.locator('a').click();
    await page.locator('.search-help .search-suggestion').waitFor();
    await expect(page.locator('.search-status').textContent()).resolves.toBe('No claim matches “Gwader”.');
    await expect(page.locator('.search-corrected').count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('literal')).toBe('1');
    await page.locator('.search-help .search-suggestion a').click();
    await expect.poll(() => page.locator('#search-page-query').inputValue()).toBe('Gwadar');
    await page.locator('.search-results .search-result-link').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('Gwadar');
    expect(errors).toEqual([]);
    await close();
  });

  it('in the header box too, a typo gets the corrected results at once, and a word found only in a note gets its claim, labelled', async () => {
    const { page, close } = await open('');
    await page.locator('#site-search').focus();
    for (const [typed, corrected] of [['Afganistan', 'Afghanistan'], ['Kbaul River', 'Kabul River']] as const) {
      await page.locator('#site-search').fill('');
      await page.keyboard.type(typed);
      await expect.poll(() => page.locator('.search-panel .search-corrected').textContent()).toBe(`Showing results for ${corrected} · Search instead for ${typed}`);
      await expect(page.locator('.search-panel .search-result').count()).resolves.toBeGreaterThan(0);
    }
    await page.locator('.search-panel .search-corrected a').click();
    await expect.poll(() => page.locator('.search-panel .search-suggestion').textContent()).toBe('Did you mean Kabul River?');
    await expect(page.locator('.search-panel .search-corrected').count()).resolves.toBe(0);
    await page.locator('#site-search').fill('');
    await page.keyboard.type('Shahtoot');
    await page.locator('.search-panel .search-result').first().waitFor();
    await expect.poll(() => page.locator('.search-panel .search-why').first().textContent()).toMatch(/^“shahtoot” is in the editors’ notes, not in the author’s words: “?…?.*Shahtoot/);
    await expect(page.locator('.search-panel .search-why mark').first().textContent()).resolves.toBe('Shahtoot');
    await close();
  });
});

/** WCAG contrast ratio of two CSS colours as `getComputedStyle` gives them (rgb or rgba, opaque). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

async function landFromSearchPage(page: Page, query: string) {
  await page.locator('.search-results .search-result-link').first().waitFor();
  await Promise.all([page.waitForURL(/highlight=/), page.locator('.search-results .search-result-link').first().click()]);
  const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const claim = page.locator(`[id="${target}"]`);
  await claim.locator('mark.search-hit').first().waitFor();
  return { claim, query };
}

describe('landing you can see', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the marked words stand out from the claim’s own highlight, and axe finds nothing (${colorScheme})`, async () => {
      const { page, errors, close } = await open(`search/?q=${encodeURIComponent('Kabul River')}`, { colorScheme, reducedMotion: 'reduce' });
      const { claim } = await landFromSearchPage(page, 'Kabul River');
      await expect(claim.evaluate((element) => element.matches('.claim:target'))).resolves.toBe(true);
      const colours = await claim.evaluate((element) => {
        const mark = element.querySelector('mark.search-hit')!;
        return { claim: getComputedStyle(element).backgroundColor, mark: getComputedStyle(mark).backgroundColor, text: getComputedStyle(mark).color };
      });
      // The mark's own background against the claim's highlight: told apart at a glance (3:1, WCAG's ratio for non-text contrast).
      expect(contrast(colours.mark, colours.claim), JSON.stringify(colours)).toBeGreaterThanOrEqual(3);
      // And its words readable on it (4.5:1).
      expect(contrast(colours.text, colours.mark), JSON.stringify(colours)).toBeGreaterThanOrEqual(4.5);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }

  for (const [view, initScript] of [
    ['plain', undefined],
    ['annotated', () => localStorage.setItem('reader.annotations', 'on')],
  ] as const) {
    it(`in the ${view} view, a result lands on its claim with the words marked and visible, for several queries`, async () => {
      for (const query of ['Kabul River', 'Istanbul', 'Gwadar', 'Khyber Pakhtunkhwa']) {
        const { page, errors, close } = await open(`search/?q=${encodeURIComponent(query)}`, { reducedMotion: 'reduce', ...(initScript ? { initScript } : {}) });
        const { claim } = await landFromSearchPage(page, query);
        await expect(page.locator(`#${ANNOTATIONS_SWITCH_ID}`).isChecked(), `${query}: the ${view} view`).resolves.toBe(view === 'annotated');
        const mark = claim.locator('mark.search-hit').first();
        await expect(mark.isVisible(), query).resolves.toBe(true);
        const seen = await mark.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const claimBox = element.closest('.claim')!;
          return {
            inView: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
            mark: getComputedStyle(element).backgroundColor,
            text: getComputedStyle(element).color,
            claim: getComputedStyle(claimBox).backgroundColor,
          };
        });
        expect(seen.inView, `${query}: the mark is on screen`).toBe(true);
        expect(contrast(seen.text, seen.mark), `${query}: ${JSON.stringify(seen)}`).toBeGreaterThanOrEqual(4.5);
        expect(errors).toEqual([]);
        await close();
      }
    });
  }

  it('a claim found by another name marks the claim’s own name on landing', async () => {
    const { page, close } = await open(`search/?q=${encodeURIComponent('Khyber Pakhtunkhwa')}`, { reducedMotion: 'reduce' });
    await expect.poll(() => page.locator('.search-results .search-why').first().textContent()).toBe('“Khyber Pakhtunkhwa” is another name for “KPK”, as this claim writes it.');
    const { claim } = await landFromSearchPage(page, 'Khyber Pakhtunkhwa');
    expect(await claim.locator('mark.search-hit').allTextContents()).toEqual(['KPK']);
    await close();
  });

  it('the header box shows the query of the search page, and follows it', async () => {
    const { page, close } = await open(`search/?q=${encodeURIComponent('Pakistani Taliban')}`);
    await page.locator('.search-results .search-result-link').first().waitFor();
    await expect(page.locator('#site-search').inputValue()).resolves.toBe('Pakistani Taliban');
    await page.locator('#search-page-query').fill('Durand Line');
    await expect.poll(() => page.locator('#site-search').inputValue()).toBe('Durand Line');
    // Focusing the prefilled header box does not drop down a second copy of the results.
    await page.locator('#site-search').focus();
    await page.waitForTimeout(300);
    await expect(page.locator('.search-panel').isVisible()).resolves.toBe(false);
    await close();
  });
});

describe('no stale results', () => {
  it('Enter opens a result of the words typed at that moment, however slow the index', async () => {
    const query = 'Kabul pragmatism';
    // The claim the search ranks first for the whole query, asked without any delay.
    const reference = await open(`search/?q=${encodeURIComponent(query)}`);
    await reference.page.locator('.search-results .search-result-link').first().waitFor();
    const expected = new URL((await reference.page.locator('.search-results .search-result-link').first().getAttribute('href'))!, 'http://x').hash;
    await reference.close();

    const { page, errors, close } = await open('');
    // Every piece of the index and every result fragment arrives 600 ms late.
    await page.route(/\/pagefind\/(index|fragment)\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.locator('#site-search').focus();
    await page.keyboard.type('Kabul');
    await expect.poll(() => page.locator('.search-panel .search-status').textContent(), { timeout: 20_000 }).toMatch(/ match “Kabul”[.,]/);
    const stale = new URL((await page.locator('.search-panel .search-result-link').first().getAttribute('href'))!, 'http://x').hash;
    expect(stale, 'the prefix must rank another claim first, or this test proves nothing').not.toBe(expected);
    await page.keyboard.type(' pragmatism');
    // The answer on screen is still the prefix's at the moment of Enter.
    await expect(page.locator('.search-panel .search-status').textContent()).resolves.toMatch(/ match “Kabul”[.,]/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/highlight=/, { timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('highlight')).toBe(query);
    expect(new URL(page.url()).hash).toBe(expected);
    expect(errors).toEqual([]);
    await close();
  });
});
