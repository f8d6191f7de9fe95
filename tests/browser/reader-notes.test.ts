/**
 * The reader's own layer (issue 27): quote with a citation, highlight and
 * note, kept in this browser, re-anchored when the text changes, listed on
 * "My notes", exported and imported as W3C annotations without loss.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, type OpenOptions } from '../support/chromium';
import { briefId } from '../support/site';
import { mustViolations } from '../support/web-annotation-musts';

const { open } = useChromium(inject('siteUrl'));
const reading = `${briefId}/`;
const wide: OpenOptions = { viewport: { width: 1400, height: 1000 } };
const passage = 'share of Pakistan by about 16-17%';

/** Selects `words` inside the element `id`, as a reader's drag would, and waits for the toolbar. */
async function select(page: Page, id: string, words: string): Promise<void> {
  await page.evaluate(
    ([elementId, wanted]) => {
      const element = document.getElementById(elementId)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(wanted);
        if (at === -1) continue;
        element.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in one text node of #${elementId}`);
    },
    [id, words] as const,
  );
  await page.locator('.reader-toolbar:not([hidden])').waitFor();
}

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('reader.notes') ?? '[]') as Array<Record<string, any>>);

describe('quote with a citation', () => {
  it('copies the selected words as a quotation with the brief’s citation, as text and HTML, and its link lands on them', async () => {
    const { page, close } = await open(reading, wide);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await select(page, 'kabul-river-share-cut', passage);
    await page.getByRole('button', { name: 'Copy quote' }).click();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { text: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
    });
    expect(copied.text).toContain(`“${passage}”`);
    expect(copied.text).toContain('Pakistan and Afghanistan in late 2025');
    const link = copied.text.match(/https?:\/\/\S+/)![0];
    // Within a claim: the claim's id, then the words as a text fragment.
    expect(link).toContain(`/${briefId}/#kabul-river-share-cut:~:text=`);
    expect(copied.html).toMatch(new RegExp(`^<blockquote cite="[^"]+"><p>${passage}</p></blockquote>`));
    expect(copied.html).toContain(`<a href="${link.replace(/&/g, '&amp;')}">`);
    await close();

    // Opened in a new tab, the link scrolls to the words.
    const landed = await open(link, wide);
    const inView = await landed.page.evaluate((words) => {
      const claim = document.getElementById('kabul-river-share-cut')!;
      const node = [...claim.childNodes].find((child) => child.textContent?.includes(words))!;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      return window.scrollY > 0 && box.top >= 0 && box.bottom <= innerHeight;
    }, passage);
    expect(inView).toBe(true);
    await landed.close();
  });
});

