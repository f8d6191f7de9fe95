/**
 * The reading view's two readings: plain (the author's text and citation
 * numbers) and annotated (claims, kinds, notes, details on demand).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, type OpenOptions } from '../support/chromium';
import { briefId, projectRoot } from '../support/site';

const siteUrl = inject('siteUrl');
const { open } = useChromium(siteUrl);
const reading = `${briefId}/`;
const annotated: OpenOptions = { initScript: () => localStorage.setItem('reader.annotations', 'on') };
const phone: OpenOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const seed = readFileSync(join(projectRoot, 'tests/fixtures/seed-brief.txt'), 'utf8');
/** The brief's prose as written, Key Points to the end of Way Forward, whitespace folded. */
const prose = seed.slice(seed.indexOf('Key Points'), seed.indexOf('\nReferences')).replace(/^\s*- /gm, '').replace(/\s+/g, ' ').trim();
/** The same with the one heading the editors added (the about page says so): what a copy of the reading view's text holds. */
const proseWithHeadings = prose.replace('Gwadar Port access. ', 'Gwadar Port access. Analysis ');

/** Selects the brief's whole text and copies it the way a reader does (Ctrl+C); returns what the clipboard got. */
async function copyTheText(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('brief-text')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Tab stops inside the brief's text. */
const tabStops = (page: Page) =>
  page.locator('#brief-text').evaluate((text) =>
    [...text.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]')].filter(
      (element) => element.tabIndex >= 0 && element.getClientRects().length > 0,
    ).length,
  );

describe('copying the text', () => {
  for (const [reading_, options] of [['plain', {}], ['annotated', annotated]] as const) {
    it(`copies the author’s words and “[n]” marks, and no interface words, in the ${reading_} reading`, async () => {
      const { page, close } = await open(reading, options);
      const copied = (await copyTheText(page)).replace(/\s+/g, ' ').trim();
      // The citation numbers are the only addition to the text and its headings.
      const withoutMarks = copied.replace(/\[\d+\]/g, '');
      expect(withoutMarks.replace(/\s+/g, ' ')).toBe(proseWithHeadings);
      expect(copied).toContain('threat; and the understanding');
      expect(copied).toMatch(/late October 2025 are indicative/);
      expect(copied).toMatch(/diplomatic action\.\[1\]\[2\]/);
      await close();
    });
  }
});

describe('the annotations switch', () => {
  it('shows no annotation in the plain reading, and every claim’s kind and note once switched on; it is remembered', async () => {
    const { page, close } = await open(reading);
    const note = page.locator('#note-kabul-river-share-cut');
    await expect(note.isVisible()).resolves.toBe(false);
    await page.locator('#annotations-switch').focus();
    await page.keyboard.press('Space');
    await note.waitFor({ state: 'visible' });
    await expect(note.textContent()).resolves.toContain('Prediction');
    await page.reload();
    await note.waitFor({ state: 'visible' });
    await expect(page.locator('#annotations-switch').isChecked()).resolves.toBe(true);
    await close();
  });

  it('works without JavaScript: the annotations show under their paragraph', async () => {
    const { page, close } = await open(reading, { ...phone, javaScriptEnabled: false });
    const note = page.locator('#note-kabul-river-share-cut');
    await expect(note.isVisible()).resolves.toBe(false);
    await page.locator('label[for="annotations-switch"]').click();
    await expect(note.isVisible()).resolves.toBe(true);
    const box = (await note.boundingBox())!;
    const paragraph = (await page.locator('#kabul-river-share-cut').boundingBox())!;
    expect(box.y).toBeGreaterThan(paragraph.y);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await close();
  });

  it('keeps Tab stops in the text to one per citation mark and glossary term, plus one per claim when annotated', async () => {
    const plain = await open(reading);
    const marks = await plain.page.locator('#brief-text a.cite').count();
    const terms = await plain.page.locator('#brief-text .glossary-term').count();
    expect(terms).toBeGreaterThan(0);
    await expect(tabStops(plain.page)).resolves.toBe(marks + terms);
    await plain.close();
    const withNotes = await open(reading, annotated);
    const claims = await withNotes.page.locator('#brief-text .claim').count();
    await expect(tabStops(withNotes.page)).resolves.toBe(marks + terms + claims);
    await withNotes.close();
  });
});

describe('margin notes on a wide screen', () => {
  it('start level with their claim’s first line, unless pushed down by the note above', async () => {
    const { page, close } = await open(reading, { ...annotated, viewport: { width: 1400, height: 900 } });
    await page.locator('#brief-text.margin-layout').waitFor();
    const placed = await page.locator('#brief-text .claim-note').evaluateAll((notes) =>
      notes.map((note) => {
        const claim = document.getElementById((note as HTMLElement).dataset.claim!)!;
        const line = claim.getClientRects()[0]!;
        const box = note.getBoundingClientRect();
        const text = document.getElementById('brief-text')!.getBoundingClientRect();
        return { id: claim.id, top: box.top, bottom: box.bottom, left: box.left, lineTop: line.top, lineHeight: line.height, textRight: text.right };
      }),
    );
    expect(placed.length).toBeGreaterThan(40);
    placed.forEach((note, index) => {
      expect(note.left, note.id).toBeGreaterThan(note.textRight);
      const previous = placed[index - 1];
      const pushed = previous !== undefined && previous.bottom + 12 > note.lineTop;
      if (pushed) expect(note.top, note.id).toBeLessThanOrEqual(previous.bottom + 12);
      else expect(Math.abs(note.top - note.lineTop), note.id).toBeLessThanOrEqual(note.lineHeight);
      if (previous) expect(note.top, note.id).toBeGreaterThanOrEqual(previous.bottom);
    });
    await close();
  });

  it('highlight their claim, and the claim its note, on hover', async () => {
    const { page, close } = await open(reading, { ...annotated, viewport: { width: 1400, height: 900 } });
    await page.locator('#brief-text.margin-layout').waitFor();
    await page.locator('#kabul-river-share-cut').hover();
    await expect(page.locator('#note-kabul-river-share-cut').evaluate((note) => note.classList.contains('is-active'))).resolves.toBe(true);
    await page.locator('#note-afghan-dams-india-aided').hover();
    await expect(page.locator('#afghan-dams-india-aided').evaluate((claim) => claim.classList.contains('is-active'))).resolves.toBe(true);
    await close();
  });
});

