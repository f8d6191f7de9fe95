/**
 * Reading on every screen: no horizontal scroll at 320 px, a print layout,
 * reduced motion, text at 200%. (The README's screenshots are a script: `npm run screenshots`.)
 */
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium';
import { briefId } from '../support/site';

const siteUrl = inject('siteUrl');
const { open } = useChromium(siteUrl);
const reading = `${briefId}/`;
const noteClaim = 'kabul-river-share-cut';

describe('small screens and large text', () => {
  const pages = ['', reading, `${briefId}/claims/`, `${briefId}/claims/${noteClaim}/`, 'references/dawn-2025-talks-outcome/', 'topics/water/', 'about/', 'search/?q=Kabul'];
  it('scroll no page sideways at 320 px', async () => {
    const { page, close } = await open('', { viewport: { width: 320, height: 700 } });
    const overflowing: string[] = [];
    for (const path of pages) {
      await page.goto(new URL(path, siteUrl).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`/${path}: ${overflow}px`);
      // Nor a part of it: a table that scrolls in its own frame is sideways scrolling too. Maps alone
      // may scroll in their frame (the argument map is wider than a phone by nature).
      const scrollers = await page.evaluate(() =>
        [...document.querySelectorAll('main *:not(.map-frame)')]
          .filter((element) => element.scrollWidth > element.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(element).overflowX))
          .map((element) => element.className),
      );
      for (const scroller of scrollers) overflowing.push(`/${path}: .${scroller} scrolls sideways`);
    }
    expect(overflowing).toEqual([]);
    await close();
  });

  it('lose nothing with text at 200%: no sideways scroll, every claim on screen', async () => {
    const { page, close } = await open(reading, { viewport: { width: 1280, height: 900 } });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const hidden = await page.locator('.claim').evaluateAll((claims) =>
      claims.filter((claim) => {
        const box = claim.getBoundingClientRect();
        return box.width === 0 || box.right > document.documentElement.clientWidth;
      }).length,
    );
    expect(hidden).toBe(0);
    await close();
  });

  it('respect prefers-reduced-motion: a claim reached by its link flashes only when motion is welcome', async () => {
    const animation = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page, close } = await open(`${reading}#${noteClaim}`, { reducedMotion });
      const value = await page.locator(`#${noteClaim}`).evaluate((claim) => getComputedStyle(claim).animationName);
      await close();
      return value;
    };
    await expect(animation('no-preference')).resolves.toBe('claim-arrive');
    await expect(animation('reduce')).resolves.toBe('none');
  });
});

describe('print', () => {
  it('prints the text with its notes and the references’ addresses, without the interface', async () => {
    const { page, close } = await open(reading);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.reading-controls').isVisible()).resolves.toBe(false);
    await expect(page.locator(`#note-${noteClaim}`).isVisible()).resolves.toBe(true);
    // Only the notes are printed, not a line for every claim.
    await expect(page.locator('.claim-note:not(.has-note)').first().isVisible()).resolves.toBe(false);
    const linkOut = page.locator('.references a.link-out').first();
    const after = await linkOut.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain(await linkOut.getAttribute('href'));
    await close();
  });
});