describe('highlights and notes', () => {
  it('highlights the words as marked text, a W3C annotation kept in this browser, still there after a reload', async () => {
    const { page, close } = await open(reading, wide);
    await select(page, 'kabul-river-share-cut', passage);
    await page.getByRole('button', { name: 'Highlight' }).click();
    await expect(page.locator('mark.reader-highlight').textContent()).resolves.toBe(passage);
    const [annotation] = await stored(page);
    expect(mustViolations('annotation', annotation)).toEqual([]);
    expect(annotation!.motivation).toBe('highlighting');
    expect(annotation!.target.selector.map((selector: { type: string }) => selector.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(annotation!.target.selector[0].exact).toBe(passage);
    await page.reload();
    await page.locator('mark.reader-highlight').waitFor();
    await expect(page.locator('mark.reader-highlight').textContent()).resolves.toBe(passage);
    await close();
  });

  it('takes a note by keyboard shortcut, and shows it in the margin of the annotated reading, apart from the editors’', async () => {
    const { page, close } = await open(reading, { ...wide, initScript: () => localStorage.setItem('reader.annotations', 'on') });
    await page.locator('#brief-text.margin-layout').waitFor();
    await select(page, 'kabul-river-share-cut', passage);
    await page.keyboard.press('Alt+Shift+N');
    const field = page.getByRole('textbox', { name: /Your note/ });
    await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await field.fill('Check this figure against the dam’s own studies.');
    await page.getByRole('button', { name: 'Save' }).click();
    const note = page.locator('.reader-note');
    await note.waitFor();
    await expect(note.textContent()).resolves.toBe('Your note: Check this figure against the dam’s own studies.');
    const [annotation] = await stored(page);
    expect(annotation!.motivation).toBe('commenting');
    expect(annotation!.body[0]).toEqual({ type: 'TextualBody', purpose: 'commenting', value: 'Check this figure against the dam’s own studies.', format: 'text/plain' });
    // In the margin, beside its words, clear of every editors' note.
    const placed = await page.evaluate(() => {
      const box = document.querySelector('.reader-note')!.getBoundingClientRect();
      const text = document.getElementById('brief-text')!.getBoundingClientRect();
      const overlaps = [...document.querySelectorAll('.claim-note')].filter((other) => {
        const them = other.getBoundingClientRect();
        return box.top < them.bottom - 1 && them.top < box.bottom - 1;
      }).length;
      return { inMargin: box.left >= text.right, overlaps };
    });
    expect(placed).toEqual({ inMargin: true, overlaps: 0 });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await close();
  });

  it('is a labelled toolbar for screen readers, and passes axe while open', async () => {
    const { page, close } = await open(reading, wide);
    await select(page, 'kabul-river-share-cut', passage);
    await expect(page.getByRole('toolbar', { name: 'Your selection' }).isVisible()).resolves.toBe(true);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await close();
  });
});

describe('when the brief’s text changes', () => {
  it('places a highlight again by the editors’ fuzzy matching, and lists one it cannot place as orphaned', async () => {
    const { page, close } = await open(reading, {
      ...wide,
      initScript: () => {
        const source = `${location.origin}${location.pathname}`;
        const target = (exact: string, start: number) => ({
          type: 'SpecificResource',
          source: { id: source, type: 'Text', format: 'text/html', label: 'The brief' },
          selector: [{ type: 'TextQuoteSelector', exact, prefix: 'cut down the ', suffix: '. Without a wat' }, { type: 'TextPositionSelector', start, end: start + exact.length }],
        });
        const annotation = (id: string, exact: string, start: number) => ({ '@context': 'http://www.w3.org/ns/anno.jsonld', id, type: 'Annotation', motivation: 'highlighting', created: '2026-01-01T00:00:00.000Z', target: target(exact, start) });
        if (localStorage.getItem('reader.notes')) return;
        localStorage.setItem('reader.notes', JSON.stringify([
          // As the words stood before an edit: a slip since mended, and the place moved.
          annotation('urn:uuid:moved', 'share of Pakistan by abut 16-17%', 5),
          annotation('urn:uuid:gone', 'Words that were never in this brief and never will be there', 10),
        ]));
      },
    });
    await page.locator('mark.reader-highlight').waitFor();
    await expect(page.locator('mark.reader-highlight').textContent()).resolves.toBe(passage);
    const orphans = page.locator('.orphaned-notes');
    await expect(orphans.textContent()).resolves.toContain('Words that were never in this brief and never will be there');
    const notes = await stored(page);
    expect(notes.map((note) => note.id)).toEqual(['urn:uuid:moved', 'urn:uuid:gone']);
    expect(notes[0]!.target.selector[0].exact).toBe(passage);
    expect(notes[0]!.modified).toBeDefined();
    await close();
  });
});

describe('My notes', () => {
  it('lists the highlights with links back, and exports, clears and imports them without loss', async () => {
    const { page, close } = await open(reading, { ...wide, acceptDownloads: true });
    await select(page, 'kabul-river-share-cut', passage);
    await page.getByRole('button', { name: 'Highlight' }).click();
    await select(page, 'afghan-dams-india-aided', 'constructing dams on the river');
    await page.getByRole('button', { name: 'Add a note' }).click();
    await page.getByRole('textbox', { name: /Your note/ }).fill('Which dams?');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('mark.reader-highlight').nth(1).waitFor();
    const before = await stored(page);
    expect(before).toHaveLength(2);

    await page.goto(new URL('/notes/', page.url()).href);
    await expect(page.locator('.my-note').count()).resolves.toBe(2);
    await expect(page.locator('.my-note a').first().getAttribute('href')).resolves.toContain(':~:text=');

    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export as W3C/ }).click();
    const file = await (await exported).path();
    const collection = JSON.parse(readFileSync(file, 'utf8'));
    expect(mustViolations('collection', collection)).toEqual([]);
    for (const item of collection.first.items) expect(mustViolations('annotation', item)).toEqual([]);

    const markdown = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export as Markdown/ }).click();
    const text = readFileSync(await (await markdown).path(), 'utf8');
    expect(text).toContain(`> ${passage}`);
    expect(text).toContain('Which dams?');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete all' }).click();
    await expect(stored(page)).resolves.toEqual([]);
    await page.locator('#import-notes').setInputFiles(file);
    await page.locator('#notes-status', { hasText: 'Imported 2 highlights.' }).waitFor();
    await expect(stored(page)).resolves.toEqual(before);
    await close();
  });
});
