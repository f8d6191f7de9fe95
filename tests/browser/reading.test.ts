import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium';
import { briefId } from '../support/site';

const { open } = useChromium(inject('siteUrl'));

describe('the reading view in Chromium', () => {
  it('renders the brief with its title, key points and references, without console errors', async () => {
    const { page, errors, status, close } = await open(`${briefId}/`);
    expect(status).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Pakistan and Afghanistan/);
    expect(await page.locator('.brief-text > ul:not([data-editorial]) > li').count()).toBe(6);
    expect(await page.locator('.references ol > li').count()).toBe(9);
    expect(errors).toEqual([]);
    await close();
  });

  it('lands on a claim from its permalink: the claim is the :target and in view', async () => {
    const { page, close } = await open(`${briefId}/#kabul-river-share-cut`);
    const claim = page.locator('#kabul-river-share-cut');
    await expect(claim.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    await expect(claim.textContent()).resolves.toContain('16-17%');
    const box = await claim.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    await close();
  });

  it('is readable without JavaScript', async () => {
    const { page, close } = await open(`${briefId}/#kp-turkey-qatar-mediation`, { javaScriptEnabled: false });
    await expect(page.locator('.brief-text').textContent()).resolves.toContain('ofTurkey and Qatar');
    await close();
  });

  it('keeps a readable measure on a desktop and no horizontal scroll at 320 px', async () => {
    const desktop = await open(`${briefId}/`);
    const width = await desktop.page.locator('.brief-text p').first().evaluate((element) => {
      const style = getComputedStyle(element);
      return element.getBoundingClientRect().width / parseFloat(style.fontSize);
    });
    // About 65–75 characters: a serif's average character is about half an em.
    expect(width * 2).toBeGreaterThan(60);
    expect(width * 2).toBeLessThan(80);
    await desktop.close();
    const phone = await open(`${briefId}/`, { viewport: { width: 320, height: 900 } });
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
