import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium';
import { claims } from '../support/content';
import { briefId } from '../support/site';

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
    const order = await page.locator('a.map-node').evaluateAll((links) => links.map((link) => link.getAttribute('id')));
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
        return { key: active.getAttribute('id'), ring: getComputedStyle(active.querySelector('.map-ring')!).stroke, x: Math.round(box.left + window.scrollX), y: box.top + window.scrollY };
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
          .map(({ text }) => `${link.getAttribute('id')}: ${text}`);
      }),
    );
    expect(overflowing).toEqual([]);
    await close();
  });

  it('never scrolls the page sideways at 320 px: the picture, once asked for, scrolls in its own frame', async () => {
    const { page, close } = await open(`${mapPath}#map-picture`, { viewport: { width: 320, height: 800 } });
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

  // The measures of issue 22, item 10: text a reader can read at the size it
  // is drawn, a map no taller than two screens, no line across the whole of it.
  it('draws every label at 12 px or more, as rendered (font size × the drawing’s scale), at 1400 × 1000', async () => {
    const { page, close } = await open(mapPath, { viewport: wide });
    const measured = await measureMap(page);
    expect(measured.labels).toBeGreaterThan(100);
    expect(measured.smallestLabel).toBeGreaterThanOrEqual(12);
    await close();
  });

  it('is at most two screens tall at 1400 × 1000, and fits the window’s width', async () => {
    const { page, close } = await open(mapPath, { viewport: wide });
    const measured = await measureMap(page);
    expect(measured.height).toBeLessThanOrEqual(2 * wide.height);
    expect(measured.frameScroll).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await close();
  });

  it('draws no edge longer than 900 px, as rendered', async () => {
    const { page, close } = await open(mapPath, { viewport: wide });
    const measured = await measureMap(page);
    expect(measured.edges).toHaveLength(55);
    expect(measured.edges.filter((edge) => edge.length > 900)).toEqual([]);
    await close();
  });

  // The window of the README's picture (map-desktop.png, `npm run screenshots`), checked for what
  // a reader of that picture needs: every claim and source drawn where it can be seen and
  // linked to its page, no box over another, every arrow running from one box to the other.
  describe('as the README’s picture shows it: 1400 × 1000, at #map-picture', () => {
    const cited = [...new Set(claims.flatMap((claim) => (claim.evidence ?? []).map((evidence) => evidence.ref)))];
    const expectedNodes = [
      ...claims.map((claim) => ({ key: `claim-${claim.id}`, page: `/${briefId}/claims/${claim.id}/` })),
      ...cited.map((ref) => ({ key: `source-${ref}`, page: `/references/${ref}/` })),
    ];
    const expectedEdges = claims.flatMap((claim) => [
      ...(claim.links ?? []).map((link) => `claim-${claim.id} → claim-${link.to}`),
      ...(claim.evidence ?? []).map((evidence) => `source-${evidence.ref} → claim-${claim.id}`),
    ]);

    it('draws every claim and every cited source, on the picture, with its words, each a link to its page', async () => {
      const { page, close } = await open(`${mapPath}#map-picture`, { viewport: wide });
      const drawn = await drawnNodes(page);
      expect(drawn.map((node) => node.key).sort()).toEqual(expectedNodes.map((node) => node.key).sort());
      for (const { key, page: target } of expectedNodes) {
        const node = drawn.find((candidate) => candidate.key === key)!;
        expect(node.visible, key).toBe(true);
        expect(node.width * node.height, key).toBeGreaterThan(0);
        expect(node.insidePicture, key).toBe(true);
        expect(node.words.length, key).toBeGreaterThan(0);
        expect(new URL(node.href).pathname, key).toBe(target);
      }
      // Each link leads somewhere: the first claim's and the first source's page answer.
      for (const { page: target } of [expectedNodes[0]!, expectedNodes[expectedNodes.length - 1]!]) {
        const response = await page.goto(new URL(target, page.url()).href);
        expect(response?.status(), target).toBe(200);
      }
      await close();
    });

    it('puts no box over another, as rendered', async () => {
      const { page, close } = await open(`${mapPath}#map-picture`, { viewport: wide });
      const boxes = await drawnNodes(page);
      const overlapping = boxes.flatMap((a, index) =>
        boxes
          .slice(index + 1)
          .filter((b) => a.left < b.left + b.width - 0.5 && b.left < a.left + a.width - 0.5 && a.top < b.top + b.height - 0.5 && b.top < a.top + a.height - 0.5)
          .map((b) => `${a.key} / ${b.key}`),
      );
      expect(overlapping).toEqual([]);
      await close();
    });

    it('draws every link between claims and every citation as an arrow from one box to the other', async () => {
      const { page, close } = await open(`${mapPath}#map-picture`, { viewport: wide });
      const boxes = new Map((await drawnNodes(page)).map((node) => [node.key, node]));
      const arrows = await page.locator('svg.map-svg path.map-edge').evaluateAll((paths) =>
        (paths as SVGPathElement[]).map((path) => {
          const matrix = path.getScreenCTM()!;
          const onScreen = (point: DOMPoint) => new DOMPoint(point.x, point.y).matrixTransform(matrix);
          const start = onScreen(path.getPointAtLength(0));
          const end = onScreen(path.getPointAtLength(path.getTotalLength()));
          return { from: path.dataset.from!, to: path.dataset.to!, start: { x: start.x, y: start.y }, end: { x: end.x, y: end.y }, stroke: getComputedStyle(path).stroke };
        }),
      );
      expect(arrows.map((arrow) => `${arrow.from} → ${arrow.to}`).sort()).toEqual([...expectedEdges].sort());
      // An end touches its box: on its border or within a few pixels of it (the arrowhead's length).
      const near = (point: { x: number; y: number }, box: { left: number; top: number; width: number; height: number }) =>
        point.x >= box.left - 12 && point.x <= box.left + box.width + 12 && point.y >= box.top - 12 && point.y <= box.top + box.height + 12;
      const loose = arrows.flatMap((arrow) => [
        ...(near(arrow.start, boxes.get(arrow.from)!) ? [] : [`${arrow.from} → ${arrow.to} starts away from ${arrow.from}`]),
        ...(near(arrow.end, boxes.get(arrow.to)!) ? [] : [`${arrow.from} → ${arrow.to} ends away from ${arrow.to}`]),
      ]);
      expect(loose).toEqual([]);
      expect(arrows.filter((arrow) => arrow.stroke === 'none')).toEqual([]);
      await close();
    });
  });

  it('on a phone gives the list first, never scrolls sideways, and draws the picture at full size when asked for', async () => {
    const phone = { width: 390, height: 844 };
    const { page, close } = await open(mapPath, { viewport: phone });
    const first = await page.evaluate(() => ({
      list: document.querySelector('#map-as-list')!.getBoundingClientRect().top,
      picture: document.querySelector('.map-svg')!.getBoundingClientRect().height,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(first.picture).toBe(0);
    // The list's heading is on the first two screens, under the page's opening.
    expect(first.list).toBeLessThan(2 * phone.height);
    expect(first.overflow).toBeLessThanOrEqual(0);
    await page.locator('a[href="#map-picture"]').click();
    const measured = await measureMap(page);
    expect(measured.height).toBeGreaterThan(0);
    expect(measured.smallestLabel).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await close();
  });

  it('on a phone shows the picture when a claim page’s link lands on one of its boxes', async () => {
    const { page, close } = await open(`${mapPath}#claim-kp-india-destabilisation`, { viewport: { width: 390, height: 844 } });
    const box = await page.locator('#claim-kp-india-destabilisation').evaluate((element) => element.getBoundingClientRect().height);
    expect(box).toBeGreaterThan(0);
    await close();
  });
});

const wide = { width: 1400, height: 1000 };

/** Each node of the map as rendered: its box on screen (its shape's), its words, where it links, whether it is seen. */
function drawnNodes(page: Page) {
  return page.locator('svg.map-svg a.map-node').evaluateAll((links) => {
    const picture = links[0]!.closest('svg')!.getBoundingClientRect();
    return links.map((link) => {
      const box = link.querySelector('.map-shape')!.getBoundingClientRect();
      const style = getComputedStyle(link);
      return {
        key: link.getAttribute('id')!,
        href: (link as unknown as SVGAElement).href.baseVal ? new URL((link as unknown as SVGAElement).href.baseVal, location.href).href : '',
        words: [...link.querySelectorAll('text')].map((text) => text.textContent ?? '').join(' ').trim(),
        visible: style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0,
        insidePicture: box.left >= picture.left - 0.5 && box.right <= picture.right + 0.5 && box.top >= picture.top - 0.5 && box.bottom <= picture.bottom + 0.5,
        left: box.left,
        top: box.top,
        width: box.width,
        height: box.height,
      };
    });
  });
}

/** The whole map as drawn: its rendered height, its smallest label and each edge's rendered length. */
function measureMap(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.map-svg')!;
    const frame = svg.closest('.map-frame')!;
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
    return {
      height: box.height,
      frameScroll: frame.scrollWidth - frame.clientWidth,
      labels: sizes.length,
      smallestLabel: Math.min(...sizes),
      edges: [...svg.querySelectorAll<SVGPathElement>('path.map-edge')].map((path) => ({
        edge: `${path.dataset.from} → ${path.dataset.to}`,
        length: Math.round(path.getTotalLength() * scale),
      })),
    };
  });
}
