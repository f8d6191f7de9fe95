import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium';
import { briefId, projectRoot } from '../support/site';

const { open } = useChromium(inject('siteUrl'));
const mapPath = `${briefId}/map/`;

describe('the argument map in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${colorScheme} scheme`, async () => {
      const { page, errors, close } = await open(mapPath, { colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('follows the colour scheme: node boxes take the page’s background', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await open(mapPath, { colorScheme });
      const [fill, background] = await page.evaluate(() => [
        getComputedStyle(document.querySelector('.map-node:not([data-role="key-point"]):not([data-role="source"]) .map-shape')!).fill,
        getComputedStyle(document.body).backgroundColor,
      ]);
      expect(fill, colorScheme).toBe(background);
      await close();
    }
  });

  it('takes keyboard focus through every node in reading order, with a visible ring', async () => {
    const { page, close } = await open(mapPath);
    const order = await page.locator('a.map-node').evaluateAll((links) => links.map((link) => link.getAttribute('data-key')));
    // Reading order is the list's: each key point, the claims under it, …, then the sources.
    const nodeHrefs = await page.locator('a.map-node').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const listHrefs = await page.locator('.map-outline > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(nodeHrefs).toEqual(listHrefs);
    // …and on screen, focus only ever moves down a column.
    const lastYByColumn = new Map<number, number>();
    // The last link before the map is the one that skips it.
    await page.locator('a[href="#map-as-list"]').focus();
    const reached: Array<string | null> = [];
    for (let step = 0; step < order.length; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active?.matches('a.map-node')) return { key: null, ring: 'none', x: 0, y: 0 };
        const box = active.getBoundingClientRect();
        return { key: active.getAttribute('data-key'), ring: getComputedStyle(active.querySelector('.map-ring')!).stroke, x: Math.round(box.left + window.scrollX), y: box.top + window.scrollY };
      });
      reached.push(focused.key);
      expect(focused.y, String(focused.key)).toBeGreaterThan(lastYByColumn.get(focused.x) ?? -Infinity);
      lastYByColumn.set(focused.x, focused.y);
      if (step === 0) expect(focused.ring).not.toBe('none');
    }
    expect(reached).toEqual(order);
    await close();
  });

  it('keeps every line of text inside its node, as rendered', async () => {
    const { page, close } = await open(mapPath);
    const overflowing = await page.locator('a.map-node').evaluateAll((links) =>
      links.flatMap((link) => {
        const box = (link.querySelector('.map-shape') as SVGGraphicsElement).getBBox();
        return [...link.querySelectorAll('text')]
          .map((text) => ({ text: text.textContent, bounds: (text as SVGGraphicsElement).getBBox() }))
          .filter(({ bounds }) => bounds.x < box.x || bounds.x + bounds.width > box.x + box.width || bounds.y < box.y || bounds.y + bounds.height > box.y + box.height + 1)
          .map(({ text }) => `${link.getAttribute('data-key')}: ${text}`);
      }),
    );
    expect(overflowing).toEqual([]);
    await close();
  });

  it('never scrolls the page sideways at 320 px: the map scrolls in its own frame', async () => {
    const { page, close } = await open(mapPath, { viewport: { width: 320, height: 800 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const frame = await page.locator('.map-frame').first().evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth, overflow: getComputedStyle(element).overflowX }));
    expect(frame.scroll).toBeGreaterThan(frame.client);
    expect(frame.overflow).toBe('auto');
    await close();
  });

  it('prints the map within the page and the list under it', async () => {
    const { page, close } = await open(mapPath, { viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      map: document.querySelector('.map-svg')!.getBoundingClientRect().width,
      page: document.documentElement.clientWidth,
      list: document.querySelectorAll('.map-outline-section a').length,
      listShown: getComputedStyle(document.querySelector('.map-outline-section')!).display,
    }));
    expect(printed.map).toBeGreaterThan(0);
    expect(printed.map).toBeLessThanOrEqual(printed.page);
    expect(printed.listShown).not.toBe('none');
    expect(printed.list).toBeGreaterThan(50);
    await close();
  });

  it('writes tests/screenshots/map-desktop.png for the README', async () => {
    const { page, close } = await open(mapPath, { viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
    const frame = (await page.locator('.map-frame').first().boundingBox())!;
    // Where the first sources sit, so the picture holds all three columns.
    const source = (await page.locator('a.map-node[data-role="source"]').first().boundingBox())!;
    const top = Math.max(frame.y, source.y - 320);
    const png = await page.screenshot({
      path: join(projectRoot, 'tests/screenshots/map-desktop.png'),
      fullPage: true,
      clip: { x: frame.x, y: top, width: Math.min(frame.width, 920), height: 600 },
    });
    expect(png.length).toBeGreaterThan(10_000);
    await close();
  });
});
