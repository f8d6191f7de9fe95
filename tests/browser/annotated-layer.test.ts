/**
 * The annotated reading as a new reader meets it (issue 22), measured with
 * the functions of `tests/support/reading-measures.ts`, which also give
 * README's before/after table: the details in view, the notes whole, the
 * text quiet at rest, citations that say what they back, every source in
 * reach by keyboard, glossary terms for everyone, the switch in reach, no
 * empty gutter without JavaScript, and marks that never wrap alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, type OpenOptions } from '../support/chromium';
import {
  decoratedShare,
  emptyGutter,
  groupsAfterAnotherClaim,
  loneGroups,
  marginNotes,
  marksPer100Words,
  openDetails,
  phonePreviewsOutside,
  previewOf,
  referencesByKeyboard,
  shareInView,
  sheet,
  switchInReach,
} from '../support/reading-measures';
import { briefId } from '../support/site';

const { open } = useChromium(inject('siteUrl'));
const reading = `${briefId}/`;
const annotated: OpenOptions = { initScript: () => localStorage.setItem('reader.annotations', 'on') };
const wide: OpenOptions = { viewport: { width: 1400, height: 1000 } };
const phone: OpenOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
/** The brief's claim with the longest editors' note among those with evidence: the hardest case for a sheet. */
const longestClaim = 'captured-militants-external-facilitation';

const lastClaim = (page: import('playwright-core').Page) => page.evaluate(() => [...document.querySelectorAll('#brief-text .claim')].pop()!.id);

describe('details in view', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`on a wide screen, the last claim’s panel is wholly in the viewport, with a scroll of its own, and axe finds nothing (${colorScheme})`, async () => {
      const { page, errors, close } = await open(reading, { ...annotated, ...wide, colorScheme });
      await page.locator('#brief-text.margin-layout').waitFor();
      await openDetails(page, await lastClaim(page), 0.85);
      await expect(shareInView(page, '.claim-panel')).resolves.toBe(1);
      const { height, max } = await page.locator('.claim-panel').evaluate((panel) => ({ height: panel.getBoundingClientRect().height, max: innerHeight }));
      expect(height).toBeLessThanOrEqual(max);
      // Beside the text, not over it.
      const panel = (await page.locator('.claim-panel').boundingBox())!;
      const text = (await page.locator('#brief-text').boundingBox())!;
      expect(panel.x).toBeGreaterThanOrEqual(text.x + text.width);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('a claim at the top of the screen gets its panel level with it', async () => {
    const { page, close } = await open(reading, { ...annotated, ...wide });
    await page.locator('#brief-text.margin-layout').waitFor();
    await openDetails(page, 'kabul-river-share-cut', 0.2);
    const line = await page.locator('#kabul-river-share-cut').evaluate((claim) => claim.getClientRects()[0]!.top);
    const panel = (await page.locator('.claim-panel').boundingBox())!;
    expect(Math.abs(panel.y - line)).toBeLessThanOrEqual(2);
    await close();
  });

  it('on a phone, the sheet takes at most 60% of the screen, leaves its claim in view above it, and shows the first evidence without a scroll', async () => {
    const { page, close } = await open(reading, { ...annotated, ...phone });
    await openDetails(page, longestClaim, 0.5, 'tap');
    const measure = await sheet(page, longestClaim);
    expect(measure.heightShare).toBeLessThanOrEqual(0.61);
    expect(measure.claimCovered).toBe(false);
    expect(measure.scrollToEvidence).toBe(0);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await close();
  });

  it('on a phone, even the last claim of the brief is scrolled above its sheet', async () => {
    const { page, close } = await open(reading, { ...annotated, ...phone });
    const id = await lastClaim(page);
    await openDetails(page, id, 0.8, 'tap');
    await expect(sheet(page, id).then((measure) => measure.claimCovered)).resolves.toBe(false);
    await close();
  });
});

