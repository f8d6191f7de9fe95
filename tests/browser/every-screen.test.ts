/**
 * Reading on every screen: margin notes on wide screens, toggles on narrow
 * ones, no horizontal scroll at 320 px, a print layout, reduced motion, text
 * at 200%. (The README's screenshots are a script: `npm run screenshots`.)
 */
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium';
import { briefId } from '../support/site';

const siteUrl = inject('siteUrl');
const { open } = useChromium(siteUrl);
const reading = `${briefId}/`;
const noteClaim = 'kabul-river-share-cut';

describe('margin notes', () => {
  it('sit in the right margin beside the text on a wide screen', async () => {
    const { page, close } = await open(reading, { viewport: { width: 1400, height: 900 } });
    const note = page.locator(`#note-${noteClaim}`);
    await expect(note.isVisible()).resolves.toBe(true);
    const text = await page.locator('.brief-text p').first().boundingBox();
    const box = await note.boundingBox();
    expect(box!.x).toBeGreaterThan(text!.x + text!.width);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1400);
    await expect(page.locator(`label[for="note-toggle-${noteClaim}"]`).isVisible()).resolves.toBe(false);
    await close();
  });

  it('open in the flow from a keyboard-reachable toggle on a phone, without JavaScript', async () => {
    const { page, close } = await open(reading, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const note = page.locator(`#note-${noteClaim}`);
    await expect(note.isVisible()).resolves.toBe(false);
    await page.locator(`#note-toggle-${noteClaim}`).focus();
    await page.keyboard.press('Space');
    await expect(note.isVisible()).resolves.toBe(true);
    const box = await note.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await close();
  });
});

describe('small screens and large text', () => {
  const pages = ['', reading, `${briefId}/claims/`, `${briefId}/claims/${noteClaim}/`, 'references/dawn-2025-talks-outcome/', 'topics/water/', 'about/', 'search/?q=Kabul'];
  it('scroll no page sideways at 320 px', async () => {
    const { page, close } = await open('', { viewport: { width: 320, height: 700 } });
    const overflowing: string[] = [];
    for (const path of pages) {
      await page.goto(new URL(path, siteUrl).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`/${path}: ${overflow}px`);
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
    await expect(page.locator('.claim-link').first().isVisible()).resolves.toBe(false);
    await expect(page.locator(`#note-${noteClaim}`).isVisible()).resolves.toBe(true);
    const linkOut = page.locator('.references a.link-out').first();
    const after = await linkOut.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain(await linkOut.getAttribute('href'));
    await close();
  });
});
