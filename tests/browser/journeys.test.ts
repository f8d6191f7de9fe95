/**
 * The reader's journeys in every engine (issue 30): the same journey code
 * runs in Chromium, Firefox and WebKit through the driver interface of
 * `tests/support/engines/`. Each engine's browser starts once for this file,
 * each journey opens fresh pages; test names start with the engine
 * (`[firefox] > …`). `READER_ENGINES=webkit` runs one engine alone.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, selectedEngines, useEngine, waitFor, type Engine, type EnginePage, type OpenOptions } from '../support/engines';
import { briefId } from '../support/site';

const siteUrl = inject('siteUrl');
const reading = `${briefId}/`;
const annotated = { 'reader.annotations': 'on' };
const noteClaim = 'kabul-river-share-cut';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every page type of the site. */
const pageTypes = [
  ['home', ''],
  ['reading', reading],
  ['claims index', `${briefId}/claims/`],
  ['claim', `${briefId}/claims/${noteClaim}/`],
  ['argument map', `${briefId}/map/`],
  ['reference', 'references/dawn-2025-talks-outcome/'],
  ['topic', 'topics/water/'],
  ['search', 'search/?q=Kabul'],
  ['about', 'about/'],
  ['glossary', 'glossary/'],
] as const;

/** The narrowest window the engine takes: 320 px where it can, WebKitGTK's minimum where not. */
const narrow = (engine: Engine): OpenOptions['viewport'] => ({ width: Math.min(320, engine.narrowest), height: 800 });

/** Script errors so far, where the engine reports them (an empty list where it cannot). */
const errorsOf = (page: EnginePage) => page.errors() ?? [];

/** Scrolls the claim's first line to `share` of the viewport's height and returns a point on its words. */
function claimPoint(page: EnginePage, id: string, share: number) {
  return page.evaluate(
    ([claimId, at]) => {
      const claim = document.getElementById(claimId)!;
      const first = () => claim.getClientRects()[0]!;
      window.scrollBy(0, first().top - innerHeight * at);
      const line = first();
      return { x: line.left + Math.min(30, line.width / 2), y: line.top + line.height / 2 };
    },
    [id, share] as [string, number],
  );
}

/** The open claim panel's box and the viewport, once its content is in and laid out. */
async function openPanel(page: EnginePage) {
  await waitFor(page, 'the claim panel with its content', () => {
    const panel = document.getElementById('claim-panel');
    return !!panel && !panel.hidden && !!panel.querySelector('.claim-panel-body > *:not(:empty)') && panel.getBoundingClientRect().height > 0;
  });
  // Settled: the same box on two frames running.
  return waitFor(page, 'the claim panel to settle', async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
    const box = () => JSON.stringify(document.getElementById('claim-panel')!.getBoundingClientRect());
    const before = box();
    await frame();
    await frame();
    if (box() !== before) return null;
    const rect = document.getElementById('claim-panel')!.getBoundingClientRect();
    const text = document.getElementById('brief-text')!.getBoundingClientRect();
    // The viewport less any classic scrollbar (Firefox's and WebKitGTK's take room; Chromium's headless ones do not).
    const { clientWidth: innerWidth, clientHeight: innerHeight } = document.documentElement;
    return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right, height: rect.height, width: rect.width, textRight: text.right, innerWidth, innerHeight };
  });
}