describe('notes whole', () => {
  it('shows every annotation in the margin whole: no ellipsis, no clipping, no overlap, every editors’ note in full, no stub of opening words', async () => {
    const { page, close } = await open(reading, { ...annotated, ...wide });
    await page.locator('#brief-text.margin-layout').waitFor();
    const margin = await marginNotes(page);
    expect(margin.notes).toBe(await page.locator('#brief-text .claim').count());
    expect(margin.cut).toBe(0);
    expect(margin.overlaps).toBe(0);
    expect(margin.withNotes).toBeGreaterThan(0);
    expect(margin.wholeNotes).toBe(margin.withNotes);
    expect(margin.stubs).toBe(0);
    // Every annotation stays within the window.
    const outside = await page.locator('#brief-text .claim-note').evaluateAll((notes) => notes.filter((note) => note.getBoundingClientRect().right > innerWidth).length);
    expect(outside).toBe(0);
    await close();
  });

  it('says in each annotation how the claim’s sources bear on it, by the brief’s numbers', async () => {
    const { page, close } = await open(reading, { ...annotated, ...wide });
    await expect(page.locator('#note-kp-no-open-confrontation .claim-evidence').textContent()).resolves.toBe(' · supports [2], qualifies [3]');
    await expect(page.locator('#note-kabul-river-irrigation .claim-evidence').textContent()).resolves.toBe(' · uncited');
    await close();
  });
});

describe('quiet at rest', () => {
  it('decorates at most 40% of the words in the annotated reading, and marks a claim’s whole extent on hover', async () => {
    const { page, close } = await open(reading, { ...annotated, ...wide });
    await page.locator('#brief-text.margin-layout').waitFor();
    expect(await decoratedShare(page)).toBeLessThanOrEqual(0.4);
    // Each claim's extent is drawn in the gutter, from its first line to its last.
    const extents = await page.locator('.claim-extent').count();
    expect(extents).toBe(await page.locator('#brief-text .claim').count());
    await page.locator('#kabul-river-share-cut').hover();
    const decoration = await page.locator('#kabul-river-share-cut').evaluate((claim) => getComputedStyle(claim).textDecorationLine);
    expect(decoration).toBe('underline');
    await close();
  });

  it('tells kinds apart by shape and word, not colour: in greyscale each kind still has its own shape at the claim’s start', async () => {
    const { page, close } = await open(reading, { ...annotated, ...wide });
    // Greyscale, through the CSSOM (the page's Content-Security-Policy refuses a style element): shapes are content, not colour.
    await page.evaluate(() => document.documentElement.style.setProperty('filter', 'grayscale(1)'));
    const shapes = await page.locator('#brief-text .claim').evaluateAll((claims) => {
      const byKind = new Map<string, Set<string>>();
      for (const claim of claims) {
        const shape = getComputedStyle(claim, '::before').content;
        byKind.set((claim as HTMLElement).dataset.kind!, (byKind.get((claim as HTMLElement).dataset.kind!) ?? new Set()).add(shape));
      }
      return [...byKind].map(([kind, set]) => [kind, [...set]] as const);
    });
    const all = shapes.map(([, set]) => set);
    // One shape per kind, and no two kinds share one.
    expect(all.every((set) => set.length === 1 && set[0] !== 'none')).toBe(true);
    expect(new Set(all.map((set) => set[0])).size).toBe(shapes.length);
    // The legend names each kind with its shape, and says colour is not needed.
    await expect(page.locator('#annotations-legend').textContent()).resolves.toMatch(/neither colour nor line style/);
    await close();
  });

  it('keeps the plain reading at no more than 3 marks per 100 words, glossary terms counted', async () => {
    const { page, close } = await open(reading, wide);
    expect(await marksPer100Words(page)).toBeLessThanOrEqual(3);
    expect(await decoratedShare(page)).toBe(0);
    await close();
  });
});

describe('citations say what they back', () => {
  it('every preview names, in its own words and with a link, the claim its source backs; never “this claim”', async () => {
    const { page, close } = await open(reading, wide);
    const count = await page.locator('#brief-text a.cite').count();
    for (let index = 0; index < count; index++) {
      const preview = await previewOf(page, index);
      expect(preview.text, `mark ${index}`).not.toMatch(/this claim/);
      expect(preview.claimLinks.length, `mark ${index}`).toBeGreaterThan(0);
      expect(preview.afterMark, `mark ${index}`).toBe(true);
    }
    await close();
  });

  it('says so where the author’s sentence puts the marks after another claim than the one they back', async () => {
    const { page, close } = await open(reading, wide);
    const misplaced = await groupsAfterAnotherClaim(page);
    expect(misplaced.length).toBeGreaterThan(0);
    for (const group of misplaced) {
      const mark = page.locator('#brief-text sup.cites').nth(group.index).locator('a.cite').first();
      const index = await mark.evaluate((element) => [...document.querySelectorAll('#brief-text a.cite')].indexOf(element as HTMLAnchorElement));
      const preview = await previewOf(page, index);
      expect(preview.text).toMatch(/The mark stands after .*which it does not back/);
      expect(preview.claimLinks).toEqual(expect.arrayContaining([group.follows, ...group.backs]));
    }
    await close();
  });
});

