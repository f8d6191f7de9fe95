import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium';
import { briefId } from '../support/site';

const { open } = useChromium(inject('siteUrl'));
/** The citation marks of a claim: they follow its sentence, and name the claim in their data. */
const citationsOf = (claimId: string) => `a.cite[data-bearing*='"claim":"${claimId}"']`;
describe('citation previews', () => {
  it('open on keyboard focus with the citation and how it bears on the claim, and close on Escape', async () => {
    const { page, errors, close } = await open(`${briefId}/`);
    const preview = page.locator('#citation-preview');
    const mark = page.locator(citationsOf('kp-no-open-confrontation')).first();
    await mark.focus();
    // The preview code loads on this first focus.
    await preview.waitFor({ state: 'visible' });
    const text = (await preview.textContent()) ?? '';
    expect(text).toMatch(/^Reference \d/);
    // It names the claim it backs, in the claim's words, and how.
    expect(text).toMatch(/(Supports|Qualifies): “Islamabad would not want to engage in open confrontation; instead…” \S/);
    await expect(mark.getAttribute('aria-controls')).resolves.toBe('citation-preview');
    await expect(mark.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await expect(preview.isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('open on hover, with the link out where the source has one', async () => {
    const { page, close } = await open(`${briefId}/`);
    const mark = page.locator(`${citationsOf('kp-no-open-confrontation')}[href="#ref-dawn-2025-talks-outcome"]`);
    await mark.hover();
    const linkOut = page.locator('#citation-preview a.link-out');
    await linkOut.waitFor();
    await expect(linkOut.getAttribute('href')).resolves.toMatch(/^https:\/\/www\.dawn\.com\//);
    await close();
  });
});

describe('following links', () => {
  it('from a citation to its reference and back by the back-link lands on the same claim', async () => {
    const { page, close } = await open(`${briefId}/`);
    const claimId = 'kp-no-open-confrontation';
    const mark = page.locator(citationsOf(claimId)).first();
    const href = (await mark.getAttribute('href'))!;
    await mark.click();
    expect(new URL(page.url()).hash).toBe(href);
    await page.locator(`${href} .backlinks a[href="#${claimId}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#${claimId}`);
    await expect(page.locator(`#${claimId}`).evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    await close();
  });

  it('from a claim page, “read in context” lands on the claim in the reading view', async () => {
    const { page, close } = await open(`${briefId}/claims/kabul-river-share-cut/`);
    await page.locator('a.in-context').click();
    // The new page must have taken its fragment before :target is asked; on a loaded machine that is not at once.
    await page.waitForURL(/\/#kabul-river-share-cut$/);
    await page.waitForLoadState('load');
    await expect(page.locator('#kabul-river-share-cut').evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    await close();
  });

  it('the claims index narrows by kind, topic and evidence', async () => {
    const { page, close } = await open(`${briefId}/claims/`);
    const visibleRows = () => page.locator('.claims-table tbody tr:visible').count();
    const all = await visibleRows();
    await page.selectOption('select[name="kind"]', 'recommendation');
    const recommendations = await visibleRows();
    expect(recommendations).toBeGreaterThan(0);
    expect(recommendations).toBeLessThan(all);
    await page.selectOption('select[name="kind"]', '');
    await page.selectOption('select[name="evidence"]', 'none');
    expect(await page.locator('.claims-table tbody tr:visible td.no-evidence').count()).toBe(await visibleRows());
    await page.selectOption('select[name="topic"]', 'water');
    expect(await visibleRows()).toBeGreaterThan(0);
    await expect(page.locator('.claims-filter output').textContent()).resolves.toMatch(/^\d+ of \d+ claims$/);
    await close();
  });
});