/** axe-core's violations on the page as it stands, its source injected (no wrapper drives every engine). */
async function axeViolations(page: EnginePage): Promise<string[]> {
  await page.run(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

for (const name of selectedEngines()) {
  describe(`[${name}]`, () => {
    const engine = useEngine(name, siteUrl);

    for (const screen of ['desktop', 'narrowest'] as const) {
      it(`every page type loads with no script error, one main and no sideways scroll (${screen} window)`, async () => {
        const viewport = screen === 'desktop' ? DESKTOP : narrow(engine());
        const page = await engine().open('', { viewport });
        const problems: string[] = [];
        for (const [type, path] of pageTypes) {
          const before = errorsOf(page).length;
          await page.goto(path);
          // The search page's answer is in before the reader moves on (leaving mid-fetch is no error of the page).
          if (type === 'search') await waitFor(page, 'search results', () => document.querySelectorAll('.search-results .search-result-link').length > 0);
          const seen = await page.evaluate(() => ({
            mains: document.querySelectorAll('main').length,
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            width: innerWidth,
          }));
          if (seen.mains !== 1) problems.push(`${type}: ${seen.mains} main elements`);
          if (seen.overflow > 0) problems.push(`${type}: scrolls sideways by ${seen.overflow}px at ${seen.width}px`);
          for (const error of errorsOf(page).slice(before)) problems.push(`${type}: ${error}`);
          if (screen === 'narrowest') expect(seen.width).toBeLessThanOrEqual(engine().narrowest);
        }
        // The scripts ran: the glossary's terms became controls, whether or not the engine reports errors.
        await page.goto(reading);
        await waitFor(page, 'the glossary terms made controls', () => document.querySelector('#brief-text .glossary-term')?.getAttribute('role') === 'button');
        expect(problems).toEqual([]);
        await page.close();
      });
    }

    it('the annotations switch shows the notes, in the margin on a wide screen, and is remembered', async () => {
      const page = await engine().open(reading);
      const role = await page.evaluate(() => document.getElementById('annotations-switch')?.getAttribute('role'));
      expect(role).toBe('switch');
      expect(await page.evaluate((id) => document.getElementById(`note-${id}`)!.getClientRects().length, noteClaim)).toBe(0);
      await page.click('label[for="annotations-switch"]');
      await waitFor(page, 'the margin layout', () => document.getElementById('brief-text')!.classList.contains('margin-layout'));
      const note = await page.evaluate((id) => {
        const box = document.getElementById(`note-${id}`)!.getBoundingClientRect();
        return { left: box.left, right: box.right, textRight: document.getElementById('brief-text')!.getBoundingClientRect().right, width: innerWidth };
      }, noteClaim);
      expect(note.left).toBeGreaterThan(note.textRight);
      expect(note.right).toBeLessThanOrEqual(note.width);
      expect(await page.evaluate(() => (document.getElementById('annotations-switch') as HTMLInputElement).checked)).toBe(true);
      // Remembered on the next page load.
      await page.goto(reading);
      await waitFor(page, 'the switch remembered on', () => (document.getElementById('annotations-switch') as HTMLInputElement).checked && document.getElementById('brief-text')!.classList.contains('margin-layout'));
      // And off again by keyboard.
      await page.evaluate(() => document.getElementById('annotations-switch')!.focus({ preventScroll: true }));
      await page.press('Space');
      await waitFor(page, 'the switch off', () => !(document.getElementById('annotations-switch') as HTMLInputElement).checked);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });

    it('a claim’s details open beside the text, wholly in the viewport, from its note’s control and from its words', async () => {
      const page = await engine().open(reading, { storage: annotated });
      await waitFor(page, 'the margin layout', () => document.getElementById('brief-text')!.classList.contains('margin-layout'));
      await page.click(`#note-${noteClaim} a.claim-control`);
      let panel = await openPanel(page);
      expect(await page.evaluate(() => document.getElementById('claim-panel')!.getAttribute('role'))).toBe('dialog');
      expect(new URL(await page.url()).pathname).toBe(`/${reading}`);
      for (const box of [panel]) {
        expect(box.left).toBeGreaterThanOrEqual(box.textRight);
        expect(box.right).toBeLessThanOrEqual(box.innerWidth);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(box.innerHeight);
      }
      await page.press('Escape');
      await waitFor(page, 'the panel closed', () => document.getElementById('claim-panel')!.hidden);
      // The last claim of the brief, by a click on its words: still wholly in view.
      const last = await page.evaluate(() => [...document.querySelectorAll('#brief-text .claim')].pop()!.id);
      const point = await claimPoint(page, last, 0.85);
      await page.clickAt(point.x, point.y);
      panel = await openPanel(page);
      expect(panel.left).toBeGreaterThanOrEqual(panel.textRight);
      expect(panel.top).toBeGreaterThanOrEqual(0);
      expect(panel.bottom).toBeLessThanOrEqual(panel.innerHeight);
      expect(panel.right).toBeLessThanOrEqual(panel.innerWidth);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });

    it('on the narrowest window a claim’s details are a sheet of at most 60% of the height, the claim left in view above it', async () => {
      const page = await engine().open(reading, { storage: annotated, viewport: narrow(engine()) });
      await waitFor(page, 'the claim’s note shown', (id) => document.getElementById(`note-${id}`)!.getClientRects().length > 0, noteClaim);
      const point = await claimPoint(page, noteClaim, 0.5);
      await page.clickAt(point.x, point.y);
      const sheet = await openPanel(page);
      expect(Math.round(sheet.left)).toBe(0);
      expect(Math.round(sheet.width)).toBe(sheet.innerWidth);
      expect(Math.round(sheet.bottom)).toBe(sheet.innerHeight);
      expect(sheet.height / sheet.innerHeight).toBeLessThanOrEqual(0.61);
      const claimTop = await page.evaluate((id) => document.getElementById(id)!.getClientRects()[0]!.top, noteClaim);
      expect(claimTop).toBeGreaterThanOrEqual(0);
      expect(claimTop).toBeLessThan(sheet.top);
      // A click outside closes it.
      await page.clickAt(5, Math.max(5, sheet.top - 10));
      await waitFor(page, 'the sheet closed', () => document.getElementById('claim-panel')!.hidden);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });

    it('a citation preview opens on hover and on keyboard focus, right after its mark, its links next in the Tab order', async () => {
      const page = await engine().open(reading);
      const previewAfter = (index: number) =>
        page.evaluate((at) => {
          const mark = document.querySelectorAll('#brief-text a.cite')[at]!;
          const preview = document.getElementById('citation-preview');
          return !!preview && !preview.hidden && preview.getClientRects().length > 0 && mark.nextElementSibling === preview && mark.getAttribute('aria-expanded') === 'true' && mark.getAttribute('aria-controls') === 'citation-preview';
        }, index);
      // By hover.
      await page.hover('#brief-text a.cite');
      await waitFor(page, 'the preview on hover', () => {
        const preview = document.getElementById('citation-preview');
        return !!preview && !preview.hidden && preview.getClientRects().length > 0;
      });
      expect(await previewAfter(0)).toBe(true);
      // By keyboard focus on another mark: its preview opens after it, and its links come next in the Tab order.
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('#brief-text a.cite')[1]!.focus());
      await waitFor(page, 'the second mark’s preview', () => document.querySelectorAll('#brief-text a.cite')[1]!.nextElementSibling?.id === 'citation-preview');
      expect(await previewAfter(1)).toBe(true);
      const links = await page.evaluate(() => document.querySelectorAll('#citation-preview a[href]').length);
      expect(links).toBeGreaterThan(0);
      for (let step = 0; step < links; step++) {
        await page.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('#citation-preview') !== null && document.activeElement?.tagName), `Tab ${step + 1}`).toBe('A');
      }
      // Every mark is a Tab stop.
      expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#brief-text a.cite')].every((mark) => mark.tabIndex >= 0))).toBe(true);
      await page.press('Escape');
      await waitFor(page, 'the preview closed, focus on its mark', () => document.activeElement === document.querySelectorAll('#brief-text a.cite')[1] && (document.getElementById('citation-preview')?.getClientRects().length ?? 0) === 0);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });

    it('a glossary term opens its definition in place, by keyboard and by click', async () => {
      const page = await engine().open(reading);
      const term = '#brief-text .glossary-term[data-term="ttp"]';
      await waitFor(page, 'the term made a control', (selector) => document.querySelector(selector)?.getAttribute('role') === 'button', term);
      await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)!.focus(), term);
      await page.press('Enter');
      const opened = (selector: string) => {
        const definition = document.getElementById('term-definition');
        return !!definition && !definition.hidden && definition.getClientRects().length > 0 && document.querySelector(selector)!.nextElementSibling === definition && /^TTP: Tehreek-e-Taliban Pakistan/.test(definition.textContent ?? '');
      };
      await waitFor(page, 'the definition after its term', opened, term);
      await page.press('Escape');
      await waitFor(page, 'the definition closed', () => document.getElementById('term-definition')?.hidden !== false || document.getElementById('term-definition')!.getClientRects().length === 0);
      await page.click(term);
      await waitFor(page, 'the definition after a click', opened, term);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });

    it('the search page finds claims, and a result lands on its claim with the words marked', async () => {
      const page = await engine().open('search/?q=Kabul');
      await waitFor(page, 'results', () => document.querySelectorAll('.search-results .search-result-link').length > 0);
      expect(await page.evaluate(() => (document.getElementById('search-page-query') as HTMLInputElement).value)).toBe('Kabul');
      const href = await page.evaluate(() => (document.querySelector('.search-results .search-result-link') as HTMLAnchorElement).href);
      expect(href).toMatch(/highlight=Kabul#/);
      await page.click('.search-results .search-result-link');
      await waitFor(page, 'the claim with the words marked', () => {
        const target = document.querySelector('.claim:target');
        return !!target && [...target.querySelectorAll('mark.search-hit')].some((mark) => mark.textContent === 'Kabul');
      });
      const inView = await page.evaluate(() => {
        const box = document.querySelector('.claim:target')!.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
      expect(inView).toBe(true);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });

    it('the header search shows claims as the reader types; Enter lands on the first with the words marked', async () => {
      const page = await engine().open('about/');
      await page.click('form.search-form input[name="q"]');
      await page.type('Kabul River');
      await waitFor(page, 'results in the header panel', () => document.querySelectorAll('.search-panel .search-result-link').length > 0);
      const first = await page.evaluate(() => document.querySelector('.search-panel .search-result-link')!.textContent ?? '');
      expect(first).toMatch(/Kabul River/);
      await page.press('Enter');
      await waitFor(page, 'the claim with the words marked', () => {
        const target = document.querySelector('.claim:target');
        const marked = target ? [...target.querySelectorAll('mark.search-hit')].map((mark) => mark.textContent) : [];
        return /highlight=Kabul\+River#/.test(location.href) && marked.includes('Kabul') && marked.includes('River');
      });
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });

    it('a claim permalink lands on its claim: the :target, in view', async () => {
      const page = await engine().open(`${reading}#${noteClaim}`);
      const landed = await waitFor(page, 'the claim in view', (id) => {
        const claim = document.getElementById(id)!;
        const top = claim.getClientRects()[0]!.top;
        return claim.matches(':target') && top >= 0 && top < innerHeight ? { top } : null;
      }, noteClaim);
      expect(landed.top).toBeGreaterThanOrEqual(0);
      await page.close();
    });

    it('a text-fragment link lands on its words', async () => {
      const words = 'Kabul River';
      const page = await engine().open(`${reading}#:~:text=${encodeURIComponent(words)}`);
      await waitFor(page, 'the words in view', (text) => {
        const walker = document.createTreeWalker(document.getElementById('brief-text')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const box = range.getBoundingClientRect();
          return window.scrollY > 0 && box.top >= 0 && box.bottom <= innerHeight;
        }
        return false;
      }, words);
      await page.close();
    });

    it('axe finds nothing on the annotated reading with a claim’s panel open', async () => {
      const page = await engine().open(reading, { storage: annotated });
      await waitFor(page, 'the margin layout', () => document.getElementById('brief-text')!.classList.contains('margin-layout'));
      await page.click(`#note-${noteClaim} a.claim-control`);
      await openPanel(page);
      expect(await axeViolations(page)).toEqual([]);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });
  });
}