describe('a claim’s details', () => {
  it('open from the keyboard beside the text and close on Escape, focus back on the control', async () => {
    const { page, errors, close } = await open(reading, { ...annotated, viewport: { width: 1400, height: 900 } });
    const control = page.locator('#note-kabul-river-share-cut a.claim-control');
    await control.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('#claim-panel');
    await panel.locator('.evidence-list, .no-evidence').first().waitFor();
    await expect(panel.getAttribute('role')).resolves.toBe('dialog');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Prediction');
    expect(text).toMatch(/Editors’ note/);
    expect(text).toMatch(/Elaborates/);
    await expect(panel.locator('a', { hasText: 'Permalink to this claim' }).getAttribute('href')).resolves.toBe(`/${briefId}/#kabul-river-share-cut`);
    // The claim it elaborates is in this text: the link leads there, not away.
    await expect(panel.locator('.claim-links a').first().getAttribute('href')).resolves.toBe('#afghan-dams-india-aided');
    const box = (await panel.boundingBox())!;
    const textBox = (await page.locator('#brief-text').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(textBox.x + textBox.width);
    expect(box.x + box.width).toBeLessThanOrEqual(1400);
    await page.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);
    await expect(control.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('open as a sheet on a phone from a tap on the claim’s control, and close on a tap outside', async () => {
    const { page, close } = await open(reading, { ...annotated, ...phone });
    const control = page.locator('#note-kabul-river-share-cut a.claim-control');
    await control.scrollIntoViewIfNeeded();
    await control.tap();
    const panel = page.locator('#claim-panel');
    await panel.locator('.evidence-list, .no-evidence').first().waitFor();
    const box = (await panel.boundingBox())!;
    expect(Math.round(box.x)).toBe(0);
    expect(Math.round(box.width)).toBe(390);
    expect(new URL(page.url()).pathname).toBe(`/${reading}`);
    await page.touchscreen.tap(200, 40);
    await expect(panel.isVisible()).resolves.toBe(false);
    await expect(control.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await close();
  });

  it('is the claim’s page without JavaScript', async () => {
    const { page, close } = await open(reading, { ...annotated, javaScriptEnabled: false });
    await page.locator('label[for="annotations-switch"]').click();
    await page.locator('#note-kabul-river-share-cut a.claim-control').click();
    expect(new URL(page.url()).pathname).toBe(`/${briefId}/claims/kabul-river-share-cut/`);
    await close();
  });
});

describe('citations on a phone', () => {
  it('open in place on a tap, and leave nothing open after following the reference and going Back', async () => {
    const { page, close } = await open(reading, phone);
    const mark = page.locator(`a.cite[data-bearing*='"claim":"ceasefire-istanbul-talks"']`).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const preview = page.locator('#citation-preview');
    await preview.waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toBe('');
    // One reference a preview, naming the claim it backs in the claim's own words.
    await expect(preview.textContent()).resolves.toMatch(/^Reference 1.*Supports: “The outcome of encouraging ceasefire agreements/s);
    await preview.locator('a.preview-entry-link').first().tap();
    await page.waitForURL(/#ref-/);
    await expect(preview.isVisible()).resolves.toBe(false);
    await page.goBack();
    await expect(preview.isVisible()).resolves.toBe(false);
    // A tap outside closes an open preview too.
    await mark.tap();
    await preview.waitFor({ state: 'visible' });
    await page.touchscreen.tap(20, 20);
    await expect(preview.isVisible()).resolves.toBe(false);
    await close();
  });

  it('have targets of at least 24 × 24 px, as every annotation control does', async () => {
    const { page, close } = await open(reading, { ...annotated, ...phone });
    const small = await page.locator('#brief-text a, .reading-controls a, .reading-controls input').evaluateAll((targets) =>
      targets
        .map((target) => ({ text: target.textContent, box: target.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
        .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    await close();
  });
});

describe('keeping the reader’s place', () => {
  for (const [screen, width] of [['wide', 1400], ['narrow', 390]] as const) {
    it(`keeps the claim at hand where it was on the ${screen} screen when the annotations are switched on and off`, async () => {
      const { page, close } = await open(`${reading}#kabul-river-irrigation`, { viewport: { width, height: 900 } });
      const claimTop = () => page.locator('#kabul-river-irrigation').evaluate((claim) => Math.round(claim.getBoundingClientRect().top));
      const before = await claimTop();
      for (let turn = 0; turn < 2; turn++) {
        // The switch is above, out of view: reached by keyboard without scrolling.
        await page.locator('#annotations-switch').evaluate((element: HTMLElement) => element.focus({ preventScroll: true }));
        await page.keyboard.press('Space');
        await page.waitForTimeout(300);
        expect(Math.abs((await claimTop()) - before)).toBeLessThanOrEqual(2);
      }
      await close();
    });
  }
});