describe('every source in reach', () => {
  it('reaches all the brief’s references from the text by Tab alone, every mark a Tab stop', async () => {
    const { page, close } = await open(reading, wide);
    const { reached, listed, untabbable } = await referencesByKeyboard(page);
    expect(untabbable).toBe(0);
    expect(reached).toEqual(listed);
    await close();
  });

  it('puts a preview’s links next in the Tab order, after its mark; Escape closes it and focus goes back to the mark', async () => {
    const { page, close } = await open(reading, wide);
    const mark = page.locator('#brief-text a.cite').first();
    await mark.focus();
    const preview = page.locator('#citation-preview');
    await preview.waitFor();
    await expect(mark.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(mark.getAttribute('aria-controls')).resolves.toBe('citation-preview');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('#citation-preview') !== null)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(preview.isVisible()).resolves.toBe(false);
    await expect(mark.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe with a citation preview and a glossary definition open (${colorScheme})`, async () => {
      const { page, close } = await open(reading, { ...wide, colorScheme });
      await page.locator('#brief-text .glossary-term').first().click();
      await page.locator('#term-definition').waitFor();
      await page.locator('#brief-text a.cite').first().focus();
      await page.locator('#citation-preview').waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      await close();
    });
  }

  it('keeps every preview inside a phone’s screen, and closes it on a tap outside', async () => {
    const { page, close } = await open(reading, phone);
    await expect(phonePreviewsOutside(page)).resolves.toBe(0);
    await close();
  });
});

describe('glossary terms for everyone', () => {
  it('open their definition in place by keyboard, and by touch, and close on Escape', async () => {
    const { page, close } = await open(reading, wide);
    const term = page.locator('#brief-text .glossary-term[data-term="ttp"]');
    await expect(term.getAttribute('role')).resolves.toBe('button');
    await term.focus();
    await page.keyboard.press('Enter');
    const definition = page.locator('#term-definition');
    await definition.waitFor();
    // The definition comes from the glossary page, fetched on this first use.
    await page.waitForFunction(() => /^TTP: Tehreek-e-Taliban Pakistan/.test(document.getElementById('term-definition')?.textContent ?? ''));
    await expect(term.evaluate((element) => element.nextElementSibling?.id)).resolves.toBe('term-definition');
    await expect(definition.locator('a').getAttribute('href')).resolves.toBe('/glossary/#ttp');
    await page.keyboard.press('Escape');
    await expect(definition.isVisible()).resolves.toBe(false);
    await close();

    const touch = await open(reading, phone);
    const tapped = touch.page.locator('#brief-text .glossary-term[data-term="ttp"]');
    await tapped.scrollIntoViewIfNeeded();
    await tapped.tap();
    const opened = touch.page.locator('#term-definition');
    await opened.waitFor();
    const box = (await opened.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await touch.page.touchscreen.tap(5, 600);
    await expect(opened.isVisible()).resolves.toBe(false);
    await touch.close();
  });
});

describe('the switch within reach', () => {
  for (const [screen, options] of [['wide', wide], ['phone', phone]] as const) {
    it(`stays on screen and uncovered anywhere in the article (${screen})`, async () => {
      const { page, close } = await open(reading, options);
      for (const share of [0.25, 0.5, 0.95]) {
        await page.evaluate((at) => {
          const text = document.getElementById('brief-text')!;
          window.scrollTo(0, text.offsetTop + text.offsetHeight * at);
        }, share);
        await expect(switchInReach(page), `at ${share * 100}% of the text`).resolves.toBe(true);
      }
      await close();
    });
  }
});

describe('without JavaScript', () => {
  it('keeps the prose at its full width: no empty gutter for notes that stand under their paragraphs', async () => {
    const { page, close } = await open(reading, { ...wide, javaScriptEnabled: false });
    const plainWidth = (await page.locator('#brief-text').boundingBox())!.width;
    await page.locator('label[for="annotations-switch"]').click();
    await expect(emptyGutter(page)).resolves.toBe(0);
    expect((await page.locator('#brief-text').boundingBox())!.width).toBe(plainWidth);
    await close();
  });
});

describe('marks never wrap alone', () => {
  for (const width of [320, 360, 414, 600, 768, 1024, 1280, 1400]) {
    it(`keeps each citation group on the line of the word before it at ${width} px`, async () => {
      const { page, close } = await open(reading, { viewport: { width, height: 900 } });
      await expect(loneGroups(page)).resolves.toBe(0);
      await close();
    });
  }
});
